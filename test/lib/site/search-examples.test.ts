import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { searchPlaceholder } from '../../../src/lib/site/search-examples';

describe('searchPlaceholder', () => {
  it("names the collection's own biggest concepts, not machine-learning examples (review 17 L6)", () => {
    const concepts = [
      { label: 'Fourth Amendment', df: 2 },
      { label: 'Cohomology', df: 5 },
      { label: 'Galois representations', df: 3 },
      { label: 'Adjudication', df: 3 },
      { label: '$p$-adic Hodge theory', df: 4 },
      { label: 'A label far too long to show whole in a search box', df: 9 },
    ];
    expect(searchPlaceholder(concepts)).toBe('e.g. Cohomology, p-adic Hodge theory, Adjudication');
    expect(searchPlaceholder([])).toBe('A title word, an author or a topic');
  });

  it('is what the search page shows', () => {
    const page = readFileSync('src/pages/search/index.astro', 'utf8');
    expect(page).toContain('placeholder={placeholder}');
    expect(page).not.toMatch(/retrieval-augmented generation, RLHF/);
  });
});
