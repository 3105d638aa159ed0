import { describe, expect, it } from 'vitest';
import { background } from '../../../src/lib/concepts/background';
import { sharedWordsAbove, SPECIFIC_WORD, specificWord, namedFromCompounds, topicWord, wordingEvidence, wordingHolds, wordsWrittenAlone, writtenForm } from '../../../src/lib/graph/wording';

const vector = (entries: [number, number][]) => ({ ids: Int32Array.from(entries, (e) => e[0]), weights: Float64Array.from(entries, (e) => e[1]) });

describe('sharedWordsAbove', () => {
  // Words 0 ("recurrent"), 1 ("network"), 3 ("bus"); feature 2 the pair "recurrent network".
  const firstWord = Int32Array.from([0, 1, 0, 3]);
  const secondWord = Int32Array.from([-1, -1, 1, -1]);
  const a = vector([[0, 0.6], [1, 0.2], [2, 0.7]]);
  const b = vector([[0, 0.5], [1, 0.4], [2, 0.1], [3, 0.9]]);
  const scratch = new Float64Array(4);

  it('gives each shared word its own product plus those of the shared pairs holding it, strongest first', () => {
    const words = sharedWordsAbove(a, b, firstWord, secondWord, 0, scratch);
    expect(words.map((w) => w.word)).toEqual([0, 1]);
    expect(words[0]!.weight).toBeCloseTo(0.3 + 0.07);
    expect(words[1]!.weight).toBeCloseTo(0.08 + 0.07);
    expect(sharedWordsAbove(b, a, firstWord, secondWord, 0, scratch)).toEqual(words);
  });

  it('is empty for vectors that share no feature', () => {
    expect(sharedWordsAbove(vector([[0, 1]]), vector([[3, 1]]), firstWord, secondWord, 0, scratch)).toEqual([]);
  });

  it('keeps only the words heavier than the floor, in the same order, and leaves its scratch zeroed', () => {
    expect(sharedWordsAbove(a, b, firstWord, secondWord, 0.2, scratch).map((w) => w.word)).toEqual([0]);
    expect(sharedWordsAbove(a, b, firstWord, secondWord, 0.5, scratch)).toEqual([]);
    expect([...scratch]).toEqual([0, 0, 0, 0]);
  });
});

describe('topicWord: whether a shared word is evidence of a topic, to name and to link by', () => {
  const bg = background();
  it('is not a word any abstract writes about its work, nor a common word of every field', () => {
    for (const word of ['method', 'results', 'based', 'proposed', 'values', 'paper', 'simulation', 'temperature', 'memory']) expect(topicWord(word, bg), word).toBe(false);
  });
  it("is a field's term", () => {
    for (const word of ['tramway', 'galerkin', 'liposomes', 'rotor', 'thermogravimetric']) expect(topicWord(word, bg), word).toBe(true);
    expect(topicWord(undefined, bg)).toBe(false);
  });
});

describe('wordingEvidence', () => {
  // Shared words strongest first; the even ones are words of a topic.
  const words = [{ word: 1 }, { word: 4 }, { word: 3 }, { word: 6 }, { word: 5 }];
  const even = (w: number) => w % 2 === 0;
  it('rests on the strongest word of a topic, leaving it out with every word of none', () => {
    expect(wordingEvidence(words, even)).toEqual({ strongest: 4, leftOut: [1, 4, 3, 5] });
  });
  it('rests on nothing where no word is of a topic', () => {
    expect(wordingEvidence(words, () => false)).toEqual({ strongest: undefined, leftOut: [1, 4, 3, 6, 5] });
    expect(wordingEvidence([], even)).toEqual({ strongest: undefined, leftOut: [] });
  });
});

describe('wordingHolds', () => {
  it('holds when the words besides the strongest reach the lower of the two floors', () => {
    expect(wordingHolds(0.03, 0.03, 0.05)).toBe(true);
    expect(wordingHolds(0.03, 0.05, 0.03)).toBe(true);
    expect(wordingHolds(0.029, 0.03, 0.05)).toBe(false);
  });
  it('never holds on one shared word, however few papers there are to compare with', () => {
    expect(wordingHolds(0, -Infinity, -Infinity)).toBe(false);
    expect(wordingHolds(0.001, -Infinity, -Infinity)).toBe(true);
  });
});

describe('writtenForm', () => {
  it('is the first written token whose counted word it is, as the text writes it', () => {
    expect(writtenForm('Model theory for hereditarily finite Superstructures', 'superstructur')).toBe('superstructures');
    expect(writtenForm("The network's nodes and networks", 'network')).toBe('network');
    expect(writtenForm('Nothing here', 'superstructur')).toBeUndefined();
  });
});

describe('wordsWrittenAlone (review 41 finding 1)', () => {
  it('leaves out the words a text writes only inside hyphenated compounds', () => {
    const alone = wordsWrittenAlone('A general-purpose, end-to-end few-shot learner; hand\u2011crafted features. Zero shot.');
    for (const word of ['purpos', 'end', 'few', 'hand', 'craft', 'gener']) expect(alone.has(word), word).toBe(false);
    for (const word of ['learner', 'featur', 'zero', 'shot']) expect(alone.has(word), word).toBe(true);
  });

  it('keeps a name written with a number or version, and words beside an en dash or a spaced dash', () => {
    const alone = wordsWrittenAlone('GPT-4 and DeepSeek-R1 beat GPT-4o-mini; the Bose\u2013Einstein gas - a condensate.');
    for (const word of ['gpt', 'deepseek', 'mini', 'bose', 'einstein', 'ga', 'condens']) expect(alone.has(word), word).toBe(true);
  });
});

describe('namedFromCompounds (review 41 finding 1)', () => {
  it('names a specific term written only in compounds ("charmonium-rich"), not a common word ("general-purpose")', () => {
    const bg = background();
    expect(namedFromCompounds('charmonium', bg)).toBe(true);
    for (const word of ['purpose', 'shot', 'free', 'end', 'cross', 'light']) expect(namedFromCompounds(word, bg), word).toBe(false);
  });
});

describe('specificWord (review 22b finding 3)', () => {
  const bg = background();

  it('is a specific term, written by no more papers than a list holds, that one of the two papers repeats', () => {
    expect(specificWord('charmonium', 2, 10, 3, bg)).toBe(true);
    expect(specificWord('graphene', 10, 10, 2, bg)).toBe(true);
  });

  it('is not a word everyday English or engineering abstracts use, one more papers write, or one written once', () => {
    for (const word of ['superstructures', 'union', 'zeros', 'California', 'films']) expect(specificWord(word, 2, 10, 3, bg), word).toBe(false);
    expect(specificWord('charmonium', 11, 10, 3, bg)).toBe(false);
    expect(specificWord('charmonium', 2, 10, 1, bg)).toBe(false);
    expect(specificWord(undefined, 2, 10, 3, bg)).toBe(false);
    expect(SPECIFIC_WORD).toBe(0.8);
  });
});
