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
