/**
 * Worker of scripts/lib/render-in-workers.ts: renders the paper files it is given, in order, and answers with
 * each one's body and whole text.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { paperBody, paperText, type PaperFileSpec } from '../../src/lib/content/plan';

const specs = workerData as PaperFileSpec[];
parentPort!.postMessage(
  specs.map((spec): [string, string] => {
    const body = paperBody(spec);
    return [body, paperText(spec, body)];
  }),
);
