/**
 * The offline service worker, compiled into `<site>/sw.js` by the post-build step, which replaces
 * `__PRECACHE_MANIFEST__` with this build's manifest (see src/lib/offline/precache.ts).
 *
 * - install: fetches only the offline fallback of this build (the offline and 404 pages and the files they
 *   load; src/lib/offline/precache.ts) into `atlas-shell-<version>`; if any file fails, the install fails
 *   and the old worker stays.
 * - message `atlas-idle` (a page, when the browser is idle): keeps the page's own scripts and styles (from the
 *   HTTP cache), and, if the page allows it (src/lib/offline/background.ts: a link the browser reports fast,
 *   not mobile data nor in data-saver mode, whose round trips the page did not find slow), fetches the rest of the app shell into the same cache, a few files at a time at low
 *   priority. A navigation stops that run; the next page's idle moment goes on with what is left.
 * - activate: carries the pages the reader visited over into this build's page cache (refetched, so
 *   they match the new scripts), deletes every older cache, and takes control. The page script
 *   reloads once when control changes, so a tab never runs old pages against new files.
 * - fetch: pages network-first (fresh when online, cached when not); everything else cache-first.
 *   A page is looked up in the shell, the visited pages and the pages the reader saved (the offline page's
 *   "Save all", into `atlas-saved-<version>`), with or without its trailing slash. Offline, a page not on the
 *   device gets the site's offline page (503) if this build has it (`offline/pages.json` lists them), and the
 *   site's 404 page (404) if it does not exist at all.
 */
import { aheadCacheMode, BACKGROUND_PARALLEL, backgroundQueue, IDLE_MESSAGE, pageAssets, QUIET_MS, type IdleMessage } from '../../lib/offline/background';
import { CACHE_PREFIX, missingPageHtml, NETWORK_PROBE, OFFLINE_PAGE, pageLookupKeys, SAVE_HEADER, SAVED_PAGES_FILE, savedCacheName, whyMissing } from '../../lib/offline/saved-pages';

declare const __PRECACHE_MANIFEST__: { version: string; urls: string[]; background: string[] };

// The project type-checks against the DOM library; these are the few worker types this file uses.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  data: unknown;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
interface WorkerScope {
  location: Location;
  registration: { scope: string };
  clients: {
    claim(): Promise<void>;
    matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<Array<{ url: string }>>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

const sw = self as unknown as WorkerScope;
const MANIFEST = __PRECACHE_MANIFEST__;
const PREFIX = CACHE_PREFIX;
const SHELL = `${PREFIX}shell-${MANIFEST.version}`;
const PAGES = `${PREFIX}pages-${MANIFEST.version}`;
// Filled by the offline page's script, never by the worker: it only reads it, and keeps it on activation.
const SAVED = savedCacheName(MANIFEST.version);
const scope = new URL(sw.registration.scope);

/** Visited pages are keyed without query or fragment, so `?q=` variants share one entry. */
function pageKey(url: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
}

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL);
      // `reload` bypasses the HTTP cache, so a new build never precaches a stale copy of a file; a file named after
      // its content may come from it (the page that installs the worker has just loaded its styles).
      await cache.addAll(
        MANIFEST.urls.map((u) => {
          const href = new URL(u, scope).href;
          return new Request(href, { cache: aheadCacheMode(href) === 'force-cache' ? 'force-cache' : 'reload' });
        }),
      );
      await sw.skipWaiting();
    })(),
  );
});

/** The background run in progress, if any: a navigation aborts it, so the reader's next page is not queued behind it. */
let ahead: AbortController | undefined;

async function keys(): Promise<Set<string>> {
  const have = new Set<string>();
  for (const name of [SHELL, PAGES, SAVED]) {
    if (!(await caches.has(name))) continue;
    for (const request of await (await caches.open(name)).keys()) have.add(pageKey(request.url));
  }
  return have;
}

/** Requests of the pages (and their workers) the worker is answering now, and when the last one ended. */
let busy = 0;
let lastActivity = 0;

/** Resolves once no request of a page has been in flight for QUIET_MS: background fetches yield to the reader's. */
async function quiet(signal: AbortSignal): Promise<void> {
  while (!signal.aborted && (busy > 0 || performance.now() - lastActivity < QUIET_MS)) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Fetches `urls` into the shell cache, BACKGROUND_PARALLEL at a time, at low priority, until done or aborted. */
async function fetchAhead(urls: readonly string[], signal: AbortSignal): Promise<void> {
  const shell = await caches.open(SHELL);
  let next = 0;
  const one = async (): Promise<void> => {
    while (next < urls.length && !signal.aborted) {
      await quiet(signal);
      if (signal.aborted || next >= urls.length) return;
      const url = urls[next++]!;
      try {
        const init = { cache: aheadCacheMode(url), signal, credentials: 'same-origin', priority: 'low' } as RequestInit;
        const response = await fetch(url, init);
        if (response.ok && response.type === 'basic') await shell.put(url, response);
      } catch {
        // Aborted, or offline: what is left is fetched on the next idle moment, or when used.
      }
    }
  };
  await Promise.all(Array.from({ length: BACKGROUND_PARALLEL }, one));
}

async function whenIdle(message: IdleMessage): Promise<void> {
  const controller = new AbortController();
  ahead?.abort();
  ahead = controller;
  try {
    const have = await keys();
    const own = pageAssets(Array.isArray(message.assets) ? message.assets.filter((a): a is string => typeof a === 'string') : [], scope.href);
    await fetchAhead(own.filter((u) => !have.has(u)), controller.signal);
    if (message.background === true) await fetchAhead(backgroundQueue(MANIFEST.background, scope.href, have), controller.signal);
  } finally {
    if (ahead === controller) ahead = undefined;
  }
}

sw.addEventListener('message', (event) => {
  const data = event.data as Partial<IdleMessage> | null;
  if (!data || data.type !== IDLE_MESSAGE) return;
  event.waitUntil(whenIdle(data as IdleMessage));
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = (await caches.keys()).filter((n) => n.startsWith(PREFIX));
      const pages = await caches.open(PAGES);
      for (const name of names) {
        if (name === SHELL || name === PAGES || name === SAVED || !name.startsWith(`${PREFIX}pages-`)) continue;
        const old = await caches.open(name);
        for (const request of await old.keys()) {
          try {
            const fresh = await fetch(request.url, { cache: 'reload' });
            if (fresh.ok) await pages.put(request.url, fresh);
          } catch {
            // Offline during the update: the page will be cached again on its next visit.
          }
        }
      }
      // An older build's saved pages go too (they would run against scripts this build no longer has); the
      // offline page offers to save the new build's pages again.
      await Promise.all(names.filter((n) => n !== SHELL && n !== PAGES && n !== SAVED).map((n) => caches.delete(n)));
      // The page that installed the worker loaded before the worker existed: keep a copy of it (and of any
      // other open tab of the site) as if it had been visited through the worker.
      for (const client of await sw.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
        const url = new URL(client.url);
        if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) continue;
        const key = pageKey(url.href);
        if (await pages.match(key)) continue;
        try {
          const fresh = await fetch(key, { cache: 'reload' });
          if (fresh.ok && (fresh.headers.get('content-type') ?? '').includes('text/html')) await pages.put(key, fresh);
        } catch {
          // Offline already: nothing to copy.
        }
      }
      await sw.clients.claim();
    })(),
  );
});

async function fromCache(request: Request | string): Promise<Response | undefined> {
  const url = typeof request === 'string' ? request : request.url;
  const shell = await caches.open(SHELL);
  // Pagefind adds `?ts=` cache busters to its own requests; file names already carry hashes.
  const hit = await shell.match(request, { ignoreSearch: true });
  if (hit) return hit;
  const pages = await caches.open(PAGES);
  const saved = (await caches.has(SAVED)) ? await caches.open(SAVED) : undefined;
  // `…/papers/x` typed without its slash is the page `…/papers/x/`. The keys hold no query, and an exact match
  // is a lookup where `ignoreSearch` reads every entry (thousands once the reader saved the collection).
  for (const key of pageLookupKeys(url)) {
    const found = (await shell.match(key)) ?? (await pages.match(key)) ?? (await saved?.match(key));
    if (found) return found;
  }
  return undefined;
}

let knownPages: Promise<Set<string> | undefined> | undefined;

/** Every page and file of this build: the shell's, those the reader may save, the downloads (`offline/pages.json`, precached). */
function pagesOfThisBuild(): Promise<Set<string> | undefined> {
  knownPages ??= (async () => {
    // Fetched ahead with the shell, or kept when the offline page read it: not on install (600 kB at 10,000 papers).
    const list = await fromCache(new URL(SAVED_PAGES_FILE, scope).href);
    if (!list) return undefined;
    const { urls, files, assets } = (await list.json()) as { urls: string[]; files?: string[]; assets?: string[] };
    return new Set([...MANIFEST.urls, ...MANIFEST.background, ...urls, ...(files ?? []), ...(assets ?? [])]);
  })().catch(() => undefined);
  const known = knownPages;
  // Not known yet: ask again next time (the list may be cached by then).
  void known.then((set) => {
    if (!set && knownPages === known) knownPages = undefined;
  });
  return known;
}

function offlinePage(): Response {
  const home = scope.pathname;
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Offline</title></head><body><main><h1>You are offline</h1><p>This page is not saved on this device, so it is not available offline. Pages you have opened before still work.</p><ul><li><a href="${home}">Home</a></li><li><a href="${home}graph/">Graph</a></li><li><a href="${home}search/">Search</a></li></ul></main></body></html>`;
  return new Response(body, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

/** Offline, for a page the device does not hold: the site's 404 page if the build has no such page, else its offline page. */
async function missingPage(url: string): Promise<Response> {
  const shell = await caches.open(SHELL);
  const headers = { 'content-type': 'text/html; charset=utf-8' };
  const known = await pagesOfThisBuild();
  if (known && whyMissing(url, scope.href, known) === 'not-found') {
    const notFound = await shell.match(new URL('404.html', scope).href);
    if (notFound) return new Response(await notFound.text(), { status: 404, headers });
  }
  const page = await shell.match(new URL(OFFLINE_PAGE, scope).href);
  if (!page) return offlinePage();
  return new Response(missingPageHtml(await page.text()), { status: 503, headers });
}

async function navigate(request: Request): Promise<Response> {
  // The reader goes somewhere: the link is theirs (review 22: a tap waited 3 s behind the worker's downloads).
  ahead?.abort();
  try {
    const response = await fetch(request);
    if (response.ok && (response.headers.get('content-type') ?? '').includes('text/html')) {
      const pages = await caches.open(PAGES);
      await pages.put(pageKey(request.url), response.clone());
    }
    return response;
  } catch {
    return (await fromCache(request)) ?? (await missingPage(request.url));
  }
}

async function asset(request: Request): Promise<Response> {
  const cached = await fromCache(request);
  if (cached) return cached;
  const response = await fetch(request);
  // A page fetched by a script is no visit (the offline page's "Save all" fills its own cache, past the worker).
  if (response.ok && response.type === 'basic' && !(response.headers.get('content-type') ?? '').includes('text/html')) {
    const pages = await caches.open(PAGES);
    await pages.put(pageKey(request.url), response.clone());
  }
  return response;
}

/** Whether the network answers, for pages that mark what is not on this device while offline (NETWORK_PROBE). */
async function networkProbe(): Promise<Response> {
  let offline = false;
  try {
    await fetch(new URL(SAVED_PAGES_FILE, scope).href, { method: 'HEAD', cache: 'no-store' });
  } catch {
    offline = true;
  }
  return new Response(JSON.stringify({ offline }), { headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } });
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  if (url.pathname === `${scope.pathname}sw.js` || request.headers.has(SAVE_HEADER)) return;
  if (url.pathname === `${scope.pathname}${NETWORK_PROBE}`) {
    event.respondWith(networkProbe());
    return;
  }
  busy++;
  const answer = (request.mode === 'navigate' ? navigate(request) : asset(request)).finally(() => {
    busy--;
    lastActivity = performance.now();
  });
  event.respondWith(answer);
});
