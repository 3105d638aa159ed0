import { describe, expect, it } from 'vitest';
import { leadWith, mergeRanked, promoteExactTitles } from '../../../src/lib/search/merge';

const hit = (id: string, score: number) => ({ id, score, item: id });

describe('mergeRanked', () => {
  it('keeps one entry per page with its best score, alias-only hits discounted', () => {
    const merged = mergeRanked([
      [hit('a', 2), hit('b', 1)],
      [hit('c', 2), hit('b', 5)],
    ]);
    expect(merged.map((h) => [h.id, h.score])).toEqual([
      ['b', 4.5],
      ['a', 2],
      ['c', 1.8],
    ]);
  });

  it("keeps the page as the other lists found it, whose matched words the excerpt marks too", () => {
    const as = (id: string, score: number, query: string) => ({ id, score, item: `${id} by ${query}` });
    const merged = mergeRanked([
      [as('a', 2, 'query'), as('b', 1, 'query')],
      [as('b', 5, 'RL'), as('c', 1, 'RL')],
      [as('b', 0.5, 'RLs')],
    ]);
    expect(merged.map((h) => [h.id, h.item, h.also])).toEqual([
      ['b', 'b by RL', ['b by query', 'b by RLs']],
      ['a', 'a by query', []],
      ['c', 'c by RL', []],
    ]);
  });

  it('breaks ties by first appearance', () => {
    expect(mergeRanked([[hit('x', 1), hit('y', 1)]]).map((h) => h.id)).toEqual(['x', 'y']);
  });

  it('handles no lists', () => {
    expect(mergeRanked([])).toEqual([]);
  });
});

describe('promoteExactTitles', () => {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  it('puts whole-title matches of the query or its variants first and keeps the rest in order', () => {
    const titles = ['Reinforcement learning research', 'Deep RL survey', 'Reinforcement Learning', 'RL', 'Other'];
    expect(promoteExactTitles(titles, ['reinforcement learning', 'rl'], (t) => t, norm)).toEqual([
      'Reinforcement Learning',
      'RL',
      'Reinforcement learning research',
      'Deep RL survey',
      'Other',
    ]);
  });

  it('changes nothing when no title matches exactly', () => {
    expect(promoteExactTitles(['a b', 'c'], ['a'], (t) => t, norm)).toEqual(['a b', 'c']);
  });
});

describe('leadWith', () => {
  it('puts the hits named first in their order, then the rest in theirs', () => {
    const hits = ['self-paced', 'other', 'pacs-paper', 'pacs-too'].map((id) => ({ id }));
    expect(leadWith(hits, new Set(['pacs-too', 'pacs-paper'])).map((h) => h.id)).toEqual(['pacs-paper', 'pacs-too', 'self-paced', 'other']);
    expect(leadWith(hits, new Set()).map((h) => h.id)).toEqual(hits.map((h) => h.id));
  });
});
