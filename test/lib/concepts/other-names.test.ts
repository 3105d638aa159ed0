import { describe, expect, it } from 'vitest';
import { otherNames } from '../../../src/lib/concepts/other-names';

const rag = { label: 'Retrieval-augmented generation', abbreviation: 'RAG', aliases: ['RAG', 'retrieval augmented generation', 'Retrieval Augmented Generation', 'retrieval-augmented generation'] };

describe('otherNames', () => {
  it('lists each other name once whatever its case, never the label, the abbreviation first when asked for', () => {
    expect(otherNames(rag, { withAbbreviation: true })).toEqual(['RAG', 'retrieval augmented generation']);
  });

  it('leaves the abbreviation out when the page shows it beside the label', () => {
    expect(otherNames(rag, { withAbbreviation: false })).toEqual(['retrieval augmented generation']);
  });

  it('compares names as the reader sees them', () => {
    const concept = { label: 'The $\\beta$-VAE', aliases: ['the β-VAE', 'beta-VAE'] };
    const plain = (text: string) => text.replace('$\\beta$', 'β');
    expect(otherNames(concept, { withAbbreviation: true, plain })).toEqual(['beta-VAE']);
  });

  it("leaves out a name in the possessive of another of its names (review 18 M3: \"Also written as DAE, dae s\")", () => {
    const dae = { label: 'Differential algebraic equations', abbreviation: 'DAE', aliases: ['DAE', 'differential-algebraic equations', "DAE's", 'Shor’s'] };
    expect(otherNames(dae, { withAbbreviation: true })).toEqual(['DAE', 'differential-algebraic equations', 'Shor’s']);
  });
});
