/**
 * Offline, marks the links of a list (search results, the graph's selection panel) whose page this device
 * does not hold, so a reader sees before clicking which results open. Online it reads no cache. The caches'
 * keys are read once per page load, on the first call while offline.
 *
 * Offline is `navigator.onLine === false`, or else what the service worker says when asked (NETWORK_PROBE: it
 * tries a HEAD request): the browser says "online" on a network that answers nothing (and Chromium's emulated
 * offline says so after a navigation too). At most one probe every half minute, and none on a page without
 * search results or a graph selection, or without a worker.
 */
import { CACHE_PREFIX, NETWORK_PROBE, pageLookupKeys } from '../../lib/offline/saved-pages';
import { siteBase } from '../search/site-base';

let probed: { at: number; offline: Promise<boolean> } | undefined;

function isOffline(): Promise<boolean> {
  if (!navigator.onLine) return Promise.resolve(true);
  if (!probed || performance.now() - probed.at > 30_000) {
    const offline = fetch(`${siteBase()}${NETWORK_PROBE}`, { cache: 'no-store' })
      .then(async (res) => res.ok && ((await res.json()) as { offline?: unknown }).offline === true)
      .catch(() => false);
    probed = { at: performance.now(), offline };
  }
  return probed.offline;
}

let keys: Promise<Set<string>> | undefined;

function cachedUrls(): Promise<Set<string>> {
  keys ??= (async () => {
    const set = new Set<string>();
    for (const name of await caches.keys()) {
      if (!name.startsWith(CACHE_PREFIX)) continue;
      for (const request of await (await caches.open(name)).keys()) set.add(pageLookupKeys(request.url)[0]!);
    }
    return set;
  })();
  return keys;
}

/** The words of the mark; also its title. */
export const NOT_OFFLINE = 'not saved offline';

export async function markOfflineLinks(root: HTMLElement): Promise<void> {
  if (!('caches' in window) || !navigator.serviceWorker?.controller || !(await isOffline())) return;
  const have = await cachedUrls().catch(() => undefined);
  if (!have) return;
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (link.dataset.offlineMissing !== undefined || new URL(link.href).origin !== location.origin) continue;
    if (pageLookupKeys(link.href).some((k) => have.has(k))) continue;
    link.dataset.offlineMissing = '';
    const mark = document.createElement('span');
    mark.className = 'offline-missing';
    mark.textContent = ` (${NOT_OFFLINE})`;
    link.after(mark);
  }
}
