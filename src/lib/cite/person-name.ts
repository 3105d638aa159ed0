/**
 * A person's name in the parts a citation needs. Pages show a name as one string ("John Smith Jr."), but a
 * BibTeX reader takes such a string apart by its own rule (the family name is the last word, or the words
 * after the last lower-case one), so a suffix or a two-word family name would come out of the Cite box as
 * the wrong surname ("Jr."), and the key made from it would read `jr2021…`. Where the input says where the
 * parts are (BibTeX's "von Last, Jr, First", CSL's given/family/suffix), the parts of the names that need
 * them are kept beside the author list; other names are read back from the string as BibTeX reads them.
 */

export interface NameParts {
  /** The name as the author list shows it: given, particle, family, suffix. */
  name: string;
  given?: string;
  /** "van der", "de la": words that go before the family name but are not part of it. */
  particle?: string;
  family: string;
  /** "Jr.", "III". */
  suffix?: string;
}

export interface NamePieces {
  given?: string | null;
  particle?: string | null;
  family?: string | null;
  suffix?: string | null;
}

/** "Jr.", "Sr.": what a name can end in after the family name, in any case. */
const JUNIOR = /^(?:jr|sr)\.?$/i;
/** "II", "IV": numbered generations, in capitals only and two letters or more, as "V." and "Xi" are given names. */
const NUMBERED = /^[IVX]{2,}\.?$/;

export function isNameSuffix(word: string): boolean {
  const trimmed = word.trim();
  return JUNIOR.test(trimmed) || NUMBERED.test(trimmed);
}

const nonEmpty = (text: string | null | undefined): string | undefined => {
  const trimmed = text?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : undefined;
};

/** BibTeX's von part: a word whose first letter is lower case. */
const startsLower = (word: string) => /^\p{Ll}/u.test(word);

/** Chinese, Japanese and Korean script (with the marks written inside names), and no Latin letters. */
const CJK_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}々〆ヶー]+$/u;

/**
 * A name written in Chinese, Japanese or Korean script is shown family name first, with no space: 王小明, as
 * citeproc-js (and every reader of those scripts) writes it; "小明 王" reads as two people. Only where both parts are
 * in such script: "Xiaoming Wang" and "小明 Wang" keep the order given. Its parts are kept beside it, as BibTeX would
 * read the unspaced name as a family name alone.
 */
function eastAsian(given: string | undefined, family: string | undefined): boolean {
  return given !== undefined && family !== undefined && CJK_NAME.test(given) && CJK_NAME.test(family);
}

/**
 * The name shown for `pieces` ("Given particle Family Suffix") and, when a BibTeX reader would take that
 * string apart differently, its parts. Undefined when nothing is left.
 */
export function personName(pieces: NamePieces): { name: string; parts?: NameParts } | undefined {
  const given = nonEmpty(pieces.given);
  const particle = nonEmpty(pieces.particle);
  const family = nonEmpty(pieces.family);
  const suffix = nonEmpty(pieces.suffix);
  const name = particle === undefined && suffix === undefined && eastAsian(given, family) ? `${family}${given}` : [given, particle, family, suffix].filter((p) => p !== undefined).join(' ');
  if (name === '') return undefined;
  if (family === undefined) return { name };
  const parts: NameParts = { name, ...(given ? { given } : {}), ...(particle ? { particle } : {}), family, ...(suffix ? { suffix } : {}) };
  const back = readName(name);
  const readsBack = back.family === family && back.particle === particle && back.given === given && back.suffix === suffix;
  return readsBack ? { name } : { name, parts };
}

/**
 * The parts of a name given as one string, read as BibTeX reads it ("First von Last", "von Last, First",
 * "von Last, Jr, First"), except that a trailing suffix ("John Smith Jr.", "John Smith, Jr.") is taken for
 * one: BibTeX would make it the family name.
 */
export function readName(name: string): Omit<NameParts, 'name'> {
  const pieces = name.split(',').map((p) => p.trim());
  if (pieces.length === 2 && isNameSuffix(pieces[1]!)) return { ...firstVonLast(pieces[0]!.split(/\s+/)), suffix: pieces[1]! };
  if (pieces.length >= 2) {
    const { particle, family } = vonLast(pieces[0]!);
    const given = nonEmpty(pieces[pieces.length - 1]);
    const suffix = pieces.length >= 3 ? nonEmpty(pieces.slice(1, -1).join(', ')) : undefined;
    return { ...(given ? { given } : {}), ...(particle ? { particle } : {}), family, ...(suffix ? { suffix } : {}) };
  }
  const words = name.split(/\s+/).filter((w) => w !== '');
  const last = words[words.length - 1];
  if (words.length >= 2 && last !== undefined && isNameSuffix(last)) return { ...firstVonLast(words.slice(0, -1)), suffix: last };
  return firstVonLast(words);
}

/** "Ludwig van Beethoven": the von part runs from the first to the last lower-case word before the last word. */
function firstVonLast(words: string[]): Omit<NameParts, 'name'> {
  const lower = words.slice(0, -1).flatMap((w, i) => (startsLower(w) ? [i] : []));
  const from = lower[0];
  const to = lower[lower.length - 1];
  const familyFrom = to === undefined ? words.length - 1 : to + 1;
  const given = nonEmpty(words.slice(0, from ?? familyFrom).join(' '));
  const particle = from === undefined ? undefined : nonEmpty(words.slice(from, to! + 1).join(' '));
  return { ...(given ? { given } : {}), ...(particle ? { particle } : {}), family: words.slice(familyFrom).join(' ') };
}

/** "van der Berg": the lower-case words in front are the particle, the rest the family name. */
export function vonLast(text: string): { particle?: string; family: string } {
  const words = text.split(/\s+/).filter((w) => w !== '');
  let at = 0;
  while (at < words.length - 1 && startsLower(words[at]!)) at += 1;
  const particle = nonEmpty(words.slice(0, at).join(' '));
  return { ...(particle ? { particle } : {}), family: words.slice(at).join(' ') };
}

/** The parts of one of a paper's authors: the ones the input gave when they were kept, else read from the name. */
export function partsOf(name: string, kept: readonly NameParts[] | undefined): Omit<NameParts, 'name'> {
  const stored = kept?.find((p) => p.name === name);
  if (stored) {
    const { name: _name, ...parts } = stored;
    return parts;
  }
  return readName(name);
}

/** The same parts with `f` applied to each (decoding, cleaning), so that `name` still matches the author list. */
export function mapNameParts(parts: NameParts, f: (text: string) => string): NameParts {
  const optional = (text: string | undefined) => {
    const value = text === undefined ? '' : f(text);
    return value === '' ? undefined : value;
  };
  const [given, particle, suffix] = [optional(parts.given), optional(parts.particle), optional(parts.suffix)];
  return { name: f(parts.name), ...(given ? { given } : {}), ...(particle ? { particle } : {}), family: f(parts.family), ...(suffix ? { suffix } : {}) };
}
