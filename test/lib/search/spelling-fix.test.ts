import { describe, expect, it } from 'vitest';
import { closestWord, correctedQuery, unseenParts } from '../../../src/lib/search/spelling-fix';

describe('unseenParts', () => {
  const pages = ['A graph-based algorithm for word sense disambiguation', 'Quantum search on glued trees: a graph walk'];

  it('names a query word that no word of the pages found starts with (review 41 finding 7: "grapheen" found six papers about graphs, silently)', () => {
    expect(unseenParts('grapheen', pages)).toEqual(['grapheen']);
    expect(unseenParts('Grapheen graph', pages)).toEqual(['grapheen']);
  });

  it('leaves alone a word the pages hold, one they hold a longer word of (half-typed), and short words', () => {
    expect(unseenParts('graph-based algorithm', pages)).toEqual([]);
    expect(unseenParts('disambig', pages)).toEqual([]);
    expect(unseenParts('on GPT4 in 2019', pages)).toEqual([]);
    expect(unseenParts('SCHRODINGER Schrödinger', ['The Schrödinger equation'])).toEqual([]);
  });

  it('reads a word of the pages from its start only', () => {
    expect(unseenParts('rithm', pages)).toEqual(['rithm']);
  });

  it('names every word when nothing was found', () => {
    expect(unseenParts('reinforcment lerning', [])).toEqual(['reinforcment', 'lerning']);
  });
});

describe('closestWord', () => {
  const bands = [['cardinal', 'graphene', 'graphs', 'lerner'], ['card'], [], ['care', 'graph', 'learning']];

  it('corrects a word of no paper to the nearest word of the collection', () => {
    expect(closestWord('grapheen', bands)).toBe('graphene');
    expect(closestWord('lerning', bands)).toBe('learning');
  });

  it('does not correct a word of the collection, however rare, nor the start of one, nor to a word far off', () => {
    expect(closestWord('graphene', bands)).toBeUndefined();
    expect(closestWord('lerner', bands)).toBeUndefined();
    expect(closestWord('graphen', bands)).toBeUndefined();
    expect(closestWord('quantum', bands)).toBeUndefined();
  });

  it('prefers, among words as near, the commoner, then the first alphabetically', () => {
    // "cart" is one edit from "card" (2–3 papers) and "care" (8 or more).
    expect(closestWord('cart', bands)).toBe('care');
    expect(closestWord('cart', [['card', 'care']])).toBe('card');
  });

  it('prefers, among words as near, the one that keeps more of its start ("sparce rewards" was "space rewards")', () => {
    expect(closestWord('sparce', [['sparse'], [], [], ['space']])).toBe('sparse');
  });
});

describe('correctedQuery', () => {
  it('replaces the misspelled parts and keeps the rest as typed', () => {
    expect(correctedQuery('Grapheen  Oxide', new Map([['grapheen', 'graphene']]))).toBe('graphene Oxide');
    expect(correctedQuery('k-meens Clustering', new Map([['meens', 'means']]))).toBe('k-means Clustering');
    expect(correctedQuery('reinforcment lerning', new Map([['reinforcment', 'reinforcement'], ['lerning', 'learning']]))).toBe('reinforcement learning');
  });
});
