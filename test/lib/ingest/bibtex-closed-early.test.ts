import { describe, expect, it } from 'vitest';
import { parseBibtex } from '../../../src/lib/ingest/bibtex';
import { closedEarly } from '../../../src/lib/ingest/bibtex-closed-early';

const entry = (key: string, title: string) => `@article{${key},\n  title = {${title}},\n  abstract = {Fine text.}\n}\n`;

describe('closedEarly', () => {
  it('finds a braced value followed by text that is no field', () => {
    const text = '@article{x,\n  title = {Recharge},\n  abstract = {Groundwater recharge} under irrigated fields is uncertain.}\n}';
    const found = closedEarly(text);
    expect(found).toMatchObject({ field: 'abstract', after: 'under irrigated fields is uncertain.}' });
    expect(text.slice(found!.offset).startsWith('abstract =')).toBe(true);
    expect(text[found!.closeOffset]).toBe('}');
  });

  it('finds nothing where a value is followed by a comma, the entry\'s end, a # or the next field', () => {
    expect(closedEarly('@article{x,\n  title = {A {B} c},\n  year = {2002}\n}')).toBeUndefined();
    expect(closedEarly('@article{x,\n  title = {A} # " b",\n  year = 2002\n}')).toBeUndefined();
    expect(closedEarly('@article{x,\n  author = {Doe, John}\n  year = {2002}\n}')).toBeUndefined();
  });
});

describe('a BibTeX value closed early by a } too many', () => {
  it('is reported at the entry by its field, the } and the text left in no field, the entries around it read', () => {
    const bib = `${entry('good1', 'First')}\n@article{extra,\n  title = {Recharge},\n  abstract = {Groundwater recharge} under irrigated fields is uncertain.}\n}\n\n${entry('good2', 'Last')}`;
    const r = parseBibtex('mine.bib', bib);
    expect(r.records.map((x) => x.title)).toEqual(['First', 'Last']);
    expect(r.problems).toEqual([
      {
        file: 'mine.bib',
        line: 6,
        severity: 'error',
        dropped: true,
        reason:
          'malformed BibTeX in @article{extra: field "abstract" (line 8) ends at a } on line 8, and the text after it, "under irrigated fields is uncertain.}", is in no field; expected a , or the entry\'s closing } there (a } too many in the value, or a { missing)',
      },
    ]);
  });
});
