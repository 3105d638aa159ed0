/**
 * `npm run build`: content stage → Astro build → search index, with the open-data exports beside Astro (four
 * cores or more, or a re-run that keeps the last site) or beside the index → offline service worker
 * (scripts/lib/post-build.ts). Astro's process starts with the content stage and waits for it before reading
 * any content (src/lib/site/content-gate.ts). Arguments after `--`
 * go to the content stage (e.g. `npm run build -- --input my.bib`). Each step runs as its own process
 * so that each gets Node's default heap to itself.
 *
 * A re-run keeps the previous site folder when the last build into it used the same Astro cache: Astro's
 * incremental build then leaves unchanged pages where they are, and what the new build did not produce
 * is removed afterwards (scripts/lib/out-dir.ts). Otherwise Astro empties the folder as usual.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { ASTRO_HEAP_GROWING_PERCENT, heapGrowthArgs } from './lib/heap-growth';
import { withMemoryReleased, withNativeMemoryReleased } from './lib/malloc-release';
import { postBuildSteps, publishOpenData, type PostBuildStep } from './lib/post-build';
import { CONTENT_GATE_FD, GO } from '../src/lib/site/content-gate';
import { asksForHelp, CONTENT_OPTIONS_HELP, settingsProblem, stepEnvironment } from './lib/content-options';
import { describeRemoved } from '../src/lib/cache/out-dir';
import { linkPageCopies, prepareOutDir, prepareStagedSite, pruneOutDir, putStagedSiteInPlace, stampOutDir, unstampOutDir } from './lib/out-dir';
import { astroCacheDir } from '../src/lib/config/astro-cache-dir';

interface Outcome {
  label: string;
  code: number | string;
}

/** Starts a step; its promise settles when the process has ended (never rejects). */
function start(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): { child: ChildProcess; done: Promise<Outcome> } {
  return startGated(label, command, args, env, false);
}

/**
 * A step that, with `gated`, gets a pipe as file descriptor {@link GATE_FD} and waits on it until `go()`
 * (src/lib/site/content-gate.ts); its time is then counted from `go()`, when its inputs were ready.
 */
function startGated(label: string, command: string, args: string[], env: NodeJS.ProcessEnv, gated: boolean): { child: ChildProcess; done: Promise<Outcome>; go: () => void } {
  let started = Date.now();
  const child = spawn(command, args, {
    stdio: gated ? ['inherit', 'inherit', 'inherit', 'pipe'] : 'inherit',
    env: gated ? { ...env, [CONTENT_GATE_FD]: String(GATE_FD) } : env,
  });
  const gate = gated ? (child.stdio[GATE_FD] as Writable) : undefined;
  // A step that failed before it got to wait has closed its end; its exit code tells the rest.
  gate?.on('error', () => {});
  const done = new Promise<Outcome>((settle) => {
    child.on('error', (error) => settle({ label, code: error.message }));
    child.on('exit', (code, signal) => {
      if (code === 0) console.log(`✔ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s${gated ? ' once the content was ready' : ''})`);
      settle({ label, code: code ?? signal ?? 1 });
    });
  });
  const go = () => {
    started = Date.now();
    gate?.end(GO);
  };
  return { child, done, go };
}

/** Exits when any step failed, after reporting each (all of them have ended by now: none is left half-way). */
function exitOnFailure(outcomes: readonly Outcome[]): void {
  const failed = outcomes.filter((o) => o.code !== 0);
  for (const f of failed) console.error(`\n✖ ${f.label} failed (exit ${f.code}).`);
  if (failed.length > 0) process.exit(typeof failed[0]!.code === 'number' ? failed[0]!.code : 1);
}

const startStep = (step: PostBuildStep) => start(step.label, step.command, step.args);
/** Astro's end of the content gate. */
const GATE_FD = 3;

const contentArgs = process.argv.slice(2);
if (asksForHelp(contentArgs)) {
  console.log(`Usage: npm run build -- [options]

Builds the site into dist/ (or ATLAS_OUT_DIR): the content stage, Astro, the search index, the open-data
exports and the offline service worker. The options go to the content stage; --content-dir and --title
reach every step.

${CONTENT_OPTIONS_HELP}`);
  process.exit(0);
}

// Checked before any step starts: Astro, started beside the content stage, reads the same settings and printed a
// bad one first, as "Unable to load your Astro config" with a stack trace, and the content stage's clean message
// after it; an unknown flag sent the user to `npm run content -- --help`.
const problem = settingsProblem(contentArgs, 'build');
if (problem !== undefined) {
  console.error(`✖ ${problem}`);
  process.exit(1);
}

const outDir = resolve(process.env.ATLAS_OUT_DIR || 'dist');
const steps = postBuildSteps();

const buildStarted = Date.now();
// Every step, and this script's own linking of the exports, reads the content folder and title given here.
Object.assign(process.env, stepEnvironment(contentArgs));
// The cache folder astro.config.mjs resolves: Astro's own for this content folder.
const cacheDir = astroCacheDir(process.env);
// Whether the last site can be kept is judged before anything runs (nothing writes into it until Astro does).
const kept = prepareOutDir(outDir, cacheDir);
// A build that cannot keep the last site builds the new one beside it and puts it in place once every step
// has succeeded: stopped or failed half-way, it leaves the last complete site where it was. (One that keeps
// the folder changes it in place: Astro rewrites only the pages whose data changed.)
const siteDir = kept ? outDir : prepareStagedSite(outDir);
process.env.ATLAS_OUT_DIR = siteDir;
const content = start('content', process.execPath, ['--import', 'tsx', 'scripts/content.ts', ...contentArgs], withMemoryReleased(process.env));
// Astro starts beside the content stage and waits for it before reading the content folder: its own start-up
// (about 4 s at 10,000 papers) no longer follows the content stage. Its step time counts from the go.
const astroRun = startGated(
  'astro build',
  process.execPath,
  [...heapGrowthArgs(ASTRO_HEAP_GROWING_PERCENT), 'node_modules/astro/bin/astro.mjs', 'build'],
  withNativeMemoryReleased({ ...process.env, ATLAS_KEEP_OUT_DIR: kept ? '1' : '', ATLAS_QUIET_ASTRO: '1' }),
  true,
);
const contentDone = await content.done;
if (contentDone.code !== 0) {
  // Astro has read nothing yet, so it has written nothing either.
  astroRun.child.kill();
  await astroRun.done;
  exitOnFailure([contentDone]);
}

unstampOutDir(cacheDir);
linkPageCopies(siteDir, cacheDir);
// The exports need only the content folder: with cores to spare they are made while Astro builds the pages.
// On two cores a cold Astro build's rendering, file writes and garbage collection keep both busy: measured on
// such a machine, the exports slowed Astro by as much as they saved later. A build that keeps the last site
// (Astro's incremental build) renders a few hundred pages and leaves a core mostly idle: at 10,000 papers, one
// abstract changed, the steps after the content stage took 51 s on average with the exports beside Astro, 55 s
// after it (four re-runs each, 46–59 s and 51–58 s). Either way they are made into Astro's cache folder (Astro
// may empty the site folder as it starts) and linked into the site afterwards.
const besideAstro = availableParallelism() >= 4 || kept !== undefined;
const early = steps.filter((s) => s.phase === 'with-astro' && besideAstro);
const later = steps.filter((s) => s.phase === 'after-astro' || (s.phase === 'with-astro' && !besideAstro));
const beside = early.map(startStep);
astroRun.go();
const astro = await astroRun.done;
if (astro.code !== 0) {
  // A failed page build fails the build at once: the exports are stopped (they write only to the cache).
  for (const { child } of beside) child.kill();
  exitOnFailure([astro, ...(await Promise.all(beside.map((b) => b.done)))]);
}
const afterAstro = later.map(startStep);
// Pruning a kept folder (1–2 s at 10,000 papers, mostly file-system calls) runs while those steps do: the
// search index takes its pages from Astro's manifest and the prune leaves the index's folders alone.
if (kept) {
  const started = Date.now();
  const removed = pruneOutDir(outDir, cacheDir, resolve('public'), kept);
  console.log(`  kept the previous ${outDir}: ${describeRemoved(removed)}`);
  console.log(`✔ stale output removed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
if (kept) stampOutDir(outDir, cacheDir);
exitOnFailure(await Promise.all([...beside.map((b) => b.done), ...afterAstro.map((s) => s.done)]));
publishOpenData(siteDir, cacheDir);
for (const step of steps.filter((s) => s.phase === 'last')) exitOnFailure([await startStep(step).done]);
if (!kept) {
  putStagedSiteInPlace(siteDir, outDir);
  linkPageCopies(outDir, cacheDir);
  stampOutDir(outDir, cacheDir);
}
// The steps above overlap (Astro starts beside the content stage): their times do not add up to this one.
console.log(`✔ site ready in ${outDir}, ${((Date.now() - buildStarted) / 1000).toFixed(1)} s in all`);
