import { describe, expect, it } from 'vitest';
import { closeNames, closestWord, correctedQuery, editDistance, sameWords, unseenParts } from '../../../src/lib/search/did-you-mean';

const LABELS = ['Neural networks', 'Neural network', 'Genetic algorithm', 'Genetic algorithms', 'Network', 'Machine learning', 'ML', 'Memory', 'Q&A'];

describe('closeNames', () => {
  it('names the concepts a typo is a few edits from (review 18 M4: "nueral netwrok", "gentic algorithm" found nothing)', () => {
    expect(closeNames('nueral netwrok', LABELS)).toEqual(['Neural network', 'Neural networks']);
    expect(closeNames('gentic algorithm', LABELS)).toEqual(['Genetic algorithm', 'Genetic algorithms']);
    expect(closeNames('Machine-lerning', LABELS)).toEqual(['Machine learning']);
  });

  it('suggests nothing far off, for the name itself, or for a few letters', () => {
    expect(closeNames('quantum chromodynamics', LABELS)).toEqual([]);
    expect(closeNames('memory', LABELS)).toEqual([]);
    expect(closeNames('mk', LABELS)).toEqual([]);
  });
});

describe('editDistance', () => {
  it('counts a swap of two neighbours as one edit, and stops past the bound', () => {
    expect(editDistance('nueral', 'neural', 3)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

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
});

describe('correctedQuery', () => {
  it('replaces the misspelled parts and keeps the rest as typed', () => {
    expect(correctedQuery('Grapheen  Oxide', new Map([['grapheen', 'graphene']]))).toBe('graphene Oxide');
    expect(correctedQuery('k-meens Clustering', new Map([['meens', 'means']]))).toBe('k-means Clustering');
    expect(correctedQuery('reinforcment lerning', new Map([['reinforcment', 'reinforcement'], ['lerning', 'learning']]))).toBe('reinforcement learning');
  });
});

describe('sameWords', () => {
  it('tells a concept name from a corrected query that says the same (one "Did you mean" link, not two)', () => {
    expect(sameWords('Large language models', 'large language models')).toBe(true);
    expect(sameWords('Machine-learning', 'machine learning')).toBe(true);
    expect(sameWords('Large language model', 'large language models')).toBe(false);
  });
});
