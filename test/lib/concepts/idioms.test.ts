import { describe, expect, it } from 'vitest';
import { DEFAULT_CANDIDATE_OPTIONS, findCandidates } from '../../../src/lib/concepts/candidates';
import { tokenize } from '../../../src/lib/concepts/tokenize';
import { extractConcepts } from '../../../src/lib/concepts/extract';

const keys = (text: string, splitAfterPlural = false) => [...findCandidates(tokenize(text), { ...DEFAULT_CANDIDATE_OPTIONS, splitAfterPlural }).keys()];

describe('nouns that English grammar uses as something else', () => {
  it('are no phrases inside multiword prepositions, quantifiers and verb idioms', () => {
    const k = keys(
      'These findings show that the relative pace of typing is more important than typing speed with regard to discomfort. ' +
        'A phase transition takes place between a free and a congested phase, giving rise to a couple of traffic jams. ' +
        'The need for supply chain integration has been increasing as a consequence of the globalization of production. ' +
        'In this context, we developed the system with future maintenance in mind, in accordance with the standard and in the wake of recent failures. ' +
        'A literature review investigated the extent to which telehealth has been researched, and to what extent it is used.',
    );
    for (const noun of ['regard', 'place', 'rise', 'couple', 'consequence', 'context', 'mind', 'accordance', 'wake', 'extent']) {
      expect(k.some((x) => x.split(' ').includes(noun))).toBe(false);
    }
    for (const term of ['discomfort', 'phase transition', 'traffic jam', 'supply chain integration', 'globalization', 'future maintenance', 'telehealth']) expect(k).toContain(term);
  });

  it('are no phrases in the figures of academic English (review 13 M3: "Horizon" was graphene\'s only tag, from "a rising star on the horizon")', () => {
    const k = keys(
      'Graphene is a rising star on the horizon of materials science. These results lay the foundation for quantum devices and pave the way for sensors. ' +
        'Memory sits at the heart of cognition, and a wide array of tasks bridges the gap between perception and action.',
    );
    for (const noun of ['horizon', 'foundation', 'way', 'heart', 'array', 'gap']) expect(k.some((x) => x.split(' ').includes(noun))).toBe(false);
    for (const term of ['graphene', 'materials science', 'quantum device', 'sensor', 'cognition', 'perception']) expect(k).toContain(term);
  });

  it('keeps the same nouns where they name something', () => {
    const k = keys('Each context switch is expensive. Each place of the Petri net holds one token. The sea level rise is measured. The event horizon of the black hole and the antenna array were imaged.');
    expect(k).toContain('context switch');
    expect(k).toContain('place');
    expect(k).toContain('sea level rise');
    expect(k).toContain('event horizon');
    expect(k).toContain('antenna array');
  });

  it('reads month and weekday names, and a season before a year, as dates', () => {
    const k = keys(
      'September 11 stripped us of our innocence. The data set was obtained in Grenoble, France in September 2000. ' +
        'Last September, we concentrated on distribution systems. In the fall of 1995, just seven of 95 students were women; on Monday the leaves fall.',
    );
    for (const date of ['september', 'fall', 'monday']) expect(k).not.toContain(date);
    expect(k).toContain('distribution system');
    expect(k).toContain('grenoble');
  });

  it('reads a month abbreviation beside a day or a year as a date, and leaves a name alone (review 15 M5: "Jan")', () => {
    const k = keys(
      'We enrolled adult inpatients who had been discharged or had died by Jan 31, 2020. Follow-up ended on 2 Feb 2021. ' +
        'Enrolment resumed in Sept. 2021. The protocol was written with Jan Kowalski.',
    );
    for (const date of ['jan', 'feb', 'sept']) expect(k).not.toContain(date);
    expect(k.some((x) => x.includes('kowalski'))).toBe(true);
    expect(k).toContain('adult inpatient');
  });

  it('reads "vs" and "versus" as the preposition they are (review 15 M5: "Streptokinase infusion vs")', () => {
    const k = keys('Vascular mortality: 791/8592 (9.2%) among patients allocated streptokinase infusion vs 1029/8595 (12.0%) among those allocated placebo infusion; aspirin versus placebo tablets.');
    expect(k).toContain('streptokinase infusion');
    expect(k.some((x) => x.split(' ').includes('vs') || x.split(' ').includes('versus'))).toBe(false);
  });

  it('reads the abbreviated words of a cited journal as no phrase', () => {
    const k = keys(
      'Caroni and Prescott (Appl. Statist. 41, p.355, 1992) proposed a generalization of the test. Implicit methods were considered by ' +
        'Brugnano [J. Comput. Appl. Math. 116 (2000) 41] and in [T. Van Hecke, M. Van Daele, J. Comp. Appl. Math., vol. 132, p. 107-125, (2001)]. We used Matlab.',
    );
    for (const word of ['appl', 'statist', 'comput', 'comp', 'math']) expect(k).not.toContain(word);
    expect(k).toContain('implicit method');
    expect(k).toContain('matlab');
  });

  it('reads a bare noun between a plural subject and a preposition as its verb', () => {
    const k = keys('Participation is low: most countries fall in the 10-40% range, and vendors like AP Engines fall by the wayside.', true);
    expect(k).not.toContain('fall');
    expect(k).toContain('country');
    expect(k).toContain('AP engines');
    // A plural-looking verb after a singular noun keeps its object.
    expect(keys('The wavelet transform separates ink from bleed-through.', true)).toContain('ink');
  });

  it('drops "special" from the front of a phrase, as "particular" is', () => {
    const k = keys(
      'We extend the method to a special class of N-person stochastic games. The templates can be extended with special code for specific combinations of the input arguments.',
    );
    expect(k.some((x) => x.startsWith('special'))).toBe(false);
    expect(k).toContain('class');
    expect(k).toContain('code');
  });

  it('gives no concept to words that two papers only use in idioms and dates', () => {
    const index = extractConcepts(
      [
        { id: 'a', title: 'Typing pace and discomfort', abstract: 'In September 2000, typists were tested. Pace matters with regard to discomfort and muscle activity of typists.' },
        { id: 'b', title: 'Contractivity of multistep methods', abstract: 'In September 2001, we study the contractivity of multistep methods with regard to linear autonomous systems and typists.' },
      ],
      { perPaper: 8 },
    );
    const labels = index.concepts.map((c) => c.label.toLowerCase());
    expect(labels).not.toContain('regard');
    expect(labels).not.toContain('september');
    expect(labels).toContain('typists');
  });
});

describe('"of color" said of people (review 17 L1)', () => {
  it('is no colour after a word for people, and stays one elsewhere', () => {
    const k = [...findCandidates(tokenize('Violence against Women of Color shapes students of colour; the perception of color differs.'), DEFAULT_CANDIDATE_OPTIONS).keys()];
    expect(k).toContain('color');
    const people = [...findCandidates(tokenize('Violence against Women of Color shapes the lives of students of colour.'), DEFAULT_CANDIDATE_OPTIONS).keys()];
    expect(people).not.toContain('color');
    expect(people).not.toContain('colour');
  });
});

describe('"much ado" and "to the max" (review 18 H3)', () => {
  it('make no concept "Ado" or "Max"', async () => {
    const { extractConcepts } = await import('../../../src/lib/concepts/index');
    const index = extractConcepts(
      [
        { id: 'a', title: 'Much ado about nothing: a virus', abstract: 'Much ado was made of the Perrun virus. Taking virus scanning to the max.' },
        { id: 'b', title: 'Electronic signatures - much ado?', abstract: 'Much ado about electronic signatures. Regulation is taken to the max.' },
      ],
      { perPaper: 8 },
    );
    const labels = index.concepts.map((c) => c.label.toLowerCase());
    expect(labels).not.toContain('ado');
    expect(labels).not.toContain('max');
  });
});

describe('"per capita" and "an order of magnitude"', () => {
  it('make no concept of the Latin noun or of magnitude, which stays one where it is measured', () => {
    const k = keys('Income per capita rose, and costs fell by an order of magnitude, two orders of magnitude in all.');
    expect(k.some((key) => /capita|caput|magnitude/.test(key))).toBe(false);
    expect(keys('The earthquake magnitude was estimated from seismic moment.').some((key) => key.includes('magnitude'))).toBe(true);
  });
});

describe('adverbial idioms of academic prose (probe 56: "Summary" and "Simplicity" were concepts)', () => {
  it('are no mention of their noun', () => {
    const k = keys(
      'In summary, the new sensor measured glucose. For simplicity the lattice is taken as cubic. The scheme can in principle be extended, ' +
        'and in practice the coating lasts longer. By contrast, the polymer film degrades.',
    );
    for (const noun of ['summary', 'simplicity', 'principle', 'practice', 'contrast']) expect(k.some((x) => x.split(' ').includes(noun))).toBe(false);
    for (const term of ['sensor', 'glucose', 'lattice', 'scheme', 'coating', 'polymer film']) expect(k).toContain(term);
  });

  it('keep the noun where it goes on into a phrase or a noun before takes the preposition', () => {
    const k = keys('Nurses differ in practice guidelines. Uptake in contrast agents rose. We report results in summary statistics. The model was chosen for its simplicity. Changes in practice were rare.');
    expect(k).toContain('practice guideline');
    expect(k).toContain('contrast agent');
    expect(k).toContain('summary statistic');
    expect(k).toContain('simplicity');
    expect(k.some((x) => x.split(' ').includes('practice'))).toBe(true);
  });
});
