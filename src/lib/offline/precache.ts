/**
 * Which built files the service worker keeps, when, and the build version that names its caches. Pure:
 * post-build walks `dist/` and hashes the files, this decides (the page-side decision of whether to fetch
 * in the background now is src/lib/offline/background.ts).
 *
 * Three tiers (offlineTier):
 * - `install`: what the worker fetches while it installs, on the reader's first visit: only what the
 *   offline fallback needs (the offline page, the 404 page and the scripts and styles they load; a few
 *   tens of kB). A first visit on a slow link must not queue the whole app in front of the reader's next tap
 *   (review 22: 174 requests / 565 kB on the bundled site, 19.5 MB at 10,000 papers, and the next tap took
 *   4973 ms against 1910 ms without the worker).
 * - `background`: the rest of the app shell (top-level pages such as the home, graph, search and concept-list
 *   pages, every bundled script and style, the graph data, Pagefind's code and index without its fragments).
 *   Cached as the reader uses it, and fetched ahead only when the page says the browser is idle on a
 *   connection it reports fast, not mobile data nor in data-saver mode (src/lib/offline/background.ts), a few
 *   files at a time, at low priority.
 * - `saved`: Pagefind's per-page fragments (one per paper: they grow with the collection), saved with the
 *   papers by the offline page's opt-in "Save all" (src/lib/offline/saved-pages.ts), or cached as used.
 * Individual paper and concept pages are cached as they are visited, or saved all at once on request.
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
  /** Changes whenever any file changes; names the caches of this build. */
  version: string;
  /** Fetched on install: URLs relative to the base path, e.g. `offline/` or `_astro/app.1a2b.js`. */
  urls: string[];
  bytes: number;
  /** Fetched ahead in the background when the page allows it, smallest first (see src/lib/offline/background.ts). */
  background: string[];
  backgroundBytes: number;
}

export type OfflineTier = 'install' | 'background' | 'saved' | 'never';

/** The pages the offline fallback stands on: fetched on install, with the files they load (shellAssets). */
export const INSTALL_PAGES: readonly string[] = ['offline/index.html', '404.html'];

/** Exports for other tools and crawler files: downloadable, not needed to use the site. */
const SKIPPED_EXTENSIONS = /\.(gexf|graphml|bib|csv|ris|xml|txt|map|md)$/i;
const PAGE_CACHE_FRIENDLY = /\.(html|js|mjs|css|json|svg|png|ico|webmanifest|wasm|woff2|woff)$/i;

/** Whether the worker keeps a file of the app (on install or in the background), as opposed to a page to save or a download. */
export function isPrecached(path: string): boolean {
  const tier = offlineTier(path);
  return tier === 'install' || tier === 'background';
}

/** When the worker fetches a built file ahead of use (without `installAssets`, the install tier is only the pages). */
export function offlineTier(path: string, installAssets: ReadonlySet<string> = new Set()): OfflineTier {
  if (path === SERVICE_WORKER_FILE) return 'never';
  if (INSTALL_PAGES.includes(path) || installAssets.has(path)) return 'install';
  if (path.startsWith('pagefind/')) {
    if (path.startsWith('pagefind/playground/')) return 'never';
    return path.startsWith('pagefind/fragment/') ? 'saved' : 'background';
  }
  // `api/`: the open-data exports (papers.json, graph.cyjs, ...) are downloads, not what the pages read.
  if (path.startsWith('api/') || SKIPPED_EXTENSIONS.test(path)) return 'never';
  if (!PAGE_CACHE_FRIENDLY.test(path)) return 'never';
  if (path.endsWith('.html')) {
    // `index.html`, `graph/index.html`, `concepts/index.html`: shell. Deeper pages: on visit, or saved.
    const depth = path.split('/').length - 1;
    return depth === 0 || (depth === 1 && path.endsWith('/index.html')) ? 'background' : 'never';
  }
  return 'background';
}

/**
 * The site files a page loads by itself, from its HTML: stylesheets, scripts and module preloads under the
 * site's `_astro/` folder (relative to the site root). With staticImports, what the offline fallback needs.
 */
export function referencedAssets(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(ASSET_REF)) out.add(`_astro/${m[1]}`);
  return [...out].sort();
}
const ASSET_REF = /(?:href|src)="[^"]*?\/_astro\/([^"/?#]+\.(?:js|mjs|css))"/g;

/** The files a bundled module imports statically (`import … from "./x.js"`, `import "./x.js"`), not `import()`. */
export function staticImports(js: string): string[] {
  const out = new Set<string>();
  for (const m of js.matchAll(STATIC_IMPORT)) out.add(m[1]!);
  return [...out].sort();
}
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["']\.\/([^"'/]+\.m?js)["']/g;

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

/**
 * `installAssets`: the `_astro/` files the install pages load (post-build reads them from the built pages with
 * referencedAssets and staticImports); the install tier also holds what post-build adds (offline/pages.json).
 */
export function buildPrecacheManifest(files: readonly BuiltFile[], installAssets: ReadonlySet<string> = new Set()): PrecacheManifest {
  // The worker itself is the output, not an input: a rerun over the same site gives the same version.
  const sorted = files.filter((f) => f.path !== SERVICE_WORKER_FILE).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const install = sorted.filter((f) => offlineTier(f.path, installAssets) === 'install');
  // Smallest first: a background run cut short (the reader navigated, the tab closed) has kept the most files,
  // and no large file sits in front of many small ones.
  const background = sorted
    .filter((f) => offlineTier(f.path, installAssets) === 'background')
    .sort((a, b) => a.bytes - b.bytes || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    // The version covers every file, not just precached ones: a changed paper page must also retire the
    // visited-pages cache, or an old page could be served next to new scripts.
    version: fingerprint(sorted),
    urls: install.map((f) => urlForPath(f.path)),
    bytes: install.reduce((sum, f) => sum + f.bytes, 0),
    background: background.map((f) => urlForPath(f.path)),
    backgroundBytes: background.reduce((sum, f) => sum + f.bytes, 0),
  };
}
