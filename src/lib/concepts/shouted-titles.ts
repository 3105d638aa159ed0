/**
 * Titles written all in capitals ("KEPLER PLANET-DETECTION MISSION: INTRODUCTION AND FIRST RESULTS", as
 * ADS exports old journal titles): their capitals say nothing, yet each word read as an acronym, and the
 * keywords came out shouted. Read as lowercase words, but for the ones the abstract writes in capitals
 * too, which are acronyms ("HARPS", "CCD").
 */

const LOWER = /\p{Ll}/u;
const LETTER_WORDS = /[\p{L}\p{N}]+/gu;
const UPPER_WORD = /^\p{Lu}[\p{Lu}\p{N}]*$/u;

export function unshoutedTitle(title: string, abstract: string): string {
  if (LOWER.test(title)) return title;
  const words = title.match(LETTER_WORDS) ?? [];
  if (words.filter((w) => w.length >= 2).length < 2) return title;
  const acronyms = new Set((abstract.match(LETTER_WORDS) ?? []).filter((w) => UPPER_WORD.test(w) && w.length >= 2));
  return title.replace(LETTER_WORDS, (w) => (acronyms.has(w) ? w : w.toLowerCase()));
}
