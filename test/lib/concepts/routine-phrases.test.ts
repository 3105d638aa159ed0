import { describe, expect, it } from 'vitest';
import { extractConcepts } from '../../../src/lib/concepts/index';

// Untitled paragraphs of three fields apart, as SemEval-2017's are (review 22b: "Simulation results" was a
// concept of seven papers of five fields): each reports its simulation results. Two more papers of one field
// share "boundary conditions", a term of general words, and two write the name "Reynolds number".
const docs = [
  {
    id: 'soft-sensor',
    abstract:
      'A soft sensor estimates the carbon oxide content of the tail gas of p-xylene oxidation. An expectation maximization algorithm identifies the soft sensor. Simulation results show that the soft sensor tracks the carbon oxide content, and the simulation results agree with plant data.',
  },
  {
    id: 'fdi',
    abstract:
      'A system dynamics model of foreign direct investment in China is built from provincial statistics. The simulation results show that the system dynamics model explains the foreign direct investment trends. The simulation results also rank the provinces.',
  },
  {
    id: 'flight',
    abstract:
      'A non-fragile controller keeps a quadrotor stable when its gains drift. The flight control simulation results prove the non-fragile controller robust, and the simulation results of a gust show small attitude errors of the quadrotor.',
  },
  {
    id: 'poroelastic',
    abstract:
      'A mixed finite element method solves the equations of poroelasticity. The boundary conditions of the drained and the undrained limits are imposed weakly. The Reynolds number of the pore flow is small, so the Reynolds number sets the time step, and the boundary conditions keep the mixed finite element method stable.',
  },
  {
    id: 'navier-stokes',
    abstract:
      'A discontinuous Galerkin method solves the incompressible Navier-Stokes equations. Open boundary conditions let vortices leave the channel. The Reynolds number of the channel flow is high, and the boundary conditions of the outflow stay stable.',
  },
].map((d) => ({ ...d, title: '' }));

describe('a phrase of two words that indexers seldom keep (review 22b: "Simulation results")', () => {
  const index = extractConcepts(docs, { perPaper: 8 });
  const labels = index.concepts.filter((c) => c.df >= 2).map((c) => c.label);

  it('is no concept, and no paper\'s tag', () => {
    expect(labels).not.toContain('Simulation results');
    for (const id of ['soft-sensor', 'fdi', 'flight']) expect(index.byPaper[id]!.map((c) => c.id)).not.toContain('simulation-results');
  });

  it('leaves a field\'s term of general words and a name as they are', () => {
    expect(labels).toContain('Boundary conditions');
    expect(labels).toContain('Reynolds number');
  });
});

describe('a routine phrase refused as a tag (boiler23b)', () => {
  const index = extractConcepts(docs, { perPaper: 8 });
  const without = extractConcepts(docs.map((d) => ({ ...d, abstract: d.abstract.replace(/[Ss]imulation results/g, (m) => (m[0] === 'S' ? 'The runs' : 'the runs')) })), { perPaper: 8 });

  it('stays a link feature of the papers that write it: linkOnly, with no papers and no page', () => {
    const linkOnly = index.linkOnly ?? [];
    expect(linkOnly.map((c) => c.label)).toContain('Simulation results');
    for (const c of linkOnly) {
      expect(c.df).toBe(0);
      expect(c.papers).toEqual([]);
      expect(index.concepts.map((x) => x.id)).not.toContain(c.id);
    }
    expect(without.linkOnly ?? []).toEqual([]);
  });

  it('keeps the place it ranked in: no weaker phrase is tagged in its stead', () => {
    // Two tags a paper: the investment paper's are its trend and "simulation results", so it shows one tag;
    // "system dynamics", ranked below, does not take the refused phrase's place (other papers' tags, and the
    // idf of what they share, stay as they were).
    const tight = extractConcepts(docs, { perPaper: 2 });
    expect(tight.byPaper.fdi!.map((c) => c.id)).toEqual(['foreign-direct-investment-trend']);
    expect((tight.linkOnly ?? []).map((c) => c.label)).toContain('Simulation results');
  });
});

describe('the place a routine phrase holds (boiler23b)', () => {
  // Two papers write "tungsten" only inside longer phrases, so Tungsten is theirs too (an inner noun); the first also
  // reports "experimental data", a routine phrase ranked above its "wear model".
  const metal = [
    { id: 'w1', abstract: 'Tungsten carbide coatings were sprayed on steel. The experimental data show that tungsten carbide coatings resist wear, and the experimental data agree with a wear model of the coatings.' },
    { id: 'w2', abstract: 'Tungsten divertor tiles crack under heat loads. Plasma exposure of tungsten divertor tiles was measured in a linear plasma device, and the tiles recrystallised.' },
    { id: 'w3', abstract: 'Grain boundaries of sintered ceramics were imaged by electron microscopy. The sintered ceramics were hot pressed.' },
  ].map((d) => ({ ...d, title: '' }));

  it('is taken by a shared inner noun as the weakest tag would be, and by nothing ranked below it', () => {
    const tags = (perPaper: number) => extractConcepts(metal, { perPaper }).byPaper.w1!.map((c) => c.id);
    expect(tags(3)).toEqual(['tungsten', 'tungsten-carbide-coating']);
    expect(tags(2)).toEqual(['tungsten', 'tungsten-carbide-coating']);
  });
});
