import { describe, expect, it } from 'vitest';
import { clusterExemplars, homeClusters, linkCounts, newest, titledFirst } from '../../../src/lib/site/home-picks';
import { OTHER_CLUSTER_COLOR } from '../../../src/lib/graph/palette';

type P = { id: string; year?: number; degree: number };
const papers: P[] = [
  { id: 'hub-2024', year: 2024, degree: 9 },
  { id: 'a-2023', year: 2023, degree: 1 },
  { id: 'b-2023', year: 2023, degree: 4 },
  { id: 'undated', degree: 7 },
  { id: 'old', year: 1999, degree: 2 },
];

describe('newest', () => {
  it('lists the newest papers with a year, the better connected first within a year, whatever else lists them', () => {
    expect(newest(papers, (p) => p.year, (p) => p.degree, 3).map((p) => p.id)).toEqual(['hub-2024', 'b-2023', 'a-2023']);
  });

  it('lists none when no paper has a year', () => {
    expect(newest([{ id: 'x', degree: 1 }] as P[], (p) => p.year, (p) => p.degree, 6)).toEqual([]);
  });
});

describe('homeClusters', () => {
  const cluster = (id: number, size: number, label = `Topic ${id}`, color = `#00000${id % 10}`) => ({ id, size, label, color });
  it('gives cards to the biggest and names every other cluster, the "Other papers" bucket last whatever its size (review 18 M6)', () => {
    const clusters = [cluster(0, 40), cluster(1, 80), cluster(2, 5), cluster(3, 318, 'Other papers', OTHER_CLUSTER_COLOR), cluster(4, 12)];
    const { cards, more } = homeClusters(clusters, 2);
    expect(cards.map((c) => c.id)).toEqual([1, 0]);
    expect(more.map((c) => c.id)).toEqual([4, 2, 3]);
    expect(homeClusters(clusters, 12)).toEqual({ cards: [clusters[1], clusters[0], clusters[4], clusters[2], clusters[3]], more: [] });
  });
});

describe('linkCounts (review 21 finding 9)', () => {
  const papers = [
    { id: 'a', related: [{ id: 'b', score: 0.5, shared: [] }, { id: 'c', score: 0.1, shared: [] }] },
    { id: 'b', related: [{ id: 'a', score: 0.5, shared: [] }] },
    { id: 'c', related: [] },
  ];

  it('counts every related pair once, and apart from it the links the graph draws', () => {
    // a–b listed both ways, a–c on one side only: two links, of which the graph draws one.
    expect(linkCounts(papers, { papers: { edges: [{ source: 'a', target: 'b' }] } })).toEqual({ all: 2, drawn: 1 });
  });

  it('has no drawn count before the graph stage ran', () => {
    expect(linkCounts(papers, undefined)).toEqual({ all: 2, drawn: undefined });
  });
});

describe('good places to start and cluster exemplars (review 22 finding 11)', () => {
  type Q = { id: string; cluster?: number; made?: boolean };
  const byDegree: Q[] = [
    { id: 'table-1-lists-8-pairs-of-b-decays', cluster: 0, made: true },
    { id: 'hub', cluster: 0 },
    { id: 'there-are-many-possible-applications', cluster: 1, made: true },
    { id: 'second', cluster: 0 },
    { id: 'only-made-1', cluster: 2, made: true },
    { id: 'only-made-2', cluster: 2, made: true },
    { id: 'lone' },
  ];
  const made = (p: Q) => p.made === true;

  it('lists papers with their own title before papers titled from their abstract', () => {
    expect(titledFirst(byDegree, made, 3).map((p) => p.id)).toEqual(['hub', 'second', 'lone']);
  });
  it('fills up with papers titled from their abstract, best first, where too few titled ones are there', () => {
    expect(titledFirst(byDegree, made, 5).map((p) => p.id)).toEqual(['hub', 'second', 'lone', 'table-1-lists-8-pairs-of-b-decays', 'there-are-many-possible-applications']);
  });
  it("gives each cluster's card its best titled papers, made titles only where the cluster has no other", () => {
    const picks = clusterExemplars(byDegree, (p) => p.cluster, made, 2);
    expect(Object.fromEntries([...picks].map(([c, list]) => [c, list.map((p) => p.id)]))).toEqual({
      0: ['hub', 'second'],
      1: ['there-are-many-possible-applications'],
      2: ['only-made-1', 'only-made-2'],
    });
  });
  it("gives a cluster's card papers its name is true of where it has any (review 41 finding 2: a \"Dipole · Leptons\" card opened on turbine disks)", () => {
    const off = new Set(['hub', 'there-are-many-possible-applications', 'only-made-1']);
    const picks = clusterExemplars(byDegree, (p) => p.cluster, made, 2, (p) => off.has(p.id));
    expect(Object.fromEntries([...picks].map(([c, list]) => [c, list.map((p) => p.id)]))).toEqual({
      // The titled hub is off its name: a paper titled from its abstract before it.
      0: ['second', 'table-1-lists-8-pairs-of-b-decays'],
      // Its one paper is off its name: that one all the same.
      1: ['there-are-many-possible-applications'],
      2: ['only-made-2'],
    });
  });
});
