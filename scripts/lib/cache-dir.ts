/**
 * Where the content stage keeps its caches between runs: `<ATLAS_CACHE_DIR>/paper-atlas/` when a build
 * has a cache folder of its own (tests, benchmarks), else `node_modules/.cache/paper-atlas/` (ignored by
 * git with node_modules). Reading never fails (a missing or unreadable file is no cache) and writing is
 * atomic and best-effort: a cache that cannot be written costs time on the next run, nothing else.
 */
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inPieces, KeyedCacheFile, type KeyedCache } from '../../src/lib/cache/keyed-cache';
import { codeVersion } from '../../src/lib/cache/hash-set-cache';
import { checkHash, checkText, renderedFiles, RENDERED_FILE_SOURCES } from '../../src/lib/cache/rendered-files';

export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.ATLAS_CACHE_DIR ? resolve(env.ATLAS_CACHE_DIR, 'paper-atlas') : resolve('node_modules', '.cache', 'paper-atlas');
}

export function readCacheFile(name: string, dir = cacheDir()): string | undefined {
  try {
    return readFileSync(join(dir, name), 'utf8');
  } catch {
    return undefined;
  }
}

/** `text` may come in pieces, written one after the other (a big cache's file never exists as one string). */
export function writeCacheFile(name: string, text: string | Iterable<string>, dir = cacheDir()): void {
  const path = join(dir, name);
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    mkdirSync(dir, { recursive: true });
    if (typeof text === 'string') writeFileSync(tmp, text);
    else {
      const fd = openSync(tmp, 'w');
      try {
        for (const piece of text) writeSync(fd, piece);
      } finally {
        closeSync(fd);
      }
    }
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    console.warn(`  (cache not saved: ${(error as Error).message})`);
  }
}

/** Source text of files of this repository, for cache versions (src/lib/cache/hash-set-cache.ts codeVersion). */
export function sourceTexts(paths: readonly string[]): string[] {
  const root = resolve(import.meta.dirname, '..', '..');
  // A file that is not there (a package another install laid out elsewhere) counts as a version of its own.
  return paths.map((p) => {
    try {
      return readFileSync(join(root, p), 'utf8');
    } catch {
      return `\0missing ${p}`;
    }
  });
}

/** Size and time of each opened cache's file as read: lines are added only to that same file. */
const readAs = new WeakMap<KeyedCacheFile<unknown>, { size: number; mtimeMs: number }>();

/** A per-item cache file (src/lib/cache/keyed-cache.ts), empty when missing, unreadable or from other code. */
export function openKeyedCache<T>(name: string, version: string, check: (value: unknown) => T | undefined, dir = cacheDir()): KeyedCacheFile<T> {
  let text: Buffer | undefined;
  let stat: { size: number; mtimeMs: number } | undefined;
  try {
    const fd = openSync(join(dir, name), 'r');
    try {
      stat = fstatSync(fd);
      text = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // No file, or one that cannot be read: no cache.
    text = undefined;
    stat = undefined;
  }
  const cache = new KeyedCacheFile(text, version, check);
  if (stat) readAs.set(cache, { size: stat.size, mtimeMs: stat.mtimeMs });
  return cache;
}

/** Whether the file at `path` is still the one `cache` was read from (same size and time). */
function isAsRead(path: string, cache: KeyedCacheFile<unknown>): boolean {
  const was = readAs.get(cache);
  const now = was && statSync(path, { throwIfNoEntry: false });
  return !!now && now.size === was!.size && now.mtimeMs === was!.mtimeMs;
}

/**
 * Saves what the run used of a per-item cache, when that differs from what was read: by adding the new lines
 * at the end of the file when the cache allows it and the file is still the one it read (else written anew).
 */
export function saveKeyedCache(name: string, cache: KeyedCacheFile<unknown>, dir = cacheDir()): void {
  const saving = cache.saving();
  if (saving.kind === 'none') return;
  if (saving.kind === 'append' && isAsRead(join(dir, name), cache)) {
    try {
      // A write cut short leaves a last line without its line break, which the next read drops (and rewrites).
      const fd = openSync(join(dir, name), 'a');
      try {
        for (const piece of inPieces(saving.lines)) writeSync(fd, piece);
      } finally {
        closeSync(fd);
      }
    } catch (error) {
      console.warn(`  (cache not saved: ${(error as Error).message})`);
    }
    return;
  }
  writeCacheFile(name, cache.serialisePieces(), dir);
}

const BODIES = 'paper-bodies.jsonl';
const RENDERED = 'paper-files-rendered.jsonl';

/** The paper files' bodies by their inputs (src/lib/content/plan.ts `bodies`), opened before the rest. */
export function openBodyCache(dir = cacheDir()): KeyedCacheFile<string> {
  return openKeyedCache(BODIES, codeVersion(sourceTexts(RENDERED_FILE_SOURCES)), checkText, dir);
}

/**
 * The write phase's caches (src/lib/content/plan.ts `rendered` and `bodies`) over the paper files now in
 * the content folder; `save` keeps what the run used.
 */
export function openRenderCaches(
  currentFiles: Iterable<string>,
  { dir = cacheDir(), bodies = openBodyCache(dir) }: { dir?: string; bodies?: KeyedCacheFile<string> } = {},
): { rendered: KeyedCache<string>; bodies: KeyedCache<string>; save: () => void } {
  const hashes = openKeyedCache(RENDERED, codeVersion(sourceTexts(RENDERED_FILE_SOURCES)), checkHash, dir);
  return {
    rendered: renderedFiles(hashes, currentFiles),
    bodies,
    save: () => {
      saveKeyedCache(RENDERED, hashes, dir);
      saveKeyedCache(BODIES, bodies, dir);
    },
  };
}
