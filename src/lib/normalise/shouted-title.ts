/**
 * A title written all in capitals ("KEPLER PLANET-DETECTION MISSION: INTRODUCTION AND FIRST RESULTS", as ADS
 * and older Web of Science records export old journal titles) shouts on the paper's page, in search results
 * and in the Cite box. It is shown in title case, as a reference manager's "Title Case" writes it: each word
 * capitalised but for short function words inside the title, each part of a hyphenated word alike
 * ("Planet-Detection"), and the words the abstract also writes in capitals kept as they are: those are
 * acronyms ("HARPS", "CCD"), as are Roman numerals ("VI"). A title with maths in it is left as written.
 */

const LOWER = /\p{Ll}/u;
const LETTER_WORDS = /[\p{L}\p{N}]+/gu;
const UPPER_WORD = /^\p{Lu}[\p{Lu}\p{N}]*$/u;
const CAPITALS = /\p{Lu}/gu;
const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV)$/;
const MATHS = /[$\\]/;
/** Articles, conjunctions and prepositions, written in lowercase inside a title as Chicago writes them. */
const SMALL = new Set(
  ('a an and as at but by for from in into nor of on or per the to via vs with about above across after against along among ' +
    'around before behind below beneath beside between beyond during inside near onto over since through throughout toward ' +
    'towards under until upon within without').split(' '),
);
/** Where a title starts again: its start, and after a colon, full stop, question mark or dash. */
const RESTART = /[:.?!—–]\s*$/u;

/**
 * For a title written all in capitals, the words its abstract writes in capitals too, which are acronyms ("HARPS",
 * "CCD"); undefined for any other title. The concept stage reads such a title by them (concepts/shouted-titles.ts).
 */
export function shoutedTitleAcronyms(title: string, abstract: string): Set<string> | undefined {
  if (LOWER.test(title)) return undefined;
  // Two words of two capitals or more: a script without case (Han, Arabic) has no lowercase either.
  if ((title.match(LETTER_WORDS) ?? []).filter((w) => (w.match(CAPITALS) ?? []).length >= 2).length < 2) return undefined;
  return new Set((abstract.match(LETTER_WORDS) ?? []).filter((w) => UPPER_WORD.test(w) && w.length >= 2));
}

export function titleCaseShouted(title: string, abstract: string): string {
  const acronyms = MATHS.test(title) ? undefined : shoutedTitleAcronyms(title, abstract);
  if (acronyms === undefined) return title;
  return inTitleCase(title, (word) => (acronyms.has(word) ? word : undefined));
}

/**
 * `text` in title case, as `titleCaseShouted` writes it, but for the words `spelled` gives a spelling of (an
 * acronym kept, a name's own case) and Roman numerals.
 */
export function inTitleCase(text: string, spelled: (word: string) => string | undefined): string {
  return text.replace(LETTER_WORDS, (word, at: number) => {
    const own = spelled(word);
    if (own !== undefined) return own;
    if (ROMAN.test(word)) return word;
    const lower = word.toLowerCase();
    const before = text.slice(0, at);
    // Inside a hyphenated word every part is capitalised; a small word only where the title starts again.
    const starts = before.trim() === '' || RESTART.test(before);
    if (SMALL.has(lower) && !starts && !/[-‐‑]$/u.test(before)) return lower;
    return lower.charAt(0).toUpperCase() + lower.slice(1);
  });
}

/** Whether a function word stays in lowercase inside a title (`SMALL`). */
export function isSmallTitleWord(word: string): boolean {
  return SMALL.has(word.toLowerCase());
}
