/**
 * Astro's own modules that are not part of its public exports (its content store, its Markdown entry type):
 * tests of the content loaders' wrappers run them as Astro runs them instead of against look-alikes.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';

export const astroPackageDir = dirname(createRequire(import.meta.url).resolve('astro/package.json'));

/** Imports `dist/<path>` of the installed Astro. */
export async function astroModule<T>(path: string): Promise<T> {
  return (await import(pathToFileURL(join(astroPackageDir, 'dist', ...path.split('/'))).href)) as T;
}

/**
 * What Astro's content layer hands the glob loader of the `papers` collection of a project at `root`: the
 * collection's part of `store`, and `entryTypes` by extension; data is taken as parsed, digests are sha256.
 */
export function globLoaderContext(root: string, store: { scopedStore(collection: string): LoaderContext['store'] }, entryTypes: Map<string, unknown>): LoaderContext {
  return {
    collection: 'papers',
    store: store.scopedStore('papers'),
    config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
    logger: { info() {}, warn() {}, error() {}, debug() {} },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (text: string) => createHash('sha256').update(text).digest('hex'),
    entryTypes,
  } as unknown as LoaderContext;
}
