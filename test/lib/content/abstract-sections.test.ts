import { describe, expect, it } from 'vitest';
import { sectionLabels } from '../../../src/lib/content/abstract-sections';

const labels = (text: string) => sectionLabels(text).map((l) => text.slice(l.start, l.end));

describe('sectionLabels', () => {
  it('finds the labels of a structured abstract, in capitals or title case, of up to four words', () => {
    expect(labels('BACKGROUND: Drought. MATERIALS AND METHODS: Plots. RESULTS: Yields fell. CONCLUSIONS: Irrigate.')).toEqual([
      'BACKGROUND:',
      'MATERIALS AND METHODS:',
      'RESULTS:',
      'CONCLUSIONS:',
    ]);
    expect(labels('Objective: To test. Design and Setting: A trial in Oslo. Findings: None.')).toEqual(['Objective:', 'Design and Setting:', 'Findings:']);
    // Scopus: the word after "and" in lower case.
    expect(labels('Aims: To test. Materials and methods: Plots. Results: Yields fell.')).toEqual(['Aims:', 'Materials and methods:', 'Results:']);
  });

  it('finds none where only one label-like colon stands, or the colons are inside sentences', () => {
    expect(labels('TESS: we present a survey of bright stars.')).toEqual([]);
    expect(labels('We compare two designs: fixed and adaptive. The result: a faster solver.')).toEqual([]);
  });
});
