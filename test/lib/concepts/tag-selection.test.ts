import { describe, expect, it } from 'vitest';
import { documentAnalysis } from '../../../src/lib/concepts/concept-analysis';
import { conceptNames } from '../../../src/lib/concepts/concept-names';
import { corpusAbbreviations } from '../../../src/lib/concepts/corpus-abbreviations';
import { identity } from '../../../src/lib/concepts/normalise';
import { emptyOverrides, parseOverrides } from '../../../src/lib/concepts/overrides';
import { fromAnalysis } from '../../../src/lib/concepts/ranked-document';
import { corpusWeight, MIN_DOUBTFUL_WRITERS, SINGLETON_FACTOR, selectTags, uncorroboratedPhrases } from '../../../src/lib/concepts/tag-selection';
import { WordCase } from '../../../src/lib/concepts/word-case';

const none = () => new Set<string>();
const idOf = (phrase: string) => identity(phrase);

describe('a qualified phrase ("future work")', () => {
  it('is uncorroborated on a paper that shares nothing else with the other papers that write it', () => {
    const qualifiedIn = [new Set(['futur work']), new Set(['futur work']), new Set(['futur work'])];
    const perDoc = [
      new Map([['futur work', 1], ['brane cosmologi', 0.9]]),
      new Map([['futur work', 1], ['heat switch', 0.8]]),
      new Map([['futur work', 1], ['heat switch', 0.7]]),
    ];
    const out = uncorroboratedPhrases(qualifiedIn, perDoc, [none(), none(), none()], [none(), none(), none()]);
    expect(out.map((s) => [...s])).toEqual([['futur work'], [], []]);
  });

  it('is left as it is where fewer than three papers write it', () => {
    const qualifiedIn = [new Set(['hybrid system']), new Set(['hybrid system']), none()];
    const perDoc = [new Map([['hybrid system', 1], ['a', 1]]), new Map([['hybrid system', 1], ['b', 1]]), new Map()];
    const out = uncorroboratedPhrases(qualifiedIn, perDoc, [none(), none(), none()], [none(), none(), none()]);
    expect(out.map((s) => s.size)).toEqual([0, 0, 0]);
  });

  it('is not corroborated by a common word or a routine phrase the papers share', () => {
    const qualifiedIn = [new Set(['futur work']), new Set(['futur work']), new Set(['futur work'])];
    const perDoc = [0, 1, 2].map(() => new Map([['futur work', 1], ['unit', 0.5]]));
    const common = [0, 1, 2].map(() => new Set(['unit']));
    expect(uncorroboratedPhrases(qualifiedIn, perDoc, common, [none(), none(), none()]).map((s) => s.size)).toEqual([1, 1, 1]);
    expect(uncorroboratedPhrases(qualifiedIn, perDoc, [none(), none(), none()], [none(), none(), none()]).map((s) => s.size)).toEqual([0, 0, 0]);
  });
});

describe('a doubtful phrase ("long history", review 41 finding 6)', () => {
  const specific = (w: string) => ['librarian', 'trimer', 'friction'].includes(w);
  it('is judged where two papers write it: uncorroborated where they share nothing else', () => {
    const doubtfulIn = [new Set(['long histori']), new Set(['long histori'])];
    const perDoc = [new Map([['long histori', 1], ['friction', 0.9]]), new Map([['long histori', 1], ['sodium trimer', 0.8]])];
    const out = uncorroboratedPhrases(doubtfulIn, perDoc, [none(), none()], [none(), none()], MIN_DOUBTFUL_WRITERS, specific);
    expect(out.map((s) => [...s])).toEqual([['long histori'], ['long histori']]);
  });

  it('is corroborated by a specific word of two different concepts ("midcareer librarians", "public librarians")', () => {
    const doubtfulIn = [new Set(['career chang']), new Set(['career chang'])];
    const perDoc = [new Map([['career chang', 1], ['midcareer librarian', 0.9]]), new Map([['career chang', 1], ['public librarian', 0.8]])];
    const out = uncorroboratedPhrases(doubtfulIn, perDoc, [none(), none()], [none(), none()], MIN_DOUBTFUL_WRITERS, specific);
    expect(out.map((s) => s.size)).toEqual([0, 0]);
    // Without the words, the two phrases share nothing.
    expect(uncorroboratedPhrases(doubtfulIn, perDoc, [none(), none()], [none(), none()], MIN_DOUBTFUL_WRITERS).map((s) => s.size)).toEqual([1, 1]);
  });

  it('is not corroborated by its own words', () => {
    const doubtfulIn = [new Set(['friction regim']), new Set(['friction regim'])];
    const perDoc = [new Map([['friction regim', 1], ['friction', 0.9]]), new Map([['friction regim', 1], ['static friction', 0.8]])];
    const out = uncorroboratedPhrases(doubtfulIn, perDoc, [none(), none()], [none(), none()], MIN_DOUBTFUL_WRITERS, specific);
    expect(out.map((s) => s.size)).toEqual([1, 1]);
  });
});

describe('selectTags', () => {
  const wordCase = new WordCase();
  const texts = [
    { id: 'a', title: 'Policy learning', abstract: 'Reinforcement learning trains agents.' },
    { id: 'b', title: 'Agents', abstract: 'Agents use self-play.' },
  ];
  const analysed = texts.map((t) => fromAnalysis(t.id, documentAnalysis(t), wordCase, idOf));
  const names = conceptNames(analysed, emptyOverrides(), corpusAbbreviations(texts, analysed, idOf), idOf);
  const df = new Map([['agent', 2], ['self-play', 1], ['state of the art', 2], ['polici', 1]]);
  const inputs = {
    analysed,
    overrides: emptyOverrides(),
    names,
    perDoc: [new Map([['agent', 1], ['state of the art', 0.9], ['polici', 0.8]]), new Map([['agent', 1], ['self-play', 0.9]])],
    hints: [[], [{ cid: 'self-play', surface: 'self-play' }]],
    tailFallback: [new Map<string, string>(), new Map<string, string>()],
    commonOnly: [none(), none()],
    uncorroborated: [none(), none()],
    routineIn: [new Set(['state of the art']), none()],
    passingOnly: [none(), none()],
    dfOf: (cid: string) => df.get(cid) ?? 0,
    weight: () => 1,
    perPaper: 5,
  };

  it("returns each paper's tags, the keywords' writing and the places routine phrases held", () => {
    const out = selectTags(inputs);
    expect(out.selected.map((s) => s.concepts.map((c) => c.cid))).toEqual([['agent', 'polici'], ['self-play', 'agent']]);
    expect(out.selected.map((s) => s.held.map((c) => c.cid))).toEqual([['state of the art'], []]);
    expect([...out.routineHeld]).toEqual([['state of the art', ['a']]]);
    expect([...out.hintSurfaces]).toEqual([['self-play', 'self-play']]);
    expect([...out.chosen.keys()].sort()).toEqual(['agent', 'polici', 'self-play']);
  });

  it("removes a concept the user removed from a paper", () => {
    const overrides = parseOverrides('remove:\n  a: [agent]\n', 'concepts.yaml');
    const out = selectTags({ ...inputs, overrides });
    expect(out.selected[0]!.concepts.map((c) => c.cid)).toEqual(['polici']);
    expect([...out.removedFromPaper.get('a')!]).toEqual(['agent']);
  });
});

describe('corpusWeight', () => {
  it('weighs a concept less the more papers share it, and one no other paper has less again', () => {
    const weight = corpusWeight(4);
    expect(weight(4)).toBeCloseTo(0.5);
    expect(weight(2)).toBeCloseTo(0.75);
    expect(weight(1)).toBeCloseTo(SINGLETON_FACTOR);
    expect(weight(0)).toBeCloseTo(SINGLETON_FACTOR);
  });

  it('weighs every concept alike in a corpus of one paper', () => {
    expect([0, 1, 2].map(corpusWeight(1))).toEqual([1, 1, 1]);
  });
});
