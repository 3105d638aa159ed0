/**
 * The post-build steps on a tiny built site: the Pagefind index covers only paper pages (their searchable
 * region), carries their filters and metadata, leaves out Pagefind's unused
 * prebuilt UIs; the service worker gets this build's manifest and changes when the site does.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Script } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex, buildSearchIndexIfChanged, buildServiceWorker, hashSiteFiles, openDataStage, postBuildSteps, publishOpenData } from '../../../scripts/lib/post-build';
import { listFiles } from '../../../scripts/lib/file-tree';
import { ROOT } from '../../support/build-site';
import { renderInlineMath } from '../../../src/lib/site/math';
import { OPEN_DATA_PATHS } from '../../../src/lib/export/open-data';

const sites: string[] = [];
afterEach(() => {
  for (const s of sites.splice(0)) rmSync(s, { recursive: true, force: true });
});

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-postbuild-'));
  sites.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body><nav>Papers Concepts Graph</nav>${body}</body></html>`;
const paper = page(`<article data-pagefind-body><h1>Dense retrieval for QA</h1><div hidden><div data-pagefind-ignore>
  <span data-pagefind-filter="kind">paper</span><span data-pagefind-meta="id">dense-qa</span>
  <span data-pagefind-filter="concept">Dense retrieval</span><span data-pagefind-meta="title">Dense retrieval for QA</span></div></div>
  <p>We retrieve passages &lt;script&gt; with a dual encoder.</p><section data-pagefind-ignore="all">Related: zebra</section></article>`);
const concept = page('<article data-pagefind-body><h1>Dense retrieval</h1><p>In 1 paper.</p></article>');

/** The decoded fragments of an index: what Pagefind will show for each page. */
function fragments(dir: string): Array<{ url: string; content: string; filters: Record<string, string[]>; meta: Record<string, string> }> {
  return listFiles(join(dir, 'pagefind'))
    .filter((f) => f.endsWith('.pf_fragment'))
    .map((f) => {
      const raw = gunzipSync(readFileSync(join(dir, 'pagefind', f))).toString('utf8');
      return JSON.parse(raw.slice(raw.indexOf('{')));
    })
    .sort((a, b) => a.url.localeCompare(b.url));
}

describe('postBuildSteps', () => {
  it('runs the open-data exports, the search index, then the service worker, each as its own process', () => {
    const steps = postBuildSteps();
    expect(steps.map((s) => s.args[s.args.indexOf('--import') + 3])).toEqual(['open-data', 'search-index', 'service-worker']);
    expect(steps.every((s) => s.command === process.execPath)).toBe(true);
    // The exports read only the content folder: made beside the Astro build, linked in by the build. The
    // worker's version covers every file, so it comes last.
    expect(steps.map((s) => s.phase)).toEqual(['with-astro', 'after-astro', 'last']);
    expect(steps[0]!.args.at(-1)).toBe('--stage-only');
  });
});

describe('publishOpenData', () => {
  it('links the exports made in the cache into the site, replacing older ones, and leaves linked ones alone', async () => {
    const { writeOpenData } = await import('../../../scripts/lib/open-data');
    const work = site({});
    const contentDir = join(work, 'content');
    cpSync(join(ROOT, 'content'), contentDir, { recursive: true, filter: (src) => !src.includes(join(ROOT, 'content', 'sources')) });
    const cache = join(work, 'cache');
    const out = join(work, 'dist');
    mkdirSync(join(out, 'api'), { recursive: true });
    writeFileSync(join(out, 'api', 'papers.json'), 'stale');
    await writeOpenData({ site: openDataStage(cache), contentDir, cacheDir: cache }, { BASE_PATH: '/' });
    expect(publishOpenData(out, cache)).toBe(OPEN_DATA_PATHS.length);
    for (const path of OPEN_DATA_PATHS) {
      expect(readFileSync(join(out, path), 'utf8')).toBe(readFileSync(join(openDataStage(cache), path), 'utf8'));
      expect(statSync(join(out, path)).ino).toBe(statSync(join(openDataStage(cache), path)).ino);
    }
    expect(publishOpenData(out, cache)).toBe(0);
    // Exports made again replace the staged files by new ones: the site keeps the old ones whole until linked.
    const before = readFileSync(join(out, 'api/papers.json'), 'utf8');
    await writeOpenData({ site: openDataStage(cache), contentDir, cacheDir: cache }, { BASE_PATH: '/elsewhere' });
    expect(readFileSync(join(out, 'api/papers.json'), 'utf8')).toBe(before);
    expect(publishOpenData(out, cache)).toBe(OPEN_DATA_PATHS.length);
    expect(readFileSync(join(out, 'api/papers.json'), 'utf8')).toContain('/elsewhere/papers/');
  });
});

describe('buildSearchIndex', () => {
  it('indexes paper pages only, without their ignored parts', async () => {
    // Concept pages have a searchable region too, but search shows them from the papers it finds.
    const dir = site({ 'index.html': page('<h1>Home</h1>'), 'papers/dense-qa/index.html': paper, 'concepts/dense-retrieval/index.html': concept, 'graph/index.html': page('<h1>Graph</h1>') });
    const { pages } = await buildSearchIndex(dir);
    expect(pages).toBe(1);
    const docs = fragments(dir);
    expect(docs.map((d) => d.url)).toEqual(['/papers/dense-qa/']);
    const p = docs[0]!;
    expect(p.filters).toMatchObject({ kind: ['paper'], concept: ['Dense retrieval'] });
    expect(p.meta).toMatchObject({ id: 'dense-qa', title: 'Dense retrieval for QA' });
    expect(p.content).toContain('dual encoder');
    expect(p.content).not.toContain('zebra');
    expect(p.content).not.toContain('Graph');
    expect(existsSync(join(dir, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(listFiles(join(dir, 'pagefind')).filter((f) => /-ui\.|highlight|pagefind-worker|wasm\.unknown/.test(f))).toEqual([]);
    expect(listFiles(join(dir, 'pagefind')).filter((f) => f.startsWith('wasm.'))).toEqual(['wasm.en.pagefind']);
  });

  it('indexes the same pages whatever Pagefind configuration file or variables the user has', async () => {
    const dir = site({
      'papers/dense-qa/index.html': paper,
      'concepts/dense-retrieval/index.html': concept,
      'pagefind.yml': 'glob: "**/*.html"\n',
      'pagefind.toml': 'glob = "**/*.html"\n',
    });
    const before = process.env.PAGEFIND_GLOB;
    process.env.PAGEFIND_GLOB = '**/*.html';
    try {
      expect((await buildSearchIndex(dir)).pages).toBe(1);
    } finally {
      if (before === undefined) delete process.env.PAGEFIND_GLOB;
      else process.env.PAGEFIND_GLOB = before;
    }
    expect(fragments(dir).map((d) => d.url)).toEqual(['/papers/dense-qa/']);
  });

  it('indexes each formula once, as its TeX with style commands unwrapped (what a reader types)', async () => {
    const title = renderInlineMath('A Survey of $\\mathcal{O}(n^2)$ Message Passing');
    const abstract = renderInlineMath('Message passing whose cost grows as $O(n^2)$ in the number of atoms, where each node $x_i$ attends to $\\mathbf{h}_j$.');
    const dir = site({ 'papers/survey/index.html': page(`<article data-pagefind-body><h1>${title}</h1><p>${abstract}</p></article>`) });
    await buildSearchIndex(dir);
    const { content } = fragments(dir)[0]!;
    // Before: "A Survey of O(n2)\\mathcal{O}(n^2) Message Passing", "grows as O(n2)O(n^2) in", "node xix_i attends".
    expect(content).toContain('A Survey of O(n^2) Message Passing.');
    expect(content).toContain('whose cost grows as O(n^2) in the number of atoms, where each node x_i attends to h_j.');
    expect(content).not.toMatch(/O\(n2\)|mathcal|mathbf/);
  });

  it('fails with what Pagefind said when it cannot index', async () => {
    const dir = site({ 'papers/.keep': '' });
    await expect(buildSearchIndex(dir)).rejects.toThrow(/Pagefind could not index .*\n[\s\S]*not able to build an index/);
  });

  it('replaces the last index whole, and clears what a killed run left beside it', async () => {
    const dir = site({ 'papers/a/index.html': paper, 'pagefind/fragment/stale.pf_fragment': 'old', 'pagefind.old-123/fragment/x.pf_fragment': 'old' });
    await buildSearchIndex(dir);
    expect(existsSync(join(dir, 'pagefind', 'fragment', 'stale.pf_fragment'))).toBe(false);
    expect(existsSync(join(dir, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['pagefind', 'papers']);
  });

  it('falls back to whole paper pages when no page marks a region', async () => {
    const dir = site({ 'index.html': page('<h1>Home</h1>'), 'papers/a/index.html': page('<h1>Alpha paper</h1>') });
    const { pages } = await buildSearchIndex(dir);
    expect(pages).toBe(1);
    expect(fragments(dir).map((d) => d.url)).toEqual(['/papers/a/']);
  });
});

describe('buildServiceWorker', () => {
  it('writes a worker with this build’s manifest whose version follows the files', async () => {
    const dir = site({ 'index.html': page('<h1>Home</h1>'), '_astro/app.abc.js': 'export {}', 'papers/a/index.html': paper, 'api/papers.json': '{}' });
    const first = await buildServiceWorker(dir);
    const code = readFileSync(join(dir, 'sw.js'), 'utf8');
    expect(code).not.toContain('__PRECACHE_MANIFEST__');
    expect(code).toContain(first.version);
    expect(code).toContain('_astro/app.abc.js');
    expect(code).not.toContain('papers/a/');
    expect(code).not.toContain('api/papers.json');
    // Registered as a classic worker script: it must parse as one (no import/export).
    expect(() => new Script(code)).not.toThrow();

    writeFileSync(join(dir, 'papers/a/index.html'), paper.replace('dual encoder', 'cross encoder'));
    const second = await buildServiceWorker(dir);
    expect(second.version).not.toBe(first.version);
    expect(second.urls).toBe(first.urls);
  });

  it('reports the size of every file of the site, the worker it wrote included', async () => {
    const dir = site({ 'index.html': 'home', 'papers/a/index.html': 'paper a', 'api/papers.json': '{}' });
    const { size } = await buildServiceWorker(dir);
    const sw = statSync(join(dir, 'sw.js')).size;
    const list = statSync(join(dir, 'offline/pages.json')).size;
    expect(size.files).toBe(5);
    expect(size.bytes).toBe('home'.length + 'paper a'.length + '{}'.length + sw + list);
    expect(size.parts.find((p) => p.label === 'paper pages')).toEqual({ label: 'paper pages', bytes: 7, files: 1 });
    expect(size.parts.find((p) => p.label === 'the rest')).toEqual({ label: 'the rest', bytes: 4 + sw + list, files: 3 });
  });

  it('writes the list of pages a reader may save, precached, and kept out of the version it is named by', async () => {
    const dir = site({ 'index.html': 'home', 'papers/a/index.html': 'paper a', 'concepts/c/index.html': 'cc', 'api/papers.json': '{}' });
    const first = await buildServiceWorker(dir);
    const list = JSON.parse(readFileSync(join(dir, 'offline/pages.json'), 'utf8')) as { version: string; urls: string[]; bytes: number; files: string[] };
    expect(list).toEqual({ version: first.version, urls: ['concepts/c/', 'papers/a/'], bytes: 9, conceptBytes: 2, files: ['api/papers.json'], assets: ['./'], assetBytes: 4 });
    expect(first.savable).toEqual({ pages: 2, bytes: 9 });
    expect(readFileSync(join(dir, 'sw.js'), 'utf8')).toContain('offline/pages.json');
    // A re-run over the same site finds the last run's list in it: same version, same list.
    const second = await buildServiceWorker(dir);
    expect(second.version).toBe(first.version);
    expect(JSON.parse(readFileSync(join(dir, 'offline/pages.json'), 'utf8'))).toEqual(list);
  });
});

describe('hashSiteFiles', () => {
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');

  it('reuses the hash of a file whose size and modification time are unchanged, and reads every other file', () => {
    const dir = site({ 'index.html': 'home', 'papers/a/index.html': 'paper a', 'papers/b/index.html': 'paper b' });
    const cache = mkdtempSync(join(tmpdir(), 'atlas-hashes-'));
    sites.push(cache);
    // Whole seconds, so that setting the time back below restores it exactly.
    const atime = new Date('2026-01-01T00:00:00Z');
    const mtime = new Date('2026-01-02T00:00:00Z');
    const a = join(dir, 'papers/a/index.html');
    utimesSync(a, atime, mtime);
    expect(hashSiteFiles(dir, cache).map((f) => f.hash)).toEqual([sha('home'), sha('paper a'), sha('paper b')]);

    // Same size and mtime, other bytes: proof that the recorded hash, not the file, was used.
    writeFileSync(a, 'paper A');
    utimesSync(a, atime, mtime);
    expect(statSync(a).mtimeMs).toBe(mtime.getTime());
    // A rewritten file of the same size but a new mtime is read again.
    const b = join(dir, 'papers/b/index.html');
    writeFileSync(b, 'paper B');
    utimesSync(b, atime, new Date(mtime.getTime() + 5000));
    writeFileSync(join(dir, 'papers/c.html'), 'new');
    const again = hashSiteFiles(dir, cache);
    expect(Object.fromEntries(again.map((f) => [f.path, f.hash]))).toEqual({
      'index.html': sha('home'),
      'papers/a/index.html': sha('paper a'),
      'papers/b/index.html': sha('paper B'),
      'papers/c.html': sha('new'),
    });
    // Without a cache folder every file is read.
    expect(hashSiteFiles(dir).find((f) => f.path === 'papers/a/index.html')?.hash).toBe(sha('paper A'));
  });

  it('takes the hashes of the paper pages the search-index step read before it', async () => {
    const dir = site({ 'index.html': page('<h1>Home</h1>'), 'papers/dense-qa/index.html': paper });
    const cache = mkdtempSync(join(tmpdir(), 'atlas-hashes-'));
    sites.push(cache);
    const path = join(dir, 'papers/dense-qa/index.html');
    const atime = new Date('2026-01-01T00:00:00Z');
    const mtime = new Date('2026-01-02T00:00:00Z');
    utimesSync(path, atime, mtime);
    await buildSearchIndexIfChanged(dir, cache);
    // Same size and mtime, other bytes: the hash comes from the search step's record, not from the file.
    writeFileSync(path, paper.replace('Dense', 'DENSE'));
    utimesSync(path, atime, mtime);
    const files = Object.fromEntries(hashSiteFiles(dir, cache).map((f) => [f.path, f.hash]));
    expect(files['papers/dense-qa/index.html']).toBe(sha(paper));
    expect(files['index.html']).toBe(sha(page('<h1>Home</h1>')));
  });

  it('takes the hash the open-data step recorded for an export while its size and time are unchanged', () => {
    const dir = site({ 'api/papers.json': '[]' });
    const cache = mkdtempSync(join(tmpdir(), 'atlas-hashes-'));
    sites.push(cache);
    const { size, mtimeMs } = statSync(join(dir, 'api/papers.json'));
    const recorded = 'e'.repeat(64);
    writeFileSync(join(cache, 'atlas-open-data.json'), JSON.stringify({ key: 'k', outputs: [{ path: 'api/papers.json', size, mtimeMs, sha256: recorded }] }));
    expect(hashSiteFiles(dir, cache)[0]?.hash).toBe(recorded);
    // Touched since: read again.
    utimesSync(join(dir, 'api/papers.json'), new Date(), new Date(mtimeMs + 5000));
    expect(hashSiteFiles(dir, cache)[0]?.hash).toBe(sha('[]'));
  });

  it("takes a Pagefind file's hash from its name, and reads the files Pagefind does not name so", () => {
    const dir = site({ 'pagefind/fragment/en_03cd51e.pf_fragment': 'fragment', 'pagefind/pagefind-entry.json': '{"languages":{}}' });
    expect(Object.fromEntries(hashSiteFiles(dir).map((f) => [f.path, [f.hash, f.bytes]]))).toEqual({
      'pagefind/fragment/en_03cd51e.pf_fragment': ['03cd51e', 8],
      'pagefind/pagefind-entry.json': [sha('{"languages":{}}'), 16],
    });
  });
});

describe('buildSearchIndexIfChanged', () => {
  it('keeps the index while the paper pages are the same and it is intact, and indexes again otherwise', async () => {
    const dir = site({ 'index.html': page('<h1>Home</h1>'), 'papers/dense-qa/index.html': paper });
    const cache = mkdtempSync(join(tmpdir(), 'atlas-search-stamp-'));
    sites.push(cache);
    const first = await buildSearchIndexIfChanged(dir, cache);
    expect(first).toMatchObject({ pages: 1, kept: false });
    const files = listFiles(join(dir, 'pagefind'));
    // Its stamp lists every file of the index, which the next run checks are all still there, untouched.
    const stamp = JSON.parse(readFileSync(join(cache, 'atlas-search-index.json'), 'utf8')) as { outputs: Array<{ path: string }> };
    expect(stamp.outputs.map((o) => o.path).sort()).toEqual(files.map((f) => `pagefind/${f}`).sort());

    // Other pages than paper pages are not in the index: changing them keeps it.
    writeFileSync(join(dir, 'index.html'), page('<h1>Home, changed</h1>'));
    expect((await buildSearchIndexIfChanged(dir, cache)).kept).toBe(true);

    // A paper page whose only change is in a part Pagefind skips whole (its related list) keeps it too.
    writeFileSync(join(dir, 'papers/dense-qa/index.html'), paper.replace('Related: zebra', 'Related: yak, zebra'));
    expect((await buildSearchIndexIfChanged(dir, cache)).kept).toBe(true);
    expect(JSON.stringify(fragments(dir))).not.toContain('yak');

    writeFileSync(join(dir, 'papers/dense-qa/index.html'), paper.replace('dual encoder', 'cross encoder'));
    expect((await buildSearchIndexIfChanged(dir, cache)).kept).toBe(false);
    expect(JSON.stringify(fragments(dir))).toContain('cross encoder');
    expect((await buildSearchIndexIfChanged(dir, cache)).kept).toBe(true);
    // Text of an ignored-but-not-"all" part may carry filters: a change there indexes again.
    writeFileSync(join(dir, 'papers/dense-qa/index.html'), paper.replace('cross encoder', 'dual encoder').replace('>Dense retrieval</span>', '>Dense passage retrieval</span>'));
    expect((await buildSearchIndexIfChanged(dir, cache)).kept).toBe(false);

    // A new paper page, a missing index file, a stray file in the index folder: each makes it index again.
    mkdirSync(join(dir, 'papers/other'));
    writeFileSync(join(dir, 'papers/other/index.html'), paper.replace('Dense retrieval for QA', 'Sparse retrieval'));
    expect(await buildSearchIndexIfChanged(dir, cache)).toMatchObject({ pages: 2, kept: false });
    const fragment = listFiles(join(dir, 'pagefind')).find((f) => f.endsWith('.pf_fragment'))!;
    rmSync(join(dir, 'pagefind', fragment));
    expect((await buildSearchIndexIfChanged(dir, cache)).kept).toBe(false);
    expect(existsSync(join(dir, 'pagefind', fragment))).toBe(true);
    writeFileSync(join(dir, 'pagefind', 'stray.txt'), 'x');
    expect((await buildSearchIndexIfChanged(dir, cache)).kept).toBe(false);
    expect(existsSync(join(dir, 'pagefind', 'stray.txt'))).toBe(false);
  });
});

describe('buildSearchIndexIfChanged: pages from the manifest', () => {
  it("indexes the paper pages Astro's manifest lists, not a stale page still in a kept folder", async () => {
    const other = paper.replaceAll('Dense retrieval for QA', 'Sparse retrieval').replace('dense-qa', 'sparse');
    const dir = site({ 'index.html': page('<h1>Home</h1>'), 'papers/dense-qa/index.html': paper, 'papers/sparse/index.html': other });
    const cache = mkdtempSync(join(tmpdir(), 'atlas-search-manifest-'));
    sites.push(cache);
    const manifest = (paths: string[]) =>
      writeFileSync(
        join(cache, 'incremental-build.json'),
        JSON.stringify({ routes: { 'src/pages/papers/[slug].astro': { paths: Object.fromEntries(paths.map((p) => [`/${p.replace(/index\.html$/, '')}`, { outputFile: p }])) } } }),
      );
    manifest(['papers/dense-qa/index.html', 'papers/gone/index.html']);
    expect(await buildSearchIndexIfChanged(dir, cache)).toMatchObject({ pages: 1, kept: false });
    expect(fragments(dir).map((d) => d.url)).toEqual(['/papers/dense-qa/']);
    manifest(['papers/dense-qa/index.html', 'papers/sparse/index.html']);
    expect(await buildSearchIndexIfChanged(dir, cache)).toMatchObject({ pages: 2, kept: false });
    expect(fragments(dir).map((d) => d.url)).toEqual(['/papers/dense-qa/', '/papers/sparse/']);
  });
});

describe('buildSearchIndexIfChanged: staged pages', () => {
  it('indexes what Pagefind reads of each page, staged in the cache: the same index as from the pages themselves', async () => {
    const other = paper.replaceAll('Dense retrieval for QA', 'Sparse retrieval').replace('dual encoder', 'bag of words').replace('dense-qa', 'sparse');
    const dir = site({ 'index.html': page('<h1>Home</h1>'), 'papers/dense-qa/index.html': paper, 'papers/sparse/index.html': other });
    const whole = site({ 'papers/dense-qa/index.html': paper, 'papers/sparse/index.html': other });
    const cache = mkdtempSync(join(tmpdir(), 'atlas-search-stage-'));
    sites.push(cache);
    await buildSearchIndexIfChanged(dir, cache);
    await buildSearchIndex(whole);
    expect(fragments(dir)).toEqual(fragments(whole));
    expect(fragments(dir).map((d) => d.url)).toEqual(['/papers/dense-qa/', '/papers/sparse/']);

    const stage = join(cache, 'atlas-search-pages');
    expect(listFiles(stage)).toEqual(['papers/dense-qa/index.html', 'papers/sparse/index.html']);
    const staged = readFileSync(join(stage, 'papers/dense-qa/index.html'), 'utf8');
    expect(staged).toContain('dual encoder');
    expect(staged).not.toContain('zebra');

    // A staged page that went missing is staged again, though its page is unchanged (the index is kept).
    rmSync(join(stage, 'papers/dense-qa/index.html'));
    expect((await buildSearchIndexIfChanged(dir, cache)).kept).toBe(true);
    expect(readFileSync(join(stage, 'papers/dense-qa/index.html'), 'utf8')).toBe(staged);

    // A page that is gone leaves the stage (and the index) too.
    rmSync(join(dir, 'papers/sparse'), { recursive: true });
    expect(await buildSearchIndexIfChanged(dir, cache)).toMatchObject({ pages: 1, kept: false });
    expect(listFiles(stage)).toEqual(['papers/dense-qa/index.html']);
    expect(fragments(dir).map((d) => d.url)).toEqual(['/papers/dense-qa/']);
  });

  it('stages every page again when the record of staged pages was made by other code', async () => {
    const dir = site({ 'papers/dense-qa/index.html': paper });
    const cache = mkdtempSync(join(tmpdir(), 'atlas-search-stage-'));
    sites.push(cache);
    await buildSearchIndexIfChanged(dir, cache);
    const stagedPath = join(cache, 'atlas-search-pages', 'papers/dense-qa/index.html');
    const staged = readFileSync(stagedPath, 'utf8');
    const recordPath = join(cache, 'atlas-search-projections.json');
    const record = JSON.parse(readFileSync(recordPath, 'utf8')) as { code: string; pages: Record<string, unknown> };
    // What an older projection staged, of the size the record names: trusted while the record is this code's ...
    const older = 'x'.repeat(Buffer.byteLength(staged));
    writeFileSync(stagedPath, older);
    await buildSearchIndexIfChanged(dir, cache);
    expect(readFileSync(stagedPath, 'utf8')).toBe(older);
    // ... and staged again once the record says other code made it.
    writeFileSync(recordPath, JSON.stringify({ ...record, code: `${record.code}-older` }));
    await buildSearchIndexIfChanged(dir, cache);
    expect(readFileSync(stagedPath, 'utf8')).toBe(staged);
    expect(JSON.parse(readFileSync(recordPath, 'utf8'))).toEqual(record);
  });
});

describe('buildSearchIndexIfChanged: what is staged of a page', () => {
  it('stages the searchable region with what Pagefind reads outside it, and indexes the same as the whole page', async () => {
    const whole = `<!doctype html><html lang="en"><head><title>Dense QA</title><meta name="description" content="zebra"><meta data-pagefind-meta="image[content]" content="/cover.png" property="og:image"></head><body><nav>Papers Concepts Graph zebra</nav><p>Site: <span data-pagefind-filter="site">Atlas</span></p>${paper.slice(paper.indexOf('<article'), paper.indexOf('</body>'))}<footer>Open data zebra</footer></body></html>`;
    const dir = site({ 'papers/dense-qa/index.html': whole });
    const plain = site({ 'papers/dense-qa/index.html': whole });
    const cache = mkdtempSync(join(tmpdir(), 'atlas-search-stage-'));
    sites.push(cache);
    await buildSearchIndexIfChanged(dir, cache);
    await buildSearchIndex(plain);
    const staged = readFileSync(join(cache, 'atlas-search-pages', 'papers/dense-qa/index.html'), 'utf8');
    expect(staged).not.toContain('zebra');
    expect(staged).not.toContain('<nav>');
    expect(fragments(dir)).toEqual(fragments(plain));
    expect(fragments(dir)[0]).toMatchObject({ meta: { image: '/cover.png', title: 'Dense retrieval for QA' }, filters: { site: ['Atlas'], kind: ['paper'] } });
  });
});

describe('buildServiceWorker with a cache folder', () => {
  it('reuses the worker script of the last build while its inputs are unchanged, and makes the same worker', async () => {
    const dir = site({ 'index.html': page('<h1>Home</h1>'), '_astro/app.abc.js': 'export {}' });
    const cache = mkdtempSync(join(tmpdir(), 'atlas-sw-cache-'));
    sites.push(cache);
    await buildServiceWorker(dir, cache);
    const first = readFileSync(join(dir, 'sw.js'), 'utf8');
    await buildServiceWorker(dir, cache);
    expect(readFileSync(join(dir, 'sw.js'), 'utf8')).toBe(first);
    await buildServiceWorker(dir);
    expect(readFileSync(join(dir, 'sw.js'), 'utf8')).toBe(first);

    // The saved script is what is used (marked here), as long as its key matches.
    const savedPath = join(cache, 'atlas-sw-script.json');
    const saved = JSON.parse(readFileSync(savedPath, 'utf8')) as { key: string; inputs: string[]; script: string };
    writeFileSync(savedPath, JSON.stringify({ ...saved, script: `/* reused */${saved.script}` }));
    await buildServiceWorker(dir, cache);
    expect(readFileSync(join(dir, 'sw.js'), 'utf8')).toBe(`/* reused */${first}`);
    writeFileSync(savedPath, JSON.stringify({ ...saved, key: 'another', script: '/* stale */' }));
    await buildServiceWorker(dir, cache);
    expect(readFileSync(join(dir, 'sw.js'), 'utf8')).toBe(first);
  });

  it('keys the saved script by every file the bundle was made from, wherever it lies', async () => {
    const dir = site({ 'index.html': page('<h1>Home</h1>') });
    const cache = mkdtempSync(join(tmpdir(), 'atlas-sw-cache-'));
    sites.push(cache);
    await buildServiceWorker(dir, cache);
    const saved = JSON.parse(readFileSync(join(cache, 'atlas-sw-script.json'), 'utf8')) as { inputs: string[] };
    // The worker's background fetching reads the connection rules of src/lib/site/, outside src/lib/offline/.
    expect(saved.inputs).toEqual(expect.arrayContaining(['src/client/offline/service-worker.ts', 'src/lib/offline/background.ts', 'src/lib/site/connection.ts']));
    // A saved script whose inputs list names a file that is gone is not trusted.
    const savedPath = join(cache, 'atlas-sw-script.json');
    const record = JSON.parse(readFileSync(savedPath, 'utf8')) as { key: string; inputs: string[]; script: string };
    writeFileSync(savedPath, JSON.stringify({ ...record, inputs: [...record.inputs, 'src/lib/site/gone.ts'], script: '/* stale */' }));
    await buildServiceWorker(dir, cache);
    expect(readFileSync(join(dir, 'sw.js'), 'utf8')).not.toContain('/* stale */');
  });
});
