/**
 * People's names as the tagged exports write them. RIS (`AU`), PubMed (`FAU`) and Web of Science (`AF`) write
 * "Family, Given" or "Family, Given, Suffix" (the suffix last, where BibTeX puts it second); PubMed's and Web of
 * Science's short forms, IEEE's and Embase's RIS run the initials with the family name ("Smith JA", "Okafor, CN",
 * "A. Author-One", "Zhang Z."). Every form is shown as "Given Family Suffix", initials with their full stops. JSON's
 * and tables' names with a comma are read here too, so a name reads the same whichever format brought it.
 */
import { isCollectiveName } from '../cite/authors';
import { isNameSuffix, personName, readName, vonLast, type NameParts } from '../cite/person-name';

export type ReadName = { name: string; parts?: NameParts };

/** "3rd", "2nd": a generation PubMed writes after the given name ("Jones, Robert S 3rd"), besides Jr., Sr., II… */
const ORDINAL = /^\d(?:st|nd|rd|th)$/i;
const suffixWord = (word: string) => isNameSuffix(word) || ORDINAL.test(word);

/** "JA", "J.A.", "J. A.", "J-P": initials only, run together or not. */
const INITIALS = /^(?:\p{Lu}\.?(?:[\s-]|(?=\p{Lu})|$)){1,4}$/u;

const RUN_OF_INITIALS = /^\p{Lu}{1,3}$/u;
const ONE_INITIAL = /^\p{Lu}$/u;
const HYPHENED_INITIALS = /^(\p{Lu})-(\p{Lu})$/u;
const INITIALS_TOGETHER = /(?<=^|\s)(\p{Lu}\.)(?=\p{Lu}\.)/gu;
const LOWER = /\p{Ll}/u;
const TWO_CAPITALS = /\p{Lu}{2}/u;
const WORD_START = /(^|[\s'-])(\p{Ll})/gu;

/** Initials as a citation writes them: "JA" → "J. A.", "J-P" → "J.-P."; a given name written out is left as it is. */
function givenInFull(given: string): string {
  const words = given.split(/\s+/).filter((w) => w !== '');
  // All initials run together ("JA", "CN"): PubMed's and Web of Science's short form.
  if (words.length === 1 && RUN_OF_INITIALS.test(words[0]!)) return [...words[0]!].map((c) => `${c}.`).join(' ');
  // A bare initial among written-out names ("John H", "A J"): FAU's form.
  return words
    .map((w) => (ONE_INITIAL.test(w) ? `${w}.` : w.replace(HYPHENED_INITIALS, '$1.-$2.')))
    .join(' ')
    // Twice: "W.S.T." has overlapping pairs.
    .replace(INITIALS_TOGETHER, '$1 ')
    .replace(INITIALS_TOGETHER, '$1 ');
}

/** A family name written in capitals, as old Web of Science records have it ("ROSE", "DE LA CRUZ"): in its case. */
function unshouted(family: string): string {
  if (LOWER.test(family) || !TWO_CAPITALS.test(family)) return family;
  return family.toLowerCase().replace(WORD_START, (_m, before: string, letter: string) => `${before}${letter.toUpperCase()}`);
}

function read(family: string, given: string | undefined, suffix: string | undefined): ReadName | undefined {
  return personName({ ...vonLast(unshouted(family)), given: given === undefined ? undefined : givenInFull(given), suffix });
}

/**
 * "Family, Given" or "Family, Given, Suffix"; PubMed's "Jones, Robert S 3rd" with the suffix in the given part;
 * BibTeX's "Family, Suffix, Given" (as JSON and spreadsheets copied from it have); "Given Family, Suffix" with the
 * given names first. More commas than a name has are not a name's: the text is kept as written.
 */
export function familyCommaGiven(written: string): ReadName | undefined {
  const pieces = written.split(',').map((p) => p.trim());
  if (pieces.length > 3) return { name: written.trim() };
  if (pieces.length === 2 && suffixWord(pieces[1]!)) return personName(readName(written.trim()));
  if (pieces.length === 3 && suffixWord(pieces[1]!) && !suffixWord(pieces[2]!)) return read(pieces[0]!, pieces[2], pieces[1]);
  const [family = '', rawGiven, ...rest] = pieces;
  let given = rawGiven;
  let suffix = rest.join(', ');
  const words = given?.split(/\s+/) ?? [];
  if (suffix === '' && words.length > 1 && suffixWord(words[words.length - 1]!)) {
    suffix = words.pop()!;
    given = words.join(' ');
  }
  return read(family, given, suffix);
}

/**
 * A name written without a comma: a body's ("World Health Organization") when it says so, kept whole; initials
 * after the family name ("Smith JA", "Zhang Z.", "Smith JA Jr"); otherwise the given names first ("A. Author-One",
 * "Ashish Vaswani").
 */
export function nameWithoutComma(written: string): (ReadName & { literal: boolean }) | undefined {
  const text = written.trim();
  if (text === '') return undefined;
  if (isCollectiveName(text)) return { name: text, literal: true };
  const words = text.split(/\s+/);
  const suffix = words.length > 2 && suffixWord(words[words.length - 1]!) ? words.pop() : undefined;
  const last = words[words.length - 1]!;
  if (words.length >= 2 && INITIALS.test(last) && !INITIALS.test(words[0]!)) {
    const named = read(words.slice(0, -1).join(' '), last.replace(/\./g, ''), suffix);
    return named ? { ...named, literal: false } : undefined;
  }
  // Given names first, read as BibTeX reads "First von Last".
  const parts = readName(words.join(' '));
  const named = personName({ ...parts, given: parts.given === undefined ? undefined : givenInFull(parts.given), suffix: suffix ?? parts.suffix });
  return named ? { ...named, literal: false } : undefined;
}
