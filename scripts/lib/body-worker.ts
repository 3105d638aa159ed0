/**
 * Worker of scripts/lib/render-in-workers.ts `renderBodiesBeside`: renders the paper-file bodies it is given,
 * in order, and answers with them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { paperBody, type BodySpec } from '../../src/lib/content/plan';

parentPort!.postMessage((workerData as BodySpec[]).map((spec) => paperBody(spec)));
