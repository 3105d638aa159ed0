import { describe, expect, it } from 'vitest';
import { detectFormat, ingestFile, isSupportedFile } from '../../../src/lib/ingest/index';
import { utf8 } from './fixture';

describe('isSupportedFile', () => {
  it('accepts the supported extensions, case-insensitively', () => {
    for (const f of ['a.txt', 'b.json', 'c.jsonl', 'd.ndjson', 'e.bib', 'f.atom', 'g.xml', 'h.csl.json', 'dir/I.BIB', 'readme-papers.json']) expect(isSupportedFile(f)).toBe(true);
  });
  it('ignores README, Markdown, hidden and other files', () => {
    for (const f of ['README.md', 'readme.txt', 'README', 'notes.md', '.hidden.json', 'x.pdf', 'x.json~', '.json']) expect(isSupportedFile(f)).toBe(false);
  });
});

describe('detectFormat', () => {
  it('trusts the content over a misleading extension', () => {
    expect(detectFormat('a.txt', '[{"title": "t"}]')).toBe('json');
    expect(detectFormat('a.xml', '<feed></feed>')).toBe('atom');
    expect(detectFormat('a.txt', 'Title\nAbstract')).toBe('listing');
    expect(detectFormat('a.bib', 'Title\nAbstract')).toBe('bibtex');
  });
});

describe('ingestFile', () => {
  it('reports an empty file and a binary file, each located, without throwing', () => {
    expect(ingestFile('e.json', new Uint8Array())).toMatchObject({ records: [], problems: [{ file: 'e.json', line: 1, severity: 'warning' }] });
    const bin = ingestFile('b.bib', new Uint8Array([0x40, 0, 1, 2]));
    expect(bin.records).toEqual([]);
    expect(bin.problems[0]).toMatchObject({ file: 'b.bib', line: 1, severity: 'error' });
  });

  it('passes the decoding warning through with the records of a Latin-1 file', () => {
    const bytes = new Uint8Array([...utf8('[{"title": "Caf'), 0xe9, ...utf8('", "abstract": "Cr'), 0xe8, ...utf8('me br'), 0xfb, ...utf8('l'), 0xe9, ...utf8('e"}]')]);
    const r = ingestFile('latin1.json', bytes);
    expect(r.records[0]).toMatchObject({ title: 'Café', abstract: 'Crème brûlée' });
    expect(r.problems).toEqual([expect.objectContaining({ file: 'latin1.json', line: 1, severity: 'warning' })]);
  });
});
