import { describe, expect, it } from 'vitest';
import { extractConcepts } from '../../../src/lib/concepts/index';

describe('the kinds of statement an argument is made of (review 17 M1)', () => {
  it('makes no concept of "conjecture", "corollary" or "doctrine" alone, and keeps a named one', () => {
    const index = extractConcepts(
      [
        { id: 'a', title: 'Small gaps between primes', abstract: 'We prove the conjecture for bounded gaps. As a corollary we obtain infinitely many prime pairs. The Chowla conjecture follows.' },
        { id: 'b', title: 'Scaling limits of random walks', abstract: 'This proves a conjecture of Schramm. As a corollary, the random walk converges. We discuss the Chowla conjecture.' },
        { id: 'c', title: 'A guide to judicial review', abstract: 'The doctrine of judicial review rests on firmer ground. The fair use doctrine differs.' },
        { id: 'd', title: 'Antitrust and platforms', abstract: 'Current doctrine fails to capture platform power, unlike the fair use doctrine.' },
      ],
      { perPaper: 8 },
    );
    const labels = index.concepts.filter((c) => c.df >= 2).map((c) => c.label.toLowerCase());
    for (const kind of ['conjecture', 'conjectures', 'corollary', 'doctrine']) expect(labels).not.toContain(kind);
    expect(labels).toContain('chowla conjecture');
  });
});

describe('named statements with adjectives', () => {
  it('keep "twin prime conjecture", "spectral theorem", "ergodic theorem", "atomic propositions", "constitutional doctrine"', () => {
    const abstract = 'We revisit the twin prime conjecture, the spectral theorem and the ergodic theorem; atomic propositions meet constitutional doctrine.';
    const index = extractConcepts(
      [
        { id: 'a', title: 'Gaps between primes', abstract },
        { id: 'b', title: 'Operators and logic', abstract: `Progress: ${abstract}` },
      ],
      { perPaper: 8 },
    );
    const labels = index.concepts.filter((c) => c.df >= 2).map((c) => c.label.toLowerCase());
    for (const term of ['twin prime conjecture', 'spectral theorem', 'ergodic theorem', 'atomic propositions', 'constitutional doctrine']) expect(labels).toContain(term);
  });
});

describe('"ingredient" alone, a figure of academic English (review 17 L1)', () => {
  it('is no concept ("a key ingredient of the proof"), while "active pharmaceutical ingredient" is', () => {
    const index = extractConcepts(
      [
        { id: 'a', title: 'Primes in progressions', abstract: 'The main new ingredient is a transference principle. Another ingredient is a sieve.' },
        { id: 'b', title: 'Moduli of groups', abstract: 'Another key ingredient is a full faithfulness result for the module functor.' },
        { id: 'c', title: 'Drug formulation', abstract: 'The active pharmaceutical ingredient dissolves slowly. Each active pharmaceutical ingredient was tested.' },
        { id: 'd', title: 'Tablet design', abstract: 'An active pharmaceutical ingredient in tablets degrades under heat.' },
      ],
      { perPaper: 8 },
    );
    const labels = index.concepts.filter((c) => c.df >= 2).map((c) => c.label.toLowerCase());
    expect(labels).not.toContain('ingredient');
    expect(labels).toContain('active pharmaceutical ingredient');
  });
});
