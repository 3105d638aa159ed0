import { describe, expect, it } from 'vitest';
import { DEFAULT_CANDIDATE_OPTIONS, findCandidates } from '../../../src/lib/concepts/candidates';
import { tokenize, tokenizeDocument } from '../../../src/lib/concepts/tokenize';

const keys = (text: string) => [...findCandidates(tokenize(text), DEFAULT_CANDIDATE_OPTIONS).keys()];

describe('a name is not cut after its first word (review 15 M5: "Jersey", "Model Higgs")', () => {
  it('keeps a weak modifier that opens a capitalised name inside a sentence', () => {
    const k = keys('To evaluate the impact of the law we surveyed 410 fast food restaurants in New Jersey and Pennsylvania before and after the rise.');
    expect(k).toContain('new jersey');
    expect(k).not.toContain('jersey');
  });

  it('keeps the name whole and the names inside it that start after its first word', () => {
    const k = keys('Observation of a new particle in the search for the Standard Model Higgs boson with the ATLAS detector at the LHC.');
    expect(k).toContain('standard model higgs boson');
    expect(k).toContain('higgs boson');
    expect(k).not.toContain('model higgs boson');
  });

  it('still trims the same word in lowercase or opening a sentence', () => {
    expect(keys('We observe a new particle with a standard deviation of two.')).toEqual(expect.arrayContaining(['particle', 'deviation']));
    expect(keys('New Results were shown for the detector.')).not.toContain('new result');
  });

  it('in a title in title case, only where the abstract writes the name so', () => {
    const read = (title: string, abstract: string) => {
      const { words } = tokenizeDocument(title, abstract);
      return [...findCandidates(words, DEFAULT_CANDIDATE_OPTIONS).keys()];
    };
    const named = read('Minimum Wages and Employment in the Fast-Food Industry in New Jersey', 'We surveyed restaurants in New Jersey and Pennsylvania.');
    expect(named).not.toContain('jersey');
    const titled = read('A New Approach to Wavelet Packet Bases', 'We describe a new approach to wavelet packet bases for deblurring.');
    expect(titled).not.toContain('new approach');
  });
});
