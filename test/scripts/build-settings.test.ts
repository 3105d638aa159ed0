/**
 * Settings given to `npm run build` reach every step, not only the content stage: the content folder and
 * title from its flags, the title and description from that folder's atlas.config.json. A build once wrote
 * the papers of `--content-dir` and then built the site from `content/`, and read the config file of
 * `content/` whatever the folder.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildSite, ROOT } from '../support/build-site';

const work = join(ROOT, '.cache', 'test-inputs', `build-settings-${process.pid}`);
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('builds the site from the content folder and title given as flags, with that folder’s description', () => {
  const contentDir = join(work, 'flag-content');
  mkdirSync(contentDir, { recursive: true });
  writeFileSync(join(contentDir, 'atlas.config.json'), JSON.stringify({ title: 'Title From The File', description: 'Description from the file' }));
  const input = join(ROOT, 'test/fixtures/runs/ten-papers.jsonl');
  const inputSlugs = readFileSync(input, 'utf8').split('\n').filter(Boolean).length;
  const site = buildSite({ name: 'build-settings', basePath: '/atlas/', input: [input], contentArgs: ['--content-dir', contentDir, '--title', 'Title From A Flag'] });

  const written = readdirSync(join(contentDir, 'papers')).map((f) => f.replace(/\.md$/, '')).sort();
  expect(written).toHaveLength(inputSlugs);
  // The folder the environment named (buildSite's own) got nothing: the flag wins for every step.
  expect(existsSync(join(site.contentDir, 'papers'))).toBe(false);
  const pages = readdirSync(join(site.outDir, 'papers'), { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== 'page').map((e) => e.name).sort();
  expect(pages).toEqual(written);

  const home = readFileSync(join(site.outDir, 'index.html'), 'utf8');
  expect(home).toContain('<title>Title From A Flag</title>');
  expect(home).toContain('content="Description from the file"');
  expect(home).not.toContain('Title From The File');
  const paper = readFileSync(join(site.outDir, 'papers', written[0]!, 'index.html'), 'utf8');
  expect(paper).toMatch(/<title>[^<]* · Title From A Flag<\/title>/);
  // The exports name the network after the site, as the pages do.
  expect(readFileSync(join(site.outDir, 'api', 'graph.gexf'), 'utf8')).toContain('<description>Title From A Flag: Description from the file</description>');
  rmSync(dirname(site.outDir), { recursive: true, force: true });
}, 300_000);
