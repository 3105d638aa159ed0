import { describe, expect, it } from 'vitest';
import { DEFAULT_CANDIDATE_OPTIONS, findCandidates } from '../../../src/lib/concepts/candidates';
import { tokenize } from '../../../src/lib/concepts/tokenize';

const keys = (text: string) => [...findCandidates(tokenize(text), DEFAULT_CANDIDATE_OPTIONS).keys()];

describe('verbs the tagger reads as nouns', () => {
  it('reads a plural-looking word before an object pronoun as a verb', () => {
    const k = keys('NuVox Communications positions itself for the long run with new funding.');
    expect(k).toContain('nuvox communications');
    expect(k.some((x) => x.includes('position'))).toBe(false);
  });

  it('keeps a plural subject before an intensifying "themselves"', () => {
    const k = keys('The trading agents themselves decide when to sell.');
    expect(k).toContain('trading agent');
  });

  it('reads a word before a phrasal particle as a verb', () => {
    const k = keys('Industry insiders loading up on cheap company stock. The survey report points out that prices rise.');
    expect(k).toContain('industry insider');
    expect(k).toContain('cheap company stock');
    expect(k).toContain('survey report');
    expect(k.some((x) => x.includes('loading') || x.includes('point'))).toBe(false);
  });

  it('reads a participle after a form of "have" as the verb of a perfect tense', () => {
    const k = keys('Despite notable progress, RL has not yet supplanted industrial solvers. Prior work had wrongly overlooked sparse rewards.');
    expect(k).toContain('industrial solver');
    expect(k).toContain('sparse reward');
    expect(k.some((x) => x.includes('supplant') || x.includes('overlook'))).toBe(false);
  });

  it('reads a past form after an -ly adverb as a verb or a predicate, never a term\'s first word (review 14 L1)', () => {
    const k = keys(
      'Results from four methods consistently showed negative temperature impacts on crop yield. ' +
        'Using the widely adopted n-gram model, we test naturalness. Field trials recently reported large yield gains.',
    );
    expect(k).toContain('negative temperature impact');
    expect(k).toContain('n gram model');
    expect(k).toContain('large yield gain');
    expect(k.some((x) => /^(showed|adopted|reported) /.test(x))).toBe(false);
  });

  it('reads an evaluative -ing word after a noun as said of it, not as its head', () => {
    const k = keys('Sparse rewards make hyperparameter selection challenging. Results on Atari look promising.');
    expect(k).toContain('hyperparameter selection');
    expect(k.some((x) => x.includes('challenging') || x.includes('promising'))).toBe(false);
  });

  it('keeps a participle that modifies its noun after other verbs', () => {
    const k = keys('We release supervised models and propose learned metrics.');
    expect(k).toContain('supervised model');
    expect(k).toContain('learned metric');
  });

  it('keeps a plural noun before "up to" and "out of"', () => {
    const k = keys('The vehicle reaches wind speeds up to 30 m/s, with particle sizes down to 10 nm.');
    expect(k).toContain('wind speed');
    expect(k).toContain('particle size');
  });
});

describe('nouns the tagger reads as verbs', () => {
  it('reads a plural-looking "verb" after a participle that stands before its noun as that noun', () => {
    const k = keys('We study weights for quasi-weighted means. Then we learn the weighted means of the ratings.');
    expect(k).toContain('quasi weighted mean');
    expect(k).toContain('weighted mean');
  });

  it('keeps the verb after a participle that follows its noun', () => {
    const k = keys('The survey data obtained shows a steady decline.');
    expect(k.some((x) => x.includes('show'))).toBe(false);
  });

  it('reads the word that closes a parenthesis opened by "called" as a noun', () => {
    const k = keys('Weights for quasi-weighted means (also called quasi-linear means) are learned. A method called cross validation works.');
    expect(k).toContain('quasi linear mean');
    expect(k).toContain('cross validation');
    expect(k).not.toContain('cross validation work');
  });

  it('makes no phrase of a lone quasi- or pseudo- compound adjective', () => {
    const k = keys('The response is quasi-linear and the sequence is pseudo-random.');
    expect(k).not.toContain('quasi linear');
    expect(k).not.toContain('pseudo random');
  });
});

describe('Latin adverbs', () => {
  it('makes no phrase of the second word of "ad nauseam", and keeps the noun "ad"', () => {
    const k = keys('Wavelength services have been hyped ad nauseam for years. The online ad campaign failed.');
    expect(k).toContain('wavelength service');
    expect(k).toContain('online ad campaign');
    expect(k).not.toContain('nauseam');
  });

  it('keeps the "a" of "a posteriori" and "a priori", which is no article', () => {
    const k = keys('We derive a posteriori error estimates for the scheme. The method needs no a priori knowledge of the noise.');
    expect(k).toContain('a posteriori error estimate');
    expect(k).toContain('a priori knowledge');
    expect(k).not.toContain('posteriori error estimate');
    expect(k).not.toContain('priori knowledge');
    expect(keys('Routing in ad hoc networks is hard.')).not.toContain('hoc network');
  });
});

describe('participle clauses after a comma', () => {
  it('drops an -ing verb that opens a clause after a comma', () => {
    const k = keys('Nortel Networks all have seen infusions of insider investment this summer, echoing trends in both the telecom industry and the national economy.');
    expect(k).toContain('telecom industry');
    expect(k).toContain('trend');
    expect(k).not.toContain('echoing trend');
  });

  it('keeps an -ing modifier that opens a list item or a subject', () => {
    const k = keys('The toolkit covers data cleaning, preprocessing methods, and feature selection. At high load, switching frequency is reduced.');
    expect(k).toContain('preprocessing method');
    expect(k).toContain('switching frequency');
  });
});

describe('noun phrases after a determiner', () => {
  it('reads an "adverb" and a bare "verb" between a determiner and a noun as adjective and noun', () => {
    const k = keys('Results show that the fast output sampling feedback keeps the far field interactions small.');
    expect(k).toContain('fast output sampling feedback');
    expect(k).toContain('far field interaction');
  });

  it('keeps a real adverb and its participle', () => {
    const k = keys('We model the rapidly rotating disk of the pump.');
    expect(k).toContain('disk');
    expect(k.some((x) => x.includes('rapidly'))).toBe(false);
  });
});

describe('a verb between a singular noun and an adjective', () => {
  it('reads a plural-looking word between a singular subject and an adjective with its noun as a verb', () => {
    const k = keys('The discussion combines historical analysis with field work. The system mines open answers.');
    expect(k).toContain('historical analysis');
    expect(k).toContain('open answer');
    expect(k.some((x) => x.includes('combine') || x.includes('mine'))).toBe(false);
  });

  it('keeps a singular noun that ends in -s inside a compound', () => {
    const k = keys('The computer interface bus parallel data card was tested.');
    expect(k).toContain('interface bus parallel data card');
  });
});

describe('adjectives after a plural', () => {
  it('starts a new phrase at an adjective after a plural noun', () => {
    const k = keys('Publishers may be able to offer scholars greater opportunities to use their books.');
    expect(k).toContain('scholar');
    expect(k).toContain('greater opportunity');
    expect(k.some((x) => x.startsWith('scholar '))).toBe(false);
  });
});
