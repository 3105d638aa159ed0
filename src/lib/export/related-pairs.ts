/**
 * Every related pair of papers once, as all the exports count them: the papers' `related` lists (not only
 * the strongest few the explorer draws), without links to a paper or concept that no longer exists (a hand
 * edit). A pair both papers list is taken at its higher score, with that listing's shared concepts (the two
 * agree in a built collection; a hand edit may make them differ).
 */
import { compareIds } from '../graph/cooccurrence';

export interface RelatedPair {
  /** The smaller paper id of the two (compareIds order). */
  source: string;
  target: string;
  score: number;
  /** Ids of the concepts both papers share, strongest first. */
  shared: string[];
}

interface PaperLinks {
  id: string;
  related: readonly { id: string; score: number; shared: readonly string[] }[];
}

/** The pairs ordered by (source, target). `conceptIds`: the concepts that exist. */
export function relatedPairs(papers: readonly PaperLinks[], conceptIds: ReadonlySet<string>): RelatedPair[] {
  const paperIds = new Set(papers.map((p) => p.id));
  const byKey = new Map<string, RelatedPair>();
  for (const p of [...papers].sort((a, b) => compareIds(a.id, b.id))) {
    for (const r of p.related) {
      if (!paperIds.has(r.id) || r.id === p.id) continue;
      const [source, target] = compareIds(p.id, r.id) < 0 ? [p.id, r.id] : [r.id, p.id];
      const key = `${source}|${target}`;
      const known = byKey.get(key);
      if (known && known.score >= r.score) continue;
      byKey.set(key, { source, target, score: r.score, shared: r.shared.filter((c) => conceptIds.has(c)) });
    }
  }
  return [...byKey.values()].sort((a, b) => compareIds(a.source, b.source) || compareIds(a.target, b.target));
}

/** An unordered pair's key, whichever way round it is given. */
export function pairKey(a: string, b: string): string {
  return compareIds(a, b) < 0 ? `${a}|${b}` : `${b}|${a}`;
}
