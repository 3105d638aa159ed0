/**
 * Web of Science writes a journal's name in capitals ("REMOTE SENSING OF ENVIRONMENT", "IEEE TRANSACTIONS ON
 * GEOSCIENCE AND REMOTE SENSING") and beside it the ISO abbreviation in the journal's own case (`Journal-ISO =
 * {Remote Sens. Environ.}`, "IEEE Trans. Geosci. Remote Sensing", "PLoS One", "npj Comput. Mater."). The name is
 * shown in title case, as a shouted title is (normalise/shouted-title.ts), each word the abbreviation writes whole
 * spelled as it spells it where that is no plain capitalised word: "IEEE", "PLoS", "npj", "eLife". Without the
 * abbreviation nothing tells an acronym from a word, so the name is left as written: "Ieee" is worse than capitals.
 */
import { inTitleCase, isSmallTitleWord } from '../normalise/shouted-title';

const LOWER = /\p{Ll}/u;
const WORDS = /[\p{L}\p{N}]+/gu;

/** The abbreviation's words in a case of their own ("IEEE", "PLoS", "npj"), by their lowercase. */
function ownSpellings(iso: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [i, word] of (iso.match(WORDS) ?? []).entries()) {
    const plain = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
    // A small word the abbreviation capitalises inside it is a name: the series letter of "Phys. Rev. A".
    const namedSmall = i > 0 && word !== word.toLowerCase() && isSmallTitleWord(word);
    if (!namedSmall && (word === plain || (word === word.toLowerCase() && isSmallTitleWord(word)))) continue;
    out.set(word.toLowerCase(), word);
  }
  return out;
}

export function venueInItsCase(venue: string, iso: string | undefined): string {
  if (iso === undefined || LOWER.test(venue) || !LOWER.test(iso)) return venue;
  const spellings = ownSpellings(iso);
  return inTitleCase(venue, (word) => spellings.get(word.toLowerCase()));
}
