/**
 * Which built files the service worker fetches ahead of time, and the build version that names its
 * caches. Pure: post-build walks `dist/` and hashes the files, this decides.
 *
 * Precached: the app shell (top-level pages such as the home, graph, search and concept-list pages,
 * every bundled script and style), data files (graph JSON) and the whole Pagefind bundle, so that the
 * graph and full-text search work offline after one visit. Individual paper and concept pages are
 * cached as they are visited instead, or all at once when the reader asks on the offline page
 * (src/lib/offline/saved-pages.ts): they grow with the collection, the shell does not.
 */

/** The service worker itself, at the site's root (its scope is the whole site); written after every other file. */
export const SERVICE_WORKER_FILE = 'sw.js';

export interface BuiltFile {
  /** Path relative to the site root, with `/` separators, e.g. `_astro/app.1a2b.js`. */
  path: string;
  /** Content hash (hex). */
  hash: string;
  bytes: number;
}

export interface PrecacheManifest {
  /** Changes whenever any precached file changes; names the caches of this build. */
  version: string;
  /** URLs relative to the base path, e.g. `graph/` or `_astro/app.1a2b.js`. */
  urls: string[];
  bytes: number;
}

/** Exports for other tools and crawler files: downloadable, not needed to use the site. */
const SKIPPED_EXTENSIONS = /\.(gexf|graphml|bib|csv|ris|xml|txt|map|md)$/i;
const PAGE_CACHE_FRIENDLY = /\.(html|js|mjs|css|json|svg|png|ico|webmanifest|wasm|woff2|woff)$/i;

export function isPrecached(path: string): boolean {
  if (path === SERVICE_WORKER_FILE) return false;
  if (path.startsWith('pagefind/')) return !path.startsWith('pagefind/playground/');
  // `api/`: the open-data exports (papers.json, graph.cyjs, ...) are downloads, not what the pages read.
  if (path.startsWith('api/') || SKIPPED_EXTENSIONS.test(path)) return false;
  if (!PAGE_CACHE_FRIENDLY.test(path)) return false;
  if (path.endsWith('.html')) {
    // `index.html`, `404.html`, `graph/index.html`, `concepts/index.html`: shell. Deeper pages: on visit.
    const depth = path.split('/').length - 1;
    return depth === 0 || (depth === 1 && path.endsWith('/index.html'));
  }
  return true;
}

/** The URL a static host serves a built file under (directory-style pages end in `/`). */
export function urlForPath(path: string): string {
  if (path === 'index.html') return './';
  if (path.endsWith('/index.html')) return path.slice(0, -'index.html'.length);
  return path;
}

/**
 * Pagefind names its fragments, index chunks, filter files and page table after their content
 * (`pagefind/fragment/en_3c1a9f2.pf_fragment`, from a SHA-1 of the file's text): returns that hash, which
 * stands for the file's content in the build's version. At 10,000 papers these are 10,000 small files, all
 * written anew by every index run, and reading them only to hash them again took two seconds of a re-run. Were
 * a name ever not to follow its content, the version would change all the same: `pagefind-entry.json`, hashed
 * as read, names the page table, and the table names every fragment.
 */
export function hashInName(path: string): string | undefined {
  return CONTENT_NAMED.exec(path)?.[1];
}
const CONTENT_NAMED = /^pagefind\/(?:(?:fragment|index|filter)\/[\w-]+_|pagefind\.[\w-]+_)([0-9a-f]{7,})\.pf_(?:fragment|index|filter|meta)$/;

/** FNV-1a over the sorted (path, hash) pairs: stable across machines, short enough for a cache name. */
function fingerprint(entries: readonly BuiltFile[]): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (const e of entries) {
    const s = `${e.path}\0${e.hash}\n`;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    }
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

export function buildPrecacheManifest(files: readonly BuiltFile[]): PrecacheManifest {
  // The worker itself is the output, not an input: a rerun over the same site gives the same version.
  const sorted = files.filter((f) => f.path !== SERVICE_WORKER_FILE).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const chosen = sorted.filter((f) => isPrecached(f.path));
  return {
    // The version covers every file, not just precached ones: a changed paper page must also retire the
    // visited-pages cache, or an old page could be served next to new scripts.
    version: fingerprint(sorted),
    urls: chosen.map((f) => urlForPath(f.path)),
    bytes: chosen.reduce((sum, f) => sum + f.bytes, 0),
  };
}
