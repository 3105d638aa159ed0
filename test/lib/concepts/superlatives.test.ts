import { describe, expect, it } from 'vitest';
import { DEFAULT_CANDIDATE_OPTIONS, findCandidates } from '../../../src/lib/concepts/candidates';
import { tokenize } from '../../../src/lib/concepts/tokenize';

const keys = (text: string) => [...findCandidates(tokenize(text), DEFAULT_CANDIDATE_OPTIONS).keys()];

describe('a superlative opens no concept (review 13 M5: "Highest conductivity")', () => {
  it('is trimmed from the front of a phrase, whichever adjective it is', () => {
    const k = keys(
      'This represents the highest conductivity achieved in a solid electrolyte. The largest grains gave the ' +
        'lowest interfacial resistance, and the earliest cathodes the smallest capacity fade.',
    );
    for (const phrase of ['highest conductivity', 'largest grain', 'lowest interfacial resistance', 'earliest cathode', 'smallest capacity fade']) expect(k).not.toContain(phrase);
    for (const phrase of ['conductivity', 'solid electrolyte', 'grain', 'interfacial resistance', 'cathode', 'capacity fade']) expect(k).toContain(phrase);
  });

  it('keeps words that only end in -est', () => {
    const k = keys('Tropical forest soils, honest broker models and modest priors were compared.');
    for (const phrase of ['tropical forest soil', 'honest broker model']) expect(k).toContain(phrase);
  });
});
