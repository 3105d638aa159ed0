/**
 * Cold runs: the documents that the concept cache does not hold are analysed in worker threads, one per
 * core, and put in the cache, so `extractConcepts` then finds every analysis there. The analysis is a
 * pure function of the document, and the cache hands back exactly what a run without workers computes
 * (a value goes through JSON either way), so the index is the same. Small batches are not worth a
 * worker's start (loading the tagger takes about a second).
 */
import { runWorker, splitEvenly, workerThreads } from './worker-run';
import { analysisKey } from '../../src/lib/concepts/concept-analysis';
import { englishText } from '../../src/lib/concepts/language';
import type { DocumentAnalysis } from '../../src/lib/cache/document-analysis';
import type { KeyedCacheFile } from '../../src/lib/cache/keyed-cache';
import type { DocumentText } from '../../src/lib/model/paper';

const MIN_DOCS_PER_WORKER = 1000;

/** Each document's analysis as JSON, or null when it is not cacheable. */
function runAnalysisWorker(docs: DocumentText[]): Promise<Array<string | null>> {
  return runWorker(new URL('./analysis-worker.ts', import.meta.url), docs);
}

/**
 * The documents whose analysis `cache` does not hold, one per distinct text, with their keys; and every
 * document's English text, for the concept stage to take rather than find again (`ExtractOptions.englishTexts`).
 */
export function missingAnalyses(
  docs: readonly DocumentText[],
  cache: KeyedCacheFile<DocumentAnalysis>,
): { docs: DocumentText[]; keys: string[]; englishTexts: (DocumentText | undefined)[] } {
  const seen = new Set<string>();
  const missing: DocumentText[] = [];
  // The concept stage reads only its English text (src/lib/concepts/language.ts), maybe none.
  const englishTexts = docs.map(englishText);
  for (const d of englishTexts) {
    if (d === undefined) continue;
    const key = analysisKey(d);
    if (seen.has(key) || cache.has(key)) continue;
    seen.add(key);
    missing.push(d);
  }
  return { docs: missing, keys: [...seen], englishTexts };
}

/** Analyses the documents {@link missingAnalyses} found in worker threads; returns how many it analysed. */
export async function analyseInWorkers(
  { docs: missing, keys }: { docs: DocumentText[]; keys: string[] },
  cache: KeyedCacheFile<DocumentAnalysis>,
  { threads = workerThreads(), minPerWorker = MIN_DOCS_PER_WORKER }: { threads?: number; minPerWorker?: number } = {},
): Promise<number> {
  const workers = Math.min(threads, Math.floor(missing.length / minPerWorker));
  if (workers < 2) return 0;
  const chunks = splitEvenly(missing, workers);
  try {
    // In the order of `missing`, as are their keys.
    const results = (await Promise.all(chunks.map(runAnalysisWorker))).flat();
    // Taken as the workers' JSON: parsed here, 10,000 analyses were 0.3 GB of objects held at once.
    results.forEach((json, i) => {
      if (typeof json === 'string') cache.putSerialised(keys[i]!, json);
    });
  } catch (error) {
    // Only a shortcut: without it the documents are analysed in this thread.
    console.warn(`  (analysis workers failed, analysing in one thread: ${(error as Error).message})`);
    return 0;
  }
  return missing.length;
}
