/**
 * "Did you mean" for a query with a word that no paper holds, also when it found papers (review 41 finding 7:
 * "grapheen" found six papers about graphs, since Pagefind answers a word no indexed word starts with by a
 * shorter word it starts with, and no hint was shown; "reinforcment" found the reinforcement-learning papers
 * by its stem and was never told of its spelling). The words a search's results hold clear most query words at
 * no cost (`unseenParts`); the rest are checked against the collection's words (./word-list.ts), fetched
 * for them after the results are shown, and corrected only to a word of the collection (`closestWord`).
 * Kept apart from ./did-you-mean.ts, which the page loads with the search box: this runs in the search worker.
 */
import { editDistance } from './did-you-mean';
import { comparableSpelling, MIN_CHECKED_LETTERS, spellingParts, type WordBands } from './word-list';

const SPACES = /\s+/;
const MARKS = /\p{M}/gu;
/** Splits a word at what is not a letter or digit, keeping the separators. */
const PART_GAPS = /([^\p{L}\p{N}]+)/u;

/**
 * The parts of `query` (./word-list.ts `spellingParts`) that no word of `pages` starts with: for each, the
 * pages a search loaded hold no word of that spelling, so it may be a typo of one (review 41 finding 7:
 * "grapheen" found six papers about graphs, Pagefind's answer for a word no indexed word starts with). A part
 * some page holds is a word of the collection, and one that starts a word of it is half-typed: neither is
 * checked further. All of them when nothing was found. `pages` are texts as the index holds them, already in
 * search's spelling (./index-projection.ts): only case and accents are set aside here, which costs well under
 * a millisecond for twenty abstracts, where folding each of their words again took tens.
 */
export function unseenParts(query: string, pages: readonly string[]): string[] {
  const asked = [...new Set(spellingParts(query))];
  if (asked.length === 0 || pages.length === 0) return asked;
  const text = pages.join('\n').normalize('NFD').replace(MARKS, '').toLowerCase();
  // A part is letters only (spellingParts), so it is taken literally.
  return asked.filter((part) => !new RegExp(`(?<![\\p{L}\\p{N}])${part}`, 'u').test(text));
}

/**
 * The word of the collection `part` is most likely a typo of: within a few edits (one per four letters, as
 * `closeNames`), fewest first; then the one that keeps more of its start, as a typo more often falls late in
 * a word than early ("sparce" is one edit from "space" and from "sparse", which keeps "spar"); then the
 * commonest (its band, ./word-list.ts); then alphabetical. None when `part` is a word of the collection or
 * starts one (a rare word is not "corrected", nor a half-typed one).
 */
export function closestWord(part: string, bands: WordBands): string | undefined {
  const max = Math.max(1, Math.floor([...part].length / 4));
  let best: { word: string; d: number; kept: number } | undefined;
  for (let band = bands.length - 1; band >= 0; band--) {
    for (const word of bands[band]!) {
      if (word.startsWith(part)) return undefined;
      if (word.length < MIN_CHECKED_LETTERS) continue;
      const d = editDistance(part, word, max);
      if (d > max) continue;
      const kept = sharedStart(part, word);
      // Bands are read commonest first and each alphabetically, so a later word as near and as alike is no better.
      if (!best || d < best.d || (d === best.d && kept > best.kept)) best = { word, d, kept };
    }
  }
  return best?.word;
}

function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * `query` with each part that `fixes` names replaced by its correction; the words that hold none stay as
 * typed, those that do are spelled as search compares them (lower case, no accents), their other parts and
 * what joins them kept ("k-meens" → "k-means").
 */
export function correctedQuery(query: string, fixes: ReadonlyMap<string, string>): string {
  return query
    .trim()
    .split(SPACES)
    .map((token) => {
      if (!spellingParts(token).some((part) => fixes.has(part))) return token;
      return comparableSpelling(token)
        .split(PART_GAPS)
        .map((piece) => fixes.get(piece) ?? piece)
        .join('');
    })
    .join(' ');
}
