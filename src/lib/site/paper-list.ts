/**
 * The list of all papers, grouped by cluster, in pages (src/lib/site/list-pages.ts). As one page it was 7 MB
 * of HTML and 130,000 elements at 10,000 papers (six seconds before Chromium had parsed it here); pages of
 * the `papersPerPage` setting (500) keep the order and the grouping.
 */
import { byClusterReadingOrder, byTitle, type OrderablePaper } from './cluster-order';
import { UNCLUSTERED_COLOR } from './cluster-swatch';
import type { ListSection } from './list-pages';
import { withBase } from './url';

/** A cluster's papers (or the papers without one), in the order the collection lists them. */
export interface PaperSection<P> extends ListSection<P> {
  /** `cluster-<id>`, or `unclustered`. */
  key: string;
  label: string;
  color: string;
  clustered: boolean;
}

/**
 * Clusters largest first (the "Other papers" bucket last of them), then papers without a cluster; A–Z by title inside each, the order of a paper
 * page's previous/next links in its cluster (cluster-order.ts), so that a title can be found by eye.
 */
export function paperSections<P>(
  papers: readonly P[],
  paperOf: (paper: P) => OrderablePaper,
  clusters: ReadonlyMap<number, { label: string; color: string }>,
): PaperSection<P>[] {
  const groups = new Map<number | undefined, P[]>();
  for (const paper of [...papers].sort((a, b) => byTitle(paperOf(a), paperOf(b)))) {
    const cluster = paperOf(paper).cluster;
    const key = cluster !== undefined && clusters.has(cluster) ? cluster : undefined;
    const list = groups.get(key);
    if (list) list.push(paper);
    else groups.set(key, [paper]);
  }
  const sections = [...groups.entries()].map(([id, items]) => {
    const cluster = id !== undefined ? clusters.get(id) : undefined;
    const section: PaperSection<P> = {
      key: id === undefined ? 'unclustered' : `cluster-${id}`,
      label: cluster?.label ?? (groups.size === 1 ? 'All papers' : 'Other papers'),
      color: cluster?.color ?? UNCLUSTERED_COLOR,
      clustered: cluster !== undefined,
      items,
    };
    // Ordered as the clusters are everywhere (cluster-order.ts), by the papers listed here.
    return { section, order: { id: id ?? -1, size: items.length, label: section.label, color: section.color } };
  });
  return sections
    .sort((a, b) => Number(b.section.clustered) - Number(a.section.clustered) || byClusterReadingOrder(a.order, b.order))
    .map((s) => s.section);
}

/** `papers/` for the first page, `papers/page/<n>/` after it (a paper's own page is `papers/<slug>/`). */
export function paperListPath(base: string, page: number): string {
  return withBase(base, page <= 1 ? 'papers/' : `papers/page/${page}/`);
}
