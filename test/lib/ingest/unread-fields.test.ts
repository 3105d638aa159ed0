import { describe, expect, it } from 'vitest';
import { UnreadFields } from '../../../src/lib/ingest/unread-fields';
import { parseJsonDocument, parseJsonLines } from '../../../src/lib/ingest/json';

const FIELDS = ['title', 'abstract', 'authors', 'year', 'venue', 'keywords', 'pmid', 'issue'];

describe('UnreadFields', () => {
  it("names another tool's name for a read field, with its record count and first line", () => {
    const unread = new UnreadFields(FIELDS);
    unread.note({ title: 'A', abstract: 'x', keyphrases: ['a'] }, 2);
    unread.note({ title: 'B', abstract: 'y', keyphrases: ['b'], publication_year: 2020 }, 3);
    expect(unread.problem('lab.jsonl')).toEqual({
      file: 'lab.jsonl',
      line: 2,
      severity: 'warning',
      reason: 'fields not read: "keyphrases" (2 records; the field read is "keywords"), "publication_year" (1 record; the field read is "year"); rename them in the input to use their values',
    });
  });

  it('names a typo of a read field', () => {
    const unread = new UnreadFields(FIELDS);
    unread.note({ title: 'A', abstarct: 'x' }, 7);
    expect(unread.problem('a.json')?.reason).toBe('field not read: "abstarct" (1 record; the field read is "abstract"); rename it in the input to use its values');
  });

  it("leaves an export's own fields alone, and a look-alike where the record has the read field too", () => {
    const unread = new UnreadFields(FIELDS);
    unread.note({ title: 'A', abstract: 'x', citationCount: 3, paperId: 'p1', pmcid: 'PMC1', issn: '1234-5678' }, 1);
    unread.note({ title: 'B', abstract: 'y', keywords: ['k'], tags: ['to read'] }, 2);
    unread.note('not an object', 3);
    expect(unread.problem('a.json')).toBeUndefined();
  });
});

describe('unread fields in JSON input', () => {
  it('JSON Lines from a keyphrase dataset: one warning for the file, the papers kept', () => {
    const text = ['{"id": "1", "title": "A", "abstract": "First abstract.", "keyphrases": ["a"]}', '{"id": "2", "title": "B", "abstract": "Second abstract.", "keyphrases": ["b"]}'].join('\n');
    const r = parseJsonLines('inspec.jsonl', text);
    expect(r.records).toHaveLength(2);
    expect(r.problems).toEqual([
      { file: 'inspec.jsonl', line: 1, severity: 'warning', reason: expect.stringContaining('"keyphrases" (2 records; the field read is "keywords")') },
    ]);
  });

  it('a JSON array with "author" for "authors"', () => {
    const r = parseJsonDocument('lab.json', '[\n  {"title": "A", "abstract": "An abstract.", "author": "Ada Lovelace"}\n]');
    expect(r.records).toHaveLength(1);
    expect(r.problems.map((p) => [p.line, p.reason])).toEqual([[2, expect.stringContaining('"author" (1 record; the field read is "authors")')]]);
  });

  it('CSL-JSON is read by its own names, so no warning for them', () => {
    const r = parseJsonDocument('zotero.json', JSON.stringify([{ type: 'article-journal', title: 'A', abstract: 'An abstract.', author: [{ family: 'Lovelace', given: 'Ada' }], 'container-title': 'J' }]));
    expect(r.csl).toBe(true);
    expect(r.problems).toEqual([]);
  });
});
