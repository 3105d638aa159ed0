import { describe, expect, it } from 'vitest';
import { best, shorterFirst, vote } from '../../../src/lib/concepts/votes';

describe('votes', () => {
  it('add up by key, and the key voted most wins', () => {
    const m = new Map<string, number>();
    vote(m, 'neural networks', 1);
    vote(m, 'neural network', 0.5);
    vote(m, 'neural networks', 0.25);
    expect(m.get('neural networks')).toBe(1.25);
    expect(best(m)).toBe('neural networks');
  });

  it('break ties by the alphabet, or by the order given', () => {
    const m = new Map([
      ['integrated luminosity', 2],
      ['integrated luminosities', 2],
    ]);
    expect(best(m)).toBe('integrated luminosities');
    expect(best(m, shorterFirst)).toBe('integrated luminosity');
    expect(best(new Map())).toBeUndefined();
  });
});
