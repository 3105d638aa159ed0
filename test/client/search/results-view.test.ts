import { describe, expect, it } from 'vitest';
import { correctedWords, resultMeta, resultStatus } from '../../../src/client/search/results-view';
import { correctedQuery } from '../../../src/lib/search/spelling-fix';

describe('resultMeta', () => {
  it('names the cluster as a cluster, not as bare concepts beside the year', () => {
    expect(resultMeta({ kind: 'paper', year: '2020', cluster: 'Graph convolutional networks · Citation networks' })).toBe(
      'Paper · 2020 · cluster “Graph convolutional networks · Citation networks”',
    );
    expect(resultMeta({ kind: 'concept' })).toBe('Concept');
    expect(resultMeta({ kind: 'paper', cluster: 'Fuzzy' })).toBe('Paper · cluster “Fuzzy”');
  });

  it('names the authors before the year (review 44 item 9: papers found through an author showed none), as the page wrote them', () => {
    expect(resultMeta({ kind: 'paper', authors: 'Kurt Gödel, Alan Turing, Emmy Noether et al.', year: '1931', cluster: 'Logic' })).toBe(
      'Paper · Kurt Gödel, Alan Turing, Emmy Noether et al. · 1931 · cluster “Logic”',
    );
    expect(resultMeta({ kind: 'paper', authors: '</script><b>Mallory</b>' })).toBe('Paper · </script><b>Mallory</b>');
    expect(resultMeta({ kind: 'paper', authors: '', year: '2020' })).toBe('Paper · 2020');
  });
});

describe('resultStatus', () => {
  it('counts all results, and the shown ones when fewer', () => {
    expect(resultStatus(0, 0, [])).toBe('No results.');
    expect(resultStatus(1, 1, [])).toBe('1 result.');
    expect(resultStatus(142, 20, ['Finite element'])).toBe('142 results, showing the top 20 about Finite element.');
  });

  it('says the count is a floor where only the query as typed was searched (review 18 M5: the box said 28, the search page 142)', () => {
    expect(resultStatus(28, 5, [], true)).toMatch(/^At least 28 results/);
    expect(resultStatus(0, 0, [], true)).toBe('No results.');
  });

  it('says it in plain words, which a screen reader announces (review 19 L4: "…; all results also searches other names of its concepts.")', () => {
    expect(resultStatus(28, 5, [], true)).toBe('At least 28 results; top 5 shown.');
    expect(resultStatus(3, 3, [], true)).toBe('At least 3 results.');
    expect(resultStatus(28, 5, ['World models'], true)).toBe('At least 28 results about World models; top 5 shown.');
  });

  it('names the filters when nothing is found under them (review 19 L3: a stale filter gave a bare "No results.")', () => {
    expect(resultStatus(0, 0, ['Offline reinforcement learning'])).toBe('No results with the filter Offline reinforcement learning.');
    expect(resultStatus(0, 0, ['Chess', 'Go'], true)).toBe('No results with the filters Chess + Go.');
  });
});

describe('correctedWords', () => {
  it('names the words the spelling hint says no paper has, as typed (review 43, its notes on search: "Showing results for “controler”" read as the search\'s reading)', () => {
    expect(correctedWords('controler', correctedQuery('controler', new Map([['controler', 'controller']])))).toEqual(['controler']);
    const query = 'Grapheen  oxide K-meens';
    const corrected = correctedQuery(query, new Map([['grapheen', 'graphene'], ['meens', 'means']]));
    expect(corrected).toBe('graphene oxide k-means');
    expect(correctedWords(query, corrected)).toEqual(['Grapheen', 'K-meens']);
    // Nothing to tell apart: the whole query.
    expect(correctedWords(' odd query ', 'other')).toEqual(['odd query']);
  });
});
