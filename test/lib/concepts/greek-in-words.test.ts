import { describe, expect, it } from 'vitest';
import { DEFAULT_CANDIDATE_OPTIONS, findCandidates } from '../../../src/lib/concepts/candidates';
import { tokenize } from '../../../src/lib/concepts/tokenize';
import { extractConcepts } from '../../../src/lib/concepts/index';
import { findMentions } from '../../../src/lib/content/mentions';

const keys = (text: string) => [...findCandidates(tokenize(text), DEFAULT_CANDIDATE_OPTIONS).keys()];

describe('a Greek letter in TeX math glued to a word (review 9 M5)', () => {
  it('belongs to the word', () => {
    const k = keys('Assuming a flat $\\Lambda$CDM model, the base-$\\Lambda$CDM cosmology fits; A$\\beta$ plaques and TNF-$\\alpha$ levels rose.');
    expect(k).toContain('ΛCDM model');
    expect(k).not.toContain('CDM model');
    expect(k.some((x) => x.startsWith('aβ plaque'))).toBe(true);
    expect(k.some((x) => x.startsWith('TNF α'))).toBe(true);
  });

  it('stays out of phrases where the math stands apart', () => {
    const k = keys('The Rényi $\\alpha$ divergence and a $3\\sigma$ tension at $x$-axis values.');
    expect(k.some((x) => /α|σ|alpha|sigma/.test(x))).toBe(false);
  });

  it('names a concept spelled out in its id and linked where the abstract writes it as TeX', () => {
    const abstract = 'We present cosmological constraints assuming the $\\Lambda$CDM model from the matter power spectrum.';
    const index = extractConcepts(
      [
        { id: 'kids', title: 'Cosmic shear constraints', abstract },
        { id: 'planck', title: 'Cosmological parameters', abstract: 'The $\\Lambda$CDM model fits the matter power spectrum of the CMB.' },
      ],
      { perPaper: 6 },
    );
    const lcdm = index.concepts.find((c) => c.label.startsWith('ΛCDM'));
    expect(lcdm?.id.startsWith('lambdacdm')).toBe(true);
    const [mention] = findMentions(abstract, [{ id: lcdm!.id, forms: [lcdm!.label] }]);
    expect(abstract.slice(mention!.start, mention!.end)).toBe(`$\\Lambda$CDM${lcdm!.label.slice('ΛCDM'.length)}`);
  });
});
