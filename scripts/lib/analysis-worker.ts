/** Worker of scripts/lib/analyse-in-workers.ts: analyses the documents it is given, in order. */
import { parentPort, workerData } from 'node:worker_threads';
import { documentAnalysis } from '../../src/lib/concepts/extract';
import type { DocumentText } from '../../src/lib/model/paper';

const docs = workerData as DocumentText[];
parentPort!.postMessage(docs.map((d) => documentAnalysis(d)));
