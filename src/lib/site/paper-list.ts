/**
 * The list of all papers, grouped by cluster and split into pages. As one page it was 7 MB of HTML and
 * 130,000 elements at 10,000 papers (six seconds before Chromium had parsed it here); pages of the
 * `papersPerPage` setting (500) keep the order and the grouping, and a collection that fits one page is
 * listed as before.
 */
import { UNCLUSTERED_COLOR } from './cluster-swatch';
import { withBase } from './url';

/** A cluster's papers (or the papers without one), in the order the collection lists them. */
export interface PaperSection<P> {
  /** Anchor id: `cluster-<id>`, or `unclustered`. */
  key: string;
  label: string;
  color: string;
  clustered: boolean;
  papers: P[];
}

/** The part of a section that falls on one page. */
export interface PageSection<P> extends Omit<PaperSection<P>, 'papers'> {
  papers: P[];
  /** Papers in the whole section. */
  total: number;
  /** The section started on an earlier page. */
  continued: boolean;
}

export interface PaperListPage<P> {
  /** 1-based. */
  number: number;
  /** Position in the whole list of the page's first and last paper, 1-based. */
  first: number;
  last: number;
  sections: PageSection<P>[];
}

/** Clusters largest first, then papers without a cluster; the papers keep their order inside each. */
export function paperSections<P>(
  papers: readonly P[],
  clusterOf: (paper: P) => number | undefined,
  clusters: ReadonlyMap<number, { label: string; color: string }>,
): PaperSection<P>[] {
  const groups = new Map<number | undefined, P[]>();
  for (const paper of papers) {
    const cluster = clusterOf(paper);
    const key = cluster !== undefined && clusters.has(cluster) ? cluster : undefined;
    const list = groups.get(key);
    if (list) list.push(paper);
    else groups.set(key, [paper]);
  }
  return [...groups.entries()]
    .map(([id, list]) => {
      const cluster = id !== undefined ? clusters.get(id) : undefined;
      return {
        key: id === undefined ? 'unclustered' : `cluster-${id}`,
        label: cluster?.label ?? (groups.size === 1 ? 'All papers' : 'Other papers'),
        color: cluster?.color ?? UNCLUSTERED_COLOR,
        clustered: cluster !== undefined,
        papers: list,
      };
    })
    .sort((a, b) => Number(b.clustered) - Number(a.clustered) || b.papers.length - a.papers.length);
}

/** Always at least one page, so that an empty collection still has its (empty) list. */
export function paperListPages<P>(sections: readonly PaperSection<P>[], perPage: number): PaperListPage<P>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError(`papers per page must be a positive whole number, not ${perPage}`);
  const pages: PaperListPage<P>[] = [{ number: 1, first: 1, last: 0, sections: [] }];
  let position = 0;
  for (const section of sections) {
    for (let start = 0; start < section.papers.length; ) {
      let page = pages[pages.length - 1]!;
      if (page.last - page.first + 1 >= perPage) {
        page = { number: pages.length + 1, first: position + 1, last: position, sections: [] };
        pages.push(page);
      }
      const room = perPage - (page.last - page.first + 1);
      const slice = section.papers.slice(start, start + room);
      page.sections.push({ key: section.key, label: section.label, color: section.color, clustered: section.clustered, papers: slice, total: section.papers.length, continued: start > 0 });
      start += slice.length;
      position += slice.length;
      page.last = position;
    }
  }
  return pages;
}

/** `papers/` for the first page, `papers/page/<n>/` after it (a paper's own page is `papers/<slug>/`). */
export function paperListPath(base: string, page: number): string {
  return withBase(base, page <= 1 ? 'papers/' : `papers/page/${page}/`);
}

/** Where each section starts: the page to link to from the list's table of clusters. */
export function sectionStarts<P>(pages: readonly PaperListPage<P>[]): Map<string, number> {
  const starts = new Map<string, number>();
  for (const page of pages) for (const section of page.sections) if (!starts.has(section.key)) starts.set(section.key, page.number);
  return starts;
}

/** Page links of a pager: all of them when few, else the first, the last and two either side of the current. */
export function pagerItems(current: number, last: number): (number | 'gap')[] {
  if (last <= 9) return Array.from({ length: last }, (_, i) => i + 1);
  const shown = new Set([1, last]);
  for (let n = current - 2; n <= current + 2; n++) if (n >= 1 && n <= last) shown.add(n);
  const items: (number | 'gap')[] = [];
  let previous = 0;
  for (const n of [...shown].sort((a, b) => a - b)) {
    if (n - previous === 2) items.push(n - 1);
    else if (n - previous > 2) items.push('gap');
    items.push(n);
    previous = n;
  }
  return items;
}
