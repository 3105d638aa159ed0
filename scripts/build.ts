/**
 * `npm run build`: content stage → Astro build → post-build steps (search index). Arguments after `--`
 * go to the content stage (e.g. `npm run build -- --input my.bib`). Each step runs as its own process
 * so that each gets Node's default heap to itself.
 *
 * A re-run keeps the previous site folder when the last build into it used the same Astro cache: Astro's
 * incremental build then leaves unchanged pages where they are, and what the new build did not produce
 * is removed afterwards (scripts/lib/out-dir.ts). Otherwise Astro empties the folder as usual.
 */
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { postBuildSteps, type PostBuildStep } from './lib/post-build';
import { linkPageCopies, prepareOutDir, pruneOutDir, stampOutDir, unstampOutDir } from './lib/out-dir';

function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

// The same folders astro.config.mjs resolves.
const outDir = resolve(process.env.ATLAS_OUT_DIR || 'dist');
const cacheDir = resolve(process.env.ATLAS_CACHE_DIR || 'node_modules/.astro');

const contentArgs = process.argv.slice(2);
run('content', process.execPath, ['--import', 'tsx', 'scripts/content.ts', ...contentArgs]);

const kept = prepareOutDir(outDir, cacheDir);
unstampOutDir(cacheDir);
linkPageCopies(outDir, cacheDir);
run('astro build', process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { ...process.env, ATLAS_KEEP_OUT_DIR: kept ? '1' : '' });
if (kept) {
  const started = Date.now();
  const removed = pruneOutDir(outDir, cacheDir, resolve('public'), kept);
  console.log(`  kept the previous ${outDir}: ${removed} file(s) this build did not produce removed`);
  console.log(`✔ stale output removed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
stampOutDir(outDir, cacheDir);
/** Steps side by side; when one fails, the build fails once all have ended (none is left half-way). */
async function runTogether(steps: readonly PostBuildStep[]): Promise<void> {
  const results = await Promise.all(
    steps.map(
      (step) =>
        new Promise<{ step: PostBuildStep; code: number | string }>((done) => {
          const started = Date.now();
          const child = spawn(step.command, step.args, { stdio: 'inherit' });
          child.on('error', (error) => done({ step, code: error.message }));
          child.on('exit', (code, signal) => {
            if (code === 0) console.log(`✔ ${step.label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
            done({ step, code: code ?? signal ?? 1 });
          });
        }),
    ),
  );
  const failed = results.filter((r) => r.code !== 0);
  for (const f of failed) console.error(`\n✖ ${f.step.label} failed (exit ${f.code}).`);
  if (failed.length > 0) process.exit(typeof failed[0]!.code === 'number' ? failed[0]!.code : 1);
}

const steps = postBuildSteps();
await runTogether(steps.filter((s) => s.concurrent));
for (const step of steps.filter((s) => !s.concurrent)) run(step.label, step.command, step.args);
