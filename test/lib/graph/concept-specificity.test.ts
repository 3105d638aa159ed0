import { describe, expect, it } from 'vitest';
import { background, emptyBackground, type Background } from '../../../src/lib/concepts/background';
import { commonWordsLabel, conceptSpecificity } from '../../../src/lib/graph/concept-specificity';
import { wordSpecificity } from '../../../src/lib/concepts/word-specificity';

// Review 9 M4: one-word concepts that alone explained links between unrelated fields, against the
// words of those fields that should count fully.
const GENERIC = ['Hypothesis', 'Mobility', 'Layers', 'Law', 'Constant', 'Mistake', 'Europeans', 'Patients'];
const SPECIFIC = ['Amyloid', 'Graphene', 'Placebo', 'Redshift', 'CRISPR'];

describe('conceptSpecificity', () => {
  const bg = background();

  it('weighs the generic words of review 9 at most about half as much as the specific ones', () => {
    for (const label of GENERIC) expect(conceptSpecificity(label, bg), label).toBeLessThanOrEqual(0.55);
    for (const label of SPECIFIC) expect(conceptSpecificity(label, bg), label).toBeGreaterThanOrEqual(0.75);
    expect(conceptSpecificity('Amyloid', bg)).toBe(1);
    expect(conceptSpecificity('Graphene', bg)).toBe(1);
  });

  it('needs a word to be rare in both scientific abstracts and everyday English', () => {
    // "layers" is rarely said but common in engineering abstracts; "mistake" the other way round.
    const layers = conceptSpecificity('Layers', bg);
    const mistake = conceptSpecificity('Mistake', bg);
    expect(bg.word('layer') / bg.docs).toBeGreaterThan(0.02);
    expect(bg.specificity('layer')).toBeGreaterThan(11);
    expect(bg.word('mistak') / bg.docs).toBeLessThan(0.005);
    expect(bg.specificity('mistak')).toBeLessThan(9.5);
    for (const s of [layers, mistake]) expect(s).toBeLessThan(0.45);
  });

  it('reads a word in any case and inflection as its stem', () => {
    expect(conceptSpecificity('Patients', bg)).toBe(conceptSpecificity('patient', bg));
    expect(wordSpecificity('LAYERS', bg)).toBe(wordSpecificity('layer', bg));
  });

  it('weighs a phrase by its words together: one specific word makes it specific, words any abstract writes do not (review 22b: "Leptons · Surface area")', () => {
    for (const label of ['Amyloid cascade hypothesis', 'Quantum chromodynamics', 'Dipole moment', 'COVID-19', 'Isogeometric analysis']) {
      expect(conceptSpecificity(label, bg), label).toBeGreaterThanOrEqual(0.85);
    }
    for (const label of ['Simulation results', 'Management system', 'Time step', 'Information system', 'Design method']) {
      expect(conceptSpecificity(label, bg), label).toBeLessThan(0.3);
    }
    // At least as specific as its most specific word, and as a one-word label is when it has one word.
    expect(conceptSpecificity('Surface area', bg)).toBeGreaterThanOrEqual(Math.max(wordSpecificity('surface', bg), wordSpecificity('area', bg)));
    expect(conceptSpecificity('Surface area', bg)).toBeLessThan(0.5);
    expect(conceptSpecificity('Social mobility', bg)).toBeGreaterThan(conceptSpecificity('Mobility', bg));
  });

  it('is 1 without background statistics and never 0', () => {
    expect(conceptSpecificity('Hypothesis', emptyBackground)).toBe(1);
    // A word in every background abstract and said all the time.
    const everywhere: Background = { docs: 1000, word: () => 1000, phrase: () => 0, specificity: () => 3, maxSpecificity: 17.7 };
    expect(wordSpecificity('the', everywhere)).toBeGreaterThan(0);
    expect(conceptSpecificity('', bg)).toBe(1);
  });
});

describe('commonWordsLabel (review 22b finding 1)', () => {
  const bg = background();

  it('is a phrase as general as a common word: sole link reasons across fields in the SemEval-2017 library', () => {
    for (const label of ['Operating conditions', 'Physical properties', 'Surface area', 'Time step', 'Management system']) {
      expect(commonWordsLabel(label, bg), label).toBe(true);
    }
  });

  it('is not a phrase one of whose words narrows it, nor a one-word label, however common its word', () => {
    for (const label of ['Transmission electron microscopes', 'Charm quark', 'Magnetic field', 'Quantum chromodynamics', 'Patients', 'Law']) {
      expect(commonWordsLabel(label, bg), label).toBe(false);
    }
    // Without background statistics every word counts as specific.
    expect(commonWordsLabel('Operating conditions', emptyBackground)).toBe(false);
  });
});
