import { describe, expect, it } from 'vitest';
import { parseBibtex } from '../../../src/lib/ingest/bibtex';
import { missingComma } from '../../../src/lib/ingest/bibtex-missing-comma';

const entry = (key: string, title: string) => `@article{${key},\n  title = {${title}},\n  abstract = {Fine text.}\n}\n`;

describe('missingComma', () => {
  it('finds the whole value followed by the next field with no comma between', () => {
    const text = '@article{x,\n  author = {Doe, John}\n  year = {2002},\n  abstract = {A}\n}';
    const found = missingComma(text);
    expect(found).toMatchObject({ field: 'author', next: 'year' });
    expect(text.slice(found!.offset).startsWith('author =')).toBe(true);
    expect(text.slice(found!.nextOffset).startsWith('year =')).toBe(true);
  });

  it('reads quoted values, macros joined by # and numbers as whole values', () => {
    expect(missingComma('@article{x,\n  journal = jnl # " Letters"\n  year = 2002\n}')).toMatchObject({ field: 'journal', next: 'year' });
    expect(missingComma('@article{x,\n  title = "A {B} c",\n  year = 2002\n  month = jan\n}')).toMatchObject({ field: 'year', next: 'month' });
  });

  it('finds nothing where every field ends with a comma, or where a value is still open at the next line', () => {
    expect(missingComma('@article{x,\n  title = {A},\n  year = {2002}\n}')).toBeUndefined();
    expect(missingComma('@article{x,\n  title = {An open {brace\n  year = {2002}\n}')).toBeUndefined();
  });
});

describe('a BibTeX entry with a comma left out (review 44 finding 2)', () => {
  it('is reported at the entry by both fields and their lines, the entries around it read', () => {
    const bib = `${entry('good1', 'First')}\n@article{broken,\n  title = {Broken},\n  author = {Doe, John}\n  year = {2002},\n  abstract = {Text.}\n}\n\n${entry('good2', 'Last')}`;
    const r = parseBibtex('mine.bib', bib);
    expect(r.records.map((x) => x.title)).toEqual(['First', 'Last']);
    expect(r.problems).toEqual([
      expect.objectContaining({
        line: 6,
        dropped: true,
        reason: 'malformed BibTeX in @article{broken: no comma after field "author" (line 8) before field "year" (line 9); expected a , between them',
      }),
    ]);
  });
});
