/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and
 * template code are unchanged since the last build is copied instead of rendered again. The key is a
 * hash of the page's view (everything its template renders, already derived from the atlas data) plus
 * the site-wide inputs of the layout, so a key cannot miss what the page shows as long as the template
 * renders from its view alone.
 */
import { createHash } from 'node:crypto';

/**
 * JSON of `value`, refusing what JSON would silently drop or flatten: a Map or Set stringifies as `{}`,
 * and a view holding one would give every page the same key for different content.
 */
export function viewJson(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) => {
    if (v instanceof Map || v instanceof Set) throw new TypeError(`page view: "${key}" is a ${v.constructor.name}; views must be plain data`);
    if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') {
      throw new TypeError(`page view: "${key}" is a ${typeof v}; views must be plain data`);
    }
    return v;
  });
}

/** Hash of the layout inputs every page shares (site title and description, base path, site URL). */
export function siteKey(shared: unknown): string {
  return createHash('sha256').update(viewJson(shared)).digest('base64url').slice(0, 16);
}

/** The `cacheKey` of one page: its view and the site-wide key. */
export function pageCacheKey(view: unknown, site: string): string {
  return `${site}.${createHash('sha256').update(viewJson(view)).digest('base64url')}`;
}
