/**
 * Pagefind searches every query word as a prefix of indexed words, after stemming it: "michaelis" is the
 * stem "michae", which also starts "michael", so the query found ten papers by a Michael beside the two on
 * Michaelis–Menten kinetics (review 10 M5); "cells" found pages that only write "cellular". A word in
 * quotes is searched as its stem alone, with no longer words (and, unlike a bare word, with no fallback to
 * a shorter one).
 *
 * So a query word the index holds as a word of its own is searched as that word, and prefixes are left to
 * the words the index does not hold: "reinf" still finds "reinforcement" as the reader types, while
 * "Michaelis" finds only Michaelis. The typed word's own stem decides, so a half-typed word that is itself
 * a word ("graphe", stem "graph") finds "graph" until the next letter ("graphen").
 */

/** What this module needs of a Pagefind search and its answer. */
export interface WordSearch<S extends SearchAnswer> {
  (term: string): Promise<S | null>;
}
export interface SearchAnswer {
  results: ReadonlyArray<{ id: string }>;
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
}

const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;

/** The query's words Pagefind may extend: whole tokens of letters and digits, outside any quoted phrase. */
export function extendableWords(term: string): string[] {
  if (term.includes('"')) return [];
  return [...new Set(term.split(/\s+/).filter((w) => PLAIN_WORD.test(w)))];
}

/** `term` with each of `words` in quotes, so that Pagefind matches it as a whole word. */
export function quoteWords(term: string, words: ReadonlySet<string>): string {
  return term
    .split(/(\s+)/)
    .map((token) => (words.has(token) ? `"${token}"` : token))
    .join('');
}

/**
 * `found` (Pagefind's answer to `term`) without the pages that match a query word only through longer
 * words, where that word is in the index by itself. The order and scores stay Pagefind's; the counts and
 * filter counts are those of the narrowed search.
 */
export async function keepWholeWords<S extends SearchAnswer>(run: WordSearch<S>, term: string, found: S): Promise<S> {
  const words = extendableWords(term);
  if (words.length === 0 || found.results.length === 0) return found;
  // A quoted word the index lacks finds nothing, and would empty the whole query: each word is asked alone.
  const alone = words.length === 1 ? [true] : await Promise.all(words.map(async (w) => ((await run(`"${w}"`))?.results.length ?? 0) > 0));
  const indexed = new Set(words.filter((_, i) => alone[i]));
  if (indexed.size === 0) return found;
  const whole = await run(quoteWords(term, indexed));
  if (!whole) return found;
  // The narrowing only takes away what longer words brought: when the quoted words find nothing together
  // (Pagefind reads several quoted words as one phrase, and "x2 y2 z2" of a formula need not stand so),
  // the search stands as Pagefind answered it.
  if (whole.results.length === 0) return found;
  if (whole.results.length === found.results.length) return found;
  const keep = new Set(whole.results.map((r) => r.id));
  return { ...found, results: found.results.filter((r) => keep.has(r.id)), unfilteredResultCount: whole.unfilteredResultCount, filters: whole.filters };
}
