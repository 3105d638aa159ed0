/**
 * The selection's neighbours as the panel lists them, from the neighbour lists (adjacency.ts): linked papers
 * in the papers view; in the concepts view a paper's concepts or a concept's papers, each with its place
 * among the paper's tags.
 */
import { conceptPath, paperPath } from '../../lib/site/url';
import type { Explorer } from './explorer-state';

interface Neighbour {
  id: string;
  label: string;
  href: string;
  weight: number;
  /** Papers view: the link's index. */
  link?: number;
  /** Concepts view: the concept's place among the paper's tags (1 = first; 0 unknown) and how many it has. */
  rank?: number;
  of?: number;
}

/** What neighbourList reads of the explorer. */
export type NeighbourSource = Pick<Explorer, 'data' | 'base' | 'state' | 'conceptTags' | 'paperLinks' | 'paperTags'>;

/** The neighbours of the node of `kind` with index `i`, in the panel's order. */
export function neighbourList(e: NeighbourSource, kind: 'paper' | 'concept', i: number): Neighbour[] {
  const { data } = e;
  // Data from before tagRank (a cached data.json): no place is said, the order is the weights'.
  const place = (paperIndex: number, k: number) => ({ rank: data.tagRank?.[k] ?? 0, of: data.papers.tags?.[paperIndex] ?? 0 });
  const paper = (j: number, w: number, extra: Partial<Neighbour> = {}): Neighbour => ({
    id: `p:${data.papers.ids[j]}`,
    label: data.papers.labels[j]!,
    href: paperPath(e.base, data.papers.ids[j]!),
    weight: w,
    ...extra,
  });
  const concept = (j: number, w: number, k: number): Neighbour => ({ id: `c:${data.concepts.ids[j]}`, label: data.concepts.labels[j]!, href: conceptPath(e.base, data.concepts.ids[j]!), weight: w, ...place(i, k) });
  const list =
    kind === 'concept'
      ? (e.conceptTags[i] ?? []).map(([j, w, k]) => paper(j, w, place(j, k)))
      : e.state.view === 'papers'
        ? (e.paperLinks[i] ?? []).map(([j, w, k]) => paper(j, w, { link: k }))
        : (e.paperTags[i] ?? []).map(([j, w, k]) => concept(j, w, k));
  // A tag's place first (a paper's own order; for a concept, the papers it is the best tag of first), then
  // the weight; an unknown place (0) goes last.
  const rankOf = (n: Neighbour) => (n.rank ? n.rank : Number.POSITIVE_INFINITY);
  return list.sort((a, b) => rankOf(a) - rankOf(b) || b.weight - a.weight || a.label.localeCompare(b.label));
}
