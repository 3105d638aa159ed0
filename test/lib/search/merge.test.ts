import { describe, expect, it } from 'vitest';
import { mergeRanked } from '../../../src/lib/search/merge';

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

  it('breaks ties by first appearance', () => {
    expect(mergeRanked([[hit('x', 1), hit('y', 1)]]).map((h) => h.id)).toEqual(['x', 'y']);
  });

  it('handles no lists', () => {
    expect(mergeRanked([])).toEqual([]);
  });
});
