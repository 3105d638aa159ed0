import { PLURAL_GUARD, searchFold } from './search-fold';

/**
 * The collection's words, for telling a misspelled query word from a real one (./spelling-fix.ts;
 * review 41 finding 7: "grapheen" found six papers about graphs, since Pagefind answers a
 * word no indexed word starts with by a shorter word it starts with, and no hint was shown).
 *
 * The site ships them in shards, one per first letter (`<base>search/words/<key>.json`, `wordShardKey`), each
 * fetched only after the results of a query with a word that none of its loaded results holds are shown: a
 * query whose words are all on the pages it found fetches none, the first search included. A shard is a list
 * of bands, band `b` holding the words found in 2^b to 2^(b+1) - 1 papers, alphabetical and space-separated:
 * how common a word is ranks two corrections equally near a typo, at a few bytes per band.
 */

const MARKS = /\p{M}/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/u;
const LETTERS_ONLY = /^\p{L}+$/u;
/** Scripts written without spaces between words: a run of them is no one word, and is left alone. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const SPACES = /\s+/;
const ASCII_LETTER = /^[a-z]$/;

/** Shorter words are neither checked nor offered: too many lie an edit from any few letters. */
export const MIN_CHECKED_LETTERS = 4;

/**
 * The parts of `text` a spelling is checked for, in the spelling search compares words by (./search-fold.ts,
 * then lower case without accents), split at everything but letters and digits ("graph-based" is "graph" and
 * "based"), a space-separated token at a time (`cache`: its parts by token, for many texts); only parts of
 * MIN_CHECKED_LETTERS or more letters and no digits ("gpt4", "2019" are left alone), in a script that spaces words.
 */
export function spellingParts(text: string, cache?: Map<string, readonly string[]>): string[] {
  const out: string[] = [];
  for (const token of text.split(SPACES)) {
    if (token === '') continue;
    let parts = cache?.get(token);
    if (parts === undefined) {
      parts = tokenParts(token);
      cache?.set(token, parts);
    }
    for (const part of parts) out.push(part);
  }
  return out;
}

/** A word as spelled for comparing: search's spelling (./search-fold.ts; not its hidden second S), no accents, lower case. */
export function comparableSpelling(word: string): string {
  return searchFold(word).replaceAll(PLURAL_GUARD, '').normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** One space-free token's parts; folded a token at a time, so that a build folds each distinct token once. */
function tokenParts(token: string): string[] {
  return comparableSpelling(token)
    .split(NOT_LETTER_OR_DIGIT)
    .filter((part) => [...part].length >= MIN_CHECKED_LETTERS && LETTERS_ONLY.test(part) && !UNSPACED_SCRIPT.test(part));
}

/** The shard a word is in: its first letter (a–z), or `u` and the hex code of any other first character. */
export function wordShardKey(word: string): string {
  const first = String.fromCodePoint(word.codePointAt(0) ?? 0);
  return ASCII_LETTER.test(first) ? first : `u${first.codePointAt(0)!.toString(16)}`;
}

/** Bands of words, `bands[b]` those in 2^b to 2^(b+1) - 1 papers (see above). */
export type WordBands = readonly (readonly string[])[];

/** The shards of a collection whose papers' searchable texts are `papers` (one text per paper). */
export function buildWordShards(papers: Iterable<string>): Map<string, string[]> {
  const df = new Map<string, number>();
  const cache = new Map<string, readonly string[]>();
  for (const text of papers) for (const word of new Set(spellingParts(text, cache))) df.set(word, (df.get(word) ?? 0) + 1);
  const shards = new Map<string, string[][]>();
  for (const [word, count] of df) {
    const key = wordShardKey(word);
    let bands = shards.get(key);
    if (!bands) shards.set(key, (bands = []));
    const band = Math.floor(Math.log2(count));
    while (bands.length <= band) bands.push([]);
    bands[band]!.push(word);
  }
  const out = new Map<string, string[]>();
  for (const key of [...shards.keys()].sort()) out.set(key, shards.get(key)!.map((words) => words.sort().join(' ')));
  return out;
}

/** A shard as fetched (a JSON array of space-separated bands), or no words for anything else. */
export function readWordShard(value: unknown): WordBands {
  if (!Array.isArray(value)) return [];
  return value.map((band) => (typeof band === 'string' && band !== '' ? band.split(' ') : []));
}
