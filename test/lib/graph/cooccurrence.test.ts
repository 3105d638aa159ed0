import { describe, expect, it } from 'vitest';
import { conceptCooccurrence } from '../../../src/lib/graph/cooccurrence';
import type { ConceptIndex } from '../../../src/lib/model/concepts';

const concept = (id: string, papers: string[]) => ({ id, label: id, aliases: [], df: papers.length, papers });

const index: ConceptIndex = {
  concepts: [
    concept('attention', ['a', 'b', 'c']),
    concept('transformer', ['a', 'b']),
    concept('reinforcement-learning', ['c', 'd']),
    concept('__proto__', ['d']),
    concept('lonely', []),
  ],
  byPaper: {
    a: [{ id: 'attention', score: 3 }, { id: 'transformer', score: 2 }],
    b: [{ id: 'transformer', score: 3 }, { id: 'attention', score: 1 }, { id: 'attention', score: 1 }],
    c: [{ id: 'attention', score: 2 }, { id: 'reinforcement-learning', score: 1 }],
    d: [{ id: 'reinforcement-learning', score: 2 }, { id: '__proto__', score: 1 }],
  },
};

describe('conceptCooccurrence', () => {
  it('counts shared papers, most first, ties by id, once per paper', () => {
    const co = conceptCooccurrence(index, 5);
    expect(co['attention']).toEqual([
      { id: 'transformer', count: 2 },
      { id: 'reinforcement-learning', count: 1 },
    ]);
    expect(co['reinforcement-learning']).toEqual([
      { id: '__proto__', count: 1 },
      { id: 'attention', count: 1 },
    ]);
  });

  it('keeps at most k and gives every concept an entry, even one keyed __proto__', () => {
    const co = conceptCooccurrence(index, 1);
    expect(co['attention']).toEqual([{ id: 'transformer', count: 2 }]);
    expect(co['lonely']).toEqual([]);
    expect(Object.hasOwn(co, '__proto__')).toBe(true);
    expect(co['__proto__']).toEqual([{ id: 'reinforcement-learning', count: 1 }]);
    expect(Object.keys(co).sort()).toEqual(['__proto__', 'attention', 'lonely', 'reinforcement-learning', 'transformer']);
  });
});
