import { describe, expect, it } from 'vitest';
import { extractConcepts } from '../../../src/lib/concepts/index';

// Three untitled paragraphs that say how viscous their fluids are, never "viscosity" alone (review 22 finding 2:
// viscosity, in four SemEval-2017 abstracts, was no concept).
const docs = [
  {
    id: 'inkjet',
    abstract:
      'Inkjet printing of polymer solutions fails at high viscosity. The nozzle ejects droplets of the polymer ink at high jet speeds, and the ligament breaks into satellite droplets.',
  },
  {
    id: 'miniemulsion',
    abstract:
      'Miniemulsion polymerization keeps the monomer droplets small. The continuous phase has a low viscosity, so the droplets collide often and the latex particles grow by coalescence.',
  },
  {
    id: 'lava',
    abstract:
      'Basaltic lava flows spread far from the vent because of their low viscosity. The crust of the lava flow cools by radiation and the flow front advances in lobes.',
  },
].map((d) => ({ ...d, title: '' }));

describe('an adjective of degree on a specific noun names the noun ("low viscosity", "high viscosity")', () => {
  const index = extractConcepts(docs, { perPaper: 8 });

  it('makes the noun the papers share a concept', () => {
    const viscosity = index.concepts.find((c) => c.label === 'Viscosity');
    expect(viscosity?.papers).toEqual(expect.arrayContaining(['lava', 'miniemulsion']));
    expect(index.concepts.map((c) => c.label)).not.toContain('Low viscosity');
  });
});
