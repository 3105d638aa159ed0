/**
 * The list of all papers, grouped by cluster, in pages (src/lib/site/list-pages.ts). As one page it was 7 MB
 * of HTML and 130,000 elements at 10,000 papers (six seconds before Chromium had parsed it here); pages of
 * the `papersPerPage` setting (500) keep the order and the grouping.
 */
import { byClusterReadingOrder, byTitle, type OrderablePaper } from './cluster-order';
import { UNCLUSTERED_COLOR } from './cluster-swatch';
import type { ListSection, PageSection } from './list-pages';
import { withBase } from './url';

/** A cluster's papers (or the papers without one), in the order the collection lists them. */
export interface PaperSection<P> extends ListSection<P> {
  /** `cluster-<id>`, or `unclustered`. */
  key: string;
  label: string;
  color: string;
  clustered: boolean;
  /**
   * How many of `items`, which come first, the cluster's name is true of; the others (graph.json's `offName`,
   * ./cluster-line.ts) are in the cluster by their links alone and follow them, A–Z too, under a heading of their own.
   */
  named: number;
}

/**
 * Clusters largest first (the "Other papers" bucket last of them), then papers without a cluster; A–Z by title inside each, the order of a paper
 * page's previous/next links in its cluster (cluster-order.ts), so that a title can be found by eye. Inside a cluster the papers
 * its name is true of come first and those it is not (`offName`) after them, each A–Z: under a heading that names the cluster
 * "Monte Carlo", a paper on transport networks linked into it said it was about Monte Carlo (review 41 finding 2).
 */
export function paperSections<P>(
  papers: readonly P[],
  paperOf: (paper: P) => OrderablePaper,
  clusters: ReadonlyMap<number, { label: string; color: string }>,
  offName: (paper: P) => boolean = () => false,
): PaperSection<P>[] {
  const groups = new Map<number | undefined, P[]>();
  for (const paper of [...papers].sort((a, b) => byTitle(paperOf(a), paperOf(b)))) {
    const cluster = paperOf(paper).cluster;
    const key = cluster !== undefined && clusters.has(cluster) ? cluster : undefined;
    const list = groups.get(key);
    if (list) list.push(paper);
    else groups.set(key, [paper]);
  }
  const sections = [...groups.entries()].map(([id, all]) => {
    const cluster = id !== undefined ? clusters.get(id) : undefined;
    const named = cluster !== undefined ? all.filter((p) => !offName(p)) : all;
    const items = named.length === all.length ? all : [...named, ...all.filter((p) => offName(p))];
    const section: PaperSection<P> = {
      key: id === undefined ? 'unclustered' : `cluster-${id}`,
      label: cluster?.label ?? (groups.size === 1 ? 'All papers' : 'Other papers'),
      color: cluster?.color ?? UNCLUSTERED_COLOR,
      clustered: cluster !== undefined,
      items,
      named: named.length,
    };
    // Ordered as the clusters are everywhere (cluster-order.ts), by the papers listed here.
    return { section, order: { id: id ?? -1, size: items.length, label: section.label, color: section.color } };
  });
  return sections
    .sort((a, b) => Number(b.section.clustered) - Number(a.section.clustered) || byClusterReadingOrder(a.order, b.order))
    .map((s) => s.section);
}

/** One page's part of a cluster's papers, split where the papers its name is true of end. */
export interface PaperSectionParts<P> {
  /** The papers the cluster's name is true of, listed under its heading. */
  named: P[];
  /** The others, listed after them under a heading of their own (`linkedHeading`). */
  linked: P[];
  /** Papers of the cluster its name is not true of, on every page. */
  linkedTotal: number;
  /** Some of `linked` are listed on an earlier page. */
  linkedContinued: boolean;
  /** Anchor id of the heading over `linked`. */
  linkedKey: string;
}

export function paperSectionParts<P>(section: PageSection<PaperSection<P>>): PaperSectionParts<P> {
  const split = Math.min(Math.max(section.named - section.start, 0), section.items.length);
  return {
    named: section.items.slice(0, split),
    linked: section.items.slice(split),
    linkedTotal: section.total - section.named,
    linkedContinued: section.start > section.named,
    linkedKey: `${section.key}-linked`,
  };
}

/** The heading over a cluster's papers its name is not true of: they are in it by their links (./cluster-line.ts). */
export const LINKED_HEADING = 'Also linked into this cluster';
/** What the list says under that heading. */
export const LINKED_NOTE = 'The cluster’s name does not describe these papers: they are grouped here by their links to its papers.';

/** `papers/` for the first page, `papers/page/<n>/` after it (a paper's own page is `papers/<slug>/`). */
export function paperListPath(base: string, page: number): string {
  return withBase(base, page <= 1 ? 'papers/' : `papers/page/${page}/`);
}
