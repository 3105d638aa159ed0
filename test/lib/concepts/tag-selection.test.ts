import { describe, expect, it } from 'vitest';
import { uncorroboratedPhrases } from '../../../src/lib/concepts/tag-selection';

const none = () => new Set<string>();

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
