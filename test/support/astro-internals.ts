/**
 * Astro's own modules that are not part of its public exports (its content store, its Markdown entry type):
 * tests of the content loaders' wrappers run them as Astro runs them instead of against look-alikes.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const astroPackageDir = dirname(createRequire(import.meta.url).resolve('astro/package.json'));

/** Imports `dist/<path>` of the installed Astro. */
export async function astroModule<T>(path: string): Promise<T> {
  return (await import(pathToFileURL(join(astroPackageDir, 'dist', ...path.split('/'))).href)) as T;
}
