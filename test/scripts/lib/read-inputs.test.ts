import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { displayPath, listInputFiles } from '../../../scripts/lib/read-inputs';

describe('displayPath', () => {
  it('is relative to the project for files inside it', () => {
    expect(displayPath('/home/u/repo/content/sources/a.bib', undefined, '/home/u/repo')).toBe('content/sources/a.bib');
    expect(displayPath('/home/u/repo/content/sources/a.bib', '/home/u/repo/content', '/home/u/repo')).toBe('content/sources/a.bib');
  });

  it('is relative to the folder holding a content folder kept elsewhere, so committed files are the same on every machine', () => {
    expect(displayPath('/home/ann/atlas/sources/a.bib', '/home/ann/atlas', '/home/ann/paper-atlas')).toBe('atlas/sources/a.bib');
    expect(displayPath('/Users/bo/atlas/sources/a.bib', '/Users/bo/atlas', '/Users/bo/code/paper-atlas')).toBe('atlas/sources/a.bib');
  });

  it('keeps the absolute path of a file outside the project and the content folder', () => {
    expect(displayPath('/data/export.bib', '/home/ann/atlas', '/home/ann/paper-atlas')).toBe('/data/export.bib');
    // Beside the content folder is not in it.
    expect(displayPath('/home/ann/export.bib', '/home/ann/atlas', '/home/ann/paper-atlas')).toBe('/home/ann/export.bib');
  });
});

describe('listInputFiles', () => {
  it("counts a reference manager's attachment folder in one warning, and still names a lone unread file", () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-read-inputs-'));
    try {
      writeFileSync(join(dir, 'My Library.bib'), '@article{a, title = {T}, abstract = {A}}\n');
      writeFileSync(join(dir, 'refs.enw'), '%0 Journal Article\n%T Graph attention networks\n');
      for (let k = 1; k <= 40; k++) {
        mkdirSync(join(dir, 'files', String(k)), { recursive: true });
        writeFileSync(join(dir, 'files', String(k), `Paper ${k}.pdf`), '%PDF-1.7\n');
        writeFileSync(join(dir, 'files', String(k), 'Snapshot.html'), '<html></html>\n');
      }
      const found = listInputFiles([dir]);
      expect(found.files).toEqual([join(dir, 'My Library.bib')]);
      expect(found.skipped.map((w) => [w.file, w.reason])).toEqual([
        [join(dir, 'files'), expect.stringMatching(/^40 HTML and 40 PDF files in this folder not read \(e\.g\. .*\/files\/1\/Paper 1\.pdf\); skipped — /)],
        [join(dir, 'refs.enw'), expect.stringMatching(/^not a format Paper Atlas reads \(EndNote tagged\)/)],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
