import { describe, expect, it } from 'vitest';
import { FLAG_DEGREE, FLAG_NOUN_WORDS_SHIFT, FLAG_QUALIFIED, FLAG_SCHOLARLY } from '../../../src/lib/cache/document-analysis';
import { analysisKey, cacheable, documentAnalysis, UNREAD } from '../../../src/lib/concepts/concept-analysis';

const doc = {
  id: 'p',
  title: 'Viscosity of hydrogels',
  abstract: 'The hydrogel has a low viscosity at rest. Experimental results show it. In future work we model the hydrogel network.',
};

describe('a document analysis', () => {
  const a = documentAnalysis(doc);
  const flags = new Map(a.ranked.map((r) => [r[0], r[7]]));

  it('is keyed by the title and abstract only', () => {
    expect(analysisKey(doc)).toBe(analysisKey({ ...doc, id: 'other', keywords: ['x'] }));
    expect(analysisKey(doc)).not.toBe(analysisKey({ ...doc, title: 'Hydrogels' }));
  });

  it('keeps the words, their sentences and the title length', () => {
    expect(a.texts.slice(0, 3)).toEqual(['Viscosity', 'of', 'hydrogels']);
    expect(a.titleWords).toBe(3);
    expect(a.sentences.length).toBe(a.texts.length);
  });

  it('flags what talks about the research, what qualifies it and what says how much', () => {
    expect(flags.get('experimental result')! & FLAG_SCHOLARLY).toBe(FLAG_SCHOLARLY);
    expect(flags.get('future work')! & FLAG_QUALIFIED).toBe(FLAG_QUALIFIED);
    expect(flags.get('low viscosity')! & FLAG_DEGREE).toBe(FLAG_DEGREE);
    // "hydrogel network": both words nouns.
    expect(Math.floor(flags.get('hydrogel network')! / 2 ** FLAG_NOUN_WORDS_SHIFT)).toBe(3);
  });

  it('is cached only where every score reads back the same from JSON', () => {
    expect(cacheable(a)).toBe(true);
    expect(cacheable({ ...a, ranked: [['x', 'x', Number.NaN, ['x'], ['x'], [0, 1], [], 0]] })).toBe(false);
    expect(cacheable(UNREAD)).toBe(true);
  });
});
