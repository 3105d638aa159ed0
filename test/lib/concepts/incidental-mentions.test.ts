import { describe, expect, it } from 'vitest';
import { background } from '../../../src/lib/concepts/background';
import { addressOnly, commonWord, conditionOnly, doubtfulPhrase, initialismGloss, nameSuffixOnly, passingMention, routinePhrase, specificWord } from '../../../src/lib/concepts/incidental-mentions';
import { WordCase } from '../../../src/lib/concepts/word-case';
import { keptCandidate, keptWords } from '../../support/kept-words';

const bg = background();

describe('routine phrases', () => {
  const words = keptWords('The simulation results match the boundary conditions .');
  it('are two lowercase words whose phrases indexers seldom keep', () => {
    expect(routinePhrase(keptCandidate('simulation result', [[1, 2]]), words, 0)).toBe(true);
    expect(routinePhrase(keptCandidate('boundary condition', [[5, 2]]), words, 0)).toBe(false);
  });

  it('are no name, capitalised where capitals tell', () => {
    expect(routinePhrase(keptCandidate('simulation result', [[1, 2]]), keptWords('The Simulation Results match .'), 0)).toBe(false);
    // In the title capitals tell nothing.
    expect(routinePhrase(keptCandidate('simulation result', [[0, 2]]), keptWords('Simulation Results'), 2)).toBe(true);
  });
});

describe('doubtful phrases (review 41 finding 6: "Long history", "Threshold value")', () => {
  const words = keptWords('The long history of the threshold value , the melting point and the boundary conditions of simulation results .');
  it('are two general lowercase words that indexers keep less often than most phrases', () => {
    expect(doubtfulPhrase(keptCandidate('long history', [[1, 2]]), words, 0, bg)).toBe(true);
    expect(doubtfulPhrase(keptCandidate('threshold value', [[5, 2]]), words, 0, bg)).toBe(true);
  });

  it('are neither terms with a specific word, nor phrases kept as often as most, nor routine ones', () => {
    expect(doubtfulPhrase(keptCandidate('melting point', [[9, 2]]), words, 0, bg)).toBe(false);
    expect(doubtfulPhrase(keptCandidate('boundary condition', [[13, 2]]), words, 0, bg)).toBe(false);
    expect(doubtfulPhrase(keptCandidate('simulation result', [[16, 2]]), words, 0, bg)).toBe(false);
  });

  it('are no name, capitalised where capitals tell', () => {
    expect(doubtfulPhrase(keptCandidate('long history', [[1, 2]]), keptWords('The Long History Project .'), 0, bg)).toBe(false);
  });

  it('include a lowercase word alone that the paper writes only as the head of "of", outside its title', () => {
    const of = keptWords('The magnitude of the field grew .', 'Magnitude of the flux fell .');
    expect(doubtfulPhrase(keptCandidate('magnitude', [[1, 1], [7, 1]]), of, 0, bg)).toBe(true);
    // Written once without "of", in the title, or as a name, it is not.
    expect(doubtfulPhrase(keptCandidate('magnitude', [[1, 1]]), keptWords('The magnitude grew .'), 0, bg)).toBe(false);
    expect(doubtfulPhrase(keptCandidate('magnitude', [[0, 1]]), keptWords('magnitude of fields'), 3, bg)).toBe(false);
    expect(doubtfulPhrase(keptCandidate('magnitude', [[1, 1]]), keptWords('The Magnitude of the field grew .'), 0, bg)).toBe(false);
  });

  it('are judged by the specificity of their words', () => {
    expect(specificWord('graphene', bg)).toBe(true);
    expect(specificWord('value', bg)).toBe(false);
  });
});

describe('common words', () => {
  // Title "Graphene sheets", then "The units of the graphene lattice are small."
  const wordCase = new WordCase();
  it('are a common noun alone that the title does not name', () => {
    expect(commonWord(keptCandidate('unit', [[3, 1]], [], ['units']), new Set(['graphen', 'sheet']), 2, wordCase, bg)).toBe(true);
    expect(commonWord(keptCandidate('graphene', [[6, 1]]), new Set(['graphen', 'sheet']), 2, wordCase, bg)).toBe(false);
    expect(commonWord(keptCandidate('unit', [[3, 1]], [], ['units']), new Set(['unit']), 2, wordCase, bg)).toBe(false);
  });

  it('are not written as a name', () => {
    expect(commonWord(keptCandidate('unit', [[3, 1]], [], ['UK']), new Set(), 2, wordCase, bg)).toBe(false);
  });
});

describe('initialism glosses', () => {
  it('are a lowercase word in brackets that the initials before it spell', () => {
    const words = keptWords('Repair of double-stranded ( ds ) breaks is slow .');
    expect(initialismGloss(keptCandidate('ds', [[4, 1]]), words)).toBe(true);
  });

  it('are not a word the initials do not spell', () => {
    const words = keptWords('We call insertions and deletions ( indels ) .');
    expect(initialismGloss(keptCandidate('indels', [[6, 1]]), words)).toBe(false);
  });
});

describe('conditions and addresses', () => {
  it('a phrase written only after a bare "at" is a condition', () => {
    expect(conditionOnly(keptCandidate('room temperature', [[4, 2]]), keptWords('It is measured at room temperature .'))).toBe(true);
    expect(conditionOnly(keptCandidate('room temperature', [[2, 2]]), keptWords('Above the room temperature it melts .'))).toBe(false);
  });

  it('a name written only as the region after a place is an address', () => {
    const words = keptWords('It is the Beverly , Massachusetts company .');
    expect(addressOnly(keptCandidate('massachusetts', [[5, 1]]), words, 0)).toBe(true);
    const list = keptWords('We compare Norway , Australia , New Zealand and Europe .');
    expect(addressOnly(keptCandidate('australia', [[4, 1]]), list, 0)).toBe(false);
  });
});

describe('passing mentions', () => {
  it('are a lowercase single word the abstract says once and the title never', () => {
    expect(passingMention(keptCandidate('note', [[5, 1]]), 2)).toBe(true);
    expect(passingMention(keptCandidate('note', [[1, 1]]), 2)).toBe(false);
    expect(passingMention(keptCandidate('note', [[5, 1], [9, 1]]), 2)).toBe(false);
    expect(passingMention(keptCandidate('minecraft', [[5, 1]], [], ['Minecraft']), 2)).toBe(false);
  });
});

describe('a short form that ends a name (probe 56: "CSM Instruments SA", "Electrotech CP")', () => {
  const shortForm = (key: string, at: number) => keptCandidate(key.toLowerCase(), [[at, 1]], [], [key]);

  it('is part of the company or product name it ends', () => {
    expect(nameSuffixOnly(shortForm('CP', 6), keptWords('The unit was bought from Electrotech CP and installed on site .'), 0)).toBe(true);
    expect(nameSuffixOnly(shortForm('SA', 9), keptWords('Scratch tests used a Revetest tester ( CSM Instruments SA , Switzerland ) .'), 0)).toBe(true);
  });

  it('is a short form of its own where it names a thing, follows no name, or follows a name-derived adjective', () => {
    expect(nameSuffixOnly(shortForm('SCF', 4), keptWords('Energies come from Hartree Fock SCF calculations .'), 0)).toBe(false);
    expect(nameSuffixOnly(shortForm('CP', 1), keptWords('The CP violation is efficient .'), 0)).toBe(false);
    expect(nameSuffixOnly(shortForm('CP', 0), keptWords('CP violation is efficient .'), 0)).toBe(false);
    expect(nameSuffixOnly(shortForm('EM', 4), keptWords('We fit it with Bayesian EM , as before .'), 0)).toBe(false);
    // In the title capitals tell nothing.
    expect(nameSuffixOnly(shortForm('CP', 2), keptWords('Measuring Direct CP'), 3)).toBe(false);
  });

  it('is a short form of its own where the paper writes it anywhere else too', () => {
    const words = keptWords('The unit was bought from Electrotech CP and installed .', 'The CP board failed .');
    expect(nameSuffixOnly(keptCandidate('cp', [[6, 1], [11, 1]], [], ['CP']), words, 0)).toBe(false);
  });
});
