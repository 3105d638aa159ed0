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
});
