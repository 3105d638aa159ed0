import { describe, expect, it } from 'vitest';
import { extractConceptIndex } from '../../../src/lib/concepts/extract';
import { binomialAbbreviation, writtenAbbreviations } from '../../../src/lib/concepts/species-abbreviations';

describe('abbreviated species names (review 11: "E coli" missed a paper that writes only "Escherichia coli")', () => {
  it('reads the abbreviations a text writes, and gives a binomial the one written for it', () => {
    const written = writtenAbbreviations(['The E. coli genome and C.elegans worms; as M. Smith and J.-P. Serre showed.']);
    expect([...written].sort()).toEqual(['c elegans', 'e coli']);
    expect(binomialAbbreviation('Escherichia coli', written)).toBe('E. coli');
    expect(binomialAbbreviation('Caenorhabditis elegans', written)).toBe('C. elegans');
    // Nothing the texts do not write, and nothing for a label that is no genus and epithet.
    expect(binomialAbbreviation('Saccharomyces cerevisiae', written)).toBeUndefined();
    expect(binomialAbbreviation('Markov chains', written)).toBeUndefined();
    expect(binomialAbbreviation('Escherichia coli K-12', written)).toBeUndefined();
  });

  it('names the species concept by its abbreviation too, where a paper writes it', () => {
    const { index } = extractConceptIndex(
      [
        { id: 'blattner', title: 'The complete genome sequence of Escherichia coli K-12', abstract: 'The sequence of Escherichia coli K-12 is presented. The E. coli genome contains insertion sequences.' },
        { id: 'lenski', title: 'Long-term experimental evolution in Escherichia coli', abstract: 'We propagated twelve populations of Escherichia coli for 10,000 generations.' },
        { id: 'markov', title: 'Markov chains for sequences', abstract: 'Markov chains model protein-coding genes, as M. Smith showed.' },
        { id: 'markov2', title: 'Markov chains in genomics', abstract: 'We use Markov chains to annotate genes.' },
      ],
      { perPaper: 8 },
    );
    const byLabel = new Map(index.concepts.map((c) => [c.label, c]));
    expect(byLabel.get('Escherichia coli')?.aliases).toContain('E. coli');
    expect(byLabel.get('Markov chains')?.aliases).toEqual([]);
  });
});
