import { describe, expect, it } from 'vitest';
import { extractConcepts } from '../../../src/lib/concepts/index';

describe('case names (review 17 M5)', () => {
  it('make a tag of "Marbury v. Madison" and "Katz v. United States", whose "v." ends no sentence', () => {
    const index = extractConcepts(
      [
        { id: 'marbury', title: 'A Critical Guide to Marbury v. Madison', abstract: 'Marbury v. Madison is the case most cited for judicial review. This Article examines the opinion.' },
        { id: 'katz', title: 'The Fourth Amendment and New Technologies', abstract: 'Courts read Katz v. United States broadly. The Fourth Amendment protects privacy against thermal imaging.' },
      ],
      { perPaper: 8 },
    );
    const labels = index.concepts.map((c) => c.label);
    expect(labels).toContain('Marbury v. Madison');
    expect(labels).toContain('Katz v. United States');
    // A stop that ends a sentence still keeps a phrase from being a tag.
    for (const l of labels) expect(l).not.toMatch(/\.$/);
  });
});
