import { describe, expect, it } from 'vitest';
import { listingRecovery } from '../../../src/lib/eval/listing-recovery';

const abstract = (topic: string) =>
  `We study ${topic} in depth. Our method improves on earlier work by a wide margin, and we release the code and data so that others can build on the results.`;

describe('listingRecovery', () => {
  it('counts each title and abstract line but the first paper\'s taken out, and the listings read back right', () => {
    const papers = ['graph sampling', 'protein folding', 'coral bleaching', 'river deltas'].map((t) => ({ title: `On ${t}`, abstract: abstract(t) }));
    expect(listingRecovery(papers)).toEqual({ tried: 6, recovered: 6, wholeMisread: 0 });
  });

  it('counts a misreading: an abstract that reads as a title, lost beside a title', () => {
    // The second abstract is short and has no full stop, as Inspec's sometimes are: with the third title lost,
    // it is as much a title as an abstract.
    const papers = [
      { title: 'On graph sampling', abstract: abstract('graph sampling') },
      { title: 'Problems with my PDA', abstract: 'Tom Berry has lost his PDA, and now he has a better idea of the risks and benefits of working on the move' },
      { title: 'Electromagnetics computations with the fast multipole method', abstract: abstract('fast multipole methods') },
      { title: 'On river deltas', abstract: abstract('river deltas') },
    ];
    const r = listingRecovery(papers);
    expect(r.tried).toBe(6);
    expect(r.recovered).toBeLessThan(6);
  });
});
