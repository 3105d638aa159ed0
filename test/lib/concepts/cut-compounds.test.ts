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

  it('is no concept where the cut phrase stands whole only with a word before it ("analysis model" of "fire risk analysis model" beside "fire risk analysis", review 22b)', () => {
    const index = extractConcepts(
      [
        {
          id: 'fire',
          title: '',
          abstract:
            'Studies of fire risk analysis in buildings compare evacuation drills. In this study, a fire risk analysis model based on scenario clusters is established, and the fire risk of residential buildings is analysed.',
        },
        {
          id: 'cathode',
          title: '',
          abstract:
            'Impedance spectroscopy of mixed conducting cathode films gives the electrical conductivity. Comparing both experiments tested the appropriateness of analysis models of the cathode films.',
        },
      ],
      { perPaper: 8 },
    );
    expect(index.concepts.filter((c) => c.df >= 2).map((c) => c.label.toLowerCase())).not.toContain('analysis models');
    expect(index.byPaper['fire']!.map((c) => c.id)).not.toContain('analysis-model');
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
