/**
 * Astro's cache folder for a build: a folder of its own for each content folder, under the cache root
 * (`ATLAS_CACHE_DIR`, else `node_modules/.astro`). Astro's content store keeps the entries of the last
 * build and only adds and replaces: two libraries built with one cache folder each found the other's
 * papers in the store (duplicate-slug warnings where they shared a title). Keyed by folder, each library keeps
 * its own store, incremental-build manifest and step stamps, and switching between them stays warm.
 *
 * astro.config.mjs, scripts/build.ts and the post-build steps all resolve it here, from the environment the
 * build gives every step (`ATLAS_CONTENT_DIR` set from `--content-dir` too).
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { contentDirOf } from './load';

type Env = Readonly<Record<string, string | undefined>>;

export function astroCacheDir(env: Env): string {
  const root = resolve(env.ATLAS_CACHE_DIR || join('node_modules', '.astro'));
  const key = createHash('sha256').update(resolve(contentDirOf(env))).digest('hex').slice(0, 12);
  return join(root, `content-${key}`);
}
