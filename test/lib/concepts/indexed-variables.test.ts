import { describe, expect, it } from 'vitest';
import { DEFAULT_CANDIDATE_OPTIONS, findCandidates } from '../../../src/lib/concepts/candidates';
import { indexedVariable, tokenize } from '../../../src/lib/concepts/tokenize';
import { extractConcepts } from '../../../src/lib/concepts/index';

const keys = (text: string) => [...findCandidates(tokenize(text), DEFAULT_CANDIDATE_OPTIONS).keys()];

describe('a variable with an index is no word of prose (review 21 #17: "Xij")', () => {
  it('reads subscripted and index-lettered variables as variables', () => {
    for (const v of ['xᵢⱼ', 'Aᵢ', 'rᵢcⱼ', 'Kₙ', 'aₙ', 'Nᵢ', 'Xij', 'aij', 'xijk']) expect(indexedVariable(v), v).toBe(true);
  });

  it('keeps formulas and words', () => {
    for (const w of ['H₂', 'CO₂', 'O₂', 'LiₓCoO₂', 'NaₓCl', 'H₂O', 'Lin', 'Kim', 'Jim', 'matrix', 'Hij', 'AI']) expect(indexedVariable(w), w).toBe(w === 'Hij');
  });

  it('breaks the phrase at the variable', () => {
    const k = keys('The entries xᵢⱼ of X are exponential. Aggregate fuzzy numbers Aᵢ are ranked. The matrix Xij values and H₂ storage.');
    expect(k).toContain('entry');
    expect(k).toContain('aggregate fuzzy number');
    expect(k).toContain('h₂ storage');
    expect(k.some((x) => /xᵢⱼ|aᵢ|xij/iu.test(x))).toBe(false);
  });

  it('gives two papers that write the same variable no concept of it', () => {
    const index = extractConcepts(
      [
        { id: 'a', title: 'On the expected value of the minimum assignment', abstract: 'We require that xᵢⱼ be chosen from the exponential distribution. The entries xᵢⱼ of X are independent, and xᵢⱼ has mean 1.' },
        { id: 'b', title: 'Evaluating tanks by fuzzy decision theory', abstract: 'We take the mean of fuzzy rating xᵢⱼ. The decision matrix is built from xᵢⱼ, and xᵢⱼ is aggregated.' },
      ],
      { perPaper: 8 },
    );
    expect(index.concepts.map((c) => c.id)).not.toContain('xij');
    expect(index.concepts.map((c) => c.label.toLowerCase()).some((l) => l.includes('xᵢⱼ') || l.includes('xij'))).toBe(false);
  });
});
