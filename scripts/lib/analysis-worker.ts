/**
 * Worker of scripts/lib/analyse-in-workers.ts: analyses the documents it is given, in order, and answers
 * with each analysis as JSON (null when it would not read back the same), the form the cache keeps.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { cacheable, documentAnalysis } from '../../src/lib/concepts/concept-analysis';
import type { DocumentText } from '../../src/lib/model/paper';

const docs = workerData as DocumentText[];
parentPort!.postMessage(
  docs.map((d) => {
    const analysis = documentAnalysis(d);
    return cacheable(analysis) ? JSON.stringify(analysis) : null;
  }),
);
