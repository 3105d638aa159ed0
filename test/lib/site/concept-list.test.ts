import { describe, expect, it } from 'vitest';
import { conceptLetterSections, conceptListPath } from '../../../src/lib/site/concept-list';

describe('conceptLetterSections', () => {
  it('sorts A–Z ignoring case and accents, numbers in numeric order, and groups by first letter with # last', () => {
    const labels = ['transformer', 'Éléments finis', 'BERT', '3D point clouds', 'attention', 'Zero-shot learning', 'bandit', '10-fold cross-validation', 'Échantillonnage'];
    const sections = conceptLetterSections(labels.map((label) => ({ label })));
    expect(sections.map((s) => [s.key, s.letter, s.items.map((c) => c.label)])).toEqual([
      ['letter-A', 'A', ['attention']],
      ['letter-B', 'B', ['bandit', 'BERT']],
      ['letter-E', 'E', ['Échantillonnage', 'Éléments finis']],
      ['letter-T', 'T', ['transformer']],
      ['letter-Z', 'Z', ['Zero-shot learning']],
      ['letter-other', '#', ['3D point clouds', '10-fold cross-validation']],
    ]);
  });
});

describe('conceptListPath', () => {
  it('keeps the first page at concepts/ and puts the others where no concept id can be', () => {
    expect(conceptListPath('/paper-atlas/', 1)).toBe('/paper-atlas/concepts/');
    expect(conceptListPath('/paper-atlas/', 3)).toBe('/paper-atlas/concepts/page/3/');
  });
});
