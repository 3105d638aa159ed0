/**
 * Pruning a kept output folder: what the build did not produce goes (and the folders it leaves empty),
 * pages Astro kept, public files, post-build outputs, the search index's folders and files written during the
 * build stay.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pruneOutDir } from '../../../scripts/lib/out-dir';
import { listFiles } from '../../../scripts/lib/post-build';

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

    expect(pruneOutDir(out, cache, pub, { since })).toBe(3);
    expect(listFiles(out)).toEqual([
      '.git/HEAD',
      '_astro/new.def.js',
      'api/papers.json',
      'favicon.svg',
      'index.html',
      'pagefind.old-123/fragment/x.pf_fragment',
      'pagefind/pagefind-entry.json',
      'papers/kept/index.html',
    ]);
    expect(existsSync(join(out, 'papers/removed-paper'))).toBe(false);
    expect(existsSync(join(out, 'concepts'))).toBe(false);
    expect(existsSync(join(out, '_astro'))).toBe(true);
  });
});
