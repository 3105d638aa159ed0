import { describe, expect, it } from 'vitest';
import { extractConcepts } from '../../../src/lib/concepts/index';

describe('the tail of a cut compound on a word for the text\'s matter (review 18 H3)', () => {
  it('is no concept: "time applications" of "real time applications" and "boot time applications"', () => {
    const index = extractConcepts(
      [
        {
          id: 'a',
          title: 'Parallel channel estimation',
          abstract: 'Channel estimation of the received signal is a serious overhead for mission critical real time applications. Our parallel algorithm runs in real time.',
        },
        {
          id: 'b',
          title: 'Abacus, EFI and anti-virus',
          abstract: 'The firmware standardises a boot-up sequence, extending device drivers and boot time applications to other architectures. The boot time is short.',
        },
      ],
      { perPaper: 8 },
    );
    const labels = index.concepts.map((c) => c.label.toLowerCase());
    expect(labels).not.toContain('time applications');
  });

  it('keeps a term\'s tail that names a thing ("learning agents")', () => {
    const index = extractConcepts(
      [
        { id: 'a', title: 'Multi-agent games', abstract: 'Reinforcement learning agents compete. Reinforcement learning is hard.' },
        { id: 'b', title: 'Tutoring systems', abstract: 'Adaptive learning agents guide students.' },
      ],
      { perPaper: 8 },
    );
    expect(index.concepts.map((c) => c.label.toLowerCase()).some((l) => l.includes('learning agent'))).toBe(true);
  });
});
