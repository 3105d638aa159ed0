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
  // Concepts as dense ids and, per concept, the papers carrying it; a concept's row is then counted in a
  // typed array over its papers' concepts (no map per pair of concepts).
  const idOf = new Map<string, number>();
  const names: string[] = [];
  const papersOf: number[][] = [];
  const conceptsOf: Int32Array[] = [];
  for (const paper of Object.keys(index.byPaper)) {
    const ids: number[] = [];
    // A concept listed twice for one paper still counts once.
    for (const c of index.byPaper[paper] ?? []) {
      let id = idOf.get(c.id);
      if (id === undefined) {
        idOf.set(c.id, (id = names.length));
        names.push(c.id);
        papersOf.push([]);
      }
      if (!ids.includes(id)) ids.push(id);
    }
    for (const id of ids) papersOf[id]!.push(conceptsOf.length);
    conceptsOf.push(Int32Array.from(ids));
  }
  const counts = new Int32Array(names.length);
  const touched: number[] = [];
  const result: Record<string, Cooccurrence[]> = Object.create(null);
  for (const concept of index.concepts) {
    const a = idOf.get(concept.id);
    if (a === undefined) {
      result[concept.id] = [];
      continue;
    }
    for (const paper of papersOf[a]!) {
      for (const b of conceptsOf[paper]!) {
        if (b === a) continue;
        if (counts[b] === 0) touched.push(b);
        counts[b]!++;
      }
    }
    const row = touched.map((b) => ({ id: names[b]!, count: counts[b]! }));
    for (const b of touched) counts[b] = 0;
    touched.length = 0;
    result[concept.id] = row.sort((x, y) => y.count - x.count || compareIds(x.id, y.id)).slice(0, Math.max(0, k));
  }
  return result;
}

/** Code-unit order: the same on every machine and locale, unlike localeCompare. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
