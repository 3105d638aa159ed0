import { describe, expect, it } from 'vitest';
import { listPages, pagedList, pagerItems, sectionHref, sectionStarts, type ListSection } from '../../../src/lib/site/list-pages';

const section = (key: string, n: number, extra: object = {}): ListSection<string> & object => ({ key, items: Array.from({ length: n }, (_, i) => `${key}-${i + 1}`), ...extra });

describe('listPages', () => {
  const sections = [section('rag', 5, { label: 'Retrieval-augmented generation' }), section('gnn', 3), section('other', 2)];

  it('keeps a list that fits on one page as one page, sections whole', () => {
    const pages = listPages(sections, 10);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ number: 1, first: 1, last: 10 });
    expect(pages[0]!.sections.map((s) => [s.key, s.items.length, s.total, s.continued])).toEqual([
      ['rag', 5, 5, false],
      ['gnn', 3, 3, false],
      ['other', 2, 2, false],
    ]);
  });

  it('splits sections across pages in order, each item once, keeps their fields and marks the continued parts', () => {
    const pages = listPages(sections, 4);
    expect(pages.map((p) => [p.number, p.first, p.last])).toEqual([
      [1, 1, 4],
      [2, 5, 8],
      [3, 9, 10],
    ]);
    expect(pages.map((p) => p.sections.map((s) => `${s.key}:${s.items.length}/${s.total}${s.continued ? '+' : ''}`))).toEqual([
      ['rag:4/5'],
      ['rag:1/5+', 'gnn:3/3'],
      ['other:2/2'],
    ]);
    expect(pages[1]!.sections[0]).toMatchObject({ label: 'Retrieval-augmented generation', items: ['rag-5'] });
    // Where in its section each part starts (the papers list splits a cluster there, src/lib/site/paper-list.ts).
    expect(pages.map((p) => p.sections.map((s) => s.start))).toEqual([[0], [4, 0], [0]]);
    expect(pages.flatMap((p) => p.sections.flatMap((s) => s.items))).toEqual(sections.flatMap((s) => s.items));
    expect(sectionStarts(pages)).toEqual(new Map([['rag', 1], ['gnn', 2], ['other', 3]]));
  });

  it('fills the last page exactly without an empty page after it', () => {
    expect(listPages(sections, 5).map((p) => p.last)).toEqual([5, 10]);
  });

  it('has one empty page for an empty list, and refuses a page size that is not a positive whole number', () => {
    expect(listPages([], 500)).toEqual([{ number: 1, first: 1, last: 0, sections: [] }]);
    expect(() => listPages(sections, 0)).toThrow(/positive whole number/);
    expect(() => listPages(sections, 2.5)).toThrow(/positive whole number/);
  });
});

describe('pagerItems', () => {
  it('lists every page of a short list', () => {
    expect(pagerItems(1, 1)).toEqual([1]);
    expect(pagerItems(3, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('shows the ends and two pages either side of the current one, with gaps for the rest', () => {
    expect(pagerItems(1, 20)).toEqual([1, 2, 3, 'gap', 20]);
    expect(pagerItems(10, 20)).toEqual([1, 'gap', 8, 9, 10, 11, 12, 'gap', 20]);
    expect(pagerItems(20, 20)).toEqual([1, 'gap', 18, 19, 20]);
  });

  it('shows a single hidden page rather than a gap standing for it', () => {
    expect(pagerItems(5, 20)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 20]);
  });
});

describe('sectionHref', () => {
  const starts = new Map([['letter-A', 1], ['letter-S', 3]]);
  const pathOf = (n: number) => (n === 1 ? '/atlas/concepts/' : `/atlas/concepts/page/${n}/`);

  it('points at the page where the section starts when the list has pages, and stays on the page otherwise', () => {
    expect(sectionHref('letter-S', starts, 4, pathOf)).toBe('/atlas/concepts/page/3/#letter-S');
    expect(sectionHref('letter-A', starts, 4, pathOf)).toBe('/atlas/concepts/#letter-A');
    expect(sectionHref('letter-S', starts, 1, pathOf)).toBe('#letter-S');
  });
});

describe('pagedList', () => {
  it('holds the sections, their pages and where each section starts', () => {
    const sections = [section('a', 3), section('b', 2)];
    const list = pagedList(sections, 2);
    expect(list.sections).toBe(sections);
    expect(list.pages).toEqual(listPages(sections, 2));
    expect(list.starts).toEqual(new Map([['a', 1], ['b', 2]]));
  });
});
