import { describe, expect, it } from 'vitest';
import { extractConceptIndex } from '../../../src/lib/concepts/extract';

const labels = (docs: { id: string; title: string; abstract: string }[]) => extractConceptIndex(docs, { perPaper: 8 }).index.concepts.map((c) => c.label);

describe('a name of several words keeps its capitals inside a label (review 16 M3: "United kingdom inflation")', () => {
  const docs = [
    {
      id: 'engle',
      title: 'Autoregressive conditional heteroscedasticity with estimates of the variance of United Kingdom inflation',
      abstract: 'A new class of stochastic processes is introduced. The model is fitted to quarterly price data for the United Kingdom, and United Kingdom inflation shows a changing variance.',
    },
    {
      id: 'sampling',
      title: 'Monte Carlo sampling methods using Markov chains',
      abstract: 'We assess the error in Monte Carlo estimates of posterior means. A sampling kingdom of proposals is explored by random walks.',
    },
    {
      id: 'amoc',
      title: 'Slowdown in Atlantic Ocean overturning circulation',
      abstract: 'Cooling in the subpolar Atlantic Ocean is a fingerprint of the slowdown. The ocean takes up heat, and ocean overturning circulation carries it north.',
    },
  ];

  it('keeps the capitals the sentences write, even where one word alone is also written in lowercase', () => {
    const all = labels(docs);
    expect(all).toContain('United Kingdom inflation');
    expect(all).toContain('Monte Carlo sampling methods');
    expect(all).toContain('Atlantic Ocean overturning circulation');
  });

  it('leaves a run the corpus also writes in lowercase, and a piece of a longer title-cased name, as before', () => {
    const all = labels([
      { id: 'a', title: 'Learning from preferences', abstract: 'We study Reinforcement Learning from Human Feedback in detail. Human feedback signals guide the policy.' },
      { id: 'b', title: 'Deep models of feedback', abstract: 'Signals come from Deep Models here. Reward comes from deep models of human feedback signals.' },
    ]);
    expect(all.some((l) => /Human Feedback|Deep Models/.test(l))).toBe(false);
  });
});
