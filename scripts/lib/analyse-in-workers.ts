/**
 * Cold runs: the documents that the concept cache does not hold are analysed in worker threads, one per
 * core, and put in the cache, so `extractConcepts` then finds every analysis there. The analysis is a
 * pure function of the document, and the cache hands back exactly what a run without workers computes
 * (a value goes through JSON either way), so the index is the same. Small batches are not worth a
 * worker's start (loading the tagger takes about a second).
 *
 * A cold run of a big collection starts the workers before it has normalised the records
 * ({@link warmAnalysisWorkers}): at 10,000 papers each spent 0.6 s loading before its first document, while
 * the other core waited for the normalising to end.
 */
import { runWorker, splitEvenly, startWorker, workerThreads, type StartedWorker } from './worker-run';
import { analysisKey } from '../../src/lib/concepts/extract';
import type { DocumentAnalysis } from '../../src/lib/cache/document-analysis';
import type { KeyedCacheFile } from '../../src/lib/cache/keyed-cache';
import type { DocumentText } from '../../src/lib/model/paper';

const MIN_DOCS_PER_WORKER = 1000;

const WORKER = new URL('./analysis-worker.ts', import.meta.url);

type AnalysisWorker = StartedWorker<DocumentText[], Array<string | null>>;

/** Each document's analysis as JSON, or null when it is not cacheable. */
function runAnalysisWorker(docs: DocumentText[]): Promise<Array<string | null>> {
  return runWorker(WORKER, docs);
}

/**
 * Analysis workers started ahead of their documents, as many as {@link analyseInWorkers} would start for
 * `records` documents; none when a cache of analyses exists (a re-run, which analyses few) or the batch
 * would be too small. Those not given documents are stopped by {@link analyseInWorkers}.
 */
export function warmAnalysisWorkers(
  records: number,
  { cached, threads = workerThreads(), minPerWorker = MIN_DOCS_PER_WORKER }: { cached: boolean; threads?: number; minPerWorker?: number },
): AnalysisWorker[] {
  const workers = Math.min(threads, Math.floor(records / minPerWorker));
  if (cached || workers < 2) return [];
  return Array.from({ length: workers }, () => startWorker<DocumentText[], Array<string | null>>(WORKER));
}

/** The documents whose analysis `cache` does not hold, one per distinct text, with their keys. */
export function missingAnalyses(docs: readonly DocumentText[], cache: KeyedCacheFile<DocumentAnalysis>): { docs: DocumentText[]; keys: string[] } {
  const seen = new Set<string>();
  const missing: DocumentText[] = [];
  for (const d of docs) {
    const key = analysisKey(d);
    if (seen.has(key) || cache.has(key)) continue;
    seen.add(key);
    missing.push(d);
  }
  return { docs: missing, keys: [...seen] };
}

/**
 * Analyses the documents {@link missingAnalyses} found in worker threads, in `warm` ones first; returns how many
 * it analysed. Warm workers it does not need are stopped.
 */
export async function analyseInWorkers(
  { docs: missing, keys }: { docs: DocumentText[]; keys: string[] },
  cache: KeyedCacheFile<DocumentAnalysis>,
  {
    threads = workerThreads(),
    minPerWorker = MIN_DOCS_PER_WORKER,
    warm = [],
  }: { threads?: number; minPerWorker?: number; warm?: readonly AnalysisWorker[] } = {},
): Promise<number> {
  const workers = Math.min(threads, Math.floor(missing.length / minPerWorker));
  for (const idle of warm.slice(workers < 2 ? 0 : workers)) idle.stop();
  if (workers < 2) return 0;
  const chunks = splitEvenly(missing, workers);
  try {
    // In the order of `missing`, as are their keys.
    const results = (
      await Promise.all(
        chunks.map((chunk, k) => {
          const ready = warm[k];
          if (!ready) return runAnalysisWorker(chunk);
          ready.send(chunk);
          return ready.answer;
        }),
      )
    ).flat();
    // Taken as the workers' JSON: parsed here, 10,000 analyses were 0.3 GB of objects held at once.
    results.forEach((json, i) => {
      if (typeof json === 'string') cache.putSerialised(keys[i]!, json);
    });
  } catch (error) {
    for (const w of warm) w.stop();
    // Only a shortcut: without it the documents are analysed in this thread.
    console.warn(`  (analysis workers failed, analysing in one thread: ${(error as Error).message})`);
    return 0;
  }
  return missing.length;
}
