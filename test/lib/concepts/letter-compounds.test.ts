import { describe, expect, it } from 'vitest';
import { extractConcepts } from '../../../src/lib/concepts/index';
import { upperFirst } from '../../../src/lib/concepts/word-shape';

const labels = (docs: { id: string; title: string; abstract: string }[]) => extractConcepts(docs, { perPaper: 8 }).concepts.map((c) => c.label);

describe('a letter joined by a hyphen to a word opens a tag (review 17 H3)', () => {
  it('makes concepts of "X-ray diffraction", "k-means clustering" and "p-adic Hodge theory", which no phrase opening on one letter could be', () => {
    const got = labels([
      { id: 'a', title: 'X-ray diffraction of thin films', abstract: 'We use X-ray diffraction and k-means clustering to group thin films.' },
      { id: 'b', title: 'k-means clustering of X-ray diffraction patterns', abstract: 'X-ray diffraction patterns are grouped by k-means clustering.' },
      { id: 'c', title: 'Integral $p$-adic Hodge theory', abstract: 'We construct a cohomology theory in $p$-adic Hodge theory.' },
      { id: 'd', title: 'Moduli of $p$-divisible groups', abstract: 'A description in terms of $p$-adic Hodge theory of $p$-divisible groups.' },
    ]);
    expect(got).toContain('X-ray diffraction');
    expect(got.some((l) => l.startsWith('k-means'))).toBe(true);
    expect(got).toContain('p-adic Hodge theory');
    expect(got).not.toContain('Hodge theory');
  });

  it('keeps a lowercase variable lowercase where a label opens, as it keeps "mRNA"', () => {
    expect(upperFirst('p-adic Hodge theory')).toBe('p-adic Hodge theory');
    expect(upperFirst('k-means clustering')).toBe('k-means clustering');
    expect(upperFirst('mRNA vaccines')).toBe('mRNA vaccines');
    expect(upperFirst('x ray')).toBe('X ray');
    expect(upperFirst('cohomology')).toBe('Cohomology');
  });
});

describe('a lowercase Greek letter opening a label (probe 56: "αs" was labelled "Αs")', () => {
  it('stays lowercase: its case is what the symbol means', () => {
    expect(upperFirst('αs corrections')).toBe('αs corrections');
    expect(upperFirst('μ-opioid receptor')).toBe('μ-opioid receptor');
    expect(upperFirst('γδ T cells')).toBe('γδ T cells');
    expect(upperFirst('β decay')).toBe('β decay');
    expect(upperFirst('Δ baryons')).toBe('Δ baryons');
  });

  it('labels a concept written with one as the papers write it', () => {
    const got = labels([
      { id: 'a', title: 'Running of αs at low energy', abstract: 'We determine αs from tau decays and compare αs with lattice results.' },
      { id: 'b', title: 'A new determination of αs', abstract: 'The value of αs is extracted from jet rates.' },
    ]);
    expect(got).toContain('αs');
    expect(got).not.toContain('Αs');
  });
});
