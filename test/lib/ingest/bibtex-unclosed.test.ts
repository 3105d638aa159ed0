import { describe, expect, it } from 'vitest';
import { parseBibtex } from '../../../src/lib/ingest/bibtex';
import { unclosedField } from '../../../src/lib/ingest/bibtex-unclosed';

const good = (key: string) => `@article{${key},\n  title = {A good entry},\n  abstract = {Fine text.}\n}\n`;
const broken = `@inproceedings{broken,\n  author = {Doe, Jane},\n  title = {A broken entry with {nested} braces,\n  abstract = {This abstract is fine.}\n}\n`;

describe('unclosedField', () => {
  it('finds the field whose braces stay open up to the next field', () => {
    const found = unclosedField(broken);
    expect(found?.field).toBe('title');
    expect(broken.slice(found!.offset).startsWith('title =')).toBe(true);
  });

  it('finds nothing in a well-formed entry, escaped braces and nested groups included', () => {
    expect(unclosedField('@article{ok,\n  title = {Sets \\{x\\} and {DNA} strands},\n  abstract = {Fine.}\n}')).toBeUndefined();
  });

  it('counts the entry end as a close only for its own brace', () => {
    expect(unclosedField('@article{last,\n  title = {Fine},\n  abstract = {Cut off here\n}')?.field).toBe('abstract');
  });
});

describe('a BibTeX entry with a brace left open', () => {
  it('is reported by its field and the line that opens it, in the middle of a file and at its end', () => {
    const middle = parseBibtex('mine.bib', `${good('good1')}\n${broken}\n${good('good2')}`);
    expect(middle.records.map((r) => r.title)).toEqual(['A good entry', 'A good entry']);
    expect(middle.problems).toEqual([
      expect.objectContaining({ line: 6, dropped: true, reason: expect.stringContaining('the { that opens field "title" (line 8) is not closed') }),
    ]);
    const end = parseBibtex('mine.bib', `${good('good1')}\n${broken}`);
    expect(end.problems).toEqual([expect.objectContaining({ line: 6, reason: expect.stringContaining('field "title" (line 8)') })]);
  });
});

describe('a BibTeX file cut off inside its last entry (review 44 finding 3)', () => {
  it('is reported as a file that ends inside the field, not as a brace open before a next field', () => {
    const cut = parseBibtex('mine.bib', `${good('good1')}\n@article{last,\n  title = {The last entry},\n  abstract = {An abstract the export cut off in the mid`);
    expect(cut.records.map((r) => r.title)).toEqual(['A good entry']);
    expect(cut.problems).toEqual([
      expect.objectContaining({
        line: 6,
        dropped: true,
        reason: 'malformed BibTeX in @article{last: the file ends inside field "abstract" (line 8), whose { is never closed: it looks cut off; expected the rest of the entry, a matching } and the entry\'s closing }',
      }),
    ]);
  });

  it("says the entry's own } is missing where its last value closes on the line of its text (user probe 54)", () => {
    const open = `@article{a2,\n  title = {Cell simulation},\n  abstract = {We build cell models at every scale}\n\n\n`;
    const middle = parseBibtex('mine.bib', `${good('good1')}\n${open}${good('good2')}`);
    expect(middle.records.map((r) => r.title)).toEqual(['A good entry', 'A good entry']);
    expect(middle.problems).toEqual([
      expect.objectContaining({
        line: 6,
        dropped: true,
        reason: 'malformed BibTeX in @article{a2: the entry is not closed: no } after its last field, "abstract" (line 8), before the next entry; expected the entry\'s closing }',
      }),
    ]);
    const end = parseBibtex('mine.bib', `${good('good1')}\n${open}`);
    expect(end.problems[0]!.reason).toContain('no } after its last field, "abstract" (line 8), before the end of the file');
    // A } alone on the line after the text closes the entry: the value's is the one missing.
    const valueOpen = parseBibtex('mine.bib', `${good('good1')}\n@article{a3,\n  abstract = {Text without its brace\n}\n${good('good2')}`);
    expect(valueOpen.problems[0]!.reason).toContain('the { that opens field "abstract" (line 7) is not closed before the entry ends');
  });

  it('still names the next field when one follows the open brace in the last entry', () => {
    const end = parseBibtex('mine.bib', `${good('good1')}\n${broken}`);
    expect(end.problems[0]!.reason).toContain('is not closed before the next field');
  });
});
