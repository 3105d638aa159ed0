import { describe, expect, it } from 'vitest';
import { classifyFolderFile, skippedFileWarnings } from '../../../src/lib/ingest/folder-files';

describe('classifyFolderFile', () => {
  it('reads the supported extensions', () => {
    for (const f of ['papers.bib', 'zotero.csl.json', 'lines.jsonl', 'feed.atom', 'listing.txt']) expect(classifyFolderFile(f)).toEqual({ kind: 'input' });
  });

  it('passes over hidden files, system files and the folder\'s own README or licence without a word', () => {
    // `~$reading list.xlsx`: the owner file Excel keeps beside a workbook while it is open.
    for (const f of ['sources/.DS_Store', '.gitkeep', '.~lock.refs.bib#', '~$reading list.xlsx', 'sources/~$scopus.xlsx', 'Thumbs.db', 'desktop.ini', 'README', 'README.md', 'readme.txt', 'LICENSE', 'LICENCE.txt', 'COPYING']) {
      expect(classifyFolderFile(f), f).toEqual({ kind: 'ignored' });
    }
  });

  it('skips any other file with a reason that names its format where the extension says it', () => {
    expect(classifyFolderFile('sources/library.enw')).toEqual({
      kind: 'skipped',
      reason: 'not a format Paper Atlas reads (EndNote tagged); skipped — export BibTeX, RIS or CSL-JSON from your reference manager instead',
    });
    expect(classifyFolderFile('savedrecs.ciw')).toEqual({ kind: 'input' });
    expect(classifyFolderFile('sources/scopus.ris')).toEqual({ kind: 'input' });
    expect(classifyFolderFile('sources/pubmed-covid19-set.nbib')).toEqual({ kind: 'input' });
    expect(classifyFolderFile('paper.pdf')).toEqual({
      kind: 'skipped',
      reason: 'not a format Paper Atlas reads (PDF); skipped — it reads .bib, .ris, .nbib, .ciw, .csv, .tsv, .xlsx, .json, .jsonl, .ndjson, .atom, .xml and .txt (see README: file formats)',
    });
    expect(classifyFolderFile('notes.DOCX')).toMatchObject({ reason: expect.stringMatching(/^not a format Paper Atlas reads \(Word\); skipped/) });
    expect(classifyFolderFile('notes.md')).toMatchObject({ reason: expect.stringMatching(/\(Markdown\)/) });
    // An Excel workbook is read; the spreadsheets that are not are named with the advice to save them as one that is.
    expect(classifyFolderFile('reading list.xlsx')).toEqual({ kind: 'input' });
    expect(classifyFolderFile('Scopus export.XLSX')).toEqual({ kind: 'input' });
    expect(classifyFolderFile('savedrecs.xls')).toEqual({
      kind: 'skipped',
      reason: 'not a format Paper Atlas reads (Excel 97–2003); skipped — save the sheet as Excel (.xlsx) or CSV (a "title" and an "abstract" column at least), which it reads',
    });
    expect(classifyFolderFile('papers.ods')).toMatchObject({ kind: 'skipped', reason: expect.stringMatching(/^not a format Paper Atlas reads \(OpenDocument spreadsheet\); skipped — save the sheet as Excel \(\.xlsx\) or CSV/) });
    expect(classifyFolderFile('papers.numbers')).toMatchObject({ kind: 'skipped', reason: expect.stringMatching(/^not a format Paper Atlas reads \(Numbers\); skipped — save the sheet as Excel \(\.xlsx\) or CSV/) });
    // The extension is the user's text: one that is a property of every object names no format.
    expect(classifyFolderFile('notes.constructor')).toMatchObject({ reason: expect.stringMatching(/^not a format Paper Atlas reads; skipped/) });
    // An unknown or missing extension names no format rather than guessing one.
    expect(classifyFolderFile('refs.bib~')).toMatchObject({ kind: 'skipped', reason: expect.stringMatching(/^not a format Paper Atlas reads; skipped — it reads/) });
    expect(classifyFolderFile('Makefile')).toMatchObject({ kind: 'skipped', reason: expect.stringMatching(/^not a format Paper Atlas reads; skipped/) });
  });
});

describe('skippedFileWarnings', () => {
  it("counts a folder's many unread files in one warning with an example, and names one or two one by one", () => {
    // Zotero's "Export Files": the attachments of records read from My Library.bib, beside it.
    const attachments = Array.from({ length: 300 }, (_, k) => [
      { file: `content/sources/files/${k + 1}/Paper ${k + 1}.pdf`, folder: 'content/sources/files' },
      { file: `content/sources/files/${k + 1}/Snapshot.html`, folder: 'content/sources/files' },
    ]).flat();
    const warnings = skippedFileWarnings([
      { file: 'content/sources/refs.enw', folder: 'content/sources' },
      ...attachments,
      { file: 'content/sources/paper.pdf', folder: 'content/sources' },
      { file: 'content/sources/notes/todo.docx', folder: 'content/sources/notes' },
    ]);
    expect(warnings).toEqual([
      {
        file: 'content/sources/files',
        line: 1,
        severity: 'warning',
        reason:
          '300 HTML and 300 PDF files in this folder not read (e.g. content/sources/files/1/Paper 1.pdf); skipped — attachments and documents are not read, only the records of an export: it reads .bib, .ris, .nbib, .ciw, .csv, .tsv, .xlsx, .json, .jsonl, .ndjson, .atom, .xml and .txt (see README: file formats)',
      },
      { file: 'content/sources/notes/todo.docx', line: 1, severity: 'warning', reason: expect.stringMatching(/^not a format Paper Atlas reads \(Word\); skipped/) },
      { file: 'content/sources/paper.pdf', line: 1, severity: 'warning', reason: expect.stringMatching(/^not a format Paper Atlas reads \(PDF\); skipped/) },
      { file: 'content/sources/refs.enw', line: 1, severity: 'warning', reason: expect.stringMatching(/^not a format Paper Atlas reads \(EndNote tagged\); skipped — export BibTeX/) },
    ]);
  });

  it('keeps the advice to export BibTeX, RIS or CSL-JSON when the files counted include reference exports, and counts unnamed formats last', () => {
    const files = ['a.enw', 'b.enw', 'c.pdf', 'Makefile'].map((f) => ({ file: `exports/${f}`, folder: 'exports' }));
    expect(skippedFileWarnings(files)).toEqual([
      { file: 'exports', line: 1, severity: 'warning', reason: '2 EndNote tagged, 1 PDF and 1 other files in this folder not read (e.g. exports/Makefile); skipped — export BibTeX, RIS or CSL-JSON from your reference manager instead' },
    ]);
  });
});
