import { describe, expect, it } from 'vitest';
import { containerField, entryTypeFromBibtex, entryTypeFromCsl } from '../../../src/lib/cite/entry-type';

describe('entry types', () => {
  it('keeps classic BibTeX types and maps BibLaTeX ones', () => {
    expect(entryTypeFromBibtex('InProceedings')).toBe('inproceedings');
    expect(entryTypeFromBibtex('online')).toBe('misc');
    expect(entryTypeFromBibtex('report')).toBe('techreport');
    expect(entryTypeFromBibtex('thesis')).toBe('phdthesis');
    expect(entryTypeFromBibtex('constructor')).toBeUndefined();
  });

  it('maps CSL types; a plain CSL article is a preprint', () => {
    expect(entryTypeFromCsl('paper-conference')).toBe('inproceedings');
    expect(entryTypeFromCsl('article-journal')).toBe('article');
    expect(entryTypeFromCsl('chapter')).toBe('incollection');
    expect(entryTypeFromCsl('article')).toBe('misc');
    expect(entryTypeFromCsl('__proto__')).toBeUndefined();
    expect(entryTypeFromCsl(undefined)).toBeUndefined();
  });

  it('names the container by type', () => {
    expect(containerField('article')).toBe('journal');
    expect(containerField('inproceedings')).toBe('booktitle');
    expect(containerField('misc')).toBe('howpublished');
  });
});
