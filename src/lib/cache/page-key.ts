/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and
 * template code are unchanged since the last build is copied instead of rendered again. The key is a
 * hash of the page's view (everything its template renders, already derived from the atlas data) plus
 * the site-wide inputs of the layout, so a key cannot miss what the page shows as long as the template
 * renders from its view alone. A part of the view that is a pure function of other data may be hashed as that
 * data instead, when a change to the function's code changes the page's template code too (as Astro counts
 * it: every module the page imports): the local graphs are hashed as their input, not their layout
 * (../site/paper-page.ts paperPageKeyView).
 */
import { createHash } from 'node:crypto';

/**
 * Throws when `value` holds something JSON would silently drop or flatten: a Map or Set stringifies as
 * `{}`, so a view holding one would give pages with different content the same key. Views are checked
 * with it in their tests; the build hashes them with plain JSON.stringify, which is several times faster
 * than a replacer over 25,000 views.
 */
export function assertPlainData(value: unknown, path = 'view'): void {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === undefined) return;
  if (value instanceof Map || value instanceof Set) throw new TypeError(`${path} is a ${value.constructor.name}; views must be plain data`);
  if (typeof value !== 'object') throw new TypeError(`${path} is a ${typeof value}; views must be plain data`);
  if (Array.isArray(value)) {
    value.forEach((v, i) => assertPlainData(v, `${path}[${i}]`));
    return;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) throw new TypeError(`${path} is not a plain object; views must be plain data`);
  for (const [k, v] of Object.entries(value)) assertPlainData(v, `${path}.${k}`);
}

/** Hash of the layout inputs every page shares (site title and description, base path, site URL). */
export function siteKey(shared: unknown): string {
  return createHash('sha256').update(JSON.stringify(shared)).digest('base64url').slice(0, 16);
}

/** The `cacheKey` of one page: its view and the site-wide key. */
export function pageCacheKey(view: unknown, site: string): string {
  return `${site}.${createHash('sha256').update(JSON.stringify(view)).digest('base64url')}`;
}
