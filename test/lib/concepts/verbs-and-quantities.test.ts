import { describe, expect, it } from 'vitest';
import { DEFAULT_CANDIDATE_OPTIONS, findCandidates } from '../../../src/lib/concepts/candidates';
import { tokenize } from '../../../src/lib/concepts/tokenize';

const keys = (text: string) => [...findCandidates(tokenize(text), DEFAULT_CANDIDATE_OPTIONS).keys()];

describe('verbs and quantity words are no concepts (review 9 M4)', () => {
  it('reads a bare word between a plural subject and a quantifier as the verb', () => {
    const k = keys('In addition to cancer cells, tumors exhibit another dimension of complexity. Choices among risky prospects exhibit several pervasive effects.');
    expect(k).toEqual(expect.arrayContaining(['tumor', 'risky prospect', 'pervasive effect']));
    expect(k.some((x) => x.includes('exhibit'))).toBe(false);
  });

  it('ends a phrase at a past participle the tagger calls a noun', () => {
    const k = keys('The field is measured using nuclear magnetic resonance probes calibrated in terms of the precession frequency.');
    expect(k).toContain('nuclear magnetic resonance probe');
    expect(k.some((x) => x.includes('calibrated'))).toBe(false);
  });

  it('never makes a concept of a fraction alone', () => {
    const k = keys('Mutations of TP53 occur in about half of human cancers; import competition explains one-quarter of the decline. A half adder drives the quarter-wave plate.');
    for (const fraction of ['half', 'one quarter']) expect(k).not.toContain(fraction);
    expect(k).toEqual(expect.arrayContaining(['half adder', 'quarter wave plate', 'human cancer']));
  });
});
