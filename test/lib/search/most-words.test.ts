import { describe, expect, it } from 'vitest';
import { allButOneWord, takeInTurn } from '../../../src/lib/search/most-words';

describe('allButOneWord', () => {
  it('leaves out each word in turn (review 43 finding 9: "fuzzy logic controller" missed the "fuzzy controller" papers)', () => {
    expect(allButOneWord('fuzzy logic controller')).toEqual(['logic controller', 'fuzzy controller', 'fuzzy logic']);
    expect(allButOneWord('  maximum  power point tracking ')).toEqual(['power point tracking', 'maximum point tracking', 'maximum power tracking', 'maximum power point']);
    // A repeated word gives the same query twice: once.
    expect(allButOneWord('time time series')).toEqual(['time series', 'time time']);
  });

  it('has nothing for fewer than three words, or for a quoted phrase', () => {
    expect(allButOneWord('fuzzy controller')).toEqual([]);
    expect(allButOneWord('MRI')).toEqual([]);
    expect(allButOneWord('')).toEqual([]);
    expect(allButOneWord('"fuzzy logic" controller design')).toEqual([]);
  });
});

describe('takeInTurn', () => {
  it('takes the best of each list in turn, each item once, so that every word left out gets its papers', () => {
    const fuzzyLogic = ['watermarking', 'type-2 systems', 'adaptation circuit'];
    const fuzzyController = ['pv tracking', 'neural/fuzzy control', 'watermarking'];
    const logicController = ['plc'];
    expect(takeInTurn([fuzzyLogic, fuzzyController, logicController], (s) => s)).toEqual([
      'watermarking',
      'pv tracking',
      'plc',
      'type-2 systems',
      'neural/fuzzy control',
      'adaptation circuit',
    ]);
    expect(takeInTurn([], (s: string) => s)).toEqual([]);
    expect(takeInTurn([[], ['a']], (s) => s)).toEqual(['a']);
  });
});
