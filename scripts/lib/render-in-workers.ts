/**
 * Cold runs render 10,000 paper files (Markdown through remark, YAML through js-yaml: about 1.5 ms a file),
 * which was the content stage's longest part. Rendering is a pure function of a file's spec
 * (src/lib/content/plan.ts), so the files are the same bytes whichever thread made them. Two moves:
 *
 * - The bodies (the abstract with its concept links, most of the cost) depend only on the concepts: one worker
 *   thread renders them ({@link renderBodiesBeside}) while this thread links the papers and lays out the graph,
 *   with the other core otherwise idle.
 * - The files around them need the links and the graph: the ones the caches lack are rendered by this thread
 *   and worker threads side by side ({@link renderPaperFiles}; one thread per core in all). This thread takes a
 *   share itself rather than wait: each worker adds its own heap, and the stage's peak memory counts.
 *
 * Files that carry the user's own additions are left to `planContent`: few, and never cached.
 */
import { bodyCacheKey, fileCacheKey, hasUserEdits, paperBody, paperText, type BodySpec, type PaperFileSpec } from '../../src/lib/content/plan';
import type { PaperFrontmatter } from '../../src/lib/content/schema';
import type { KeyedCache, KeyedCacheFile } from '../../src/lib/cache/keyed-cache';
import { runWorker, splitEvenly, workerThreads } from './worker-run';

/** A worker loads remark, js-yaml and zod first (about half a second): not worth it for a small batch. */
const MIN_FILES_PER_THREAD = 1000;

/** What a file worker is given for one file: its frontmatter, and its body when that is known. */
export type FileJob = [frontmatter: PaperFrontmatter, body: string | BodySpec];

/**
 * Starts rendering, in one worker thread, the bodies `bodies` lacks; `done` settles once they are in it (or the
 * worker failed: the bodies are then rendered where they are needed). Nothing starts on one core or for a
 * small batch.
 */
export function renderBodiesBeside(
  specs: readonly BodySpec[],
  bodies: Pick<KeyedCacheFile<string>, 'has' | 'put'>,
  { threads = workerThreads(), minFiles = MIN_FILES_PER_THREAD }: { threads?: number; minFiles?: number } = {},
): { count: number; done: Promise<void> } {
  const missing = new Map<string, BodySpec>();
  for (const spec of specs) {
    const key = bodyCacheKey(spec);
    // `has`, not `get`: nothing is read back yet (an entry that does not read back is rendered later).
    if (!missing.has(key) && !bodies.has(key)) missing.set(key, spec);
  }
  if (threads < 2 || missing.size < minFiles) return { count: 0, done: Promise.resolve() };
  const keys = [...missing.keys()];
  const done = runWorker<BodySpec[], string[]>(new URL('./body-worker.ts', import.meta.url), [...missing.values()]).then(
    (answers) => answers.forEach((body, i) => bodies.put(keys[i]!, body)),
    (error: Error) => console.warn(`  (the body worker failed, bodies are rendered later: ${error.message})`),
  );
  return { count: keys.length, done };
}

/**
 * Every paper file's text but those with the user's additions, taken from the caches or rendered (and put in
 * them), by spec, for `planContent`. What the caches lack is rendered by this thread and worker threads side by
 * side when there is enough of it, by this thread alone otherwise. `planContent` takes the texts as they are,
 * without looking them up again (each lookup makes a key the size of the whole file).
 */
export async function renderPaperFiles(
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
): Promise<{ count: number; threads: number; texts: Map<PaperFileSpec, string> }> {
  const texts = new Map<PaperFileSpec, string>();
  const missing: Array<{ spec: PaperFileSpec; body: string | undefined }> = [];
  for (const spec of specs) {
    if (hasUserEdits(spec)) continue;
    const body = caches.bodies.get(bodyCacheKey(spec.body));
    const text = body === undefined ? undefined : caches.rendered.get(fileCacheKey(spec, body)!);
    if (text === undefined) missing.push({ spec, body });
    else texts.set(spec, text);
  }
  const sharing = Math.min(threads, Math.floor(missing.length / minPerThread));
  const [own = [], ...theirs] = sharing >= 2 ? splitEvenly(missing, sharing) : [missing];
  if (theirs.length > 0) collect?.();
  // Started first: each worker runs while this thread renders its own share.
  const url = new URL('./render-worker.ts', import.meta.url);
  const answers = Promise.all(
    theirs.map((share) => runWorker<FileJob[], Array<[string, string]>>(url, share.map(({ spec, body }): FileJob => [spec.frontmatter, body ?? spec.body]))),
  );
  // Awaited below, once this thread's share is done; a worker failing before then is not an unhandled rejection.
  answers.catch(() => undefined);

  const keep = (spec: PaperFileSpec, body: string, text: string): void => {
    caches.bodies.put(bodyCacheKey(spec.body), body);
    caches.rendered.put(fileCacheKey(spec, body)!, text);
    texts.set(spec, text);
  };
  const renderHere = (jobs: typeof missing) => {
    for (const { spec, body } of jobs) {
      const made = body ?? paperBody(spec.body);
      keep(spec, made, paperText(spec, made));
    }
  };
  renderHere(own);
  if (theirs.length > 0) {
    try {
      (await answers).flat().forEach(([body, text], i) => keep(missing[own.length + i]!.spec, body, text));
    } catch (error) {
      console.warn(`  (render workers failed, the rest is rendered in one thread: ${(error as Error).message})`);
      renderHere(missing.slice(own.length));
    }
    collect?.();
  }
  return { count: missing.length, threads: theirs.length + 1, texts };
}
