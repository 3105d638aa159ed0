import { describe, expect, it } from 'vitest';
import { DEFAULT_CANDIDATE_OPTIONS, findCandidates } from '../../../src/lib/concepts/candidates';
import { tokenize } from '../../../src/lib/concepts/tokenize';

const keys = (text: string) => [...findCandidates(tokenize(text), DEFAULT_CANDIDATE_OPTIONS).keys()];

describe('"almost" before a common noun (review 17 M2)', () => {
  it('is part of the term it names: "almost purity theorem", not "purity theorem" and the name "Faltings" alone', () => {
    const k = keys("The construction relies on Faltings' almost purity theorem.");
    expect(k).toContain('almost purity theorem');
    expect(k).not.toContain('faltings');
  });

  it('stays an adverb before adjectives, quantifiers and adverbs', () => {
    const k = keys('Women face almost routine violence in almost all cases, almost everywhere.');
    expect(k).toContain('routine violence');
    for (const key of k) expect(key).not.toMatch(/^almost/);
  });
});
