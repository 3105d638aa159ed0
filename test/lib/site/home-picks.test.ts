import { describe, expect, it } from 'vitest';
import { homeClusters, linkCounts, newest } from '../../../src/lib/site/home-picks';
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
