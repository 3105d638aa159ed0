/**
 * Search wants every word of a query, so a query phrased unlike the papers finds few of them: "fuzzy logic
 * controller" found one paper on the Inspec library, and the papers on a "fuzzy controller" none (review 43
 * finding 9). When it finds fewer than `FEW_RESULTS` papers, the search page lists below them the papers that
 * match all of its words but one (`allButOneWord`): each such query is searched as any query is, and their
 * papers are listed by taking the best of each in turn (`takeInTurn`): ranked together by score, the papers of
 * "fuzzy logic" (a pair of words that stand together in many abstracts) filled the list, and the "fuzzy
 * controller" papers came sixth. Only on that fallback, and only after the results are shown, so a first
 * search fetches nothing more for it.
 */

/** Fewer papers than this for a query of `MIN_WORDS` or more words: the papers matching most of its words follow. */
export const FEW_RESULTS = 3;
/** With two words, all but one is half of them: not "most of your words". */
export const MIN_WORDS = 3;

/**
 * The queries of `query`'s words with one left out, each in the query's order, no two alike: none for a query of
 * fewer than MIN_WORDS words, nor for one with a quoted phrase (its words are to be found together).
 */
export function allButOneWord(query: string): string[] {
  if (query.includes('"')) return [];
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length < MIN_WORDS) return [];
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) out.add(words.filter((_, j) => j !== i).join(' '));
  return [...out];
}

/**
 * The items of several ranked lists, the first of each in turn, then the second of each, and so on, each item
 * once (by `key`, at its first turn). The lists go in the order given: best first.
 */
export function takeInTurn<T>(lists: ReadonlyArray<readonly T[]>, key: (item: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  const longest = lists.reduce((most, l) => Math.max(most, l.length), 0);
  for (let rank = 0; rank < longest; rank++) {
    for (const list of lists) {
      const item = list[rank];
      if (item === undefined || seen.has(key(item))) continue;
      seen.add(key(item));
      out.push(item);
    }
  }
  return out;
}
