import { describe, expect, it } from 'vitest';
import { findConceptMentions, mentionWords } from '../../../src/lib/graph/concept-mentions';
import type { Concept } from '../../../src/lib/model/concepts';

const concept = (id: string, label: string, more: Partial<Concept> = {}): Concept => ({ id, label, aliases: [], df: 1, papers: [], ...more });

describe('mentionWords', () => {
  it('stems, lowercases, strips accents and splits hyphens and punctuation', () => {
    expect(mentionWords('World-Models, naïve RAG!')).toEqual(['world', 'model', 'naiv', 'rag']);
  });
});

describe('findConceptMentions', () => {
  const concepts = [
    concept('world-model', 'world model'),
    concept('retrieval-augmented-generation', 'Retrieval-augmented generation', { abbreviation: 'RAG', aliases: ['retrieval augmented generations'] }),
    concept('model', 'model'),
    concept('__proto__', 'proto'),
  ];

  it('finds labels, aliases and abbreviations regardless of case, plural and hyphenation, and counts them', () => {
    const found = findConceptMentions(
      [
        { slug: 'a', title: 'World Models for control', abstract: 'A world-model and RAG. Retrieval Augmented Generation helps.' },
        { slug: 'b', title: 'Nothing here', abstract: 'Chess.' },
      ],
      concepts,
    );
    const a = found.get('a')!;
    expect(a.get('world-model')).toBe(2);
    expect(a.get('retrieval-augmented-generation')).toBe(2);
    // Overlapping mentions all count: "world model" also mentions "model".
    expect(a.get('model')).toBe(2);
    expect(found.get('b')!.size).toBe(0);
  });

  it('keeps ids that look like object keys as plain data', () => {
    const found = findConceptMentions([{ slug: '__proto__', title: 'Proto', abstract: 'constructor proto' }], concepts);
    expect(found.get('__proto__')!.get('__proto__')).toBe(2);
  });

  it("reads a short form the paper defines as the paper's own long form", () => {
    const registry = [
      concept('relationship-marketing', 'Relationship marketing', { abbreviation: 'RM' }),
      concept('revenue-management', 'Revenue management', { abbreviation: 'RM' }),
      concept('rl-agent', 'RL agents', { aliases: ['reinforcement learning agents'] }),
      concept('rl-benchmark', 'RL benchmarks'),
    ];
    const found = findConceptMentions(
      [
        {
          slug: 'revenue',
          title: 'From revenue management concepts to software systems',
          abstract: 'Revenue management (RM) is used by airlines and hotels. RM systems forecast demand.',
        },
        {
          slug: 'representation',
          title: 'Representation learning for control',
          abstract: 'We study representation learning (RL) for robots. RL agents and RL benchmarks are compared.',
        },
        { slug: 'hotel', title: 'Hotel web sites', abstract: 'Hotels use RM on the web.' },
      ],
      registry,
    );
    // Its "RM" is revenue management, never the other concept with that abbreviation.
    expect(found.get('revenue')!.get('relationship-marketing')).toBeUndefined();
    expect(found.get('revenue')!.get('revenue-management')).toBe(4);
    // "RL agents" here are not "reinforcement learning agents"; a concept known only by "RL" still counts.
    expect(found.get('representation')!.get('rl-agent')).toBeUndefined();
    expect(found.get('representation')!.get('rl-benchmark')).toBe(1);
    // A paper that does not define RM says nothing of which it is: both forms match, as before.
    expect(found.get('hotel')!.get('relationship-marketing')).toBe(1);
    expect(found.get('hotel')!.get('revenue-management')).toBe(1);
  });
});
