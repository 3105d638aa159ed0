import { describe, expect, it } from 'vitest';
import { parseBibtex } from '../../../src/lib/ingest/bibtex';
import { duplicateFields } from '../../../src/lib/ingest/bibtex-duplicate-fields';

describe('duplicateFields', () => {
  it('finds a field the entry gives twice, whatever its case, with where each starts', () => {
    const text = '@article{x,\n  title = {First},\n  TITLE = "Second",\n  year = 2020\n}';
    const found = duplicateFields(text);
    expect(found.map((d) => d.field)).toEqual(['title']);
    expect(found[0]!.offsets.map((o) => text.slice(o, o + 5))).toEqual(['title', 'TITLE']);
  });

  it('reads no field inside a value, nor after the entry ends', () => {
    expect(duplicateFields('@article{x,\n  title = {A},\n  abstract = {We set\n  title = 5, and, year = 3}\n}')).toEqual([]);
    expect(duplicateFields('@article{x,\n  title = {A},\n  note = "a, title = b"\n}\n% @article{old, title={Old}}\n')).toEqual([]);
    expect(duplicateFields('@article(x,\n  title = {A (b)},\n  year = 2020\n)')).toEqual([]);
  });
});

describe('a BibTeX field given twice', () => {
  it('is a warning at the second one naming both lines; the first is read and the paper kept', () => {
    const r = parseBibtex('mine.bib', '@article{dup2020,\n  title = {First Title},\n  title = {Second Title},\n  abstract = {Text.}\n}\n');
    expect(r.records.map((x) => x.title)).toEqual(['First Title']);
    expect(r.problems).toEqual([
      { file: 'mine.bib', line: 3, severity: 'warning', reason: '@article{dup2020}: field "title" is given twice (lines 2 and 3); the first is read, the other left out' },
    ]);
  });

  it('says the keywords of each are read where keywords is given twice, as the parser joins them', () => {
    const r = parseBibtex('mine.bib', '@article{d1,\n  title = {A},\n  keywords = {soil},\n  keywords = {water},\n  abstract = {Text.}\n}\n');
    expect(r.records[0]!.keywords).toEqual(['soil', 'water']);
    expect(r.problems.map((p) => p.reason)).toEqual(['@article{d1}: field "keywords" is given twice (lines 3 and 4); the keywords of each are read']);
  });

  it('reads a % comment line between fields as a comment, whatever it holds', () => {
    expect(duplicateFields('@article{c1,\n  title = {A},\n  % old, title = {B},\n  abstract = {Text.}\n}')).toEqual([]);
    // The field after a comment line is still read as one.
    expect(duplicateFields('@article{c1,\n  title = {A},\n  % a note\n  title = {B}\n}').map((d) => d.field)).toEqual(['title']);
  });
});
