import type { ConceptIndex } from '../model/concepts';

export interface Cooccurrence {
  id: string;
  /** Number of papers that carry both concepts. */
  count: number;
}

/**
 * For every concept of the index, the `k` concepts that share the most papers with it (most first, ties by
 * id). Counted over `index.byPaper`, the ranked concept list each paper actually shows.
 */
export function conceptCooccurrence(index: ConceptIndex, k: number): Record<string, Cooccurrence[]> {
  const counts = new Map<string, Map<string, number>>();
  const paperIds = Object.keys(index.byPaper).sort();
  for (const paper of paperIds) {
    // A concept listed twice for one paper still counts once.
    const ids = [...new Set((index.byPaper[paper] ?? []).map((c) => c.id))];
    for (const a of ids) {
      let row = counts.get(a);
      if (!row) counts.set(a, (row = new Map()));
      for (const b of ids) {
        if (a !== b) row.set(b, (row.get(b) ?? 0) + 1);
      }
    }
  }
  const result: Record<string, Cooccurrence[]> = Object.create(null);
  for (const concept of index.concepts) {
    const row = counts.get(concept.id);
    result[concept.id] = row
      ? [...row]
          .map(([id, count]) => ({ id, count }))
          .sort((x, y) => y.count - x.count || compareIds(x.id, y.id))
          .slice(0, Math.max(0, k))
      : [];
  }
  return result;
}

/** Code-unit order: the same on every machine and locale, unlike localeCompare. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
