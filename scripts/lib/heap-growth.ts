/**
 * How far the build's two big processes let their heap grow past what survived the last full collection.
 *
 * Left to itself, V8 lets a busy heap grow to two to four times its live objects before it collects again, and
 * the memory it has taken stays with the process. Both big steps of a build are busy from start to end and
 * make most of their garbage in bursts (the content stage's corpus pass, Astro's store save and its
 * `getStaticPaths`), so their peak memory was mostly garbage: traced at 10,000 papers, Astro's heap grew to
 * 1.27 GB over 0.44–0.51 GB of live objects, the content stage's to 1.12 GB over 0.56 GB.
 * A fixed growth factor makes V8 collect sooner; in the traces the full collections were short next to the
 * work between them (tens to a few hundred milliseconds, mostly on V8's background thread). Measured cold
 * at 10,000 papers (one or two runs each, times within the machine's noise): Astro peak 1.22–1.35 GB → 1.20–1.22
 * GB at 50%, 1.26 GB at 20%; content stage 1.51 → 1.35–1.37 GB at 30–50%, 1.32 GB at 20%.
 *
 * The flag is V8's own (`node --v8-options`), set with `setFlagsFromString`, which ignores a flag it does not
 * know (on the command line an unknown flag stops Node): a Node without it builds as before.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Astro's heap: rendering 25,000 pages makes garbage steadily. With one page in flight 50% held the peak
 * best (20% cost more collections); with three (astro.config.mjs `build.concurrency`) garbage comes faster
 * and 50% peaked at 1.33 GB, 30% at 1.27–1.28 GB (page phase 67 s at 50%, 68 and 85 s at 30%, on a machine
 * whose speed varied by that much between runs). Measured again once the views and the content store had
 * shrunk (Astro alone, cold, alternating): 45% saved about 3 s of 72 s and 6–7 s of CPU, and peaked at
 * 1.15–1.20 GB in eighteen runs but at 1.38 GB in one (40%: 1.29 GB once); 30% stayed within 1.10–1.17 GB in
 * eleven. A few seconds do not change where the build stands against its time target; one such peak would
 * break its memory target, so 30% stays.
 */
export const ASTRO_HEAP_GROWING_PERCENT = 30;
/** The content stage: most of its live objects are held only while the concepts are extracted. */
export const CONTENT_HEAP_GROWING_PERCENT = 20;

const flag = (percent: number) => `--heap-growing-percent=${Math.trunc(percent)}`;

/** Node options that set the growth factor of a step's process before its script runs. */
export function heapGrowthArgs(percent: number): string[] {
  const source = `import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm'; setFlagsFromString(${JSON.stringify(flag(percent))});`;
  return ['--import', `data:text/javascript,${encodeURIComponent(source)}`];
}

/** Sets the growth factor of this process from inside it (and of the worker threads it starts later). */
export function limitHeapGrowth(percent: number): void {
  setFlagsFromString(flag(percent));
}

/** The flag at its default, 0: V8's own rule, which grows a busy heap further between collections. */
export const RELEASE_FLAG = flag(0);

/** Gives the heap's growth back to V8's own rule, from the next collection on. */
export function releaseHeapGrowth(): void {
  setFlagsFromString(RELEASE_FLAG);
}

let gc: ((options?: { type: 'major'; execution: 'sync'; flavor: 'regular' | 'last-resort' }) => void) | undefined;

function collect(flavor: 'regular' | 'last-resort'): void {
  if (!gc) {
    // Node exposes `gc` only behind a flag; set from inside, it is given to a new context.
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as typeof gc;
  }
  gc!({ type: 'major', execution: 'sync', flavor });
}

/**
 * A full collection now. For the moment a step has just let go of most of what it held: the content stage's
 * concept step ends with its document analyses garbage (at 10,000 papers, 113 MB of 597 MB of heap still
 * live), and the heap's limit, set when they were all live, let the phases after it grow on top of that garbage
 * until the end of the stage, where its peak is. Collected there, a cold stage at 10,000 papers peaked at
 * 1.14–1.15 GB in three runs, against 1.15–1.21 GB in five without; a re-run's stage at 1.01 GB against 1.09–1.15.
 * The heap's freed pages stay with the process, in V8's own pool, for the next phase to grow into.
 */
export function collectGarbage(): void {
  collect('regular');
}

/**
 * A full collection that also gives the freed pages back to the system: V8's "last resort" collection, the
 * kind it runs before giving up on memory. A plain one frees the heap's pages only to V8's own pool, where they
 * stay resident, and so do the pages of a worker thread's heap once the thread has ended. Traced at 10,000
 * papers (/proc/self/smaps), 2,822 heap pages (698 MB) were resident after the concept step's plain collection
 * against a heap of 359 MB; a last-resort one took the process from 822 to 282 MB. It costs about half a
 * second at that size, and the next phase pays again to take fresh pages from the system.
 */
export function releaseMemory(): void {
  collect('last-resort');
}
