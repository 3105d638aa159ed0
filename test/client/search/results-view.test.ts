import { describe, expect, it } from 'vitest';
import { resultMeta } from '../../../src/client/search/results-view';

describe('resultMeta', () => {
  it('names the cluster as a cluster, not as bare concepts beside the year', () => {
    expect(resultMeta({ kind: 'paper', year: '2020', cluster: 'Graph convolutional networks · Citation networks' })).toBe(
      'Paper · 2020 · cluster “Graph convolutional networks · Citation networks”',
    );
    expect(resultMeta({ kind: 'concept' })).toBe('Concept');
    expect(resultMeta({ kind: 'paper', cluster: 'Fuzzy' })).toBe('Paper · cluster “Fuzzy”');
  });
});
