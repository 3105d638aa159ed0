/**
 * `npm run build`: content stage → Astro build → post-build steps (search index). Arguments after `--`
 * go to the content stage (e.g. `npm run build -- --input my.bib`). Each step runs as its own process
 * so that each gets Node's default heap to itself.
 */
import { spawnSync } from 'node:child_process';
import { postBuildSteps } from './lib/post-build';

function run(label: string, command: string, args: string[]): void {
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

const contentArgs = process.argv.slice(2);
run('content', process.execPath, ['--import', 'tsx', 'scripts/content.ts', ...contentArgs]);
run('astro build', process.execPath, ['node_modules/astro/bin/astro.mjs', 'build']);
for (const step of postBuildSteps()) run(step.label, step.command, step.args);
