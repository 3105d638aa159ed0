/**
 * Worker of scripts/lib/render-in-workers.ts `renderPaperFiles`: renders the paper files it is given, in order,
 * and answers with each one's body and whole text.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { paperBody, paperText } from '../../src/lib/content/plan';
import type { FileJob } from './render-in-workers';

const jobs = workerData as FileJob[];
parentPort!.postMessage(
  jobs.map(([frontmatter, known]): [string, string] => {
    const body = typeof known === 'string' ? known : paperBody(known);
    return [body, paperText({ frontmatter, userEdits: undefined }, body)];
  }),
);
