import { describe, expect, it } from 'vitest';
import { adjacency } from '../../../src/client/graph/adjacency';
import { neighbourList, type NeighbourSource } from '../../../src/client/graph/neighbours';

// Three papers, two concepts. Papers view: a–b (0.5), a–c (0.8). Concepts view: a tags x (its 2nd of 3 tags)
// and y (1st); b tags x (1st of 1); c tags y (its place unknown: 0).
const related = [0, 1, 500, 0, 2, 800];
const tagged = [0, 0, 400, 0, 1, 900, 1, 0, 700, 2, 1, 300];
const tagRank = [2, 1, 1, 0];

function source(view: 'papers' | 'concepts'): NeighbourSource {
  const tags = adjacency(3, 2, tagged);
  return {
    base: '/atlas/',
    state: { view, minWeight: 0 },
    data: {
      papers: { ids: ['a', 'b', 'c'], labels: ['Paper A', 'Paper B', 'Paper C'], tags: [3, 1, 2] },
      concepts: { ids: ['x', 'y'], labels: ['X', 'Y'] },
      tagRank,
    } as unknown as NeighbourSource['data'],
    paperLinks: adjacency(3, 3, related, true).from,
    paperTags: tags.from,
    conceptTags: tags.to,
  };
}

describe('neighbourList', () => {
  it('lists a paper\'s linked papers in the papers view, strongest first, with the link\'s index', () => {
    expect(neighbourList(source('papers'), 'paper', 0)).toEqual([
      { id: 'p:c', label: 'Paper C', href: '/atlas/papers/c/', weight: 0.8, link: 1 },
      { id: 'p:b', label: 'Paper B', href: '/atlas/papers/b/', weight: 0.5, link: 0 },
    ]);
  });

  it('lists a paper\'s concepts in the concepts view in the order of its tags, with their places', () => {
    expect(neighbourList(source('concepts'), 'paper', 0)).toEqual([
      { id: 'c:y', label: 'Y', href: '/atlas/concepts/y/', weight: 0.9, rank: 1, of: 3 },
      { id: 'c:x', label: 'X', href: '/atlas/concepts/x/', weight: 0.4, rank: 2, of: 3 },
    ]);
  });

  it('lists a concept\'s papers by the concept\'s place among each paper\'s tags, an unknown place last', () => {
    expect(neighbourList(source('concepts'), 'concept', 0).map((n) => [n.id, n.rank, n.of])).toEqual([
      ['p:b', 1, 1],
      ['p:a', 2, 3],
    ]);
    expect(neighbourList(source('concepts'), 'concept', 1).map((n) => [n.id, n.rank, n.of])).toEqual([
      ['p:a', 1, 3],
      ['p:c', 0, 2],
    ]);
  });

  it('orders by weight, then label, where data from before tagRank gives no places', () => {
    const old = source('concepts');
    old.data = { ...old.data, tagRank: undefined } as unknown as NeighbourSource['data'];
    expect(neighbourList(old, 'concept', 0).map((n) => n.id)).toEqual(['p:b', 'p:a']);
  });
});
