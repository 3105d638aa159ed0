import { describe, expect, it } from 'vitest';
import { paperListPath, paperSectionParts, paperSections } from '../../../src/lib/site/paper-list';
import { listPages } from '../../../src/lib/site/list-pages';
import { UNCLUSTERED_COLOR } from '../../../src/lib/site/cluster-swatch';
import { OTHER_CLUSTER_COLOR } from '../../../src/lib/graph/palette';

interface P {
  id: string;
  title: string;
  cluster?: number;
}

const clusters = new Map([
  [0, { label: 'Graph neural networks', color: '#1f77b4' }],
  [1, { label: 'Retrieval-augmented generation', color: '#ff7f0e' }],
]);
const papers = (prefix: string, n: number, cluster?: number): P[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}-${i + 1}`, title: `${prefix} ${i + 1}`, ...(cluster === undefined ? {} : { cluster }) }));
const paperOf = (p: P) => p;

describe('paperSections', () => {
  it('groups by cluster, largest first, papers without a known cluster last', () => {
    const list = [...papers('gnn', 2, 0), ...papers('rag', 3, 1), ...papers('none', 4), { id: 'lost', title: 'none 5', cluster: 9 }];
    const sections = paperSections(list, paperOf, clusters);
    expect(sections.map((s) => [s.key, s.label, s.items.length])).toEqual([
      ['cluster-1', 'Retrieval-augmented generation', 3],
      ['cluster-0', 'Graph neural networks', 2],
      ['unclustered', 'Other papers', 5],
    ]);
    expect(sections[2]!.items.map((p) => p.id)).toEqual(['none-1', 'none-2', 'none-3', 'none-4', 'lost']);
    expect(sections[2]!.color).toBe(UNCLUSTERED_COLOR);
  });

  it('lists the clustering\'s "Other papers" bucket after the named clusters whatever its size, as the home page and the graph do (review 17 L5)', () => {
    const withBucket = new Map([...clusters, [2, { label: 'Other papers', color: OTHER_CLUSTER_COLOR }]]);
    const list = [...papers('gnn', 2, 0), ...papers('rag', 3, 1), ...papers('odd', 6, 2)];
    expect(paperSections(list, paperOf, withBucket).map((s) => [s.key, s.items.length])).toEqual([
      ['cluster-1', 3],
      ['cluster-0', 2],
      ['cluster-2', 6],
    ]);
  });

  it('calls a collection without clusters "All papers"', () => {
    expect(paperSections(papers('x', 2), paperOf, clusters).map((s) => s.label)).toEqual(['All papers']);
  });

  it('lists each cluster A–Z by title, whatever order the papers come in (case, accents and numbers as a reader sorts them)', () => {
    const list: P[] = [
      { id: 'z', title: 'Zero-shot planning', cluster: 0 },
      { id: 'e', title: 'Émergence of tool use', cluster: 0 },
      { id: 'a10', title: 'Agents 10', cluster: 0 },
      { id: 'b', title: 'benchmarks for agents', cluster: 0 },
      { id: 'a2', title: 'Agents 2', cluster: 0 },
      { id: 'dup-b', title: 'Same title', cluster: 1 },
      { id: 'dup-a', title: 'Same title', cluster: 1 },
    ];
    const sections = paperSections(list, paperOf, clusters);
    expect(sections.map((s) => s.items.map((p) => p.id))).toEqual([
      ['a2', 'a10', 'b', 'e', 'z'],
      ['dup-a', 'dup-b'],
    ]);
  });
});

describe('paperListPath', () => {
  it('keeps the first page at papers/ and puts the others where no paper slug can be', () => {
    expect(paperListPath('/', 1)).toBe('/papers/');
    expect(paperListPath('/paper-atlas/', 1)).toBe('/paper-atlas/papers/');
    expect(paperListPath('/paper-atlas/', 7)).toBe('/paper-atlas/papers/page/7/');
  });
});

describe('papers its cluster’s name is not true of (review 41 finding 2)', () => {
  const list = [
    { id: 'a', title: 'Alpha', cluster: 0 },
    { id: 'b', title: 'Beta', cluster: 0 },
    { id: 'c', title: 'Gamma', cluster: 0 },
    { id: 'd', title: 'Delta', cluster: 0 },
    { id: 'e', title: 'Epsilon', cluster: 0 },
    { id: 'n', title: 'None', cluster: undefined },
  ] as P[];
  const off = new Set(['a', 'd']);
  const sections = paperSections(list, paperOf, clusters, (p) => off.has(p.id));

  it('lists them after the papers the name is true of, each part A–Z, and counts the others', () => {
    expect(sections[0]!.items.map((p) => p.id)).toEqual(['b', 'e', 'c', 'a', 'd']);
    expect(sections[0]!.named).toBe(3);
    // Papers without a cluster have no name to misdescribe them.
    expect(sections[1]).toMatchObject({ key: 'unclustered', named: 1 });
  });

  it('puts them under their own heading, not the one that names the cluster, on whatever page they fall', () => {
    const one = paperSectionParts(listPages(sections, 10)[0]!.sections[0]!);
    expect(one.named.map((p) => p.id)).toEqual(['b', 'e', 'c']);
    expect(one.linked.map((p) => p.id)).toEqual(['a', 'd']);
    expect(one).toMatchObject({ linkedTotal: 2, linkedContinued: false, linkedKey: 'cluster-0-linked' });
    // Two a page: the split falls inside page 2, page 3 holds others only and continues their heading.
    const parts = listPages(sections, 2).map((page) => paperSectionParts(page.sections[0]!));
    expect(parts.map((p) => [p.named.map((x) => x.id), p.linked.map((x) => x.id), p.linkedContinued])).toEqual([
      [['b', 'e'], [], false],
      [['c'], ['a'], false],
      [[], ['d'], true],
    ]);
  });

  it('leaves a cluster its name is true of in one part', () => {
    const all = paperSections(list, paperOf, clusters);
    expect(paperSectionParts(listPages(all, 10)[0]!.sections[0]!).linked).toEqual([]);
  });
});
