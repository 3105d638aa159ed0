import { describe, expect, it } from 'vitest';
import { closeNames, editDistance } from '../../../src/lib/search/did-you-mean';

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
