/**
 * `npm run build` killed while Astro writes the pages must leave the last complete site where it was: a
 * build that cannot keep the folder writes the new site beside it and puts it in place only when every step
 * has succeeded. It once emptied the folder first, so a kill left new pages without the search index, the
 * exports or the service worker. Killed with SIGKILL, the whole process group: no handler, no cleanup.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildProcessEnv, buildSite, ROOT } from '../support/build-site';
import { snapshot } from './content-stage';
import { astroCacheDir } from '../../src/lib/config/astro-cache-dir';

const TEN = join(ROOT, 'test/fixtures/runs/ten-papers.jsonl');
const MORE = join(ROOT, 'test/fixtures/runs/thirty-more.jsonl');
const cleanups: string[] = [];
afterAll(() => {
  for (const dir of cleanups) rmSync(dir, { recursive: true, force: true });
});

it('leaves the last complete site in place when killed while Astro writes pages, and the next build puts the new one there', async () => {
  const first = buildSite({ name: 'killed-build', basePath: '/atlas/', input: [TEN] });
  const work = dirname(first.outDir);
  cleanups.push(work);
  const before = snapshot(first.outDir);
  expect(Object.keys(before)).toEqual(expect.arrayContaining(['index.html', 'sw.js', 'api/papers.json', 'pagefind/pagefind.js']));

  // Another cache folder: this build cannot keep the site folder, so it must not touch it until it is done.
  const env = { ...buildProcessEnv(), BASE_PATH: '/atlas/', ATLAS_CONTENT_DIR: join(work, 'content'), ATLAS_OUT_DIR: first.outDir, ATLAS_CACHE_DIR: join(work, 'other-cache') };
  const args = ['--import', 'tsx', 'scripts/build.ts', '--input', TEN, '--input', MORE];
  const run = spawn(process.execPath, args, { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((settle) => run.on('exit', () => settle()));
  let output = '';
  run.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // The build's own log leaves out Astro's line per page: a written page is looked for in the staging folder.
  const staged = `${first.outDir}.next`;
  const pageWritten = () =>
    ['papers', 'concepts'].some((kind) => {
      const dir = join(staged, kind);
      return existsSync(dir) && readdirSync(dir).some((name) => existsSync(join(dir, name, 'index.html')));
    });
  const killedWhileWriting = await new Promise<boolean>((settle) => {
    const poll = setInterval(() => {
      if (!pageWritten()) return;
      clearInterval(poll);
      process.kill(-run.pid!, 'SIGKILL');
      settle(true);
    }, 10);
    void exited.then(() => {
      clearInterval(poll);
      settle(false);
    });
  });
  await exited;
  expect(killedWhileWriting, `the build ended before it wrote a page:\n${output}`).toBe(true);
  expect(snapshot(first.outDir)).toEqual(before);

  // The next build clears what the killed one left and puts its site in place.
  const again = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 << 20, timeout: 480_000 });
  expect(again.status, `${again.error?.message ?? ''}\n${again.stdout}\n${again.stderr}`).toBe(0);
  const after = snapshot(first.outDir);
  expect(Object.keys(after).filter((p) => /^papers\/[^/]+\/index\.html$/.test(p))).toHaveLength(40);
  expect(Object.keys(after)).toEqual(expect.arrayContaining(['index.html', 'sw.js', 'api/papers.json', 'pagefind/pagefind.js']));
  expect(readdirSync(work).filter((name) => name.startsWith('dist.'))).toEqual([]);
  expect(existsSync(join(astroCacheDir(env), 'dist'))).toBe(true);
}, 600_000);
