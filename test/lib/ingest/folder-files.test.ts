import { describe, expect, it } from 'vitest';
import { classifyFolderFile } from '../../../src/lib/ingest/folder-files';

describe('classifyFolderFile', () => {
  it('reads the supported extensions', () => {
    for (const f of ['papers.bib', 'zotero.csl.json', 'lines.jsonl', 'feed.atom', 'listing.txt']) expect(classifyFolderFile(f)).toEqual({ kind: 'input' });
  });

  it('passes over hidden files, system files and the folder\'s own README or licence without a word', () => {
    for (const f of ['sources/.DS_Store', '.gitkeep', '.~lock.refs.bib#', 'Thumbs.db', 'desktop.ini', 'README', 'README.md', 'readme.txt', 'LICENSE', 'LICENCE.txt', 'COPYING']) {
      expect(classifyFolderFile(f), f).toEqual({ kind: 'ignored' });
    }
  });

  it('skips any other file with a reason that names its format where the extension says it', () => {
    expect(classifyFolderFile('sources/refs.ris')).toEqual({
      kind: 'skipped',
      reason: 'not a format Paper Atlas reads (RIS); skipped — export BibTeX or CSL-JSON from your reference manager instead',
    });
    expect(classifyFolderFile('My Library.enw')).toMatchObject({ reason: expect.stringMatching(/\(EndNote tagged\); skipped — export BibTeX or CSL-JSON/) });
    expect(classifyFolderFile('paper.pdf')).toEqual({
      kind: 'skipped',
      reason: 'not a format Paper Atlas reads (PDF); skipped — it reads .bib, .json, .jsonl, .ndjson, .atom, .xml and .txt (see README: file formats)',
    });
    expect(classifyFolderFile('notes.DOCX')).toMatchObject({ reason: expect.stringMatching(/^not a format Paper Atlas reads \(Word\); skipped/) });
    expect(classifyFolderFile('notes.md')).toMatchObject({ reason: expect.stringMatching(/\(Markdown\)/) });
    // An unknown or missing extension names no format rather than guessing one.
    expect(classifyFolderFile('refs.bib~')).toMatchObject({ kind: 'skipped', reason: expect.stringMatching(/^not a format Paper Atlas reads; skipped — it reads/) });
    expect(classifyFolderFile('Makefile')).toMatchObject({ kind: 'skipped', reason: expect.stringMatching(/^not a format Paper Atlas reads; skipped/) });
  });
});
