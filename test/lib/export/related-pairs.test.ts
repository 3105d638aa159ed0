import { describe, expect, it } from 'vitest';
import { pairKey, relatedPairs } from '../../../src/lib/export/related-pairs';

describe('relatedPairs', () => {
  const papers = [
    { id: 'b', related: [{ id: 'a', score: 0.4, shared: ['x', 'gone'] }, { id: 'c', score: 0.2, shared: [] }, { id: 'b', score: 1, shared: [] }] },
    { id: 'a', related: [{ id: 'b', score: 0.5, shared: ['y', 'x'] }, { id: 'missing', score: 0.9, shared: ['x'] }] },
    { id: 'c', related: [] },
  ];

  it('lists each pair once, smaller id first, at the higher score of its two listings, with that listing’s shared concepts', () => {
    expect(relatedPairs(papers, new Set(['x', 'y']))).toEqual([
      { source: 'a', target: 'b', score: 0.5, shared: ['y', 'x'] },
      // Listed on one side only (each paper keeps its strongest few): still a link.
      { source: 'b', target: 'c', score: 0.2, shared: [] },
    ]);
  });

  it('drops links to itself and to papers that do not exist, and concepts that do not exist', () => {
    const pairs = relatedPairs([{ id: 'b', related: [{ id: 'a', score: 0.4, shared: ['x', 'gone'] }] }, { id: 'a', related: [] }], new Set(['x']));
    expect(pairs).toEqual([{ source: 'a', target: 'b', score: 0.4, shared: ['x'] }]);
  });

  it('keys an unordered pair the same either way round', () => {
    expect(pairKey('b', 'a')).toBe(pairKey('a', 'b'));
  });
});
