import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../../src/lib/config/resolve';

describe('resolveConfig', () => {
  it('lists 500 papers and 2,000 concepts a page unless told otherwise', () => {
    expect(resolveConfig({}).papersPerPage).toBe(500);
    expect(resolveConfig({}).conceptsPerPage).toBe(2000);
    expect(resolveConfig({ env: { ATLAS_CONCEPTS_PER_PAGE: '60' } }).conceptsPerPage).toBe(60);
  });

  it('takes the papers per page from the file, and from the environment as text over the file', () => {
    expect(resolveConfig({ file: { papersPerPage: 120 } }).papersPerPage).toBe(120);
    expect(resolveConfig({ file: { papersPerPage: 120 }, env: { ATLAS_PAPERS_PER_PAGE: '50' } }).papersPerPage).toBe(50);
  });

  it('names the setting and the source when the papers per page is not a positive whole number', () => {
    for (const value of ['0', 'many', '2.5']) {
      expect(() => resolveConfig({ env: { ATLAS_PAPERS_PER_PAGE: value } })).toThrow(/papersPerPage/);
    }
    expect(() => resolveConfig({ file: { papersPerPage: -3 }, fileName: 'my/atlas.config.json' })).toThrow(/my\/atlas\.config\.json[\s\S]*papersPerPage/);
  });

  it('rejects a setting the file misspells, naming the file and the setting it most likely meant (review 20 M5)', () => {
    expect(() => resolveConfig({ file: { conceptPerPaper: 5 }, fileName: 'lab/atlas.config.json' })).toThrow(
      /lab\/atlas\.config\.json: unknown settings:\n {2}- "conceptPerPaper": no such setting \(did you mean "conceptsPerPaper"\?\)/,
    );
    expect(() => resolveConfig({ file: { theme: 'dark' } })).toThrow(/"theme": no such setting\n/);
  });

  it('refuses "contentDir" in the file, which is read from inside the content folder and cannot move it', () => {
    expect(() => resolveConfig({ file: { contentDir: 'elsewhere' }, fileName: 'content/atlas.config.json' })).toThrow(
      /content\/atlas\.config\.json: "contentDir" cannot be set here.*ATLAS_CONTENT_DIR.*--content-dir/,
    );
    expect(resolveConfig({ env: { ATLAS_CONTENT_DIR: 'elsewhere' } }).contentDir).toBe('elsewhere');
    // Nor is it offered for a misspelt setting, or listed among those the file may set.
    expect(() => resolveConfig({ file: { contentDr: 'x' } })).toThrow(/"contentDr": no such setting\n/);
    expect(() => resolveConfig({ file: { contentDr: 'x' } })).not.toThrow(/contentDir/);
    expect(resolveConfig({ flags: { contentDir: 'there' } }).contentDir).toBe('there');
  });

  it('says where a bad value came from: the file, the environment or the command line (review 20 L5)', () => {
    expect(() => resolveConfig({ flags: { conceptsPerPaper: Number('abc') } })).toThrow(/conceptsPerPaper \(from the command line\)/);
    expect(() => resolveConfig({ env: { ATLAS_ON_ERROR: 'halt' } })).toThrow(/onError \(from the environment's ATLAS_ON_ERROR\)/);
    expect(() => resolveConfig({ file: { relatedPerPaper: 'ten' }, fileName: 'x/atlas.config.json' })).toThrow(/relatedPerPaper \(from x\/atlas\.config\.json\)/);
  });
});
