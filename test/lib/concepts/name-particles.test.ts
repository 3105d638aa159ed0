import { describe, expect, it } from 'vitest';
import { DEFAULT_CANDIDATE_OPTIONS, findCandidates } from '../../../src/lib/concepts/candidates';
import { tokenize } from '../../../src/lib/concepts/tokenize';
import { analyse } from '../../../src/lib/concepts/rank';
import { background } from '../../../src/lib/concepts/background';

const keys = (text: string) => [...findCandidates(tokenize(text), DEFAULT_CANDIDATE_OPTIONS).keys()];

describe('name particles before a capitalised name (review 17 H3)', () => {
  it('keeps "de", "du", "la" with the family name they open, lowercase or opening a title', () => {
    const k = keys('We compare de Rham cohomology, the de Bruijn graph, de Sitter space and la Vallée Poussin sums with the van der Waals force.');
    for (const whole of ['de rham cohomology', 'de bruijn graph', 'de sitter space', 'van der waals force']) expect(k).toContain(whole);
    expect(k.some((x) => x.startsWith('la vall'))).toBe(true);
    const ranked = analyse({ id: 'x', title: 'The De Bruijn-Newman constant is non-negative', abstract: 'Newman showed that the de Bruijn-Newman constant exists.' }, background()).ranked;
    expect(ranked[0]!.surface).toMatch(/^De Bruijn-Newman/);
  });

  it('leaves a particle before a lowercase word alone ("de novo" stays the Latin pair)', () => {
    expect(keys('De novo assembly of the genome.')).toContain('de novo assembly');
    expect(keys('The ring of integers has a unit.').some((x) => x.startsWith('de '))).toBe(false);
  });
});
