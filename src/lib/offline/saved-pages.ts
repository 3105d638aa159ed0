/**
 * "Save the whole site for offline use": which pages the reader can save on top of the precached shell, and how
 * the service worker finds a page again. Pure: post-build writes the list (`offline/pages.json`), the worker and
 * the offline page's script read it.
 *
 * The worker installs only the offline fallback and fetches the rest of the app shell ahead only on a good
 * connection when idle (src/lib/offline/precache.ts). What a reader may save on request: every page the shell
 * does not hold (paper pages, concept pages, the further pages of the lists, the redirect pages of moved
 * papers), and with them the files graph and search need (`assets`: the app shell's files and the whole
 * search index, its per-page fragments included), so that a saved copy searches and draws the graph offline
 * even where the background fetch never ran. Not the open-data exports under `api/`, nor the sitemaps:
 * downloads for other tools, not pages to read.
 */
import { isPrecached, offlineTier, SERVICE_WORKER_FILE, urlForPath, type BuiltFile } from './precache';

/** The list of pages a reader may save, written by post-build beside the offline page (relative to the site). */
export const SAVED_PAGES_FILE = 'offline/pages.json';

/**
 * An address no file has, which the service worker answers itself: `{"offline": true}` when the network does
 * not answer a HEAD request for the list of savable pages (the browser's `navigator.onLine` says "online" on a
 * network that answers nothing). Asked through the worker, a failed probe is no failed request of the page.
 */
export const NETWORK_PROBE = 'offline/network-probe';

/**
 * The header the offline page's saver puts on its requests: the worker leaves them to the network. Looking each
 * one up in the caches first made saving slow down as the saved cache grew (1,500 pages took 150 s).
 */
export const SAVE_HEADER = 'x-atlas-save';

/** The page that explains offline use, offers the save control, and stands in for pages missing offline. */
export const OFFLINE_PAGE = 'offline/';

/** Cache names: every cache of the site starts with `atlas-`; the saved pages have their own per build. */
export const CACHE_PREFIX = 'atlas-';
export function savedCacheName(version: string): string {
  return `${CACHE_PREFIX}saved-${version}`;
}

export interface SavedPagesManifest {
  /** The build's version (the service worker's): names the cache the pages go into. */
  version: string;
  /** Page URLs relative to the base path, directory style (`papers/some-paper/`), sorted. */
  urls: string[];
  /** Their total size in bytes, as built (uncompressed: what the browser stores). */
  bytes: number;
  /** Of `bytes`, those of the concept pages (`concepts/…`), which a reader may leave out when saving. */
  conceptBytes: number;
  /** The build's other files kept neither in the shell nor by saving (the `api/` downloads, sitemaps). */
  files: string[];
  /**
   * The app's files saved with the pages (the shell's `background` tier and the search index's fragments), so
   * that graph and search work offline on a saved copy; sorted. Relative to the base path, like `urls`.
   */
  assets: string[];
  /** Their total size in bytes, as built. */
  assetBytes: number;
}

/** Whether a savable page is a concept page (or a further page of the concept list): optional when saving. */
export function isConceptPage(url: string): boolean {
  return url.startsWith('concepts/');
}

/** Whether a built file is a page the reader may save (and the shell does not already hold). */
export function isSavablePage(path: string): boolean {
  if (!path.endsWith('.html') || path === SERVICE_WORKER_FILE) return false;
  if (path.startsWith('api/') || path.startsWith('pagefind/')) return false;
  return !isPrecached(path);
}

export function buildSavedPagesManifest(files: readonly BuiltFile[], version: string, installAssets: ReadonlySet<string> = new Set()): SavedPagesManifest {
  const pages = files.filter((f) => isSavablePage(f.path));
  const assets = files.filter((f) => {
    const tier = offlineTier(f.path, installAssets);
    return tier === 'background' || tier === 'saved';
  });
  const urls = pages.map((f) => urlForPath(f.path)).sort();
  // Pagefind's files are all precached but its playground, which no reader asks for.
  const other = files.filter((f) => f.path !== SERVICE_WORKER_FILE && !isPrecached(f.path) && !isSavablePage(f.path) && !f.path.startsWith('pagefind/'));
  return {
    version,
    urls,
    bytes: pages.reduce((sum, f) => sum + f.bytes, 0),
    conceptBytes: pages.filter((f) => isConceptPage(urlForPath(f.path))).reduce((sum, f) => sum + f.bytes, 0),
    files: other.map((f) => urlForPath(f.path)).sort(),
    assets: assets.map((f) => urlForPath(f.path)).sort(),
    assetBytes: assets.reduce((sum, f) => sum + f.bytes, 0),
  };
}

/**
 * The cache keys to try, in order, for a page the reader asks for (an absolute URL): without query or
 * fragment, and a path typed without its trailing slash (`…/papers/x`) or with `index.html` is the page
 * `…/papers/x/`. A path whose last part has an extension (`data.json`) is a file and stays as it is.
 */
export function pageLookupKeys(url: string): string[] {
  const u = new URL(url);
  const path = u.pathname;
  const keys = [`${u.origin}${path}`];
  if (path.endsWith('/index.html')) keys.push(`${u.origin}${path.slice(0, -'index.html'.length)}`);
  else if (!path.endsWith('/') && !FILE_EXTENSION.test(path)) keys.push(`${u.origin}${path}/`);
  return keys;
}
/** The kinds of file a site holds: a slug may hold a dot ("gpt-4.5"), a page is never named like these. */
const FILE_EXTENSION = /\.(html?|json|m?js|css|svg|png|jpe?g|gif|webp|ico|xml|txt|wasm|woff2?|pf_\w+|pagefind|gexf|graphml|cyjs|bib|csv|ris|md|webmanifest)$/i;

/**
 * The site-relative page URL (as the manifests write it: `papers/x/`, `./` for the home page) of an absolute
 * URL under `scope` (the base URL, ending in `/`), or undefined outside it. Normalised like pageLookupKeys.
 */
export function relativePageUrl(url: string, scope: string): string | undefined {
  const base = new URL(scope);
  const key = pageLookupKeys(url).at(-1)!;
  const u = new URL(key);
  if (u.origin !== base.origin || !u.pathname.startsWith(base.pathname)) return undefined;
  const rest = u.pathname.slice(base.pathname.length);
  return rest === '' ? './' : decodeURI(rest);
}

/** Why a page is missing offline: it exists in this build but is not on this device, or it does not exist. */
export type MissingPage = 'not-saved' | 'not-found';

export function whyMissing(url: string, scope: string, known: ReadonlySet<string>): MissingPage {
  const rel = relativePageUrl(url, scope);
  return rel !== undefined && (known.has(rel) || known.has(encodeURI(rel))) ? 'not-saved' : 'not-found';
}

/**
 * The absolute URLs to fetch when saving, from the manifest's relative ones: each resolved against the base
 * URL and kept only if it stays on the site's origin and under its base path (a manifest never sends the
 * browser anywhere else). Duplicates are dropped.
 */
export function saveUrls(urls: readonly string[], baseHref: string): string[] {
  const base = new URL(baseHref);
  const out = new Set<string>();
  for (const rel of urls) {
    if (/^[a-z][a-z0-9+.-]*:|^\/\/|^\//i.test(rel)) continue;
    let u: URL;
    try {
      u = new URL(rel, base);
    } catch {
      continue;
    }
    if (u.origin !== base.origin || !u.pathname.startsWith(base.pathname)) continue;
    out.add(`${u.origin}${u.pathname}`);
  }
  return [...out];
}

/** A size for people: "716 MB", "3.4 MB", "820 kB". */
export function formatSize(bytes: number): string {
  if (bytes >= 10e6) return `${Math.round(bytes / 1e6)} MB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1e3))} kB`;
}

/**
 * The offline page's heading (and title) in its two uses: visited as a page, and standing in for a page this
 * device does not hold. The worker turns the one into the other (missingPageHtml): the page's wrapper carries
 * `data-offline-mode="page"`, and its styles show the parts of each mode.
 */
export const OFFLINE_HEADINGS = {
  page: 'Use this site offline',
  missing: 'You are offline, and this page is not saved on this device',
} as const;

export function missingPageHtml(offlinePageHtml: string): string {
  return offlinePageHtml
    .replaceAll(OFFLINE_HEADINGS.page, OFFLINE_HEADINGS.missing)
    .replace('data-offline-mode="page"', 'data-offline-mode="missing"');
}

/** What is left to save: the URLs not yet in the saved cache (its keys, absolute URLs). A stopped save resumes here. */
export function remainingToSave(urls: readonly string[], saved: Iterable<string>): string[] {
  const have = new Set(saved);
  return urls.filter((u) => !have.has(u));
}

/** How many of the build's pages the saved cache holds (keys from another build or list do not count). */
export function countSaved(urls: readonly string[], saved: Iterable<string>): number {
  return urls.length - remainingToSave(urls, saved).length;
}
