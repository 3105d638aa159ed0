import { describe, expect, it } from 'vitest';
import { holdingWords, hyphenTails, inTitle, keyWords, titleClashes, titleRuns, wordForm } from '../../../src/lib/concepts/title-holding';
import { keptCandidate, keptWords } from '../../support/kept-words';

describe('title holding', () => {
  it('reads the title, or without one the first sentence in runs of two words or more', () => {
    const words = keptWords('Wavelet packet bases', 'We study bases .');
    expect(holdingWords(words, 3)).toEqual({ words: 3, minRun: 1 });
    expect(holdingWords(words, 0)).toEqual({ words: 3, minRun: 2 });
  });

  it('takes every run of whole words of a phrase', () => {
    expect(titleRuns(3)).toEqual([
      [0, 1],
      [0, 2],
      [0, 3],
      [1, 2],
      [1, 3],
      [2, 3],
    ]);
  });

  it("finds the tails of compounds, but not after a prefix of kind, a letter or a name", () => {
    const never = () => false;
    expect([...hyphenTails('real-life application', 3, never)]).toEqual([1]);
    expect([...hyphenTails('state-of-the-art methods', 5, never)]).toEqual([1, 2, 3]);
    expect([...hyphenTails('meta-reinforcement learning', 3, never)]).toEqual([]);
    expect([...hyphenTails('R-tree index', 3, never)]).toEqual([]);
    expect([...hyphenTails('Rydberg-atom arrays', 3, (w) => w === 'Rydberg')]).toEqual([]);
    // Words that do not line up with the identity's.
    expect([...hyphenTails('real-life application', 2, never)]).toEqual([]);
  });

  it("reads a key's words and a word's form without its plural -s", () => {
    expect(keyWords('Kalman filter-based tracking')).toEqual(['kalman', 'filter', 'based', 'tracking']);
    expect(wordForm('wavelets')).toBe('wavelet');
    expect(wordForm('class')).toBe('class');
  });

  it('finds a candidate in the title, alone or inside a longer phrase', () => {
    expect(inTitle(keptCandidate('wavelet', [[5, 1]]), 3)).toBe(false);
    expect(inTitle(keptCandidate('wavelet', [[5, 1]], [[0, 1]]), 3)).toBe(true);
  });
});

describe('a concept lent by a title', () => {
  const picked = [
    { cid: 'diel alder reaction', score: 1 },
    { cid: 'wavelet base', score: 0.5 },
  ];

  it('goes beside a tag that holds it, not beside one in other words', () => {
    expect(titleClashes(picked, 'reaction', new Set())).toEqual([]);
    expect(titleClashes(picked, 'base wavelet', new Set())).toEqual([{ cid: 'wavelet base', score: 0.5 }]);
  });

  it("clashes with a tag it holds unless that one is the collection's", () => {
    const keyword = [{ cid: 'diel alder', score: 1 }];
    expect(titleClashes(keyword, 'diel alder reaction', new Set())).toEqual(keyword);
    expect(titleClashes(keyword, 'diel alder reaction', new Set(['diel alder']))).toEqual([]);
  });
});
