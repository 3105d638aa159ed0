import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractConcepts } from '../../../src/lib/concepts/index';

describe("a title phrase that is a concept of the collection is its paper's tag (review 10 M4)", () => {
  it('wins over a piece of it that only this paper carries', () => {
    const index = extractConcepts(
      [
        {
          id: 'houk',
          title: 'Synthesen in der hydroaromatischen Reihe: the Diels–Alder reaction revisited',
          abstract:
            'The Diels–Alder reaction of butadiene with ethylene is the prototype of pericyclic [4+2] cycloadditions. We review density functional theory (DFT) calculations of its transition state, which is synchronous and aromatic. Concerted and stepwise diradical pathways are compared. Secondary orbital interactions explain the endo selectivity of Diels–Alder reactions of cyclopentadiene with maleic anhydride, and we discuss solvent effects in water, where the reaction is accelerated up to 700-fold.',
        },
        {
          id: 'rideout',
          title: 'Hydrophobic Acceleration of Diels-Alder Reactions',
          abstract:
            'The Diels-Alder reaction of cyclopentadiene with methyl vinyl ketone is more than 700 times faster in water than in isooctane at 20 °C. The acceleration is attributed to hydrophobic packing of the diene and dienophile in aqueous solution rather than to the polarity of the medium. Added LiCl (4.86 M) increases the rate further, while guanidinium chloride, a salting-in agent, decreases it. These results indicate that hydrophobic effects can be used to accelerate and control organic reactions in water.',
        },
        {
          id: 'kolb',
          title: 'Click Chemistry: Diverse Chemical Function from a Few Good Reactions',
          abstract:
            'We define click chemistry as a set of powerful, highly reliable and selective reactions for the rapid synthesis of useful new compounds through heteroatom links. Click reactions are modular, wide in scope, give very high yields and are stereospecific. Among them the Huisgen 1,3-dipolar cycloaddition of azides and alkynes, nucleophilic ring-opening of strained heterocycles, and certain Diels–Alder reactions stand out.',
        },
      ],
      { perPaper: 6 },
    );
    const da = index.concepts.find((c) => c.label === 'Diels–Alder reactions');
    expect(da?.papers.slice().sort()).toEqual(['houk', 'kolb', 'rideout']);
    // The fragment "Diels–Alder" is not beside it, nor left as a keyword of its own.
    expect(index.concepts.map((c) => c.label)).not.toContain('Diels–Alder');
    expect(index.byPaper.rideout!.map((c) => c.id)[0]).toBe(da!.id);
  });

  it("comes beside the collection's word it holds, whichever of the two the paper had first", () => {
    // Six chemistry and psychology records of the review-10 corpus whose titles say "reaction(s)".
    const docs = JSON.parse(readFileSync(new URL('../../fixtures/reactions-titles.json', import.meta.url), 'utf8')) as { id: string; title: string; abstract: string }[];
    const index = extractConcepts(docs, { perPaper: 6 });
    const da = index.concepts.find((c) => c.label === 'Diels–Alder reactions')!;
    const reaction = index.concepts.find((c) => c.label === 'Reaction')!;
    const rideout = index.byPaper.rideout!.map((c) => c.id);
    expect(rideout).toContain(da.id);
    expect(rideout).toContain(reaction.id);
    expect(index.concepts.map((c) => c.label)).not.toContain('Diels–Alder');
  });
});
