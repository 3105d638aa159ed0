/**
 * The offline page's script (src/pages/offline/index.astro; loaded there only): lists what this device holds,
 * offers "Go back" where the page stands in for a missing one, and runs the opt-in "Save all papers": it
 * fetches every page of `offline/pages.json` (this build's list, made by post-build) into the cache the
 * service worker reads saved pages from, `atlas-saved-<version>`. A stopped or interrupted save resumes where it
 * stopped: the cache itself is the record of what is saved. Only URLs on this origin, under the base path.
 */
import { markOfflineLinks } from './available';
import { CACHE_PREFIX, countSaved, formatSize, isConceptPage, remainingToSave, SAVE_HEADER, savedCacheName, saveUrls, type SavedPagesManifest } from '../../lib/offline/saved-pages';

/** Remembers that the reader saved the site, so that after an update the page can say the copy went with it. */
const SAVED_FLAG = 'atlas-offline-saved';
/** Pages fetched at once: enough to hide latency, few enough to leave the connection to the reader. */
const PARALLEL = 4;
/** How many visited pages the page lists by title (each title is read from its cached copy). */
const LISTED = 100;

interface Elements {
  status: HTMLElement;
  onDevice: HTMLElement;
  controls: HTMLElement;
  save: HTMLButtonElement;
  stop: HTMLButtonElement;
  remove: HTMLButtonElement;
  progress: HTMLProgressElement;
  size: HTMLElement;
  concepts: HTMLInputElement;
  conceptSize: HTMLElement;
}

function pick<T extends Element>(root: HTMLElement, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`offline page: ${selector} is missing`);
  return el;
}

const fmt = (n: number) => n.toLocaleString('en');

export async function initOfflinePage(root: HTMLElement): Promise<void> {
  const missing = root.dataset.offlineMode === 'missing';
  if (missing) showBack(root);
  if (!('caches' in window)) return;
  // Offline, the main pages this device does not hold yet say so (the worker fetches them ahead only on a link the browser reports fast, not mobile data).
  void markOfflineLinks(root.querySelector<HTMLElement>('[data-offline-main]') ?? root).catch(() => undefined);
  const base = new URL(root.dataset.base ?? '/', location.href).href;
  const el: Elements = {
    status: pick(root, '[data-offline-status]'),
    onDevice: pick(root, '[data-offline-on-device]'),
    controls: pick(root, '[data-offline-controls]'),
    save: pick(root, '[data-offline-save]'),
    stop: pick(root, '[data-offline-stop]'),
    remove: pick(root, '[data-offline-remove]'),
    progress: pick(root, '[data-offline-progress]'),
    size: pick(root, '[data-offline-size]'),
    concepts: pick(root, '[data-offline-concepts]'),
    conceptSize: pick(root, '[data-offline-concept-size]'),
  };
  const visited = await listVisited(root);
  let manifest: SavedPagesManifest | undefined;
  try {
    const res = await fetch(root.dataset.manifest ?? '');
    if (res.ok) manifest = (await res.json()) as SavedPagesManifest;
  } catch {
    // Offline without the list cached: only the visited pages can be told.
  }
  if (!manifest) {
    el.onDevice.textContent = visited > 0 ? `${fmt(visited)} pages you opened are on this device.` : el.onDevice.textContent;
    el.status.textContent = 'Saving is not available: the list of pages could not be loaded.';
    return;
  }
  const urls = saveUrls(manifest.urls, base);
  const conceptUrls = new Set(saveUrls(manifest.urls.filter(isConceptPage), base));
  const paperUrls = urls.filter((u) => !conceptUrls.has(u));
  const cacheName = savedCacheName(manifest.version);
  // Graph and search on a saved copy: the app's files and the search index's fragments, saved with the pages
  // unless the worker already holds them (fetched ahead, or used).
  const assetUrls = saveUrls(manifest.assets ?? [], base);
  const assetBytes = manifest.assetBytes ?? 0;
  const papers = Number(root.dataset.papers ?? 0);
  const paperBytes = manifest.bytes - manifest.conceptBytes;
  // The download the button says: the paper pages with the graph's and search's files (review 41: the text said
  // the pages alone, 2.7 MB, beside a button saying 4.0 MB).
  el.size.textContent = `about ${formatSize(paperBytes + assetBytes)}`;
  el.conceptSize.textContent = `about ${formatSize(manifest.conceptBytes)} more`;
  // Concept pages are optional (at 10,000 papers they weigh as much as the paper pages); what the reader chose last stays chosen.
  const selected = () => (el.concepts.checked ? urls : paperUrls);
  const selectedBytes = () => (el.concepts.checked ? manifest!.bytes : paperBytes) + assetBytes;

  const savedKeys = async (): Promise<string[]> =>
    (await caches.has(cacheName)) ? (await (await caches.open(cacheName)).keys()).map((r) => r.url) : [];
  /** The app's files this device holds for this build, in any of its caches. */
  const assetKeys = async (): Promise<string[]> => {
    const out: string[] = [];
    for (const name of [`${CACHE_PREFIX}shell-${manifest!.version}`, `${CACHE_PREFIX}pages-${manifest!.version}`, cacheName]) {
      if (await caches.has(name)) for (const r of await (await caches.open(name)).keys()) out.push(r.url.replace(/[?#].*$/, ''));
    }
    return out;
  };
  el.concepts.checked = countSaved([...conceptUrls], await savedKeys()) > 0;

  let running: AbortController | undefined;

  const render = async (note?: string): Promise<void> => {
    const keys = await savedKeys();
    const savedAll = countSaved(urls, keys);
    const target = selected();
    const saved = countSaved(target, keys);
    const assetsLeft = remainingToSave(assetUrls, await assetKeys()).length;
    const all = saved === target.length && target.length > 0 && assetsLeft === 0;
    const parts = [];
    if (visited > 0) parts.push(`${fmt(visited)} ${visited === 1 ? 'page' : 'pages'} you opened`);
    if (savedAll > 0) parts.push(savedAll === urls.length ? `all ${fmt(urls.length)} saved pages` : `${fmt(savedAll)} saved ${savedAll === 1 ? 'page' : 'pages'}`);
    el.onDevice.textContent = parts.length
      ? `On this device: ${parts.join(' and ')}.`
      : 'No paper or concept page is on this device yet.';
    if (missing) return;
    const supported = 'serviceWorker' in navigator && window.isSecureContext;
    if (!supported) {
      el.status.textContent = 'This browser cannot keep the site offline here (it needs HTTPS and service workers).';
      return;
    }
    el.controls.hidden = false;
    el.stop.hidden = running === undefined;
    el.save.hidden = all || running !== undefined;
    el.remove.hidden = savedAll === 0 || running !== undefined;
    el.concepts.disabled = running !== undefined;
    const left = selectedBytes() * (1 - saved / Math.max(1, target.length));
    el.save.textContent =
      saved === 0
        ? `Save all ${fmt(papers)} papers for offline use (about ${formatSize(selectedBytes())})`
        : `Continue saving (${fmt(target.length - saved)} pages left, about ${formatSize(left)})`;
    el.save.disabled = !navigator.onLine;
    if (running) return;
    el.progress.hidden = saved === 0 || all;
    el.progress.max = Math.max(1, target.length);
    el.progress.value = saved;
    let text: string;
    if (all && el.concepts.checked) {
      text = `All ${fmt(urls.length)} pages are saved on this device (about ${formatSize(manifest!.bytes)}): every paper and concept opens offline.`;
    } else if (all) {
      text = `All ${fmt(papers)} papers are saved on this device (about ${formatSize(paperBytes)}): every paper opens offline. Concept pages are not saved; tick the box to add them.`;
    } else if (saved > 0) text = `${fmt(saved)} of ${fmt(target.length)} pages saved. Continue to save the rest, or remove the saved copy.`;
    else if (localStorage.getItem(SAVED_FLAG) && localStorage.getItem(SAVED_FLAG) !== manifest!.version) {
      text = 'The site was updated since you saved it, so the old copy was removed (it would not match the new version). Save again to keep this version offline.';
    } else text = `Nothing saved yet. Saving takes about ${formatSize(selectedBytes())} of this device's storage.`;
    if (!navigator.onLine) text += ' You are offline now: saving needs a network.';
    el.status.textContent = note ? `${note} ${text}` : text;
  };

  el.concepts.addEventListener('change', () => void render());
  el.save.addEventListener('click', () => {
    if (running) return;
    running = new AbortController();
    void saveAll(running.signal).then(async (note) => {
      running = undefined;
      await render(note);
    });
  });
  el.stop.addEventListener('click', () => running?.abort());
  el.remove.addEventListener('click', async () => {
    for (const name of await caches.keys()) if (name.startsWith(`${CACHE_PREFIX}saved-`)) await caches.delete(name);
    localStorage.removeItem(SAVED_FLAG);
    await render('The saved copy was removed.');
  });
  addEventListener('online', () => void render());
  addEventListener('offline', () => {
    if (!running) void render();
  });

  /** Saves what is left; returns the note to show when it ends. */
  async function saveAll(signal: AbortSignal): Promise<string> {
    const cache = await caches.open(cacheName);
    const target = [...assetUrls, ...selected()];
    const todo = [...remainingToSave(assetUrls, await assetKeys()), ...remainingToSave(selected(), (await cache.keys()).map((r) => r.url))];
    const needed = selectedBytes() * (todo.length / Math.max(1, target.length));
    // Ask the browser not to evict the copy under storage pressure (it may say no; saving works either way).
    await navigator.storage?.persist?.().catch(() => false);
    const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
    if (estimate?.quota !== undefined && estimate.quota - (estimate.usage ?? 0) < needed) {
      return `Not enough storage: saving needs about ${formatSize(needed)}, and the browser allows this site ${formatSize(estimate.quota - (estimate.usage ?? 0))} more.`;
    }
    localStorage.setItem(SAVED_FLAG, manifest!.version);
    let done = target.length - todo.length;
    let failed = 0;
    let stopped: string | undefined;
    el.save.hidden = true;
    el.remove.hidden = true;
    el.stop.hidden = false;
    el.progress.hidden = false;
    el.concepts.disabled = true;
    el.progress.max = Math.max(1, target.length);
    const show = () => {
      el.progress.value = done;
      el.status.textContent = `Saving… ${fmt(done)} of ${fmt(target.length)} files.`;
    };
    show();
    let next = 0;
    const worker = async () => {
      while (next < todo.length && !signal.aborted && !stopped) {
        const url = todo[next++]!;
        try {
          // `manual`: a redirect is not followed (it could lead off the site) and counts as a page not fetched.
          // The header sends it past the worker's caches, straight to the network (a same-origin request: no preflight).
          const res = await fetch(url, { signal, credentials: 'same-origin', redirect: 'manual', headers: { [SAVE_HEADER]: '1' } });
          if (!res.ok) {
            failed++;
            continue;
          }
          await cache.put(url, res);
          done++;
          if (done % 10 === 0 || done === target.length) show();
        } catch (err) {
          if (signal.aborted) return;
          if (err instanceof DOMException && err.name === 'QuotaExceededError') stopped = 'The browser refused more storage.';
          else stopped = navigator.onLine ? 'Some pages could not be fetched.' : 'The network went away.';
        }
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    el.stop.hidden = true;
    // The count follows in the status line, read from the cache (a page whose fetch was stopped may have landed).
    if (signal.aborted) return 'Stopped; what was saved stays saved.';
    if (stopped) return `${stopped} What was saved stays saved.`;
    if (failed > 0) return `${fmt(failed)} pages could not be fetched.`;
    return 'Done.';
  }

  await render();
}

/** "Go back" where the page stands in for a missing one, and the browser has somewhere to go back to. */
function showBack(root: HTMLElement): void {
  const row = root.querySelector<HTMLElement>('[data-offline-back-row]');
  const button = root.querySelector<HTMLButtonElement>('[data-offline-back]');
  if (!row || !button || history.length < 2) return;
  row.hidden = false;
  button.addEventListener('click', () => history.back());
}

/** Lists the pages visited on this device (from the worker's visited-pages cache) by title; returns their count. */
async function listVisited(root: HTMLElement): Promise<number> {
  const details = root.querySelector<HTMLDetailsElement>('[data-offline-visited]');
  const list = root.querySelector<HTMLElement>('[data-offline-visited-list]');
  const names = (await caches.keys()).filter((n) => n.startsWith(`${CACHE_PREFIX}pages-`));
  const pages: Request[] = [];
  for (const name of names) {
    for (const req of await (await caches.open(name)).keys()) {
      const path = new URL(req.url).pathname;
      if (path.endsWith('/') || path.endsWith('.html')) pages.push(req);
    }
  }
  if (!details || !list || pages.length === 0) return pages.length;
  const parser = new DOMParser();
  // Built whole and shown at once: each title is read from the cache, and a list growing item by item would
  // show a reader (or a test) a part of it as if it were all.
  const items: HTMLLIElement[] = [];
  for (const req of pages.slice(0, LISTED)) {
    const res = await caches.match(req);
    const title = res ? parser.parseFromString(await res.text(), 'text/html').title : '';
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = req.url;
    a.textContent = title.replace(/\s·\s[^·]*$/, '') || new URL(req.url).pathname;
    li.append(a);
    items.push(li);
  }
  if (pages.length > LISTED) {
    const li = document.createElement('li');
    li.textContent = `and ${fmt(pages.length - LISTED)} more`;
    items.push(li);
  }
  list.append(...items);
  details.hidden = false;
  return pages.length;
}
