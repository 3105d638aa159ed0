/**
 * `npm run build` starts Astro beside the content stage (src/lib/site/content-gate.ts). When the content stage
 * fails, the build must stop with the content stage's error, leave no Astro process behind and nothing of
 * Astro's written: the waiting Astro is stopped before it has read or written anything.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildProcessEnv, ROOT } from '../support/build-site';

const work = join(ROOT, '.cache', 'test-inputs', `build-gate-${process.pid}`);
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('stops the waiting Astro when the content stage fails, with nothing built', () => {
  mkdirSync(work, { recursive: true });
  const input = join(work, 'broken.jsonl');
  writeFileSync(input, '{"title": "A paper without its abstract"\n');
  const outDir = join(work, 'dist');
  // spawnSync returns only when every process holding the output pipes has ended: an Astro left waiting
  // would hang this test until its timeout.
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--input', input], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...buildProcessEnv(), ATLAS_CONTENT_DIR: join(work, 'content'), ATLAS_OUT_DIR: outDir, ATLAS_CACHE_DIR: join(work, 'astro-cache') },
    timeout: 120_000,
  });
  expect(run.error).toBeUndefined();
  expect(run.status).not.toBe(0);
  expect(run.stderr).toMatch(/broken\.jsonl/);
  expect(run.stderr).toMatch(/✖ content failed/);
  expect(run.stderr).not.toMatch(/astro build failed/);
  expect(run.stdout).not.toMatch(/Syncing content|\[build\]/);
  expect(existsSync(outDir)).toBe(false);
}, 150_000);
