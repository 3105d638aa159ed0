import { describe, expect, it } from 'vitest';
import { mergeGroups } from '../../../src/lib/concepts/merge-groups';

describe('merge groups', () => {
  it('makes groups that share a phrase one concept, named by the first phrase of the first of them', () => {
    const { target, shared } = mergeGroups([
      ['time series', 'data mining'],
      ['data mining', 'domain knowledge'],
      ['world model', 'world simulator'],
    ]);
    expect(Object.fromEntries(target)).toEqual({
      'data mining': 'time series',
      'domain knowledge': 'time series',
      'world simulator': 'world model',
    });
    expect(shared).toEqual([{ group: 1, phrase: 0, with: 0 }]);
  });

  it('joins through a chain, whichever way round the shared phrase stands, and says each phrase that joins two', () => {
    const { target, shared } = mergeGroups([
      ['a', 'x'],
      ['b', 'y'],
      ['y', 'x'],
      ['x', 'b'],
    ]);
    expect(Object.fromEntries(target)).toEqual({ x: 'a', b: 'a', y: 'a' });
    expect(shared).toEqual([
      { group: 2, phrase: 0, with: 1 },
      { group: 2, phrase: 1, with: 0 },
      { group: 3, phrase: 0, with: 0 },
    ]);
  });

  it('passes over a phrase that reads as nothing', () => {
    expect(Object.fromEntries(mergeGroups([['', 'a', 'b']]).target)).toEqual({ b: 'a' });
  });
});
