import { describe, expect, it } from 'vitest';
import { extractConcepts } from '../../../src/lib/concepts/index';

/** Three papers whose titles end in a hyphenated compound, and two that write its tail as a topic. */
function labelsWith(compound: string, tail: string): string[] {
  const index = extractConcepts(
    [
      { id: 'a', title: `Cane railway scheduling: labelling order in a ${compound} application`, abstract: `Constraint logic programming schedules cane trains. One ${compound} case is presented.` },
      { id: 'b', title: `Sensor fusion for a ${compound} system`, abstract: `Kalman filters fuse sensor readings. The ${compound} prototype is evaluated.` },
      { id: 'c', title: `Planning under uncertainty in ${compound} logistics`, abstract: `Stochastic programming plans deliveries. Results on ${compound} instances are reported.` },
      { id: 'd', title: `The ${tail} of a system`, abstract: `We study the ${tail} of systems and how the ${tail} changes with load.` },
      { id: 'e', title: `Measuring ${tail}`, abstract: `The ${tail} of components is measured; the ${tail} matters.` },
    ],
    { perPaper: 8 },
  );
  return Object.entries(index.byPaper)
    .filter(([paper]) => paper === 'a' || paper === 'b' || paper === 'c')
    .flatMap(([, tags]) => tags.map((t) => index.concepts.find((c) => c.id === t.id)!.label.toLowerCase()));
}

describe('the tail of a hyphenated compound is not what a title holds (review 21 #17: "real-life" → "Life")', () => {
  it.each([
    ['real-life', 'life'],
    ['long-term', 'term'],
    ['real-time', 'time'],
    ['high-level', 'level'],
    ['state-of-the-art', 'art'],
    ['high-density', 'density'],
    ['on-chip', 'chip'],
    ['least-squares', 'squares'],
    ['non-linearity', 'linearity'],
  ])('"%s" does not give the papers "%s"', (compound, tail) => {
    expect(labelsWith(compound, tail)).not.toContain(tail);
  });

  it('keeps the tail after a prefix that makes a kind of it: "meta-reinforcement learning" is reinforcement learning', () => {
    const index = extractConcepts(
      [
        { id: 'a', title: 'A world model approach for meta-reinforcement learning', abstract: 'World models make exploration efficient across task distributions.' },
        { id: 'b', title: 'Reinforcement learning for robots', abstract: 'Reinforcement learning trains robot arms. Reinforcement learning needs rewards.' },
        { id: 'c', title: 'Reinforcement learning in games', abstract: 'Reinforcement learning plays board games. Reinforcement learning agents search.' },
      ],
      { perPaper: 8 },
    );
    expect(index.byPaper.a!.map((t) => t.id)).toContain('reinforcement-learning');
  });

  it('keeps the tail after a letter or a name: an R-tree is a tree, a Rydberg atom an atom', () => {
    const index = extractConcepts(
      [
        { id: 'a', title: 'Quantum state retrieval in a Rydberg-atom data register', abstract: 'Rydberg states store a register. Retrieval is coherent.' },
        { id: 'b', title: 'Spatial indexing with R-trees', abstract: 'Extended objects are indexed.' },
        { id: 'c', title: 'Cooling atoms in traps', abstract: 'Atoms are cooled by lasers. Atoms are trapped.' },
        { id: 'd', title: 'Entangling atoms in bad cavities', abstract: 'Atoms entangle through a cavity. Atoms decay.' },
        { id: 'e', title: 'Balanced trees', abstract: 'Trees are balanced by rotations. Trees store keys.' },
        { id: 'f', title: 'Trees of search', abstract: 'Search trees index keys. Trees are fast.' },
      ],
      { perPaper: 8 },
    );
    expect(index.byPaper.a!.map((t) => t.id).some((id) => /^atoms?$/.test(id))).toBe(true);
    expect(index.byPaper.b!.map((t) => t.id)).toContain('trees');
  });

  it('does not take a title-case opener for a name ("Real-Life")', () => {
    const index = extractConcepts(
      [
        { id: 'a', title: 'Cane Railway Scheduling in a Real-Life Application', abstract: 'Constraint logic programming schedules cane trains. One real-life case is presented.' },
        { id: 'b', title: 'Sensor Fusion for a Real-Life System', abstract: 'Kalman filters fuse sensor readings. The real-life prototype is evaluated.' },
        { id: 'c', title: 'The life of a system', abstract: 'We study the life of systems and how the life changes with load.' },
        { id: 'd', title: 'Measuring life', abstract: 'The life of components is measured; the life matters.' },
      ],
      { perPaper: 8 },
    );
    expect([...index.byPaper.a!, ...index.byPaper.b!].map((t) => t.id)).not.toContain('life');
  });

  it('still gives the papers the concept a title writes on its own', () => {
    const index = extractConcepts(
      [
        { id: 'a', title: 'Wavelet packet bases for denoising', abstract: 'Packet bases denoise signals.' },
        { id: 'b', title: 'Gaussian wavelet networks', abstract: 'Networks of Gaussian units approximate functions.' },
        { id: 'c', title: 'Wavelets in image coding', abstract: 'Wavelets code images. Wavelets are fast.' },
        { id: 'd', title: 'Wavelets and filter banks', abstract: 'Filter banks implement wavelets. Wavelets are orthogonal.' },
      ],
      { perPaper: 8 },
    );
    expect(index.byPaper.a!.map((t) => t.id)).toContain(index.concepts.find((c) => c.label.toLowerCase().startsWith('wavelet'))!.id);
  });
});
