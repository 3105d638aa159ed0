/**
 * The link stage counts the routine phrases (`linkOnly`) in a pass of their own (graph/link.ts, withLinkOnly),
 * which holds only because the mention finder counts a name of two words or more wherever it is written,
 * whatever other names overlap it; only a one-word name can depend on the others (the head of a longer name the
 * paper carries). These tests pin both halves.
 */
import { describe, expect, it } from 'vitest';
import { findConceptMentions, findMentionsOfEach, hasOneWordName } from '../../../src/lib/graph/concept-mentions';
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

describe('findMentionsOfEach', () => {
  it('counts each list as a call of its own would, in one reading of the papers', () => {
    // "RL" is defined in one paper and used bare in the others: the lists share the papers' short-form readings.
    const papers = [
      { slug: 'a', title: 'Reinforcement learning for grid control', abstract: 'We train reinforcement learning (RL) agents on grid simulation results. RL agents learn.' },
      { slug: 'b', title: 'Offline agents', abstract: 'Our RL agents reuse Monte Carlo simulation results and reinforcement learning theory.' },
      { slug: 'c', title: 'Grid simulations', abstract: 'Simulation results of the grid match. RL agents are not used here.' },
    ];
    const lists = [
      [concept('reinforcement-learning', 'Reinforcement learning', { abbreviation: 'RL' }), concept('monte-carlo-simulation', 'Monte Carlo simulation'), concept('simulation', 'Simulation')],
      [concept('simulation-results', 'Simulation results'), concept('reinforcement-learning-agent', 'Reinforcement learning agents', { aliases: ['RL agents'] })],
    ];
    const carried = (slug: string) => (slug === 'b' ? ['monte-carlo-simulation'] : []);
    const each = findMentionsOfEach(papers, lists, { carried });
    expect(each).toHaveLength(2);
    lists.forEach((list, n) => expect(each[n]).toEqual(findConceptMentions(papers, list, { carried })));
    expect(each[1]!.get('b')!.get('reinforcement-learning-agent')).toBe(1);
  });
});
