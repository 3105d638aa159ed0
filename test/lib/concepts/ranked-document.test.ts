import { describe, expect, it } from 'vitest';
import { FLAG_DEGREE, FLAG_NOUN_MODIFIED, FLAG_NOUN_WORDS_SHIFT, FLAG_QUALIFIED, FLAG_SCHOLARLY, type DocumentAnalysis } from '../../../src/lib/cache/document-analysis';
import { fromAnalysis } from '../../../src/lib/concepts/ranked-document';
import { WordCase } from '../../../src/lib/concepts/word-case';

// "Kalman filters. The Kalman filter tracks experimental results."
const analysis: DocumentAnalysis = {
  texts: ['Kalman', 'filters', 'The', 'Kalman', 'filter', 'tracks', 'experimental', 'results', '.'],
  sentences: [0, 0, 1, 1, 1, 1, 1, 1, 1],
  titleWords: 2,
  // Word 3 ("Kalman") alone between lowercase words; word 4 ("filter") written lowercase.
  caseVotes: [3 * 2 + 1, 4 * 2],
  ranked: [
    ['kalman filter', 'Kalman filter', 2, ['kalman', 'filter'], ['Kalman filters', 'Kalman filter'], [0, 2, 3, 2], [], FLAG_NOUN_MODIFIED + 3 * 2 ** FLAG_NOUN_WORDS_SHIFT],
    ['experimental result', 'experimental results', 1, ['experiment', 'result'], ['experimental results'], [6, 2], [], FLAG_SCHOLARLY + FLAG_QUALIFIED + FLAG_DEGREE],
  ],
};

describe('a ranked document read back from its analysis', () => {
  const wordCase = new WordCase();
  const d = fromAnalysis('p', analysis, wordCase, (phrase) => phrase.toLowerCase());

  it('holds the candidates with their spans, identities and noun bits', () => {
    const [kalman, results] = d.ranked;
    expect(kalman!.candidate).toEqual({
      key: 'kalman filter',
      id: 'kalman filter',
      stems: ['kalman', 'filter'],
      surfaces: ['Kalman filters', 'Kalman filter'],
      occurrences: [
        { start: 0, length: 2 },
        { start: 3, length: 2 },
      ],
      nested: [],
    });
    expect(kalman!.nouns).toBe(3);
    expect(results!.nouns).toBe(0);
    expect(d.words.sentences).toBeInstanceOf(Int32Array);
  });

  it('sorts the flags into sets of keys', () => {
    expect([...d.nounModified]).toEqual(['kalman filter']);
    expect([...d.scholarly]).toEqual(['experimental result']);
    expect([...d.qualified]).toEqual(['experimental result']);
    expect([...d.degree]).toEqual(['experimental result']);
  });

  it("casts the words' case votes", () => {
    expect(wordCase.isName('Kalman')).toBe(true);
    expect(wordCase.isName('Filter')).toBe(false);
  });
});
