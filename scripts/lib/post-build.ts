/**
 * Steps that make the parts of the site Astro does not (`ATLAS_OUT_DIR` or `dist/`), each as its own process:
 *
 * 1. `open-data`: the exports (papers.json, graph.cyjs, graph.gexf, graph.graphml), made from the content
 *    folder alone (scripts/lib/open-data.ts) and written only when what they are made from changed since the
 *    last build. They need no page, so they can be made while Astro builds, into a folder of Astro's cache
 *    ({@link openDataStage}); once the pages are built they are linked into `<site>/api/`
 *    ({@link publishOpenData}). No page reads them, so the Astro build does not carry them.
 * 2. `search-index`: the Pagefind index over paper pages (their searchable region is marked with
 *    `data-pagefind-body`), written to `<site>/pagefind/`. Concept pages are left out: search shows
 *    them from the concepts the matching papers carry (src/lib/search/concept-hits.ts), and every
 *    indexed page costs every first search a few bytes in Pagefind's page table.
 * 3. `service-worker`: `<site>/sw.js`, the offline service worker with this build's precache manifest
 *    (content-hashed, so a new build gets new caches and the old ones are dropped on activation), and
 *    `<site>/offline/pages.json`, the pages a reader may save for offline use on the offline page. Having
 *    listed every file, it also reports the site's size by part, with a warning when GitHub Pages would
 *    refuse it (src/lib/site/site-size.ts).
 *
 * Run one by hand with `npx tsx scripts/lib/post-build.ts open-data` (which also links the exports into
 * the site, when there is one), `search-index` or `service-worker`.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildPrecacheManifest, hashInName, INSTALL_PAGES, referencedAssets, SERVICE_WORKER_FILE, staticImports, type BuiltFile } from '../../src/lib/offline/precache';
import { buildSavedPagesManifest, SAVED_PAGES_FILE } from '../../src/lib/offline/saved-pages';
import { contentDirOf, loadAtlasConfig, siteUrlWarning } from '../../src/lib/config/load';
import { astroCacheDir } from '../../src/lib/config/astro-cache-dir';
import { parseStepStamp, stampIsCurrent, stepKey, type OutputRecord } from '../../src/lib/cache/step-stamp';
import { openDataOutputs, openDataRecords, writeOpenData } from './open-data';
import { searchIndexProjection } from '../../src/lib/search/index-projection';
import { folderParts, listFiles } from './file-tree';
import { ASTRO_MANIFEST_FILE, manifestOutputs } from '../../src/lib/cache/out-dir';
import { describeSiteSize, hostingWarnings, summariseSiteSize, type SiteSize } from '../../src/lib/site/site-size';

/**
 * When a step runs: `with-astro` can run beside the Astro build (it reads only the content folder;
 * scripts/build.ts does so when there are cores to spare, otherwise it runs with the next group);
 * `after-astro` once the pages are built, beside the other such steps (each keeps about one core busy);
 * `last` after all of them (the service worker lists every file of the site, theirs included).
 */
export type StepPhase = 'with-astro' | 'after-astro' | 'last';

export interface PostBuildStep {
  label: string;
  command: string;
  args: string[];
  phase: StepPhase;
}

const STEPS = {
  'open-data': ['open-data exports', 'with-astro'],
  'search-index': ['search index (Pagefind)', 'after-astro'],
  'service-worker': ['offline service worker', 'last'],
} as const satisfies Record<string, readonly [string, StepPhase]>;
type StepName = keyof typeof STEPS;

export function postBuildSteps(): PostBuildStep[] {
  const self = fileURLToPath(import.meta.url);
  return (Object.keys(STEPS) as StepName[]).map((name) => ({
    label: STEPS[name][0],
    command: process.execPath,
    // The build links the exports into the site itself, once Astro is done with the folder.
    args: ['--import', 'tsx', self, name, ...(name === 'open-data' ? ['--stage-only'] : [])],
    phase: STEPS[name][1],
  }));
}

export function siteDir(): string {
  return resolve(process.env.ATLAS_OUT_DIR || 'dist');
}

/** Astro's cache folder for this content folder (src/lib/config/astro-cache-dir.ts): step stamps live there. */
export function cacheDir(): string {
  return astroCacheDir(process.env);
}

/** Where the open-data step writes the exports while Astro builds (the folder stands for the site's root). */
export function openDataStage(cache: string): string {
  return join(cache, 'atlas-open-data');
}

/**
 * Puts the exports made in {@link openDataStage} into the site, as hard links (the same files, no second
 * copy of a few hundred MB) or as copies where the two folders are on different disks. A file already
 * linked there is left alone.
 */
export function publishOpenData(site: string, cache: string): number {
  const stage = openDataStage(cache);
  let published = 0;
  for (const path of openDataOutputs(cache)) {
    const from = join(stage, ...path.split('/'));
    const to = join(site, ...path.split('/'));
    const source = statSync(from);
    const present = statSync(to, { throwIfNoEntry: false });
    if (present && present.ino === source.ino && present.dev === source.dev) continue;
    mkdirSync(dirname(to), { recursive: true });
    rmSync(to, { force: true });
    try {
      linkSync(from, to);
    } catch {
      copyFileSync(from, to);
    }
    published++;
  }
  return published;
}

/**
 * Pagefind's prebuilt UIs (the site has its own); its worker, as Pagefind runs inside the site's search worker
 * (src/client/search/search-worker.ts), where it finds no `window` and never starts a worker of its own; and
 * the WebAssembly for pages of no known language, as every page is indexed as English (`--force-language`).
 */
const UNUSED_PAGEFIND_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$|^pagefind-worker\.js$|^wasm\.unknown\.pagefind$/;

/**
 * Pagefind's index of the paper pages under `pagesDir` (the site itself, or a folder laid out like it holding
 * what Pagefind reads of each page: {@link buildSearchIndexIfChanged}), written to `<site>/pagefind/`.
 */
export async function buildSearchIndex(site: string, pagesDir = site): Promise<{ pages: number; bytes: number }> {
  const out = join(site, 'pagefind');
  // The last index (10,000 fragments at 10,000 papers) is moved aside at once and deleted, with any a killed run
  // left behind, once the new one is written: deleted while Pagefind wrote, it slowed Pagefind's writes by more
  // than the deletion takes alone (0.3 s).
  if (existsSync(out)) renameSync(out, `${out}.old-${process.pid}`);
  try {
    return await indexInto(pagesDir, out);
  } finally {
    for (const name of readdirSync(site)) {
      if (name !== 'pagefind' && isSearchIndexFolder(name)) await rm(join(site, name), { recursive: true, force: true });
    }
  }
}

/** Pagefind's command-line program (the package's `bin`), which runs its binary. */
const PAGEFIND_CLI = fileURLToPath(new URL('../../node_modules/pagefind/lib/runner/bin.cjs', import.meta.url));

/**
 * Runs Pagefind's command line, not its Node API: the same binary writes the same index (compared file by file
 * at 10,000 papers), but through the API in 20.6 s against 13.2–14.2 s, most of the difference in writing the
 * files. Run with no PAGEFIND_ variables and from a folder without a configuration file, so that nothing of
 * the user's changes what it does.
 */
async function indexInto(pagesDir: string, out: string): Promise<{ pages: number; bytes: number }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^PAGEFIND_/i.test(name)));
  // Its working folder is the new, empty output folder: Pagefind reads a configuration file from there.
  mkdirSync(out, { recursive: true });
  const run = spawnSync(
    process.execPath,
    // Paper pages only; inside them Pagefind reads just the region marked data-pagefind-body.
    [PAGEFIND_CLI, '--site', pagesDir, '--glob', 'papers/*/index.html', '--output-path', out, '--force-language', 'en'],
    { cwd: out, env, encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  const said = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim();
  if (run.error || run.status !== 0) {
    throw new Error(`Pagefind could not index ${pagesDir} into ${out}: ${run.error?.message ?? `exit code ${run.status}`}\n${said.slice(-3000)}`);
  }
  const indexed = /Indexed (\d+) pages?\b/.exec(said);
  if (!indexed) throw new Error(`Pagefind did not say how many pages of ${pagesDir} it indexed:\n${said.slice(-3000)}`);
  // Dead weight to publish and precache.
  for (const name of listFiles(out)) {
    if (UNUSED_PAGEFIND_FILES.test(name)) rmSync(join(out, name));
  }
  await minifyPagefindLoader(out);
  const bytes = listFiles(out).reduce((sum, p) => sum + statSync(join(out, p)).size, 0);
  return { pages: Number(indexed[1]), bytes };
}

/**
 * Pagefind ships its loader with whitespace removed but names intact; every first search loads it. Minified it
 * is a third smaller (a tenth gzipped). Same syntax level and module kind, so it runs wherever Pagefind's own
 * file runs.
 */
async function minifyPagefindLoader(out: string): Promise<void> {
  const file = join(out, 'pagefind.js');
  if (!existsSync(file)) return;
  const { transform } = await import('esbuild');
  const { code } = await transform(readFileSync(file, 'utf8'), { minify: true, target: 'es2020', legalComments: 'inline' });
  writeFileSync(file, code);
}

const HASHES = 'atlas-file-hashes.json';

/**
 * SHA-256 of every file of the site, except where the name holds a hash of the content already (Pagefind's
 * files: src/lib/offline/precache.ts `hashInName`). With `cache` (Astro's cache folder), a file whose size and
 * modification time are what they were at the last build keeps the hash it had then: a re-run leaves nearly
 * every page untouched, and reading 25,000 pages again only to find the same hashes took most of this step.
 * The open-data exports come with the hashes their step made while writing them.
 */
export function hashSiteFiles(site: string, cache?: string): BuiltFile[] {
  const known = cache ? readKnownHashes(cache) : new Map<string, KnownHash>();
  // The exports were hashed as they were written (linked into the site, they keep their size and time).
  for (const o of cache ? openDataRecords(cache) : []) if (o.sha256) known.set(o.path, [o.size, o.mtimeMs, o.sha256]);
  const { files, hashes } = hashFiles(site, listFiles(site), known);
  if (cache) saveKnownHashes(cache, hashes);
  return files;
}

type KnownHash = [size: number, mtimeMs: number, hash: string];

function readKnownHashes(cache: string): Map<string, KnownHash> {
  const known = new Map<string, KnownHash>();
  try {
    const saved = JSON.parse(readFileSync(join(cache, HASHES), 'utf8')) as Record<string, KnownHash>;
    for (const [path, entry] of Object.entries(saved)) {
      if (Array.isArray(entry) && entry.length === 3) known.set(path, entry);
    }
  } catch {
    // No hashes from an earlier build: every file is read.
  }
  return known;
}

function saveKnownHashes(cache: string, hashes: Readonly<Record<string, KnownHash>>): void {
  mkdirSync(cache, { recursive: true });
  writeFileSync(join(cache, HASHES), JSON.stringify(hashes));
}

function hashFiles(site: string, paths: readonly string[], known: ReadonlyMap<string, KnownHash>): { files: BuiltFile[]; hashes: Record<string, KnownHash> } {
  const hashes: Record<string, KnownHash> = Object.create(null);
  const files = paths.map((path): BuiltFile => {
    const full = join(site, path);
    const stat = statSync(full);
    const named = hashInName(path);
    if (named !== undefined) return { path, bytes: stat.size, hash: named };
    const before = known.get(path);
    const hash =
      before && before[0] === stat.size && before[1] === stat.mtimeMs
        ? before[2]
        : createHash('sha256').update(readFileSync(full)).digest('hex');
    hashes[path] = [stat.size, stat.mtimeMs, hash];
    return { path, bytes: stat.size, hash };
  });
  return { files, hashes };
}

const SEARCH_STAMP = 'atlas-search-index.json';
const SEARCH_PROJECTIONS = 'atlas-search-projections.json';
/** What Pagefind reads of each paper page, laid out as the site is: Pagefind indexes this folder. */
const SEARCH_PAGES = 'atlas-search-pages';

/** The folders of the search index: the one in use and the last one, moved aside while a new one is written. */
export function isSearchIndexFolder(name: string): boolean {
  return name === 'pagefind' || /^pagefind\.old-\d+$/.test(name);
}

const PAPER_PAGE = /^papers\/[^/]+\/index\.html$/;

/**
 * The pages Pagefind indexes, `papers/<slug>/index.html`, sorted as {@link listFiles} sorts. Taken from the
 * pages Astro's manifest says the last build produced, where there is one: in a site folder kept from the last
 * build, pages of papers that are gone may still be there until they are pruned (beside this step). Otherwise
 * looked up in `papers/` alone, since walking the whole site (25,000 page folders at 10,000 papers) took 2 s.
 */
function indexedPages(site: string, cache: string): string[] {
  const isFile = (path: string) => statSync(join(site, path), { throwIfNoEntry: false })?.isFile() === true;
  const manifest = readJsonFile(join(cache, ASTRO_MANIFEST_FILE));
  if (manifest !== undefined) return [...manifestOutputs(manifest)].filter((p) => PAPER_PAGE.test(p) && isFile(p)).sort();
  const papers = join(site, 'papers');
  if (!existsSync(papers)) return [];
  return readdirSync(papers, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `papers/${entry.name}/index.html`)
    .filter(isFile)
    .sort();
}

/**
 * Per page: the hash of the file, the hash of what Pagefind reads of it (src/lib/search/index-projection.ts)
 * and the size of that text as staged in {@link SEARCH_PAGES}.
 */
type Projections = Record<string, [fileHash: string, projectionHash: string, stagedBytes: number]>;

/**
 * The projections recorded by the last run, if `code` made them. A record of other code is not trusted: a
 * page whose bytes are unchanged would keep a projection staged by the old code (the search index, keyed by
 * the code too, would be made again from stale projections).
 */
function readProjections(cache: string, code: string): Projections {
  const saved = readJsonFile(join(cache, SEARCH_PROJECTIONS)) as { code?: unknown; pages?: unknown } | undefined;
  const out: Projections = Object.create(null);
  if (saved && typeof saved === 'object' && saved.code === code && saved.pages && typeof saved.pages === 'object') {
    for (const [path, entry] of Object.entries(saved.pages as Record<string, unknown>)) {
      if (Array.isArray(entry) && entry.length === 3 && typeof entry[0] === 'string' && typeof entry[1] === 'string' && typeof entry[2] === 'number') {
        out[path] = [entry[0], entry[1], entry[2]];
      }
    }
  }
  return out;
}

/**
 * What the projections and the index are made with: this file and all of src/lib (the projection imports the
 * search spelling, which imports the accent and Greek-letter tables; a list of its imports would drift), and
 * the lockfile, which pins Pagefind and its binary (another version may index the same pages differently).
 */
function searchCodeKey(): string {
  const lib = fileURLToPath(new URL('../../src/lib/', import.meta.url));
  return stepKey([
    ...folderParts(lib, 'code:src/lib'),
    ['code:post-build', readFileSync(fileURLToPath(import.meta.url))],
    ['lockfile', lockfileBytes()],
  ]);
}

/**
 * Projection hashes of `files`, with each projection staged under `stage` at the page's own path. A page
 * whose bytes are those recorded, and whose staged projection is still there at its size, is not read again.
 * Staged pages of pages that are gone are removed.
 */
function projectPages(site: string, files: readonly BuiltFile[], known: Projections, stage: string): Projections {
  const out: Projections = Object.create(null);
  for (const f of files) {
    const staged = join(stage, ...f.path.split('/'));
    const before = Object.hasOwn(known, f.path) ? known[f.path] : undefined;
    if (before && before[0] === f.hash && statSync(staged, { throwIfNoEntry: false })?.size === before[2]) {
      out[f.path] = before;
      continue;
    }
    const projection = Buffer.from(searchIndexProjection(readFileSync(join(site, f.path), 'utf8')), 'utf8');
    mkdirSync(dirname(staged), { recursive: true });
    writeFileSync(staged, projection);
    out[f.path] = [f.hash, createHash('sha256').update(projection).digest('hex'), projection.length];
  }
  const papers = join(stage, 'papers');
  if (existsSync(papers)) {
    for (const slug of readdirSync(papers)) {
      if (!Object.hasOwn(out, `papers/${slug}/index.html`)) rmSync(join(papers, slug), { recursive: true, force: true });
    }
  }
  return out;
}

/**
 * The search index, unless the last one was made from pages that Pagefind reads the same (same paths, same
 * HTML outside the parts marked `data-pagefind-ignore="all"`) with the same Pagefind and this same code,
 * and is still in place untouched. A re-run after one abstract changed re-renders a few hundred paper pages
 * whose related lists moved, but indexes nothing new in them: the last index is kept. Page bytes are
 * compared through their hashes (reused for files whose size and mtime the service-worker step recorded).
 *
 * Pagefind indexes the staged projections, not the pages: the same index (it reads nothing of what the
 * projection leaves out), from 40% of the bytes: 10.8 s instead of 16.2 s at 10,000 papers, measured alone.
 */
export async function buildSearchIndexIfChanged(site: string, cache: string): Promise<{ pages: number; bytes: number; kept: boolean }> {
  const pages = indexedPages(site, cache);
  const known = readKnownHashes(cache);
  const { files, hashes } = hashFiles(site, pages, known);
  // The service-worker step, after this one, hashes every file of the site: the paper pages need not be read
  // for it again (at 10,000 papers, 240 MB).
  saveKnownHashes(cache, { ...Object.fromEntries(known), ...hashes });
  const code = searchCodeKey();
  const stampPath = join(cache, SEARCH_STAMP);
  const stamp = parseStepStamp(readJsonFile(stampPath));
  const statOf = (path: string) => {
    const s = statSync(join(site, path), { throwIfNoEntry: false });
    return s?.isFile() ? { size: s.size, mtimeMs: s.mtimeMs } : undefined;
  };
  const stage = join(cache, SEARCH_PAGES);
  const projections = projectPages(site, files, readProjections(cache, code), stage);
  writeFileSync(join(cache, SEARCH_PROJECTIONS), JSON.stringify({ code, pages: projections }));
  const key = stepKey([
    ['code', code],
    ['pages', files.map((f) => `${f.path}\0${projections[f.path]![1]}\n`).join('')],
  ]);
  // Pagefind's folder must hold exactly what it held: nothing missing (checked by the stamp), nothing added.
  const out = join(site, 'pagefind');
  const present = existsSync(out) ? listFiles(out).length : -1;
  if (stamp && present === stamp.outputs.length && stampIsCurrent(stamp, key, statOf)) {
    return { pages: pages.length, bytes: stamp.outputs.reduce((sum, o) => sum + o.size, 0), kept: true };
  }
  rmSync(stampPath, { force: true });
  const built = await buildSearchIndex(site, stage);
  const outputs: OutputRecord[] = listFiles(out).map((name) => {
    const path = `pagefind/${name}`;
    return { path, ...statOf(path)! };
  });
  writeFileSync(stampPath, JSON.stringify({ key, outputs }));
  return { ...built, kept: false };
}

/** The installed versions of everything (Pagefind's binary, TypeScript) as far as a step's key needs them. */
function lockfileBytes(): Buffer | string {
  const lockfile = fileURLToPath(new URL('../../package-lock.json', import.meta.url));
  return existsSync(lockfile) ? readFileSync(lockfile) : '(none)';
}

function readJsonFile(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

const WORKER_SCRIPT = 'atlas-sw-script.json';

/**
 * src/client/offline/service-worker.ts as a classic worker script: one file, no module syntax, types stripped,
 * the pure helpers it imports from src/lib/ bundled in (esbuild, an IIFE). With `cache`, the script of the
 * last build is reused while every file the bundle was made from (esbuild's list of its inputs), the lockfile
 * (esbuild's version) and this file are unchanged: a fixed list of source folders missed src/lib/site/connection.ts,
 * which the worker's background fetching imports.
 */
async function workerScript(cache?: string): Promise<string> {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const keyOf = (inputs: readonly string[]): string | undefined => {
    const parts: Array<readonly [string, string | Buffer]> = [];
    for (const input of inputs) {
      const file = join(root, input);
      if (!existsSync(file)) return undefined;
      parts.push([`input:${input}`, readFileSync(file)]);
    }
    return stepKey([...parts, ['lockfile', lockfileBytes()], ['code', readFileSync(fileURLToPath(import.meta.url))]]);
  };
  const saved = cache ? (readJsonFile(join(cache, WORKER_SCRIPT)) as { key?: unknown; inputs?: unknown; script?: unknown } | undefined) : undefined;
  if (saved && Array.isArray(saved.inputs) && saved.inputs.every((i) => typeof i === 'string') && typeof saved.script === 'string') {
    if (saved.key === keyOf(saved.inputs as string[])) return saved.script;
  }
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(root, 'src/client/offline/service-worker.ts')],
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'silent',
  });
  const outputText = result.outputFiles[0]!.text;
  if (cache) {
    // Paths relative to the repository, as esbuild names them from its working folder.
    const inputs = Object.keys(result.metafile.inputs).sort();
    mkdirSync(cache, { recursive: true });
    writeFileSync(join(cache, WORKER_SCRIPT), JSON.stringify({ key: keyOf(inputs), inputs, script: outputText }));
  }
  return outputText;
}

/**
 * The `_astro/` files the offline fallback's pages (INSTALL_PAGES) load, with the modules those import
 * statically: installed with them, so the fallback has the site's styles and its script offline.
 */
export function offlineFallbackAssets(site: string): Set<string> {
  const out = new Set<string>();
  const todo: string[] = [];
  for (const page of INSTALL_PAGES) {
    const file = join(site, page);
    if (existsSync(file)) for (const asset of referencedAssets(readFileSync(file, 'utf8'))) todo.push(asset);
  }
  while (todo.length > 0) {
    const asset = todo.pop()!;
    if (out.has(asset) || !existsSync(join(site, asset))) continue;
    out.add(asset);
    if (/\.m?js$/.test(asset)) for (const dep of staticImports(readFileSync(join(site, asset), 'utf8'))) todo.push(`_astro/${dep}`);
  }
  return out;
}

export async function buildServiceWorker(
  site: string,
  cache?: string,
): Promise<{ version: string; urls: number; bytes: number; background: { urls: number; bytes: number }; size: SiteSize; savable: { pages: number; bytes: number } }> {
  // The list of savable pages is this step's own output: a re-run must not hash the last run's copy into the version.
  const files = hashSiteFiles(site, cache).filter((f) => f.path !== SAVED_PAGES_FILE);
  const installAssets = offlineFallbackAssets(site);
  const manifest = buildPrecacheManifest(files, installAssets);
  const savable = buildSavedPagesManifest(files, manifest.version, installAssets);
  const savableJson = JSON.stringify(savable);
  mkdirSync(dirname(join(site, SAVED_PAGES_FILE)), { recursive: true });
  writeFileSync(join(site, SAVED_PAGES_FILE), savableJson);
  // Offline, the worker tells a page not saved from one that does not exist by it. About 60 bytes a page (600 kB
  // at 10,000 papers), so not on install: fetched ahead with the rest, and read when the offline page is opened.
  manifest.background.push(SAVED_PAGES_FILE);
  manifest.backgroundBytes += Buffer.byteLength(savableJson);
  const outputText = await workerScript(cache);
  const placeholder = /\b__PRECACHE_MANIFEST__\b/g;
  if ((outputText.match(placeholder) ?? []).length !== 1) {
    throw new Error('src/client/offline/service-worker.ts: expected exactly one use of __PRECACHE_MANIFEST__');
  }
  const manifestJson = JSON.stringify({ version: manifest.version, urls: manifest.urls, background: manifest.background });
  writeFileSync(join(site, SERVICE_WORKER_FILE), outputText.replace(placeholder, () => manifestJson));
  // The worker is the last file written: the site's size is known only now.
  const everything = [
    ...files.filter((f) => f.path !== SERVICE_WORKER_FILE),
    { path: SAVED_PAGES_FILE, bytes: Buffer.byteLength(savableJson) },
    { path: SERVICE_WORKER_FILE, bytes: statSync(join(site, SERVICE_WORKER_FILE)).size },
  ];
  return {
    version: manifest.version,
    urls: manifest.urls.length,
    bytes: manifest.bytes,
    background: { urls: manifest.background.length, bytes: manifest.backgroundBytes },
    size: summariseSiteSize(everything),
    savable: { pages: savable.urls.length, bytes: savable.bytes },
  };
}

async function main(step: string | undefined, stageOnly: boolean): Promise<void> {
  const site = siteDir();
  if (step === 'open-data') {
    // Needs no site: scripts/build.ts runs it during the Astro build and links the files in afterwards.
    const cache = cacheDir();
    const stage = openDataStage(cache);
    const { written, bytes, kept } = await writeOpenData({ site: stage, contentDir: resolve(contentDirOf(process.env)), cacheDir: cache });
    // Named by where the files are published: the stage is a cache folder the reader never serves.
    const keptNote = !written ? ' (unchanged, kept)' : kept > 0 ? ` (${kept} of them unchanged, kept)` : '';
    console.log(`open data: ${(bytes / 1024).toFixed(0)} kB for the site's api/ folder${keptNote}`);
    if (!stageOnly && existsSync(site)) {
      publishOpenData(site, cache);
      console.log(`open data: linked into ${join(site, 'api')}`);
    }
    return;
  }
  if (!existsSync(site)) throw new Error(`${site}: no built site here; run the Astro build first.`);
  if (step === 'search-index') {
    const { pages, bytes, kept } = await buildSearchIndexIfChanged(site, cacheDir());
    // Relative to the site: a first build writes into a staging folder that is renamed at the end.
    console.log(`search index: ${pages} pages, ${(bytes / 1024).toFixed(0)} kB in the site's pagefind/ folder${kept ? ' (pages unchanged, kept)' : ''}`);
  } else if (step === 'service-worker') {
    const { version, urls, bytes, background, size, savable } = await buildServiceWorker(site, cacheDir());
    console.log(
      `service worker: build ${version}, ${urls} files (${(bytes / 1024).toFixed(0)} kB) on install, ${background.urls} (${(background.bytes / 1024).toFixed(0)} kB) ahead of use when idle where the browser reports a fast link, not mobile data`,
    );
    console.log(`offline: ${savable.pages} more pages (${(savable.bytes / 1024).toFixed(0)} kB) a reader may save on the offline page`);
    console.log(describeSiteSize(size));
    for (const warning of hostingWarnings(size)) console.warn(`warning: ${warning}`);
    const unset = siteUrlWarning(loadAtlasConfig(process.env));
    if (unset) console.warn(`warning: ${unset}`);
  } else {
    throw new Error(`post-build: unknown step "${step ?? ''}"; expected one of: ${Object.keys(STEPS).join(', ')}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv[2], process.argv.includes('--stage-only')).catch((err: unknown) => {
    // A step's own errors say what is wrong in their message; anything else (a RangeError, a TypeError) is
    // a bug, and its stack is what a report needs.
    console.error(err instanceof Error ? (err.name === 'Error' ? err.message : err.stack) : err);
    process.exit(1);
  });
}
