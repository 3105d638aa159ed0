import { describe, expect, it } from 'vitest';
import { describeSiteSize, GITHUB_PAGES_MAX_BYTES, hostingWarnings, summariseSiteSize } from '../../../src/lib/site/site-size';

const files = [
  { path: 'index.html', bytes: 30_000 },
  { path: 'papers/a/index.html', bytes: 29_000_000 },
  { path: 'papers/b/index.html', bytes: 1_000_000 },
  { path: 'concepts/x/index.html', bytes: 40_000_000 },
  { path: 'api/graph.gexf', bytes: 20_000_000 },
  { path: 'pagefind/pagefind.js', bytes: 32_000 },
  { path: '_astro/app.js', bytes: 5_000 },
];

describe('summariseSiteSize', () => {
  it('adds up the site by part, largest first, with everything outside the big folders as the rest', () => {
    const size = summariseSiteSize(files);
    expect(size.bytes).toBe(90_067_000);
    expect(size.files).toBe(7);
    expect(size.parts).toEqual([
      { label: 'concept pages', bytes: 40_000_000, files: 1 },
      { label: 'paper pages', bytes: 30_000_000, files: 2 },
      { label: 'open-data exports', bytes: 20_000_000, files: 1 },
      { label: 'the rest', bytes: 35_000, files: 2 },
      { label: 'search index', bytes: 32_000, files: 1 },
    ]);
  });

  it('does not count a folder that only starts like a part (papers-old/) as that part', () => {
    expect(summariseSiteSize([{ path: 'papers-old/index.html', bytes: 5 }]).parts).toEqual([{ label: 'the rest', bytes: 5, files: 1 }]);
  });
});

describe('describeSiteSize', () => {
  it('gives one line with the total, the file count and each part', () => {
    expect(describeSiteSize(summariseSiteSize(files))).toBe(
      'site: 90 MB in 7 files (concept pages 40 MB, paper pages 30 MB, open-data exports 20 MB, the rest 35 kB, search index 32 kB)',
    );
    expect(describeSiteSize(summariseSiteSize([{ path: 'index.html', bytes: 2_500_000 }]))).toBe('site: 2.5 MB in 1 files (the rest 2.5 MB)');
    expect(describeSiteSize(summariseSiteSize([]))).toBe('site: 0 kB in 0 files');
  });
});

describe('hostingWarnings', () => {
  it('is silent up to GitHub Pages\' 1 GB', () => {
    expect(hostingWarnings(summariseSiteSize([{ path: 'concepts/x/index.html', bytes: GITHUB_PAGES_MAX_BYTES }]))).toEqual([]);
  });

  it('warns over it, naming the largest part and the settings that shrink the site', () => {
    const warnings = hostingWarnings(summariseSiteSize([...files, { path: 'concepts/y/index.html', bytes: 950_000_000 }]));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('the site is 1040 MB, over the 1 GB that a site published on GitHub Pages may take');
    expect(warnings[0]).toContain('The largest part is the concept pages (990 MB).');
    expect(warnings[0]).toContain('minConceptPapers');
  });
});
