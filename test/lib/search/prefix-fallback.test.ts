import { describe, expect, it } from 'vitest';
import { fallenBackWords } from '../../../src/lib/search/prefix-fallback';

/**
 * Matched words as Pagefind reported them on the review 9 corpus (its text at the result's locations, then
 * its metadata), for the query words it fell back on and for real matches.
 */
describe('fallenBackWords', () => {
  const atlasHiggs = ['ZZ^{(*)}\\to', 'ZZ^{(*)},', 'Observation of a new particle in the search for the Standard Model Higgs boson with the ATLAS detector at the LHC'];

  it('names a query word found only through a much shorter word (review 9 M2)', () => {
    expect(fallenBackWords('zzqxv', atlasHiggs)).toEqual(['zzqxv']);
    expect(fallenBackWords('RCT', ['R.', 'R.', 'Primer-directed enzymatic amplification of DNA with a thermostable DNA polymerase'])).toEqual(['rct']);
    expect(fallenBackWords('Haultfoeuille', ['h', 'h.', 'Caffeine and sleep'])).toEqual(['haultfoeuille']);
    expect(fallenBackWords('Gross', ['G', 'G.', 'Generative Adversarial Nets'])).toEqual(['gross']);
    // One word of several is enough: every query word must be in the page.
    expect(fallenBackWords('Higgs zzqxv', ['Higgs', ...atlasHiggs])).toEqual(['zzqxv']);
  });

  it('accepts words that start with the query word, anywhere in a compound, whatever their case, accents and spelling', () => {
    expect(fallenBackWords('reinf', ['Reinforcement', 'reinforcement'])).toEqual([]);
    expect(fallenBackWords('cdm', ['\\LambdaCDM.'])).toEqual([]);
    expect(fallenBackWords('LambdaCDM', ['ΛCDM'])).toEqual([]);
    expect(fallenBackWords('Tureci', ['Türeci,'])).toEqual([]);
    expect(fallenBackWords('Lukasz Kaiser', ['Łukasz', 'Kaiser,'])).toEqual([]);
    expect(fallenBackWords('H0', ['(H_0).'])).toEqual([]);
  });

  it('accepts a half-typed word past its stem and a word found by its stem', () => {
    // Snowball indexes "reinforcement" as "reinforc": "reinforcem" finds it only by Pagefind's fallback.
    expect(fallenBackWords('reinforcem', ['reinforcement'])).toEqual([]);
    // "happiness" is "happi" to the stemmer, as "happy" is.
    expect(fallenBackWords('happiness', ['happy'])).toEqual([]);
    expect(fallenBackWords('studies', ['study'])).toEqual([]);
  });

  it('wants a short query word whole', () => {
    expect(fallenBackWords('ai', ['a', 'A'])).toEqual(['ai']);
    expect(fallenBackWords('ai', ['AI-generated'])).toEqual([]);
  });

  it('wants a hyphenated word whole but for its last part, which may be half-typed (review 15 M4)', () => {
    // Pagefind fell back from the word the index lacks to its first part, as long as half the query word.
    const higgs = ['Standard', 'Observation of a new particle in the search for the Standard Model Higgs boson with the ATLAS detector at the LHC'];
    expect(fallenBackWords('standard-model', higgs)).toEqual(['standardmodel']);
    expect(fallenBackWords('difference-in-differences', ['difference', 'Growth in a Time of Debt'])).toEqual(['differenceindifferences']);
    expect(fallenBackWords('regression-discontinuity', ['Regression-Discontinuity'])).toEqual([]);
    expect(fallenBackWords('COVID-19 dexamethasone', ['Covid-19', 'Dexamethasone'])).toEqual([]);
    expect(fallenBackWords('state-of-the-a', ['state-of-the-art'])).toEqual([]);
  });

  it('ignores what the query holds besides words', () => {
    expect(fallenBackWords('"graph attention" 🌦️', ['graph', 'attention'])).toEqual([]);
  });
});
