/**
 * What every page runs on load for the header search box: nothing but listeners. `/` or Ctrl/⌘-K
 * focuses the box from anywhere (on the search page, the page's own larger box), and the first focus
 * loads the search UI (`search-box.ts`), which then loads Pagefind. Without JavaScript the box is a
 * plain form that opens the search page.
 */
import type { SearchUi } from './search-ui';
// Shared with the search UI, so a chunk of its own (0.3 kB, fetched beside Vite's preload helper, at the same depth,
// once per site): the one sentence that says why search cannot run is worth not having in two copies.
import { searchUnavailableMessage } from './unavailable-message';
import type { SearchRequest } from './search-worker';

/**
 * Where a search worker started early waits for search-client.ts to take it (a global, not a shared module: a
 * module both this entry and search-client imported would be one more script for every page to fetch).
 */
export const EARLY_WORKER_KEY = 'atlasSearchWorker';

/**
 * Starts the search worker and Pagefind's loading (its script, entry, metadata and WebAssembly) now, beside
 * the search UI's own scripts rather than after them: on the search page as it loads, and in the header box on
 * the first focus. On a 400 ms link each script that waits for the one before costs a round trip (review 22
 * finding 8: about 14 in a row before the first result). search-client.ts takes the worker over.
 */
export function startSearchEarly(options: { aliases: boolean; filters: boolean }): void {
  const slot = globalThis as unknown as Record<string, Worker | undefined>;
  if (slot[EARLY_WORKER_KEY] || typeof Worker !== 'function') return;
  try {
    const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'atlas-search' });
    // Id -1: no call waits for its answer; the search-client's own calls count from 0.
    const request: SearchRequest<'warmUp'> = { id: -1, call: 'warmUp', args: [options] };
    worker.postMessage(request);
    slot[EARLY_WORKER_KEY] = worker;
    // A worker whose script could not be fetched (offline before the first visit) is not handed over: the first
    // search starts a new one, and says so if that fails too.
    worker.addEventListener('error', (event) => {
      if (slot[EARLY_WORKER_KEY] !== worker) return;
      event.preventDefault();
      slot[EARLY_WORKER_KEY] = undefined;
      worker.terminate();
    });
  } catch {
    // A policy that forbids workers: search-client.ts reports it on the first search.
  }
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Opens the box's popup (markup of every page) with why search cannot run, until focus leaves the box. */
function sayUnavailable(root: HTMLElement): void {
  const popup = root.querySelector<HTMLElement>('[data-search-popup]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  if (!popup || !status || !root.contains(document.activeElement)) return;
  status.textContent = searchUnavailableMessage(navigator.onLine);
  popup.hidden = false;
  const close = (event: FocusEvent) => {
    if (root.contains(event.relatedTarget as Node | null)) return;
    popup.hidden = true;
    root.removeEventListener('focusout', close);
  };
  root.addEventListener('focusout', close);
}

export function armSearchBox(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('[data-search-input]');
  if (!input) return;
  let ui: Promise<SearchUi> | undefined;
  const load = (): Promise<SearchUi> => {
    if (!ui) {
      startSearchEarly({ aliases: false, filters: false });
      ui = import('./search-box').then((m) => m.initSearchBox(root));
      // A failed load (e.g. offline before the first visit) is retried on the next focus, and said meanwhile:
      // a box that takes typing and shows nothing reads as a search that found nothing.
      ui.catch((err: unknown) => {
        console.warn('Search could not load:', err);
        ui = undefined;
        sayUnavailable(root);
      });
    }
    return ui;
  };
  input.addEventListener('focus', () => void load().catch(() => undefined));
  // Typing before the first focus is impossible, but a pointer press is the earliest sign of intent.
  input.addEventListener('pointerdown', () => void load().catch(() => undefined), { once: true });

  document.addEventListener('keydown', (event) => {
    const k = event.key.toLowerCase();
    const isSlash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(event.target);
    const isCmdK = k === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
    if (!isSlash && !isCmdK) return;
    event.preventDefault();
    const pageBox = document.querySelector<HTMLInputElement>('[data-atlas-search-page] [data-search-input]');
    if (pageBox) {
      pageBox.focus();
      pageBox.select();
      return;
    }
    input.focus();
    input.select();
    if (input.value.trim() !== '') void load().then((u) => u.run(), () => undefined);
  });
}
