/**
 * The link stage counts the routine phrases (`linkOnly`) in a pass of their own (graph/link.ts, withLinkOnly),
 * which holds only because the mention finder counts a name of two words or more wherever it is written,
 * whatever other names overlap it; only a one-word name can depend on the others (the head of a longer name the
 * paper carries). These tests pin both halves.
 */
import { describe, expect, it } from 'vitest';
import { findConceptMentions, hasOneWordName } from '../../../src/lib/graph/concept-mentions';
import type { Concept } from '../../../src/lib/model/concepts';

const concept = (id: string, label: string, extra: Partial<Concept> = {}): Concept => ({ id, label, aliases: [], df: 2, papers: [], ...extra });

describe('hasOneWordName', () => {
  it('reads names as the mention finder does', () => {
    expect(hasOneWordName(concept('simulation-results', 'Simulation results'))).toBe(false);
    expect(hasOneWordName(concept('large-margin', 'Large margin', { abbreviation: 'LM' }))).toBe(true);
    expect(hasOneWordName(concept('transformer', 'Transformer'))).toBe(true);
    expect(hasOneWordName(concept('high-performance', 'High-performance'))).toBe(false);
  });
});

describe('a phrase of two words or more counts the same alone or among all concepts', () => {
  const papers = [
    {
      slug: 'a',
      title: 'Monte Carlo simulation results for heat transfer',
      abstract: 'Simulation results show that large Monte Carlo simulation results agree. Results of the simulation differ.',
    },
    { slug: 'b', title: 'Grid simulations', abstract: 'Our simulation results and experimental data match the simulation.' },
  ];
  const phrase = concept('simulation-results', 'Simulation results');
  const others = [
    concept('monte-carlo-simulation-results', 'Monte Carlo simulation results'),
    concept('monte-carlo-simulation', 'Monte Carlo simulation'),
    concept('simulation', 'Simulation'),
    concept('results', 'Results'),
    concept('experimental-data', 'Experimental data'),
  ];

  it('gives the phrase the same counts in every paper', () => {
    const alone = findConceptMentions(papers, [phrase]);
    const among = findConceptMentions(papers, [...others, phrase]);
    for (const { slug } of papers) expect(alone.get(slug)!.get('simulation-results')).toBe(among.get(slug)!.get('simulation-results'));
    expect(among.get('a')!.get('simulation-results')).toBeGreaterThan(1);
  });

  it('while a one-word name may count less among the concepts a paper carries', () => {
    const carried = (slug: string) => (slug === 'a' ? ['monte-carlo-simulation'] : []);
    const alone = findConceptMentions(papers, [concept('simulation', 'Simulation')], { carried });
    const among = findConceptMentions(papers, others, { carried });
    expect(among.get('a')!.get('simulation') ?? 0).toBeLessThan(alone.get('a')!.get('simulation') ?? 0);
  });
});
