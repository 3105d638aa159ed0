/**
 * Merging the result lists of a query and its alias variants: one entry per page, scored by its best
 * showing, with hits found only through an alias ranked a little below equally good direct hits.
 */

export interface RankedHit<T> {
  id: string;
  score: number;
  item: T;
}

/** A page of the merged list: its best showing, and the page as each other list found it. */
export interface MergedHit<T> extends RankedHit<T> {
  /**
   * The same page's items from the other lists: each marks the words its own query matched, and a page
   * found best through "RL" still writes "reinforcement learning", which the reader typed.
   */
  also: T[];
}

/** `lists[0]` is the user's own query; later lists come from alias variants and are discounted. */
export function mergeRanked<T>(lists: ReadonlyArray<ReadonlyArray<RankedHit<T>>>, aliasDiscount = 0.9): MergedHit<T>[] {
  const best = new Map<string, RankedHit<T> & { order: number; items: T[] }>();
  let order = 0;
  lists.forEach((list, listIndex) => {
    const factor = listIndex === 0 ? 1 : aliasDiscount;
    for (const hit of list) {
      const score = hit.score * factor;
      const seen = best.get(hit.id);
      const items = seen ? [...seen.items, hit.item] : [hit.item];
      if (!seen || score > seen.score) best.set(hit.id, { ...hit, score, order: seen?.order ?? order, items });
      else seen.items = items;
      order++;
    }
  });
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ id, score, item, items }) => ({ id, score, item, also: items.filter((i) => i !== item) }));
}

/**
 * Pages whose whole title is what the reader typed (or one of its alias variants) go first, in their
 * existing order: searching "Reinforcement learning" should open with the concept of that name rather
 * than with longer titles that merely contain the words. Everything else keeps its rank.
 */
export function promoteExactTitles<T>(items: readonly T[], queries: readonly string[], titleOf: (item: T) => string, normalise: (s: string) => string): T[] {
  const wanted = new Set(queries.map(normalise).filter((q) => q !== ''));
  const exact: T[] = [];
  const rest: T[] = [];
  for (const item of items) (wanted.has(normalise(titleOf(item))) ? exact : rest).push(item);
  return [...exact, ...rest];
}

/**
 * The hits whose id is in `first` go first, each part in its existing order: the pages a lowercase acronym
 * found where the word as typed is no word of the index (./acronym-query.ts `AcronymReading.leads`).
 */
export function leadWith<T extends { id: string }>(hits: readonly T[], first: ReadonlySet<string>): T[] {
  return [...hits.filter((h) => first.has(h.id)), ...hits.filter((h) => !first.has(h.id))];
}
