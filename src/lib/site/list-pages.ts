/**
 * A long list in sections (papers by cluster, concepts by letter) split into pages of a fixed number of
 * items, keeping the order: a section that runs over a page ends there and continues on the next. A list
 * that fits one page stays one page.
 */

export interface ListSection<T> {
  /** Anchor id of the section's heading. */
  key: string;
  items: T[];
}

/** The part of a section that falls on one page. */
export type PageSection<S extends ListSection<unknown>> = S & {
  /** Items in the whole section. */
  total: number;
  /** The section started on an earlier page. */
  continued: boolean;
  /** Position in the whole section of the page's first item of it, 0-based. */
  start: number;
};

export interface ListPage<S extends ListSection<unknown>> {
  /** 1-based. */
  number: number;
  /** Position in the whole list of the page's first and last item, 1-based. */
  first: number;
  last: number;
  sections: PageSection<S>[];
}

/** Always at least one page, so that an empty list still has its (empty) page. */
export function listPages<S extends ListSection<unknown>>(sections: readonly S[], perPage: number): ListPage<S>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError(`items per page must be a positive whole number, not ${perPage}`);
  const pages: ListPage<S>[] = [{ number: 1, first: 1, last: 0, sections: [] }];
  let position = 0;
  for (const section of sections) {
    for (let start = 0; start < section.items.length; ) {
      let page = pages[pages.length - 1]!;
      if (page.last - page.first + 1 >= perPage) {
        page = { number: pages.length + 1, first: position + 1, last: position, sections: [] };
        pages.push(page);
      }
      const room = perPage - (page.last - page.first + 1);
      const items = section.items.slice(start, start + room);
      page.sections.push({ ...section, items, total: section.items.length, continued: start > 0, start });
      start += items.length;
      position += items.length;
      page.last = position;
    }
  }
  return pages;
}

/** A list in sections, its pages, and the page where each section starts. */
export interface PagedList<S extends ListSection<unknown>> {
  sections: S[];
  pages: ListPage<S>[];
  starts: Map<string, number>;
}

export function pagedList<S extends ListSection<unknown>>(sections: S[], perPage: number): PagedList<S> {
  const pages = listPages(sections, perPage);
  return { sections, pages, starts: sectionStarts(pages) };
}

/** Where each section starts: the page to link to from the list's table of sections. */
export function sectionStarts(pages: readonly ListPage<ListSection<unknown>>[]): Map<string, number> {
  const starts = new Map<string, number>();
  for (const page of pages) for (const section of page.sections) if (!starts.has(section.key)) starts.set(section.key, page.number);
  return starts;
}

/** The link to a section's heading from any page of the list: on the page where it starts, or on this one. */
export function sectionHref(key: string, starts: ReadonlyMap<string, number>, pageCount: number, pathOf: (page: number) => string): string {
  return pageCount > 1 ? `${pathOf(starts.get(key) ?? 1)}#${key}` : `#${key}`;
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
