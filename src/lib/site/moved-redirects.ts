/**
 * The redirect pages of the built site from `content/moved-urls.json` (src/lib/content/moved-urls.ts), made by
 * the paper and concept routes (src/pages/papers/[slug].astro, src/pages/concepts/[id].astro). Not Astro's
 * `redirects` setting: that is read with the config, and `npm run build` starts Astro beside the content stage
 * (scripts/build.ts), before this run's file exists; a route's paths are read once the content is written. A
 * prerendered `Astro.redirect` is a page with a meta refresh to the new path, a canonical link, `noindex` and a
 * line of text that says where the page moved.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { movedUrlsFileSchema, type MovedUrlsFile } from '../content/schema';

/** The moves in `<contentDir>/moved-urls.json`; none without the file. A file that does not parse stops the build, naming it. */
export function readMovedUrlsFile(contentDir: string): MovedUrlsFile {
  const path = join(contentDir, 'moved-urls.json');
  if (!existsSync(path)) return [];
  const parsed = movedUrlsFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: does not match the moved-URLs schema: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

export interface MovedPage {
  /** The old page's slug or id (the route's parameter). */
  param: string;
  /** Where it leads: the new page's path under the site's base (`/paper-atlas/papers/new-title/`). */
  to: string;
}

/**
 * The redirect pages among the paths of `section` (`papers` or `concepts`), for a site at `basePath` (`/` or
 * `/paper-atlas/`). Each section's route makes its own: Astro's incremental build deletes, after the build, the
 * output of a path that its route made last time and does not make now, so a path that moves from a page to a
 * redirect must stay with the same route.
 */
export function movedPages(moved: MovedUrlsFile, section: 'papers' | 'concepts', basePath: string): MovedPage[] {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const prefix = `${section}/`;
  return moved.filter(({ from }) => from.startsWith(prefix)).map(({ from, to }) => ({ param: from.slice(prefix.length, -1), to: `${base}${to}` }));
}

/**
 * A section's redirect pages as its route's static paths (`param`: the route's parameter, `slug` or `id`), from
 * `<contentDir>/moved-urls.json`; a page's cache key is made from where it leads (`cacheKeyOf`).
 */
export function movedStaticPaths<K extends string>(
  contentDir: string,
  section: 'papers' | 'concepts',
  param: K,
  basePath: string,
  cacheKeyOf: (to: string) => string,
): Array<{ params: Record<K, string>; props: { movedTo: string }; cacheKey: string }> {
  return movedPages(readMovedUrlsFile(contentDir), section, basePath).map(({ param: value, to }) => ({
    params: { [param]: value } as Record<K, string>,
    props: { movedTo: to },
    cacheKey: cacheKeyOf(to),
  }));
}
