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
 *
 * One letter or digit is a symbol, never the start of a word: `ℤ` and `\mathbb{Z}`, searched as `Z`, found
 * "Zur" and "zu" first (review 17 M9). It is searched as a word only, and finds nothing where no page has it.
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

// A unit such as "t/ha" is one word to the index ("tha"), which as a prefix also found "that" (review 14 N2).
const PLAIN_WORD = /^[\p{L}\p{N}]+(?:\/[\p{L}\p{N}]+)*$/u;
const VOWEL = /[aeiouy]/i;

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
  const alone = words.length === 1 ? [true] : await Promise.all(words.map(async (w) => !w[1] || ((await run(`"${w}"`))?.results.length ?? 0) > 0));
  const indexed = words.filter((_, i) => alone[i]);
  if (indexed.length === 0) return found;
  // Pagefind reads several quoted words as one phrase ("sixteenth century" then missed the paper that writes
  // "sixteenth-century … the century"), but one quoted word beside bare ones as a word of its own: one search
  // per indexed word, each with that word quoted, and a page is kept when all of them find it.
  const narrowed = await Promise.all(indexed.map((w) => run(quoteWords(term, new Set([w])))));
  if (narrowed.some((n) => !n)) return found;
  const answers = narrowed as S[];
  const keep = answers.map((a) => new Set(a.results.map((r) => r.id)));
  // A word with no vowel ("LFP", "CNN") keeps its plural's "s" in the stemmer, so "LFPs" is another word to the
  // index, and the word alone missed the papers that only write its plural (review 13 L5): they are kept too.
  await Promise.all(
    indexed.map(async (w, i) => {
      if (VOWEL.test(w)) return;
      const plural = await run(term.split(/(\s+)/).map((token) => (token === w ? `"${w}s"` : token)).join(''));
      for (const r of plural?.results ?? []) keep[i]!.add(r.id);
    }),
  );
  const results = found.results.filter((r) => keep.every((ids) => ids.has(r.id)));
  // The narrowing only takes away what longer words brought, and never everything (but for a one-letter
  // word): when no page holds all the words as words (a formula's "x2 y2 z2" need not), the search stands
  // as Pagefind answered it.
  if ((results.length === 0 && indexed.every((w) => w[1])) || results.length === found.results.length) return found;
  return { ...found, results, unfilteredResultCount: Math.max(results.length, answers.reduce((least, a) => Math.min(least, a.unfilteredResultCount), Infinity)), filters: leastCounts(answers.map((a) => a.filters)) };
}

/**
 * Filter counts of several narrowed searches together: each value's least count. Exact for one search; for
 * several, a bound from above (a page each search finds need not be found by all).
 */
function leastCounts(all: ReadonlyArray<Record<string, Record<string, number>>>): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const [filter, counts] of Object.entries(all[0] ?? {})) {
    const least: Record<string, number> = {};
    for (const [value, count] of Object.entries(counts)) least[value] = all.reduce((n, f) => Math.min(n, f[filter]?.[value] ?? 0), count);
    out[filter] = least;
  }
  return out;
}
