import { describe, expect, it } from 'vitest';
import { pagerItems, paperListPages, paperListPath, paperSections, sectionStarts } from '../../../src/lib/site/paper-list';
import { UNCLUSTERED_COLOR } from '../../../src/lib/site/cluster-swatch';

interface P {
  id: string;
  cluster?: number;
}

const clusters = new Map([
  [0, { label: 'Graph neural networks', color: '#1f77b4' }],
  [1, { label: 'Retrieval-augmented generation', color: '#ff7f0e' }],
]);
const papers = (prefix: string, n: number, cluster?: number): P[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}-${i + 1}`, ...(cluster === undefined ? {} : { cluster }) }));
const clusterOf = (p: P) => p.cluster;

describe('paperSections', () => {
  it('groups by cluster, largest first, papers without a known cluster last, keeping the order inside', () => {
    const list = [...papers('gnn', 2, 0), ...papers('rag', 3, 1), ...papers('none', 4), { id: 'lost', cluster: 9 }];
    const sections = paperSections(list, clusterOf, clusters);
    expect(sections.map((s) => [s.key, s.label, s.papers.length])).toEqual([
      ['cluster-1', 'Retrieval-augmented generation', 3],
      ['cluster-0', 'Graph neural networks', 2],
      ['unclustered', 'Other papers', 5],
    ]);
    expect(sections[2]!.papers.map((p) => p.id)).toEqual(['none-1', 'none-2', 'none-3', 'none-4', 'lost']);
    expect(sections[2]!.color).toBe(UNCLUSTERED_COLOR);
  });

  it('calls a collection without clusters "All papers"', () => {
    expect(paperSections(papers('x', 2), clusterOf, clusters).map((s) => s.label)).toEqual(['All papers']);
  });
});

describe('paperListPages', () => {
  const sections = paperSections([...papers('rag', 5, 1), ...papers('gnn', 3, 0), ...papers('none', 2)], clusterOf, clusters);

  it('lists a collection that fits on one page as one page, sections whole', () => {
    const pages = paperListPages(sections, 10);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ number: 1, first: 1, last: 10 });
    expect(pages[0]!.sections.map((s) => [s.key, s.papers.length, s.total, s.continued])).toEqual([
      ['cluster-1', 5, 5, false],
      ['cluster-0', 3, 3, false],
      ['unclustered', 2, 2, false],
    ]);
  });

  it('splits sections across pages in order, each paper once, and marks the continued parts', () => {
    const pages = paperListPages(sections, 4);
    expect(pages.map((p) => [p.number, p.first, p.last])).toEqual([
      [1, 1, 4],
      [2, 5, 8],
      [3, 9, 10],
    ]);
    expect(pages.map((p) => p.sections.map((s) => `${s.key}:${s.papers.length}/${s.total}${s.continued ? '+' : ''}`))).toEqual([
      ['cluster-1:4/5'],
      ['cluster-1:1/5+', 'cluster-0:3/3'],
      ['unclustered:2/2'],
    ]);
    const ids = pages.flatMap((p) => p.sections.flatMap((s) => s.papers.map((x) => x.id)));
    expect(ids).toEqual(sections.flatMap((s) => s.papers.map((x) => x.id)));
    expect(sectionStarts(pages)).toEqual(new Map([['cluster-1', 1], ['cluster-0', 2], ['unclustered', 3]]));
  });

  it('fills the last page exactly without an empty page after it', () => {
    expect(paperListPages(sections, 5).map((p) => p.last)).toEqual([5, 10]);
  });

  it('has one empty page for an empty collection, and refuses a page size that is not a positive whole number', () => {
    expect(paperListPages([], 500)).toEqual([{ number: 1, first: 1, last: 0, sections: [] }]);
    expect(() => paperListPages(sections, 0)).toThrow(/positive whole number/);
    expect(() => paperListPages(sections, 2.5)).toThrow(/positive whole number/);
  });
});

describe('paperListPath', () => {
  it('keeps the first page at papers/ and puts the others where no paper slug can be', () => {
    expect(paperListPath('/', 1)).toBe('/papers/');
    expect(paperListPath('/paper-atlas/', 1)).toBe('/paper-atlas/papers/');
    expect(paperListPath('/paper-atlas/', 7)).toBe('/paper-atlas/papers/page/7/');
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
