/**
 * Pruning a kept output folder: what the build did not produce goes, and every folder left empty (also one
 * whose page Astro's own prune removed); pages Astro kept, public files, post-build outputs, the search index's folders and files written during the
 * build stay.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { prepareStagedSite, pruneOutDir, putStagedSiteInPlace } from '../../../scripts/lib/out-dir';
import { listFiles } from '../../../scripts/lib/file-tree';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function write(root: string, files: Record<string, string>, mtime?: Date): void {
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    if (mtime) utimesSync(full, mtime, mtime);
  }
}

describe('pruneOutDir', () => {
  it('removes only what this build did not produce, and the folders that leaves empty', () => {
    const work = mkdtempSync(join(tmpdir(), 'atlas-prune-'));
    dirs.push(work);
    const [out, cache, pub] = [join(work, 'dist'), join(work, 'cache'), join(work, 'public')];
    const old = new Date('2026-01-01T00:00:00Z');
    write(out, {
      'papers/kept/index.html': 'kept page',
      'papers/removed-paper/index.html': 'stale page',
      'concepts/gone/deep/file.txt': 'stale',
      '_astro/old.abc.js': 'stale asset',
      'favicon.svg': 'public copy',
      'api/papers.json': '{}',
      'sw.js': 'the service-worker step writes it again after the prune',
      '.git/HEAD': 'dot entries are never touched',
      'pagefind/pagefind-entry.json': 'the search step owns its folders',
      'pagefind.old-123/fragment/x.pf_fragment': 'and removes this one itself',
    }, old);
    write(pub, { 'favicon.svg': 'public' });
    write(cache, {
      'incremental-build.json': JSON.stringify({ routes: { 'src/pages/papers/[slug].astro': { paths: { '/papers/kept/': { outputFile: 'papers/kept/index.html' } } } } }),
      'atlas-open-data.json': JSON.stringify({ key: 'k', outputs: [{ path: 'api/papers.json', size: 2, mtimeMs: old.getTime() }] }),
    });
    const since = new Date('2026-01-02T00:00:00Z').getTime();
    write(out, { 'index.html': 'written by this build', '_astro/new.def.js': 'new asset' });
    // Astro's incremental prune deleted this removed page's index.html itself, and left its folder.
    mkdirSync(join(out, 'papers/pruned-by-astro'), { recursive: true });
    mkdirSync(join(out, 'concepts/pruned-by-astro'), { recursive: true });

    expect(pruneOutDir(out, cache, pub, { since }).sort()).toEqual(['_astro/old.abc.js', 'concepts/gone/deep/file.txt', 'papers/removed-paper/index.html']);
    expect(listFiles(out)).toEqual([
      '.git/HEAD',
      '_astro/new.def.js',
      'api/papers.json',
      'favicon.svg',
      'index.html',
      'pagefind.old-123/fragment/x.pf_fragment',
      'pagefind/pagefind-entry.json',
      'papers/kept/index.html',
      'sw.js',
    ]);
    expect(existsSync(join(out, 'papers/removed-paper'))).toBe(false);
    expect(existsSync(join(out, 'papers/pruned-by-astro'))).toBe(false);
    expect(existsSync(join(out, 'concepts'))).toBe(false);
    expect(existsSync(join(out, '_astro'))).toBe(true);
  });
});

describe('a site staged beside the last one', () => {
  const workDir = () => {
    const work = mkdtempSync(join(tmpdir(), 'atlas-staged-'));
    dirs.push(work);
    return work;
  };

  it('replaces the last site only when put in place, leaving nothing beside it', () => {
    const work = workDir();
    const out = join(work, 'dist');
    write(out, { 'index.html': 'last site' });
    const staged = prepareStagedSite(out);
    write(staged, { 'index.html': 'new site', 'papers/a/index.html': 'a' });
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('last site');
    putStagedSiteInPlace(staged, out);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new site');
    expect(readdirSync(work)).toEqual(['dist']);
  });

  it('puts a first site in place where there was none', () => {
    const work = workDir();
    const out = join(work, 'site');
    const staged = prepareStagedSite(out);
    write(staged, { 'index.html': 'first' });
    putStagedSiteInPlace(staged, out);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('first');
  });

  it('clears what a stopped build left: its staged site, and an old site deleted half-way', () => {
    const work = workDir();
    const out = join(work, 'dist');
    write(out, { 'index.html': 'last site' });
    write(join(work, 'dist.next'), { 'index.html': 'half a site' });
    write(join(work, 'dist.old-123'), { 'index.html': 'older site' });
    write(join(work, 'dist.other'), { 'keep.txt': 'not ours' });
    const staged = prepareStagedSite(out);
    expect(existsSync(staged)).toBe(false);
    expect(readdirSync(work).sort()).toEqual(['dist', 'dist.other']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('last site');
  });

  it('restores the last site when a build stopped between the two renames', () => {
    const work = workDir();
    const out = join(work, 'dist');
    write(join(work, 'dist.old-123'), { 'index.html': 'last site' });
    write(join(work, 'dist.next'), { 'index.html': 'new site, never put in place' });
    prepareStagedSite(out);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('last site');
    expect(readdirSync(work)).toEqual(['dist']);
  });
});
