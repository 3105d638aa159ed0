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
    expect(() => resolveConfig({ flags: { conceptsPerPaper: 'abc' } })).toThrow(/conceptsPerPaper \(from --concepts-per-paper on the command line, given "abc"\)/);
    expect(() => resolveConfig({ env: { ATLAS_ON_ERROR: 'halt' } })).toThrow(/onError \(from the environment's ATLAS_ON_ERROR, given "halt"\)/);
    expect(() => resolveConfig({ file: { relatedPerPaper: 'ten' }, fileName: 'x/atlas.config.json' })).toThrow(/relatedPerPaper \(from x\/atlas\.config\.json, given "ten"\)/);
  });

  it('takes whole numbers only from the file, and decimal digits only from the environment and flags (probe 5)', () => {
    // Coerced once, these ran with 1, 7, 16 and 0 papers a page.
    for (const papersPerPage of [true, ['7'], '0x10', '12', null]) {
      expect(() => resolveConfig({ file: { papersPerPage }, fileName: 'x/atlas.config.json' })).toThrow(
        /papersPerPage \(from x\/atlas\.config\.json, given [^)]+\): expected a whole number from 1 to 100000/,
      );
    }
    expect(() => resolveConfig({ file: { conceptsPerPage: false } })).toThrow(/conceptsPerPage .*expected a whole number/);
    for (const value of ['0x10', '1e3', '7 papers', '2.5', '0']) {
      expect(() => resolveConfig({ env: { ATLAS_PAPERS_PER_PAGE: value } })).toThrow(
        new RegExp(`papersPerPage \\(from the environment's ATLAS_PAPERS_PER_PAGE, given "${value.replace('.', '\\.')}"\\): expected a whole number`),
      );
    }
    expect(() => resolveConfig({ flags: { relatedPerPaper: '0x10' } })).toThrow(/relatedPerPaper \(from --related on the command line, given "0x10"\)/);
    expect(() => resolveConfig({ flags: { relatedPerPaper: '' } })).toThrow(/relatedPerPaper .*given ""/);
    expect(resolveConfig({ env: { ATLAS_PAPERS_PER_PAGE: ' 40 ', ATLAS_CONCEPTS_PER_PAGE: '300' } })).toMatchObject({ papersPerPage: 40, conceptsPerPage: 300 });
    expect(resolveConfig({ flags: { relatedPerPaper: '0', conceptsPerPaper: 5 } })).toMatchObject({ relatedPerPaper: 0, conceptsPerPaper: 5 });
  });

  it('refuses an empty --input or --content-dir, which an unset shell variable gives (probe 13b)', () => {
    expect(() => resolveConfig({ flags: { input: ['a.bib', ''] } })).toThrow(/input\.1 \(from --input on the command line, given ""\): is empty \(an unset shell variable\?\)/);
    expect(() => resolveConfig({ flags: { contentDir: '' } })).toThrow(/contentDir \(from --content-dir on the command line, given ""\): is empty/);
  });
});

describe('siteUrl', () => {
  it('takes an http or https address only, naming the setting and where it came from (probe 3)', () => {
    for (const value of ['javascript:alert(1)', 'ftp://x.org', 'mailto:me@x.org', 'file:///srv/site']) {
      expect(() => resolveConfig({ env: { SITE_URL: value } })).toThrow(
        /siteUrl \(from the environment's SITE_URL, given "[^"]+"\): is a [a-z]+: URL: expected an http:\/\/ or https:\/\/ address/,
      );
    }
    // Parsed as a URL of the scheme `localhost:`, it reached Astro, which failed on a bare "Invalid URL".
    expect(() => resolveConfig({ env: { SITE_URL: 'localhost:4321' } })).toThrow(/SITE_URL, given "localhost:4321"\): has no http:\/\/ or https:\/\/ in front: .*\(http:\/\/localhost:4321\?\)/);
    expect(() => resolveConfig({ file: { siteUrl: 'example.org' }, fileName: 'c/atlas.config.json' })).toThrow(/siteUrl \(from c\/atlas\.config\.json, given "example\.org"\): has no .*\(https:\/\/example\.org\?\)/);
    expect(() => resolveConfig({ env: { SITE_URL: 'https://' } })).toThrow(/siteUrl .*: is not a URL: expected/);
    expect(() => resolveConfig({ env: { SITE_URL: 'https://x.org/?a=1' } })).toThrow(/has a query/);
    expect(resolveConfig({ env: { SITE_URL: 'https://owner.github.io' } }).siteUrl).toBe('https://owner.github.io');
    expect(resolveConfig({ env: { SITE_URL: 'http://localhost:8080/' } }).siteUrl).toBe('http://localhost:8080/');
  });

  it('refuses a path the base path does not match, saying to put it in BASE_PATH; takes one that does (probe 3)', () => {
    // Its path was dropped without a word: the canonical links pointed at https://example.org/.
    expect(() => resolveConfig({ env: { SITE_URL: 'https://example.org/prefix/' } })).toThrow(
      /siteUrl \(from the environment's SITE_URL, given "https:\/\/example\.org\/prefix\/"\): has a path \(\/prefix\/\).*SITE_URL=https:\/\/example\.org and BASE_PATH=\/prefix\//,
    );
    expect(() => resolveConfig({ env: { SITE_URL: 'https://owner.github.io/repo', BASE_PATH: '/other/' } })).toThrow(/BASE_PATH=\/repo\//);
    // configure-pages' base_url beside its base_path: the same path twice, so nothing is lost.
    expect(resolveConfig({ env: { SITE_URL: 'https://owner.github.io/repo', BASE_PATH: '/repo' } })).toMatchObject({ siteUrl: 'https://owner.github.io', basePath: '/repo/' });
  });
});

describe('basePath', () => {
  it('refuses a URL, pointing to SITE_URL (probe 4)', () => {
    // Made into /https://example.org/lab/, it failed the build on "Missing parameter: id".
    expect(() => resolveConfig({ env: { BASE_PATH: 'https://example.org/lab' } })).toThrow(
      /basePath \(from the environment's BASE_PATH, given "https:\/\/example\.org\/lab"\): is a URL, not a path: .*SITE_URL=https:\/\/example\.org and BASE_PATH=\/lab\//,
    );
    expect(() => resolveConfig({ file: { basePath: 'C:/Program Files/Git/repo/' } })).toThrow(/basePath .*is a Windows path.*MSYS_NO_PATHCONV/);
  });

  it('refuses . and .. segments and characters a path cannot carry (probe 4)', () => {
    for (const value of ['../x', '/a/../b/', './', '/a/./b']) {
      expect(() => resolveConfig({ env: { BASE_PATH: value } })).toThrow(/basePath .*has a \. or \.\. segment/);
    }
    for (const value of ['/my repo/', '/a?b/', '/a#b', '/x%20y/', '\\repo\\', '/<script>/']) {
      expect(() => resolveConfig({ env: { BASE_PATH: value } })).toThrow(/basePath .*has characters a path cannot carry as they are/);
    }
  });

  it('takes a plain path, with or without its slashes', () => {
    for (const [value, expected] of [['repo', '/repo/'], ['/paper-atlas/', '/paper-atlas/'], ['/lab/v1.2_x~y/', '/lab/v1.2_x~y/'], ['//a//b//', '/a/b/'], ['/', '/'], ['  ', '/']]) {
      expect(resolveConfig({ env: { BASE_PATH: value } }).basePath).toBe(expected);
    }
  });
});
