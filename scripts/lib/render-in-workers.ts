/**
 * Cold runs: the paper files whose bodies the render caches do not hold are rendered by this thread and
 * worker threads side by side (one thread per core in all) and put in the caches, so `planContent` then
 * finds them there. Rendering is a pure function of a file's spec (src/lib/content/plan.ts), so the files are
 * the same bytes either way. At 10,000 papers it was the content stage's longest single-threaded part
 * (Markdown through remark, YAML through js-yaml: about 1.5 ms a file). This thread takes a share itself
 * rather than wait: each worker adds its own heap (about 130 MB at 10,000 papers), and the stage's peak memory
 * counts. Files that carry the user's own additions are left to `planContent`: few, and never cached.
 */
import { bodyCacheKey, fileCacheKey, hasUserEdits, paperBody, paperText, type PaperFileSpec } from '../../src/lib/content/plan';
import type { KeyedCache } from '../../src/lib/cache/keyed-cache';
import { runWorker, splitEvenly, workerThreads } from './worker-run';

/** A worker loads remark, js-yaml and zod first (about half a second): not worth it for a small batch. */
const MIN_FILES_PER_THREAD = 1000;

/**
 * Renders the missing paper files. Answers with how many it rendered (0: none, left to the caller) and the
 * cache to give `planContent`: `caches.rendered` keeps only a hash of each text (the text itself is the file
 * on disk, once written), so the texts rendered here are handed over in memory.
 */
export async function renderInWorkers(
  specs: readonly PaperFileSpec[],
  caches: { rendered: KeyedCache<string>; bodies: KeyedCache<string> },
  {
    threads = workerThreads(),
    minPerThread = MIN_FILES_PER_THREAD,
    collect,
  }: {
    threads?: number;
    minPerThread?: number;
    /**
     * A full collection, run before the threads start and after they end (only when they run): their heaps come
     * on top of what this thread holds, and the pages those heaps used stay with the process until a collection
     * gives them back.
     */
    collect?: () => void;
  } = {},
): Promise<{ count: number; threads: number; rendered: KeyedCache<string> }> {
  const missing = specs.filter((spec) => !hasUserEdits(spec) && caches.bodies.get(bodyCacheKey(spec)) === undefined);
  const sharing = Math.min(threads, Math.floor(missing.length / minPerThread));
  if (sharing < 2) return { count: 0, threads: 1, rendered: caches.rendered };
  const [own = [], ...theirs] = splitEvenly(missing, sharing);
  collect?.();
  // Started first: each worker runs while this thread renders its own share.
  const url = new URL('./render-worker.ts', import.meta.url);
  const answers = Promise.all(theirs.map((share) => runWorker<PaperFileSpec[], Array<[string, string]>>(url, share)));
  // Awaited below, once this thread's share is done; a worker failing before then is not an unhandled rejection.
  answers.catch(() => undefined);

  const texts = new Map<string, string>();
  const keep = (spec: PaperFileSpec, body: string, text: string): void => {
    const key = fileCacheKey(spec, body)!;
    caches.bodies.put(bodyCacheKey(spec), body);
    caches.rendered.put(key, text);
    texts.set(key, text);
  };
  for (const spec of own) {
    const body = paperBody(spec);
    keep(spec, body, paperText(spec, body));
  }
  let count = own.length;
  try {
    (await answers).flat().forEach(([body, text], i) => keep(missing[own.length + i]!, body, text));
    count = missing.length;
  } catch (error) {
    // Only a shortcut: what the workers did not render, `planContent` renders in this thread.
    console.warn(`  (render workers failed, the rest is rendered in one thread: ${(error as Error).message})`);
  }
  collect?.();
  return {
    count,
    threads: sharing,
    rendered: {
      get: (key) => texts.get(key) ?? caches.rendered.get(key),
      put: (key, text) => caches.rendered.put(key, text),
    },
  };
}
