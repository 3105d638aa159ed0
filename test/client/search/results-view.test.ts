import { describe, expect, it } from 'vitest';
import { resultMeta, resultStatus } from '../../../src/client/search/results-view';

describe('resultMeta', () => {
  it('names the cluster as a cluster, not as bare concepts beside the year', () => {
    expect(resultMeta({ kind: 'paper', year: '2020', cluster: 'Graph convolutional networks · Citation networks' })).toBe(
      'Paper · 2020 · cluster “Graph convolutional networks · Citation networks”',
    );
    expect(resultMeta({ kind: 'concept' })).toBe('Concept');
    expect(resultMeta({ kind: 'paper', cluster: 'Fuzzy' })).toBe('Paper · cluster “Fuzzy”');
  });
});

describe('resultStatus', () => {
  it('counts all results, and the shown ones when fewer', () => {
    expect(resultStatus(0, 0, [])).toBe('No results.');
    expect(resultStatus(1, 1, [])).toBe('1 result.');
    expect(resultStatus(142, 20, ['Finite element'])).toBe('142 results, showing the top 20 about Finite element.');
  });

  it('says the count is a floor where only the query as typed was searched (review 18 M5: the box said 28, the search page 142)', () => {
    const status = resultStatus(28, 5, [], true);
    expect(status).toMatch(/^At least 28 results, showing the top 5/);
    expect(status).toContain('other names');
    expect(resultStatus(0, 0, [], true)).toBe('No results.');
  });
});
