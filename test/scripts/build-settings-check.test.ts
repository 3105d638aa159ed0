/**
 * `npm run build` checks its arguments and settings before it starts a step. Astro, started beside the content
 * stage, read a bad setting too and printed it first ("Unable to load your Astro config", a stack trace), then
 * the content stage printed it again; an unknown flag sent the user to `npm run content -- --help`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildProcessEnv, ROOT } from '../support/build-site';

const work = join(ROOT, '.cache', 'test-inputs', `build-settings-check-${process.pid}`);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...buildProcessEnv(), ATLAS_CONTENT_DIR: join(work, 'content'), ATLAS_OUT_DIR: join(work, 'dist'), ATLAS_CACHE_DIR: join(work, 'astro-cache'), ...env },
    timeout: 60_000,
  });
}

it('reports a bad setting once, without Astro’s stack trace, and starts no step (probe 10)', () => {
  const run = build(['--input', 'refs.bib'], { ATLAS_PAPERS_PER_PAGE: 'abc' });
  expect(run.error).toBeUndefined();
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/^✖ Invalid configuration .*\n {2}- papersPerPage \(from the environment's ATLAS_PAPERS_PER_PAGE, given "abc"\): expected a whole number/);
  expect(run.stderr.match(/papersPerPage/g)).toHaveLength(1);
  expect(`${run.stdout}${run.stderr}`).not.toMatch(/Unable to load your Astro config|Stack trace|    at |✔/);
  expect(existsSync(work)).toBe(false);
}, 90_000);

it('points an unknown flag to the build’s own --help (probe 13c)', () => {
  const run = build(['--titel', 'Lab']);
  expect(run.status).toBe(1);
  expect(run.stderr.trim()).toBe('✖ unknown option --titel (did you mean --title?); run `npm run build -- --help` for the options');
  expect(existsSync(work)).toBe(false);
}, 90_000);

it('names SITE_URL for an address Astro cannot take (probe 3)', () => {
  const run = build([], { SITE_URL: 'localhost:4321' });
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/siteUrl \(from the environment's SITE_URL, given "localhost:4321"\): has no http:\/\/ or https:\/\/ in front/);
  expect(run.stderr).not.toMatch(/Invalid URL/);
}, 90_000);
