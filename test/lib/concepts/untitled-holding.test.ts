import { describe, expect, it } from 'vitest';
import { extractConcepts } from '../../../src/lib/concepts/index';
import type { DocumentText } from '../../../src/lib/model/paper';

// Records without a title (a keyphrase benchmark's, or `--untitled from-abstract`'s, whose made title the concept
// stage reads as none: paper-text.ts). Their first sentence holds the collection's concepts of two words or more,
// as a title's phrases do (title-holding.ts `holdingWords`).
const titled: DocumentText[] = [
  {
    id: 'compact',
    title: 'Thermal design of compact heat exchangers for waste heat recovery',
    abstract:
      'Compact heat exchangers recover waste heat from exhaust gases. We size the heat exchangers of a ' +
      'recovery loop by an effectiveness method and compare brazed and welded designs on pressure drop.',
  },
  {
    id: 'cyclic',
    title: 'Heat exchangers under cyclic thermal loading',
    abstract:
      'Heat exchangers in power plants see cyclic thermal loading at start-up. A finite element model of the ' +
      'tube sheet predicts the fatigue life of the heat exchangers for three start-up schedules.',
  },
  {
    id: 'desalination',
    title: 'Ion exchange membranes for water desalination',
    abstract:
      'Ion exchange membranes separate salt from brackish water in electrodialysis. We measure the selectivity ' +
      'of five membranes and relate it to their charge density and swelling in water.',
  },
  {
    id: 'gas-separation',
    title: 'Membranes for gas separation',
    abstract:
      'Polymer membranes separate carbon dioxide from natural gas. We compare the permeability of membranes ' +
      'made of four glassy polymers and their ageing over a year.',
  },
];

const rest =
  'Deposits of whey proteins grew fastest at the hottest plates, and cleaning in place restored the thermal ' +
  'resistance. We relate the growth of the deposits to the milk temperature and the flow rate of the plant.';

function labels(papers: DocumentText[], paper: string): string[] {
  const index = extractConcepts(papers, { perPaper: 8 });
  return (index.byPaper[paper] ?? []).map((c) => index.concepts.find((x) => x.id === c.id)!.label.toLowerCase());
}

describe('a record with no title', () => {
  it('carries a concept of the collection that a phrase of its first sentence holds ("heat exchangers" of "heat exchanger fouling")', () => {
    const first: DocumentText = { id: 'dairy', title: '', abstract: `Heat exchanger fouling in dairy plants was monitored for a season. ${rest}` };
    expect(labels([...titled, first], 'dairy')).toContain('heat exchangers');
  });

  it('is lent nothing by a later sentence', () => {
    const later: DocumentText = {
      id: 'dairy',
      title: '',
      abstract: `Whey proteins were sampled in dairy plants over a season. Heat exchanger fouling was monitored. ${rest}`,
    };
    expect(labels([...titled, later], 'dairy')).not.toContain('heat exchangers');
  });

  it('is lent no one-word concept by its first sentence, as a title would lend it ("membranes" of "membrane fouling")', () => {
    const abstract = `Membrane fouling in dairy plants was monitored for a season. ${rest}`;
    expect(labels([...titled, { id: 'dairy', title: 'Membrane fouling in dairy plants', abstract }], 'dairy')).toContain('membranes');
    expect(labels([...titled, { id: 'dairy', title: '', abstract }], 'dairy')).not.toContain('membranes');
  });
});
