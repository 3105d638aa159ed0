import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractConcepts } from '../../../src/lib/concepts/index';

// Ten records of the review-10 corpus (review 10 M2): "units" of pH, of dropout, of an LSTM and of a
// difference-in-differences panel, the "mistake" of a saver and of a GAN's discriminator; "graphene" in two
// physics papers; "children" in two titles.
const docs = JSON.parse(readFileSync(new URL('../../fixtures/common-words.json', import.meta.url), 'utf8')) as { id: string; title: string; abstract: string }[];

describe('a common word alone is no tag unless the title names it (review 10 M2)', () => {
  const index = extractConcepts(docs, { perPaper: 8 });
  const labels = index.concepts.map((c) => c.label);
  const papersOf = (label: string) => index.concepts.find((c) => c.label === label)?.papers.slice().sort();

  it('keeps English words that papers of four fields happen to share off their tags', () => {
    expect(labels).not.toContain('Units');
    expect(labels).not.toContain('Mistake');
    // Their papers keep their own terms.
    expect(index.byPaper['ocean-acidification']!.length).toBeGreaterThanOrEqual(3);
    expect(index.byPaper.dropout!.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps a specific word, and a common word the title names', () => {
    expect(papersOf('Graphene')).toEqual(['magic-angle', 'z2']);
    expect(papersOf('Children')).toEqual(['better-neighborhoods', 'ileal']);
  });
});
