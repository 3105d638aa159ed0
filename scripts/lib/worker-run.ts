/**
 * Runs one TypeScript worker thread of the content stage on its input and settles with its one answer. The
 * worker needs tsx's loader, which a run through tsx passes on by itself.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * One worker per core, at most four: each analysis worker loads its own tagger (about 150 MB more peak memory
 * apiece), and past the per-document part the concept stage runs in one thread anyway (measured at 10,000
 * papers on 2 cores: concepts 16.2 s in one thread, 13.8–15.1 s with two workers).
 * ATLAS_WORKER_THREADS sets another number (1: no workers).
 */
export function workerThreads(): number {
  const set = Number(process.env.ATLAS_WORKER_THREADS);
  return Number.isInteger(set) && set > 0 ? set : Math.min(4, availableParallelism());
}

export function runWorker<Input, Answer>(url: URL, input: Input): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const execArgv = process.execArgv.some((a) => a.includes('tsx')) ? process.execArgv : [...process.execArgv, '--import', 'tsx'];
    const worker = new Worker(url, { workerData: input, execArgv });
    // Settled once the thread has ended, not at its answer: a collection run after that can give its heap's
    // pages back (scripts/lib/heap-growth.ts releaseMemory).
    let answered: { answer: Answer } | undefined;
    worker.once('message', (answer: Answer) => {
      answered = { answer };
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (answered) resolve(answered.answer);
      else reject(new Error(`worker ${url.pathname.split('/').pop()} exited with code ${code}`));
    });
  });
}

/** `items` cut into `parts` runs of nearly equal length, in order. */
export function splitEvenly<T>(items: readonly T[], parts: number): T[][] {
  const size = Math.ceil(items.length / parts);
  return Array.from({ length: parts }, (_, k) => items.slice(k * size, (k + 1) * size));
}
