/**
 * The page's side of search: the same calls as engine.ts, each sent to the search worker
 * (search-worker.ts), which is started on the first call. If the worker cannot start (offline before the
 * first visit), the waiting calls fail and the next call starts a new one.
 */
import type { MostWordsOptions, SearchHit, SearchOptions, SearchOutcome, WarmUpOptions } from './engine';
import type { SearchCallName, SearchCalls, SearchReply, SearchRequest } from './search-worker';

/** search-box-trigger.ts's `EARLY_WORKER_KEY` (not imported: that module is the header's entry script). */
const EARLY_WORKER_KEY = 'atlasSearchWorker';

export type { SearchHit, SearchOptions, SearchOutcome } from './engine';

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

/** The worker search-box-trigger.ts started ahead of this module (`startSearchEarly`), if any: taken once. */
function earlyWorker(): Worker | undefined {
  const slot = globalThis as unknown as Record<string, Worker | undefined>;
  const early = slot[EARLY_WORKER_KEY];
  slot[EARLY_WORKER_KEY] = undefined;
  return early;
}

function searchWorker(): Worker {
  if (worker) return worker;
  const started = earlyWorker() ?? new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'atlas-search' });
  started.addEventListener('message', ({ data }: MessageEvent<SearchReply>) => {
    const call = waiting.get(data.id);
    if (!call) return;
    waiting.delete(data.id);
    if (data.ok) call.resolve(data.value);
    else call.reject(new Error(data.message));
  });
  started.addEventListener('error', (event) => {
    event.preventDefault();
    started.terminate();
    if (worker === started) worker = undefined;
    for (const call of waiting.values()) call.reject(new Error(`Search could not start${event.message ? `: ${event.message}` : ''}`));
    waiting.clear();
  });
  worker = started;
  return started;
}

function call<K extends SearchCallName>(name: K, ...args: Parameters<SearchCalls[K]>): Promise<Awaited<ReturnType<SearchCalls[K]>>> {
  return new Promise((resolve, reject) => {
    // A worker that cannot even be made (a policy that forbids it) rejects this call and leaves nothing waiting.
    const target = searchWorker();
    const id = nextId++;
    waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
    const request: SearchRequest<K> = { id, call: name, args };
    target.postMessage(request);
  });
}

export function search(query: string, options?: SearchOptions): Promise<SearchOutcome> {
  return call('search', query, options);
}

export function findPaperIds(query: string, limit?: number): Promise<string[]> {
  return call('findPaperIds', query, limit);
}

/** Every concept's label, for "did you mean" (loads the filter index). */
export function conceptLabels(): Promise<string[]> {
  return call('conceptLabels');
}

/** The query with its misspelled words corrected to words of the collection, if any are (loads those words). */
export function spellingFix(query: string, unseen: readonly string[]): Promise<string | undefined> {
  return call('spellingFix', query, unseen);
}

/** Papers matching all of the query's words but one, for a query that found few (engine.ts `mostWords`). */
export function mostWords(query: string, options?: MostWordsOptions): Promise<SearchHit[]> {
  return call('mostWords', query, options);
}

/** Starts the worker and, in it, the loading of search ahead of the first keystroke. */
export function warmUp(options?: WarmUpOptions): void {
  void call('warmUp', options).catch(() => undefined);
}
