import { describe, expect, it } from 'vitest';
import type { ConceptMention } from '../../../src/lib/concepts/ranked-document';
import type { Chosen, PaperSelection } from '../../../src/lib/concepts/tag-selection';
import { holdingWords, hyphenTails, inTitle, keyWords, lendTitleConcepts, titleClashes, titleRuns, wordForm, type HeldRun } from '../../../src/lib/concepts/title-holding';
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
    // Two names make one: "European" of "Indo-European" is no name of its own; a title's capitalised common
    // noun after a name ("Rydberg-Atom", which the collection writes "atom" elsewhere) is still a kind of it.
    const names = (w: string) => ['Indo', 'European', 'Rydberg'].includes(w);
    expect([...hyphenTails('Indo-European languages', 3, names)]).toEqual([1]);
    expect([...hyphenTails('Rydberg-Atom Arrays', 3, names)]).toEqual([]);
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

describe('lendTitleConcepts', () => {
  /** Papers c and d carry "wavelet" and "advancement"; the titles of a ("Wavelet packet bases") and b ("Advanced wavelet transforms") hold them. */
  function inputs() {
    const held = (cid: string, rel: number, last: string, holder: string): HeldRun => ({ cid, rel, last, holder });
    const heldBy = [[held('wavelet', 0.8, 'wavelet', 'wavelet packet base')], [held('wavelet', 0.6, 'wavelet', 'advanc wavelet transform'), held('advanc', 0.6, 'advanced', 'advanc wavelet transform')], [], []];
    const mention = (doc: number, key: string, cid: string): ConceptMention => ({ doc, r: { candidate: keptCandidate(key, [[0, key.split(' ').length]]), score: 1, surface: key, nouns: 1 }, cid, isShort: false, isTail: false, trim: 0 });
    const mentions = [mention(2, 'wavelets', 'wavelet'), mention(3, 'wavelet', 'wavelet'), mention(2, 'advancements', 'advanc'), mention(3, 'advancements', 'advanc')];
    const selected: PaperSelection[] = ['a', 'b', 'c', 'd'].map((paper, i) => ({
      paper,
      concepts: [{ cid: ['wavelet packet base', 'advanc wavelet transform', 'wavelet', 'wavelet'][i]!, score: 0.9 }, ...(i > 1 ? [{ cid: 'advanc', score: 0.5 }] : [])],
      pinned: 0,
      held: [],
    }));
    const chosen: Chosen = new Map();
    for (const s of selected) for (const q of s.concepts) chosen.set(q.cid, [...(chosen.get(q.cid) ?? []), { paper: s.paper, cid: q.cid, score: q.score }]);
    const df = new Map([['wavelet', 4], ['advanc', 2]]);
    return {
      heldBy,
      mentions,
      selected,
      chosen,
      removedFromPaper: new Map<string, Set<string>>(),
      uncorroborated: [new Set<string>(), new Set<string>(), new Set<string>(), new Set<string>()],
      weightOf: (n: number) => 1 / n,
      dfOf: (cid: string) => df.get(cid) ?? 0,
      perPaper: 5,
    };
  }

  it("lends a collection's concept to the papers whose titles hold it, as the collection writes its last word, and returns the collection", () => {
    const given = inputs();
    const collection = lendTitleConcepts(given);
    expect([...collection].sort()).toEqual(['advanc', 'wavelet']);
    expect(given.selected.map((s) => s.concepts.map((q) => [q.cid, q.score]))).toEqual([
      [['wavelet packet base', 0.9], ['wavelet', 0.2]],
      // ("Advanced" is no way to write "advancements".)
      [['advanc wavelet transform', 0.9], ['wavelet', 0.15]],
      [['wavelet', 0.9], ['advanc', 0.5]],
      [['wavelet', 0.9], ['advanc', 0.5]],
    ]);
    expect(given.chosen.get('wavelet')!.map((t) => t.paper)).toEqual(['c', 'd', 'a', 'b']);
  });

  it('lends nothing to a paper whose tags are full', () => {
    const given = inputs();
    lendTitleConcepts({ ...given, perPaper: 1 });
    expect(given.selected.map((s) => s.concepts.length)).toEqual([1, 1, 2, 2]);
    expect(given.chosen.get('wavelet')!.length).toBe(2);
  });

  it('lends nothing back to a paper the user removed it from', () => {
    const given = inputs();
    lendTitleConcepts({ ...given, removedFromPaper: new Map([['b', new Set(['wavelet'])]]) });
    expect(given.selected.map((s) => s.concepts.length)).toEqual([2, 1, 2, 2]);
    expect(given.chosen.get('wavelet')!.map((t) => t.paper)).toEqual(['c', 'd', 'a']);
  });
});
