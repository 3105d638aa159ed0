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

/**
 * Whether the index holds `word` as a word of its own: searched alone in quotes, its stem is matched exactly, with
 * neither longer words nor a fallback to a shorter one, so any page found writes it.
 */
export async function indexHolds<S extends SearchAnswer>(run: WordSearch<S>, word: string): Promise<boolean> {
  return ((await run(`"${word}"`))?.results.length ?? 0) > 0;
}

// A unit such as "t/ha" is one word to the index ("tha"), which as a prefix also found "that" (review 14 N2); so
// is a word hyphenated before a number, "m-2" ("m2", which as a prefix found "Δm^2_{32}" for "W m-2"), "COVID-19".
// A word hyphenated between letters is left out: searched alone in quotes, "self-pl" (of "self-play", being
// typed) found one of the three pages it finds bare.
const PLAIN_WORD = /^[\p{L}\p{N}]+(?:\/[\p{L}\p{N}]+)*(?:-\p{N}+)?$/u;
const VOWEL = /[aeiouy]/i;

/** The query's words Pagefind may extend: whole tokens of letters and digits, outside any quoted phrase. */
export function extendableWords(term: string): string[] {
  if (term.includes('"')) return [];
  return [...new Set(term.split(/\s+/).filter((w) => PLAIN_WORD.test(w)))];
}

/**
 * `found` (Pagefind's answer to `term`) without the pages that match a query word only through longer
 * words, where that word is in the index by itself. The order and scores stay Pagefind's; the counts and
 * filter counts are those of the narrowed search (for several words, a bound from above).
 *
 * Pagefind searches exactly only a query quoted whole (`"fe"`, `"fe method"`, a phrase): a quoted word
 * beside bare ones is searched like a bare word, so `"fe" method` found every page with "feature" or "few"
 * and "method" (review 18 M5: "finite element method" had 142 results on the search page, 134 of them from
 * its variant "fe method"). So each word is searched alone in quotes, and a page is kept when every
 * indexed word's search finds it.
 */
export async function keepWholeWords<S extends SearchAnswer>(run: WordSearch<S>, term: string, found: S): Promise<S> {
  const words = extendableWords(term);
  if (words.length === 0 || found.results.length === 0) return found;
  const alone = await Promise.all(words.map((w) => run(`"${w}"`)));
  if (alone.some((a) => !a)) return found;
  // A word the index lacks ("reinf", being typed) finds nothing alone and keeps its prefixes; one letter is a symbol, never a prefix.
  const answers = (alone as S[]).filter((a, i) => !words[i]![1] || a.results.length > 0);
  const indexed = words.filter((w, i) => !w[1] || alone[i]!.results.length > 0);
  if (indexed.length === 0) return found;
  const keep = answers.map((a) => new Set(a.results.map((r) => r.id)));
  // A word with no vowel ("LFP", "CNN") keeps its plural's "s" in the stemmer, so "LFPs" is another word to the
  // index, and the word alone missed the papers that only write its plural (review 13 L5): they are kept too.
  await Promise.all(
    indexed.map(async (w, i) => {
      if (VOWEL.test(w)) return;
      for (const r of (await run(`"${w}s"`))?.results ?? []) keep[i]!.add(r.id);
    }),
  );
  const results = found.results.filter((r) => keep.every((ids) => ids.has(r.id)));
  // The narrowing only takes away what longer words brought, and never everything (but for a one-letter
  // word): when no page holds all the words as words (a formula's "x2 y2 z2" need not), the search stands
  // as Pagefind answered it.
  if ((results.length === 0 && indexed.every((w) => w[1])) || results.length === found.results.length) return found;
  const counts = words.length === 1 ? answers : [found, ...answers];
  return { ...found, results, unfilteredResultCount: Math.max(results.length, counts.reduce((least, a) => Math.min(least, a.unfilteredResultCount), Infinity)), filters: leastCounts(counts.map((a) => a.filters)) };
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
