import { describe, expect, it } from 'vitest';
import { keptOdds } from '../../../src/lib/concepts/keyphraseness';

describe('keptOdds: how readily indexers keep a two-word phrase, from its words (Inspec train)', () => {
  it('is low for the phrases abstracts report with', () => {
    for (const [m, h] of [['simulation', 'result'], ['experimental', 'data'], ['large', 'difference'], ['practical', 'application'], ['future', 'research']]) {
      expect(keptOdds(m!, h!)).toBeLessThan(0.3);
    }
  });

  it('is about average or above for a field\'s terms made of general words', () => {
    for (const [m, h] of [['boundary', 'condition'], ['neural', 'network'], ['time', 'step'], ['surface', 'area'], ['optimal', 'control']]) {
      expect(keptOdds(m!, h!)).toBeGreaterThan(0.9);
    }
  });

  it('is 1 for words the table never saw (a field Inspec lacks says nothing)', () => {
    expect(keptOdds('charmonium', 'hadroproduction')).toBe(1);
  });
});
