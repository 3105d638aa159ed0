import { describe, expect, it } from 'vitest';
import { extractConcepts } from '../../../src/lib/concepts/index';

describe('adjectives of the writer\'s attitude and of narration (review 17 L1, review 18 H3)', () => {
  it('open no tag or concept: "Surprising failure", "Dramatic changes", "Brief history"', () => {
    const index = extractConcepts(
      [
        {
          id: 'a',
          title: 'Broken promises of privacy: responding to the surprising failure of anonymization',
          abstract: 'Computer scientists have recently undermined our faith in the privacy-protecting power of anonymization. This article presents a brief history of the field.',
        },
        { id: 'b', title: 'Defining electronic librarianship', abstract: 'Advances in technology create dramatic changes within libraries. We give a brief history of electronic reserves.' },
        { id: 'c', title: 'A digital-driving system for smart vehicles', abstract: 'Vehicles are undergoing dramatic changes in their capabilities and in how they interact with drivers.' },
      ],
      { perPaper: 8 },
    );
    const labels = index.concepts.map((c) => c.label.toLowerCase());
    for (const fragment of ['surprising failure', 'dramatic changes', 'dramatic change', 'brief history']) expect(labels).not.toContain(fragment);
    expect(labels).toContain('anonymization');
  });
});

describe('adjectives of judgement and of the telling\'s detail (review 18 H3)', () => {
  it('open no concept: "Excellent agreement", "Convenient framework", "Detailed discussion", "Similar approach", "Reasonable values"', () => {
    const index = extractConcepts(
      [
        { id: 'a', title: 'Plasma sheaths', abstract: 'Simulations show excellent agreement with probe data. The model gives a convenient framework for a detailed discussion of sheath growth. A similar approach gives reasonable values.' },
        { id: 'b', title: 'Beam dynamics', abstract: 'We find excellent agreement with tracking codes and a convenient framework for a detailed discussion of losses. A similar approach gives reasonable values.' },
      ],
      { perPaper: 8 },
    );
    const labels = index.concepts.map((c) => c.label.toLowerCase());
    for (const fragment of ['excellent agreement', 'convenient framework', 'detailed discussion', 'similar approach', 'reasonable values']) expect(labels).not.toContain(fragment);
  });
});
