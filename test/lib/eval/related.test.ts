import { describe, expect, it } from 'vitest';
import { groupMates, normaliseTitle, scoreRelated, seedGroupsSchema } from '../../../src/lib/eval/related';

const papers = [
  { slug: 'p1', title: 'UR$^2$: Unify RAG and Reasoning' },
  { slug: 'p2', title: 'Café  Models' },
  { slug: 'p3', title: 'Third paper' },
  { slug: 'p4', title: 'Fourth paper' },
  { slug: 'p5', title: 'Fifth paper' },
  { slug: 'p6', title: 'Sixth paper' },
];

describe('normaliseTitle', () => {
  it('ignores case, accents, LaTeX markup, punctuation and spacing', () => {
    expect(normaliseTitle('UR$^2$: Unify RAG and  Reasoning')).toBe('ur2unifyragandreasoning');
    expect(normaliseTitle('cafe models')).toBe(normaliseTitle('Café  Models'));
  });
});

describe('groupMates', () => {
  it('unions the groups of a paper that is in several, and reports titles it cannot find', () => {
    const { mates, unmatched } = groupMates(
      { g1: ['ur2: unify rag and reasoning', 'Cafe models'], g2: ['Cafe Models', 'Third paper', 'Missing one'] },
      papers,
    );
    expect([...mates.get('p2')!].sort()).toEqual(['p1', 'p3']);
    expect([...mates.get('p1')!]).toEqual(['p2']);
    expect(unmatched).toEqual(['g2: Missing one']);
  });
});

describe('scoreRelated', () => {
  it('matches a hand-computed P@5 and R@10', () => {
    // Group A = {p1, p2, p3}; group B = {p4, p5}. p6 is in no group and is not evaluated.
    const groups = { a: ['UR$^2$: Unify RAG and Reasoning', 'Cafe Models', 'Third paper'], b: ['Fourth paper', 'Fifth paper'] };
    const related = new Map<string, string[]>([
      ['p1', ['p2', 'p6', 'p3', 'p4', 'p5']], // P@5 2/5, R@10 2/2
      ['p2', ['p6', 'p4', 'p5', 'p1']], // P@5 1/5 (fewer than 5 listed still counts over 5), R@10 1/2
      // p3: nothing listed → 0, 0
      ['p4', ['p1', 'p2', 'p3', 'p6', 'p1', 'p2', 'p3', 'p6', 'p1', 'p5']], // P@5 0, R@10 1/1 (10th)
      ['p5', ['p4']], // P@5 1/5, R@10 1/1
      ['p6', ['p1']],
    ]);
    const scores = scoreRelated(groups, papers, related);
    expect(scores.evaluated).toBe(5);
    expect(scores.precisionAt5).toBeCloseTo((0.4 + 0.2 + 0 + 0 + 0.2) / 5, 12);
    expect(scores.recallAt10).toBeCloseTo((1 + 0.5 + 0 + 1 + 1) / 5, 12);
    expect(scores.unmatched).toEqual([]);
  });

  it('divides recall by 10 when a paper has more than 10 mates', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ slug: `s${i}`, title: `Paper ${i}` }));
    const related = new Map([['s0', many.slice(1, 11).map((p) => p.slug)]]);
    const scores = scoreRelated({ big: many.map((p) => p.title) }, many, related);
    // s0 finds 10 of its 11 mates in its top 10: R@10 = 10 / min(10, 11) = 1; the 11 others score 0.
    expect(scores.recallAt10).toBeCloseTo(1 / 12, 12);
    expect(scores.precisionAt5).toBeCloseTo(1 / 12, 12);
  });

  it('parses the groups file shape', () => {
    expect(() => seedGroupsSchema.parse({ groups: { g: ['only one'] } })).toThrow();
    expect(seedGroupsSchema.parse({ metric: 'm', groups: { g: ['a', 'b'] } }).groups.g).toEqual(['a', 'b']);
  });
});
