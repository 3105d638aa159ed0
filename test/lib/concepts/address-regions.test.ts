import { describe, expect, it } from 'vitest';
import { extractConcepts } from '../../../src/lib/concepts/index';

const labels = (docs: { id: string; title: string; abstract: string }[]) =>
  extractConcepts(docs, { perPaper: 8 }).concepts.map((c) => c.label);

describe('the region of an address is no concept (review 21 #17: "Massachusetts")', () => {
  it('drops a name two papers write only after "Place,"', () => {
    const l = labels([
      { id: 'a', title: 'Groove Networks: matching technology with human needs', abstract: 'Ray Ozzie is CEO of Groove Networks, the Beverly, Massachusetts company that produces collaboration software. Collaboration software connects people.' },
      { id: 'b', title: "A conference's impact on undergraduate female students", abstract: 'The Grace Hopper Celebration was held in Cape Cod, Massachusetts. Female students reported on the conference.' },
    ]);
    expect(l).not.toContain('Massachusetts');
  });

  it('keeps a place the papers name as a topic, in a list, or in the title', () => {
    const l = labels([
      { id: 'a', title: 'Information systems project failure in two countries', abstract: 'A survey performed between Australia and the United States on project failure.' },
      { id: 'b', title: 'Hospital information systems in Australia', abstract: 'Hospitals in Norway, Australia, New Zealand and Europe were surveyed.' },
    ]);
    expect(l).toContain('Australia');
  });

  it('keeps a name after a sentence-opening adverb and in a bracketed list', () => {
    const l = labels([
      { id: 'a', title: 'Chaos synchronisation of maps', abstract: 'Discrete maps and continuous flows (Rossler, Lorenz) illustrate the method. Chaos is synchronised.' },
      { id: 'b', title: 'Chaotic attractors', abstract: 'Recently, Lorenz attractors were tuned by feedback. Attractors change shape.' },
    ]);
    expect(l.some((x) => x.startsWith('Lorenz'))).toBe(true);
  });
});
