/**
 * A re-run of `npm run build` over the previous build reuses the pages whose data did not change (Astro's
 * incremental build, keyed by each page's view) and renders again every page whose data did: nothing on
 * the site may still show what the input no longer says. Three real builds of a forty-paper site.
 */
import { lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroCacheOf, buildSite, ROOT, type BuiltSite } from '../support/build-site';

const NAME = 'incremental';
const work = join(ROOT, '.cache', 'test-inputs', `${NAME}-${process.pid}`);
const input = join(work, 'papers.jsonl');
const original = ['ten-papers.jsonl', 'thirty-more.jsonl']
  .flatMap((f) => readFileSync(join(ROOT, 'test/fixtures/runs', f), 'utf8').split('\n'))
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as { title: string; abstract: string });

const OLD_TITLE = 'Reinforcement Learning for Optimizing RAG for Domain Chatbots';
const NEW_TITLE = 'Retrieval Policies Tuned by Reinforcement Learning for Support Chatbots';
const EDITED = 'AutoTriton: Automatic Triton Programming with Reinforcement Learning in LLMs';
const ADDED_SENTENCE = 'We also release the kernels and the zygomorphic benchmark harness.';

function writeInput(records: Array<{ title: string; abstract: string }>): void {
  writeFileSync(input, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
}

function htmlPages(dir: string): Map<string, { mtimeMs: number; text: string }> {
  const out = new Map<string, { mtimeMs: number; text: string }>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const full = join(entry.parentPath, entry.name);
    out.set(full.slice(dir.length + 1), { mtimeMs: statSync(full).mtimeMs, text: readFileSync(full, 'utf8') });
  }
  return out;
}

function emptyFolders(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isDirectory() && readdirSync(join(entry.parentPath, entry.name)).length === 0)
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
}

let first: Map<string, { mtimeMs: number; text: string }>;
let second: Map<string, { mtimeMs: number; text: string }>;
let unchanged: Map<string, { mtimeMs: number; text: string }>;
let secondLog: string;
/** Folders of the cold build's and the re-run's site with nothing in them. */
let emptyAfterCold: string[];
let emptyAfterRerun: string[];
let unchangedLog: string;
let coldLog: string;
let pageCopies: string;
let builtWork: string | undefined;
/** The page templates' code hashes after each build: a source edit in between (another person working in the same tree) invalidates every page by design. */
const codeHashes: string[] = [];
const readCodeHash = (site: BuiltSite) => {
  const manifest = JSON.parse(readFileSync(join(astroCacheOf(site), 'incremental-build.json'), 'utf8')) as { routes: Record<string, { dependencyHash: string }> };
  return Object.entries(manifest.routes).map(([route, r]) => `${route}:${r.dependencyHash}`).sort().join(' ');
};

beforeAll(() => {
  mkdirSync(work, { recursive: true });
  expect(original.some((r) => r.title === OLD_TITLE) && original.some((r) => r.title === EDITED)).toBe(true);
  writeInput(original);
  const cold = buildSite({ name: NAME, basePath: '/atlas/', input: [input] });
  coldLog = cold.log;
  first = htmlPages(cold.outDir);
  emptyAfterCold = emptyFolders(cold.outDir);
  pageCopies = join(astroCacheOf(cold), 'dist');
  builtWork = dirname(cold.outDir);
  codeHashes.push(readCodeHash(cold));

  // One paper retitled (its title shows on other papers' pages and on concept pages, and its page moves),
  // another one's abstract extended.
  writeInput(
    original.map((r) =>
      r.title === OLD_TITLE ? { ...r, title: NEW_TITLE } : r.title === EDITED ? { ...r, abstract: `${r.abstract} ${ADDED_SENTENCE}` } : r,
    ),
  );
  const rerun = buildSite({ name: NAME, basePath: '/atlas/', input: [input], rerun: true });
  second = htmlPages(rerun.outDir);
  secondLog = rerun.log;
  emptyAfterRerun = emptyFolders(rerun.outDir);
  codeHashes.push(readCodeHash(rerun));

  // Nothing changed: every paper and concept page is reused.
  const again = buildSite({ name: NAME, basePath: '/atlas/', input: [input], rerun: true });
  unchanged = htmlPages(again.outDir);
  unchangedLog = again.log;
  codeHashes.push(readCodeHash(again));
}, 300_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  if (builtWork) rmSync(builtWork, { recursive: true, force: true });
});

describe('re-running the build after one title and one abstract changed', () => {
  it('keeps the previous site folder and reuses pages whose data is unchanged', (ctx) => {
    expect(secondLog).toMatch(/kept the previous .*dist/);
    if (codeHashes[0] !== codeHashes[1]) ctx.skip('page template code changed between the builds (an edit in the working tree)');
    const reused = [...second].filter(([path, page]) => /^(papers|concepts)\/[^/]+\/index\.html$/.test(path) && first.get(path)?.mtimeMs === page.mtimeMs);
    expect(reused.length).toBeGreaterThan(0);
    for (const [path, page] of reused) expect(page.text).toBe(first.get(path)!.text);
  });

  it('shows the new title everywhere and the old one nowhere, and replaces the old page with a redirect', () => {
    const oldPages = [...first].filter(([, p]) => p.text.includes(OLD_TITLE)).map(([path]) => path);
    // The title was on more pages than the paper's own: related lists, concept cards, neighbours.
    expect(oldPages.length).toBeGreaterThan(1);
    for (const [path, page] of second) expect(page.text.includes(OLD_TITLE), `${path} still shows the old title`).toBe(false);
    const ownOld = [...first.keys()].find((p) => p.startsWith('papers/') && first.get(p)!.text.includes(`<h1`) && /reinforcement-learning-for-optimizing-rag/.test(p));
    expect(ownOld).toBeDefined();
    // Its old path is a redirect page to the new one now (src/lib/content/moved-urls.ts), no copy of the old page.
    expect(second.get(ownOld!)?.text).toMatch(/<meta http-equiv="refresh" content="0;url=\/atlas\/papers\/[^"]+\/">/);
    expect(second.get(ownOld!)?.text).not.toContain('<h1');
    expect([...second].filter(([p, page]) => p.startsWith('papers/') && page.text.includes(NEW_TITLE)).length).toBeGreaterThan(1);
  });

  it('leaves no empty folder where the old page was (a static server would list it instead of a 404)', () => {
    // Astro's incremental prune deletes the old page's index.html but not its folder. A cold build has no
    // empty folder either, so the prune may remove every one it finds.
    expect(emptyAfterCold).toEqual([]);
    expect(emptyAfterRerun).toEqual([]);
  });

  it('renders the extended abstract', () => {
    const page = [...second].find(([p]) => /papers\/autotriton/.test(p));
    expect(page?.[1].text).toContain('zygomorphic benchmark harness');
  });

  it('has the same pages as before when nothing changed, all of them reused', (ctx) => {
    expect([...unchanged.keys()].sort()).toEqual([...second.keys()].sort());
    if (codeHashes[1] !== codeHashes[2]) ctx.skip('page template code changed between the builds (an edit in the working tree)');
    for (const [path, page] of unchanged) {
      if (/^(papers|concepts)\/[^/]+\/index\.html$/.test(path)) expect(page.mtimeMs, `${path} was rendered again`).toBe(second.get(path)!.mtimeMs);
    }
    expect(unchangedLog).toMatch(/kept the previous .*dist/);
    // The content stage was not run again (scripts/lib/content-stamp.ts); the run that changed the title was.
    expect(unchangedLog).toMatch(/^✔ content unchanged: /m);
    expect(secondLog).not.toMatch(/^✔ content unchanged: /m);
  });

  it('keeps no second copy of the pages in the Astro cache (its copy folder links to the site folder)', () => {
    expect(lstatSync(pageCopies).isSymbolicLink()).toBe(true);
  });
});

describe('the build log', () => {
  it('sums Astro up in one line, without its line per page, and names where the site and its parts land', () => {
    for (const log of [coldLog, secondLog, unchangedLog]) {
      expect(log).not.toMatch(/├─/);
      expect(log).toMatch(/^✔ astro build \(\d+\.\d s once the content was ready\)$/m);
      expect(log).toMatch(/^open data: \d+ kB for the site's api\/ folder/m);
      expect(log).toMatch(/^search index: \d+ pages, \d+ kB in the site's pagefind\/ folder/m);
      expect(log).not.toContain('atlas-open-data');
      // Vite's advice on chunk sizes is for a site's developers: the graph's chunk is Cytoscape, by design.
      expect(log).not.toMatch(/Some chunks are larger/);
      expect(log).toMatch(/^✔ site ready in .*\/dist, \d+\.\d s in all$/m);
    }
    // The first build writes into a staging folder, renamed at the end: the log does not send the reader there.
    expect(coldLog).not.toContain('dist.next');
  });

  it('says a re-run with nothing changed had nothing stale to remove (the service worker is rewritten, not pruned)', () => {
    expect(unchangedLog).toMatch(/kept the previous .*dist: nothing stale to remove$/m);
  });
});
