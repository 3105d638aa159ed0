/**
 * A plain `astro build` (or `astro dev`) reads the settings in astro.config.mjs. A bad one is said there as
 * `npm run build` says it (test/scripts/build-settings-check.test.ts), and the process ends with status 1: thrown
 * from the config, it reached the user as Astro's "Unable to load your Astro config" with a stack trace (user probe).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildProcessEnv, ROOT } from '../support/build-site';

const work = join(ROOT, '.cache', 'test-inputs', `astro-config-settings-${process.pid}`);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function astroBuild(env: Record<string, string>) {
  return spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...buildProcessEnv(), ATLAS_OUT_DIR: join(work, 'dist'), ATLAS_CACHE_DIR: join(work, 'astro-cache'), ...env },
    timeout: 60_000,
  });
}

function expectOneClearMessage(run: ReturnType<typeof astroBuild>, said: RegExp) {
  expect(run.error).toBeUndefined();
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/^✖ Invalid configuration \(.*\):\n {2}- /);
  expect(run.stderr).toMatch(said);
  expect(`${run.stdout}${run.stderr}`).not.toMatch(/Unable to load your Astro config|Stack trace|    at /);
  expect(existsSync(join(work, 'dist'))).toBe(false);
}

it('says a bad BASE_PATH in one message and stops', () => {
  expectOneClearMessage(astroBuild({ BASE_PATH: 'http://x' }), /basePath \(from the environment's BASE_PATH, given "http:\/\/x"\): is a URL, not a path/);
}, 90_000);

it("says a bad count in the content folder's atlas.config.json in one message and stops", () => {
  const contentDir = join(work, 'content');
  mkdirSync(contentDir, { recursive: true });
  writeFileSync(join(contentDir, 'atlas.config.json'), '{ "relatedPerPaper": 99 }\n');
  expectOneClearMessage(astroBuild({ ATLAS_CONTENT_DIR: contentDir }), /relatedPerPaper \(from .*atlas\.config\.json, given 99\): expected a whole number from 0 to 50/);
}, 90_000);
