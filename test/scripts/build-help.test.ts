/**
 * `npm run build -- --help` lists the options and builds nothing. Handed on to the content stage, `--help`
 * printed its options and exited 0, and the build then went on to build the site from the last content.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildProcessEnv, ROOT } from '../support/build-site';

const work = join(ROOT, '.cache', 'test-inputs', `build-help-${process.pid}`);
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('answers --help with the build’s usage and the content stage’s options, and starts no step', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--input', 'refs.bib', '--help'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...buildProcessEnv(), ATLAS_CONTENT_DIR: join(work, 'content'), ATLAS_OUT_DIR: join(work, 'dist'), ATLAS_CACHE_DIR: join(work, 'astro-cache') },
    timeout: 60_000,
  });
  expect(run.error).toBeUndefined();
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/^Usage: npm run build -- \[options\]/);
  expect(run.stdout).toMatch(/--content-dir DIR/);
  expect(run.stdout).not.toMatch(/✔|Syncing content|\[build\]/);
  expect(existsSync(work)).toBe(false);
}, 90_000);
