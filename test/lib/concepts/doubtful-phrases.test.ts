import { describe, expect, it } from 'vitest';
import { extractConcepts } from '../../../src/lib/concepts/index';

// Untitled paragraphs as SemEval-2017's are (review 41 finding 6): a friction model and the sodium trimer both have
// "a long history", and share nothing else; two molecular-dynamics papers both fix "the threshold value" of the
// hydrogen bond, which is what they are both about.
const docs = [
  {
    id: 'friction',
    abstract:
      'Relaxation processes have a long history in physics. We construct a spring-block model of dry friction with a continuum of relaxation times. The spring-block model reproduces the logarithmic ageing of static friction.',
  },
  {
    id: 'trimer',
    abstract:
      'The sodium trimer has a long history of theoretical and experimental study. We compute the Jahn-Teller distortion of the sodium trimer with coupled-cluster theory. The pseudorotation barrier agrees with the photoelectron spectrum.',
  },
  {
    id: 'water',
    abstract:
      'Hydrogen bonds in liquid water were counted in molecular dynamics trajectories. A hydrogen bond is formed when the donor-acceptor distance is below a threshold value. The hydrogen bond lifetime falls with temperature.',
  },
  {
    id: 'ice',
    abstract:
      'Molecular dynamics trajectories of ice surfaces were analysed for hydrogen bonds. The threshold value of the hydrogen bond angle changes the hydrogen bond count. Premelting of the ice surface starts below the melting point.',
  },
].map((d) => ({ ...d, title: '' }));

describe('a phrase of two general words that indexers keep less often than most (review 41 finding 6)', () => {
  const index = extractConcepts(docs, { perPaper: 8 });
  const labels = index.concepts.filter((c) => c.df >= 2).map((c) => c.label);

  it('is no concept of papers that share nothing else ("Long history")', () => {
    expect(labels).not.toContain('Long history');
    for (const id of ['friction', 'trimer']) expect(index.byPaper[id]!.map((c) => c.id)).not.toContain('long-history');
  });

  it('still counts as a weak link feature of its papers (the index\'s linkOnly)', () => {
    expect((index.linkOnly ?? []).map((c) => c.label)).toContain('Long history');
  });

  it('stays a concept of papers that share what they are about ("Threshold value" of two hydrogen-bond papers)', () => {
    expect(labels).toContain('Threshold value');
  });
});
