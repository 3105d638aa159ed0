/**
 * Whether, and how, the service worker fetches the rest of the app ahead of use (the `background` tier of
 * src/lib/offline/precache.ts) once a page says the browser is idle. Pure: the page reads
 * `navigator.connection` and asks; the worker fetches what backgroundQueue leaves, BACKGROUND_PARALLEL at a time.
 *
 * Review 22 measured a phone on a 400 kbit/s, 400 ms link: the old worker fetched 174 files on the first visit,
 * and the reader's next tap waited behind them (4973 ms against 1910 ms). Hence: nothing ahead of use unless
 * the link is known to be fast and not paid by the megabyte (backgroundAllowed), a few files at a time
 * otherwise, and a navigation stops the run (the next page's idle moment resumes it).
 */
import { asksToSave, SLOW_RTT_MS, type ConnectionInfo } from '../site/connection';

export type { ConnectionInfo };

/** Files the worker fetches at once in the background: enough to hide a round trip, few enough to leave the link to the reader. */
export const BACKGROUND_PARALLEL = 2;

/**
 * How long no request of a page (or of its search worker) must have been in flight before the worker fetches the
 * next file ahead: the reader's own requests go first, even on a link the browser rates fast.
 */
export const QUIET_MS = 1500;

/** The message a page posts to the worker when the browser is idle. */
export const IDLE_MESSAGE = 'atlas-idle';
export interface IdleMessage {
  type: typeof IDLE_MESSAGE;
  /** Whether the worker may fetch the background tier now (backgroundAllowed, decided by the page). */
  background: boolean;
  /** The page's own scripts and styles (pageAssets), which it loaded before the worker controlled it. */
  assets: string[];
}

/**
 * Of the URLs a page has loaded (`performance.getEntriesByType('resource')`), the site's bundled scripts and
 * styles (`<scope>_astro/…`), without query: what the page needs again offline. Kept on every connection, from
 * the browser's HTTP cache (aheadCacheMode), so they cost no second download.
 */
export function pageAssets(loaded: readonly string[], scope: string): string[] {
  const base = new URL(scope);
  const out = new Set<string>();
  for (const url of loaded) {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      continue;
    }
    if (u.origin === base.origin && u.pathname.startsWith(`${base.pathname}_astro/`)) out.add(`${u.origin}${u.pathname}`);
  }
  return [...out];
}

/**
 * Link kinds that are most often paid by the megabyte: a phone's mobile data, or a computer tethered to one over
 * Bluetooth (`navigator.connection.type`, reported by Chromium on Android and ChromeOS only).
 */
export const METERED_TYPES: readonly string[] = ['cellular', 'bluetooth'];

/**
 * Whether the rest of the app may be fetched ahead now: only where the browser says the link is fast, not mobile
 * data, and data is not to be saved, and the page's own requests did not take a slow link's round trips
 * (`rttMs`, measuredRtt). Nobody asked for these files, so every doubt holds them back:
 * - a browser that does not say (Firefox, Safari: no Network Information API) fetches nothing ahead, since the
 *   link may be a metered phone's (review 22b: 783 kB on the SemEval library whatever the link);
 * - mobile data (METERED_TYPES) is fast and still paid for (13 MB ahead at 10,000 papers);
 * - Chromium rates a link before it has timed it (review 22b: "4g" on a 400 ms link, its default guess), so the
 *   page's own round trips, as slow as its "3g" (SLOW_RTT_MS), hold the run back too.
 * What a reader opens is kept all the same, and the offline page saves the rest on request. The graph page's
 * script (src/client/graph/load-plan.ts) follows asksToSave alone: that is the page the reader asked for.
 */
export function backgroundAllowed(connection: ConnectionInfo | undefined, rttMs?: number): boolean {
  if (!connection || connection.effectiveType === undefined) return false;
  if (connection.type !== undefined && METERED_TYPES.includes(connection.type)) return false;
  if (rttMs !== undefined && rttMs >= SLOW_RTT_MS) return false;
  return !asksToSave(connection);
}

/** Of a Resource Timing entry (`PerformanceResourceTiming`, the page's navigation included), what measuredRtt reads. */
export interface RequestTiming {
  requestStart: number;
  responseStart: number;
  /** 0 when the answer came from a cache (the browser's, or the service worker's without a network request). */
  transferSize: number;
  /** Above 0 when the service worker answered: a cache of its own, or the network behind it. */
  workerStart: number;
}

/**
 * The page's own round-trip time as the link gave it: the median, over the requests that went to the network
 * (the page itself, and its files not served from a cache), of request sent to first byte back, the measure
 * Chromium's estimator uses (a server's own delay counts too: a slow answer is a slow answer). The service
 * worker's answers count only for the page itself, which it fetches from the network; its cached files would
 * say the link is fast. Undefined when no request qualifies (the browser gives no timing, or all came from a cache).
 */
export function measuredRtt(navigation: RequestTiming | undefined, resources: readonly RequestTiming[]): number | undefined {
  const samples: number[] = [];
  const add = (t: RequestTiming) => {
    if (t.requestStart > 0 && t.responseStart >= t.requestStart && t.transferSize > 0) samples.push(t.responseStart - t.requestStart);
  };
  if (navigation) add(navigation);
  for (const r of resources) if (!(r.workerStart > 0)) add(r);
  if (samples.length === 0) return undefined;
  samples.sort((a, b) => a - b);
  const mid = samples.length >> 1;
  return samples.length % 2 === 1 ? samples[mid]! : (samples[mid - 1]! + samples[mid]!) / 2;
}

/**
 * What is left to fetch in the background, in the manifest's order (smallest first): the manifest's URLs
 * (relative to `scope`, the base URL ending in `/`) as absolute URLs, less those any cache already holds
 * (`have`: absolute URLs without query).
 */
export function backgroundQueue(urls: readonly string[], scope: string, have: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const rel of urls) {
    const abs = new URL(rel, scope);
    const key = `${abs.origin}${abs.pathname}`;
    if (!have.has(key)) out.push(key);
  }
  return out;
}

/**
 * The HTTP-cache mode for fetching a file ahead: a file whose name carries its content hash (Vite's `_astro/`
 * bundles, Pagefind's index chunks) may come from the browser's HTTP cache whatever its age, so a script the page
 * has just loaded costs no second download; any other file is revalidated, so a new build never keeps an old copy.
 */
export function aheadCacheMode(url: string): RequestCache {
  const path = new URL(url, 'http://x/').pathname;
  return CONTENT_HASHED.test(path) ? 'force-cache' : 'no-cache';
}
const CONTENT_HASHED = /\/_astro\/[^/]+[.-][\w-]{8}\.(?:m?js|css)$|\/pagefind\/(?:(?:fragment|index|filter)\/[\w-]+_|pagefind\.[\w-]+_)[0-9a-f]{7,}\.pf_(?:fragment|index|filter|meta)$/;
