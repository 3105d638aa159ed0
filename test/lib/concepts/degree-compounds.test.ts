import { describe, expect, it } from 'vitest';
import { documentAnalysis } from '../../../src/lib/concepts/concept-analysis';

/** The candidate keys the concept stage ranks for one paper. */
const ranked = (title: string, abstract: string) => documentAnalysis({ id: 'p', title, abstract }).ranked.map((r) => r[0]);

describe('a degree compound before the rest of its noun phrase names nothing (review 13 M5: "High quality")', () => {
  it('is no phrase of its own where the tagger cut it from the phrase it modifies', () => {
    const keys = ranked(
      'Projector augmented-wave method',
      'An approach for electronic structure calculations is described that generalizes both the pseudopotential method and the ' +
        'linear augmented-plane-wave (LAPW) method in a natural way. The method allows high-quality first-principles ' +
        'molecular-dynamics calculations to be performed using the original fictitious Lagrangian approach of Car and Parrinello.',
    );
    expect(keys).not.toContain('high quality');
    expect(keys).toContain('fictitious lagrangian approach');
  });

  it('keeps compounds that are heads, and longer phrases that open with one', () => {
    const keys = ranked('Low-cost sensors', 'We built low-cost sensors for long-range order in a high-entropy alloy.');
    for (const key of ['low cost sensor', 'long range order', 'high entropy alloy']) expect(keys).toContain(key);
  });
});
