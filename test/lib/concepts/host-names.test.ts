import { describe, expect, it } from 'vitest';
import { DEFAULT_CANDIDATE_OPTIONS, findCandidates } from '../../../src/lib/concepts/candidates';
import { tokenize } from '../../../src/lib/concepts/tokenize';

const keys = (text: string) => [...findCandidates(tokenize(text), DEFAULT_CANDIDATE_OPTIONS).keys()];

describe('a host name is one word (review 15 M5: "Gov number" from "ClinicalTrials.gov number")', () => {
  it('keeps the name whole and cuts no phrase from its domain', () => {
    const words = tokenize('Funded by Novo Nordisk; STEP 1 ClinicalTrials.gov number, NCT03548935. Sales on Amazon.com and data from www.ox.ac.uk rose.');
    expect(words.map((w) => w.text)).toEqual(expect.arrayContaining(['ClinicalTrials.gov', 'Amazon.com']));
    const k = keys('Funded by Novo Nordisk; STEP 1 ClinicalTrials.gov number, NCT03548935. Sales on Amazon.com and data from www.ox.ac.uk rose.');
    expect(k.some((x) => x.split(' ').includes('gov') || x.includes('gov number'))).toBe(false);
    expect(k.some((x) => x.split(' ')[0] === 'com' || x.split(' ')[0] === 'uk')).toBe(false);
  });

  it('leaves abbreviations with full stops alone', () => {
    const words = tokenize('The solver of Smith et al. (Fig. 2), e.g. for the U.S. economy, uses Node.js tools.').map((w) => w.text);
    for (const word of ['e.g.', 'U.S.', 'Fig']) expect(words).toContain(word);
    expect(words.some((w) => w.includes('al.') && w.length > 3)).toBe(false);
  });
});
