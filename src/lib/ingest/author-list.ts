/**
 * One text of author names, as JSON exports and hand-made files write it: "A; B", "A, B and C" (with or
 * without the comma before "and"), BibTeX's "Smith, John and Doe, Jane", APA's "Candès, E. J., Romberg, J., &
 * Tao, T.". What a comma does there is told by the shape of the pieces it separates, not by any list of names.
 */
import { isNameSuffix, vonLast } from '../cite/person-name';

export interface AuthorInText {
  /** The name as written, its commas kept where they are part of it ("Lovelace, Ada", "John Smith, Jr."). */
  text: string;
  /** Whether a comma in `text` is the name's own (family name first, or a suffix after it), to be read as such. */
  inverted: boolean;
}

/** "E.", "E. J.", "E.J.", "J.-P.": a given name written as initials, which APA puts after the family name. */
const INITIALS = /^(?:\p{Lu}\.(?:-\p{Lu}\.)?\s*)+$/u;

/** Between names: "and" (after a comma too, as the Oxford comma has it) and APA's ", &". */
const AND = /,?\s+and\s+|,\s*&\s+/i;

export function splitAuthors(value: string): AuthorInText[] {
  const trimmed = value.trim();
  if (trimmed === '') return [];
  // Where ";" separates the names, a comma is inside one.
  if (trimmed.includes(';')) return pieces(trimmed.split(';')).map((text) => ({ text, inverted: true }));
  const units = pieces(trimmed.split(AND));
  // BibTeX's "and others" is et al., a mark after the names: their shapes are read without it.
  const others = units.length > 1 && /^others$/i.test(units[units.length - 1]!) ? units.pop() : undefined;
  const names = namesOf(trimmed, units, others !== undefined);
  return others === undefined ? names : [...names, { text: others, inverted: false }];
}

function namesOf(trimmed: string, units: string[], etAl: boolean): AuthorInText[] {
  // BibTeX order: every name between the "and"s is "Family, Given" or "Family, Jr., Given" ("García Márquez,
  // Gabriel and Doe, Jane"), but for a name of one word ("… and Plato"), and none of them two names of two words
  // or more ("Ada Lovelace, Alan Turing and Grace Hopper, Joan Clarke" is four people). One such name beside a
  // one-word one is not enough to tell ("Spielman, Srivastava and Batson" is three people); one alone before
  // "and others" is, where its family name is one word ("Smith, John and others").
  const ordered = units.filter(bibtexOrder).length;
  const bibtexList =
    (units.length > 1 || (etAl && familyFirst(units[0]!))) &&
    units.every((u) => bibtexOrder(u) || !/[\s,]/.test(u)) &&
    (ordered >= 2 || ordered === units.length) &&
    !units.some(twoWholeNames);
  if (bibtexList) return units.map((text) => ({ text, inverted: bibtexOrder(text) }));
  // "Lovelace, Ada" or "Ada Lovelace, Alan Turing" alone: nothing tells one name from two, so it is left as written.
  const only = units.length === 1 && !etAl ? trimmed : undefined;
  if (only !== undefined && commaPieces(only).length === 2 && commaList(commaPieces(only)).length === 2) return [{ text: only, inverted: false }];
  const lists = units.map((unit) => commaList(commaPieces(unit)));
  // Beside names of two words or more, "Smith, John" is one name, not two of one word ("Smith, John and Jane
  // Doe"); beside one-word names it is two ("Spielman, Srivastava and Batson"). Counted once for the whole list.
  const oneWord = lists.map((list) => list.filter((n) => !/\s/.test(n)).length);
  const allOneWord = oneWord.reduce((a, b) => a + b, 0);
  const names = units.flatMap((unit, k) => (bibtexOrder(unit) && familyFirst(unit) && allOneWord - oneWord[k]! === 0 ? [unit] : lists[k]!));
  return names.map((text) => ({ text, inverted: text.includes(',') }));
}

const pieces = (list: string[]): string[] => list.map((p) => p.trim()).filter((p) => p !== '');
const commaPieces = (text: string): string[] => pieces(text.split(','));

/** "Family, Given" or "Family, Jr., Given", by its commas. */
function bibtexOrder(unit: string): boolean {
  const list = commaPieces(unit);
  if (list.length === 2) return !isNameSuffix(list[1]!);
  // "King, Jr., Martin Luther" as BibTeX writes it, and "King, Martin Luther, Jr." as people do.
  return list.length === 3 && isNameSuffix(list[1]!) !== isNameSuffix(list[2]!);
}

/** "Jane Doe, Ada Lovelace": words either side of the comma, no initials after it, nothing a family name alone. */
function twoWholeNames(unit: string): boolean {
  const [, given, ...rest] = commaPieces(unit);
  return rest.length === 0 && given !== undefined && !familyFirst(unit) && /\s/.test(given) && !INITIALS.test(given);
}

/** A family name of one word (after any particle: "van der Berg, Jan") or initials after the comma. */
function familyFirst(unit: string): boolean {
  const [family, given] = commaPieces(unit);
  return !/\s/.test(vonLast(family ?? '').family) || INITIALS.test(given ?? '');
}

/**
 * Comma-separated pieces → names. A suffix belongs to the name before it ("John Smith, Jr., Jane Doe" is two
 * people, not a third called "Jr."), and a one-word name before a suffix is a family name in BibTeX order
 * ("Smith, Jr., John" is one person); initials belong to the family name before them ("Candès, E. J., Tao,
 * T." is two people). Such pieces are kept together as written, for the caller to read.
 */
function commaList(list: string[]): string[] {
  const names: string[] = [];
  // Whether the last name is still one piece, a family name initials may follow.
  let lone = false;
  for (let k = 0; k < list.length; k++) {
    const piece = list[k]!;
    const before = k > 0 ? list[k - 1]! : '';
    if (names.length > 0 && lone && INITIALS.test(piece) && !INITIALS.test(before)) {
      names[names.length - 1] += `, ${piece}`;
      lone = false;
      continue;
    }
    if (names.length === 0 || !isNameSuffix(piece)) {
      names.push(piece);
      lone = true;
      continue;
    }
    names[names.length - 1] += `, ${piece}`;
    lone = false;
    // "Smith, Jr., John": a suffix after a lone family word ("van der Berg" counts as one), then the given
    // name. A name of two words or more before it ("John Smith, Jr.") is a whole name already.
    const familyOnly = names[names.length - 1] === `${before}, ${piece}` && !/\s/.test(vonLast(before).family);
    if (familyOnly && k + 1 < list.length) names[names.length - 1] += `, ${list[++k]!}`;
  }
  return names;
}
