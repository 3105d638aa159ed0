import { describe, expect, it } from 'vitest';
import { canKeepOutDir, describeRemoved, emptiedFolders, manifestOutputs, staleOutputs } from '../../../src/lib/cache/out-dir';

describe('canKeepOutDir', () => {
  const stamp = { outDir: '/site/dist', indexMtimeMs: 1000.5, indexSize: 2048 };
  it('keeps the folder only as the last build with this cache left it', () => {
    expect(canKeepOutDir(stamp, '/site/dist', { mtimeMs: 1000.5, size: 2048 })).toBe(true);
    // Another build (other cache, plain `astro build`) rewrote index.html in between.
    expect(canKeepOutDir(stamp, '/site/dist', { mtimeMs: 2000, size: 2048 })).toBe(false);
    expect(canKeepOutDir(stamp, '/site/dist', { mtimeMs: 1000.5, size: 2049 })).toBe(false);
    expect(canKeepOutDir(stamp, '/other/dist', { mtimeMs: 1000.5, size: 2048 })).toBe(false);
    expect(canKeepOutDir(stamp, '/site/dist', undefined)).toBe(false);
    expect(canKeepOutDir(undefined, '/site/dist', { mtimeMs: 1000.5, size: 2048 })).toBe(false);
    expect(canKeepOutDir('garbage', '/site/dist', { mtimeMs: 1000.5, size: 2048 })).toBe(false);
  });
});

describe('manifestOutputs', () => {
  it('lists the output files of every keyed page, and tolerates a damaged manifest', () => {
    const manifest = {
      version: 1,
      routes: {
        'src/pages/papers/[slug].astro': { dependencyHash: 'x', paths: { '/papers/a/': { cacheKey: 'k', outputFile: 'papers/a/index.html' } } },
        'src/pages/concepts/[id].astro': { paths: { '/concepts/b/': { cacheKey: 'k', outputFile: 'concepts/b/index.html' }, bad: null } },
      },
    };
    expect([...manifestOutputs(manifest)].sort()).toEqual(['concepts/b/index.html', 'papers/a/index.html']);
    expect(manifestOutputs(null).size).toBe(0);
    expect(manifestOutputs({ routes: 'x' }).size).toBe(0);
  });
});

describe('staleOutputs', () => {
  it('removes old files the build did not produce, never kept pages, public files or fresh output', () => {
    const files = [
      { path: 'papers/a/index.html', mtimeMs: 10 }, // kept by the incremental build
      { path: 'papers/removed/index.html', mtimeMs: 10 }, // its paper is gone
      { path: '_astro/old.abc123.css', mtimeMs: 10 }, // replaced by a new hash
      { path: '_astro/new.def456.css', mtimeMs: 100 },
      { path: 'index.html', mtimeMs: 100 },
      { path: 'favicon.svg', mtimeMs: 10 },
      { path: '.git/HEAD', mtimeMs: 1 },
    ];
    expect(staleOutputs(files, 50, new Set(['papers/a/index.html']), new Set(['favicon.svg']))).toEqual([
      'papers/removed/index.html',
      '_astro/old.abc123.css',
    ]);
  });
});

describe('emptiedFolders', () => {
  it('lists the folders left empty, those the prune emptied and those Astro emptied, deepest first', () => {
    const folders = new Map([
      ['', 5],
      ['papers', 3],
      ['papers/kept', 1],
      ['papers/removed', 1], // its stale index.html goes now
      ['papers/pruned-by-astro', 0], // Astro's incremental prune deleted its index.html
      ['concepts', 1],
      ['concepts/gone', 1],
      ['concepts/gone/deep', 1],
      ['.git', 0],
      ['.git/refs', 0],
    ]);
    expect(emptiedFolders(folders, ['papers/removed/index.html', 'concepts/gone/deep/file.txt'])).toEqual([
      'concepts/gone/deep',
      'concepts/gone',
      'papers/pruned-by-astro',
      'papers/removed',
      'concepts',
    ]);
  });

  it('keeps a folder that still holds anything, and never lists the root', () => {
    expect(emptiedFolders(new Map([['', 1], ['papers', 2], ['papers/a', 0], ['papers/b', 1]]), [])).toEqual(['papers/a']);
    expect(emptiedFolders(new Map([['', 1], ['index.html-only', 0]]), [])).toEqual(['index.html-only']);
    expect(emptiedFolders(new Map([['', 1]]), ['index.html'])).toEqual([]);
  });
});

describe('describeRemoved', () => {
  it('names the files the prune removed, a few of them, then how many more', () => {
    expect(describeRemoved([])).toBe('nothing stale to remove');
    expect(describeRemoved(['papers/old-title/index.html'])).toBe('1 file this build did not produce removed: papers/old-title/index.html');
    expect(describeRemoved(['_astro/b.js', 'sitemap-0.xml', '_astro/a.js', 'papers/x/index.html', 'papers/y/index.html'])).toBe(
      '5 files this build did not produce removed: _astro/a.js, _astro/b.js, papers/x/index.html and 2 more',
    );
  });
});
