/**
 * Titles written all in capitals ("KEPLER PLANET-DETECTION MISSION: INTRODUCTION AND FIRST RESULTS", as
 * ADS exports old journal titles): their capitals say nothing, yet each word read as an acronym, and the
 * keywords came out shouted. Read as lowercase words, but for the ones the abstract writes in capitals
 * too, which are acronyms ("HARPS", "CCD"). (Normalising shows such a title in title case, so this reads the
 * titles of records that reach the concept stage without it, and a title with maths.)
 */
import { shoutedTitleAcronyms } from '../normalise/shouted-title';

const LETTER_WORDS = /[\p{L}\p{N}]+/gu;

export function unshoutedTitle(title: string, abstract: string): string {
  const acronyms = shoutedTitleAcronyms(title, abstract);
  return acronyms === undefined ? title : title.replace(LETTER_WORDS, (w) => (acronyms.has(w) ? w : w.toLowerCase()));
}
