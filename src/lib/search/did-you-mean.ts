/**
 * "Did you mean": concept names close in spelling to a query that found nothing (review 18 M4: `nueral
 * netwrok` and `gentic algorithm` gave "No results." in a library with 62 neural-network and 28
 * genetic-algorithm papers). Pagefind has no typo tolerance; the concept names are the library's own
 * vocabulary, so a near miss of one is most likely a typo of it.
 */

import { comparableSpelling, MIN_CHECKED_LETTERS, spellingParts, type WordBands } from './word-list';

const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const SPACES = /\s+/;
/** Splits a word at what is not a letter or digit, keeping the separators. */
const PART_GAPS = /([^\p{L}\p{N}]+)/u;

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(NOT_WORD, ' ').trim();
}

/** Whether two names are the same words, case, accents aside and punctuation aside ("Large language models", "large language models"). */
export function sameWords(a: string, b: string): boolean {
  return fold(comparableSpelling(a)) === fold(comparableSpelling(b));
}

/** Edits (insert, delete, substitute, swap two neighbours) from `a` to `b`, or `max + 1` once past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * Up to `limit` of `labels` within a few edits of `query` (one per four letters, at least one), closest
 * first, then shorter; none equal to it (that query found its papers), none for a query of under four letters
 * (too many names lie an edit or two from "ml").
 */
export function closeNames(query: string, labels: Iterable<string>, limit = 3): string[] {
  const q = fold(query);
  if (q.length < 4) return [];
  const max = Math.max(1, Math.floor(q.length / 4));
  const found: Array<{ label: string; d: number }> = [];
  const seen = new Set<string>();
  for (const label of labels) {
    const f = fold(label);
    if (seen.has(f)) continue;
    seen.add(f);
    const d = editDistance(q, f, max);
    if (d > 0 && d <= max) found.push({ label, d });
  }
  return found
    .sort((x, y) => x.d - y.d || x.label.length - y.label.length || x.label.localeCompare(y.label))
    .slice(0, limit)
    .map((c) => c.label);
}

/**
 * The parts of `query` (./word-list.ts `spellingParts`) that no word of `pages` starts with: for each, the
 * pages a search loaded hold no word of that spelling, so it may be a typo of one (review 41 finding 7:
 * "grapheen" found six papers about graphs, Pagefind's answer for a word no indexed word starts with). A part
 * some page holds is a word of the collection, and one that starts a word of it is half-typed: neither is
 * checked further. All of them when nothing was found.
 */
export function unseenParts(query: string, pages: readonly string[]): string[] {
  const asked = [...new Set(spellingParts(query))];
  if (asked.length === 0 || pages.length === 0) return asked;
  const cache = new Map<string, readonly string[]>();
  const held = new Set<string>();
  for (const text of pages) for (const word of spellingParts(text, cache)) held.add(word);
  return asked.filter((part) => {
    for (const word of held) if (word.startsWith(part)) return false;
    return true;
  });
}

/**
 * The word of the collection `part` is most likely a typo of: within a few edits (one per four letters, as
 * `closeNames`), fewest first, then the commonest (its band, ./word-list.ts), then alphabetical. None when
 * `part` is a word of the collection or starts one (a rare word is not "corrected", nor a half-typed one).
 */
export function closestWord(part: string, bands: WordBands): string | undefined {
  const max = Math.max(1, Math.floor([...part].length / 4));
  let best: { word: string; d: number; band: number } | undefined;
  for (let band = bands.length - 1; band >= 0; band--) {
    for (const word of bands[band]!) {
      if (word.startsWith(part)) return undefined;
      if (word.length < MIN_CHECKED_LETTERS) continue;
      const d = editDistance(part, word, max);
      if (d > max) continue;
      if (!best || d < best.d || (d === best.d && band === best.band && word < best.word)) best = { word, d, band };
    }
  }
  return best?.word;
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
