import { describe, expect, it } from 'vitest';
import { paperListPath, paperSections } from '../../../src/lib/site/paper-list';
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
    expect(sections.map((s) => [s.key, s.label, s.items.length])).toEqual([
      ['cluster-1', 'Retrieval-augmented generation', 3],
      ['cluster-0', 'Graph neural networks', 2],
      ['unclustered', 'Other papers', 5],
    ]);
    expect(sections[2]!.items.map((p) => p.id)).toEqual(['none-1', 'none-2', 'none-3', 'none-4', 'lost']);
    expect(sections[2]!.color).toBe(UNCLUSTERED_COLOR);
  });

  it('calls a collection without clusters "All papers"', () => {
    expect(paperSections(papers('x', 2), clusterOf, clusters).map((s) => s.label)).toEqual(['All papers']);
  });
});

describe('paperListPath', () => {
  it('keeps the first page at papers/ and puts the others where no paper slug can be', () => {
    expect(paperListPath('/', 1)).toBe('/papers/');
    expect(paperListPath('/paper-atlas/', 1)).toBe('/paper-atlas/papers/');
    expect(paperListPath('/paper-atlas/', 7)).toBe('/paper-atlas/papers/page/7/');
  });
});
