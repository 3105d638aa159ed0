/**
 * `npm run bench`: the scale and speed benchmark (issue 6). For each corpus size: a cold `npm run build`
 * of a generated corpus next to a bare Astro build of the same number of plain Markdown pages, Pagefind
 * against `pagefind --site`, a re-run after one abstract changed, then the graph page, the first search
 * and a paper page in Chromium. Writes docs/bench/results.md and a screenshot of the largest graph.
 *
 *   npm run bench                       # 1,000 and 10,000 papers
 *   npm run bench -- --sizes 1000       # a quick run
 *   npm run bench -- --large            # adds 50,000
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, prepareSources, toJsonl, type BenchPaper } from '../bench/corpus';
import { readSourceDocs, ROOT } from '../bench/sources';
import { writeFloorProject } from '../bench/floor';
import { contentPhases, failedStep, measure, peakOf, stepTimes, type Measurement } from '../bench/measure';
import { writeFcosePage } from '../bench/fcose-page';
import { launchBenchBrowser, measureFcosePage, measureFirstSearch, measureGraphPage, measurePageCost } from '../bench/browser';
import { FREEZE_MS } from '../bench/graph-interaction';
import { medianRun, renderResults, STEP, type FullBuild, type Machine, type SizeResult } from '../bench/report';
import { gzippedTotal, uncompressedTotal } from '../bench/compression';
import { readCpuTimes, stealShare } from '../bench/cpu-steal';
import { serveStatic } from '../test/support/static-server';

const HELP = `Usage: npm run bench -- [options]

  --sizes LIST        corpus sizes, comma-separated (default 1000,10000)
  --large             also 50,000 papers
  --seed N            corpus seed (default 42)
  --no-browser        skip the Chromium measurements
  --no-rerun          skip the re-runs after one abstract changed
  --reruns N          re-runs per size, each changing one more abstract (default 3; the median is judged)
  --report-only       re-render the results file from the last run's .cache/bench/results.json
  --fcose-timeout S   stop waiting for the live fCoSE baseline after S seconds (default 600)
  --out FILE          results file (default docs/bench/results.md)
`;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    large: { type: 'boolean', default: false },
    seed: { type: 'string', default: '42' },
    'no-browser': { type: 'boolean', default: false },
    'no-rerun': { type: 'boolean', default: false },
    reruns: { type: 'string', default: '3' },
    'report-only': { type: 'boolean', default: false },
    'fcose-timeout': { type: 'string', default: '600' },
    out: { type: 'string', default: 'docs/bench/results.md' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const sizes = values.sizes.split(',').map((v) => Number(v.trim()));
if (values.large) sizes.push(50_000);
if (sizes.some((v) => !Number.isInteger(v) || v < 10)) {
  console.error(`✖ --sizes: expected whole numbers ≥ 10, got "${values.sizes}"`);
  process.exit(1);
}
const rerunCount = Number(values.reruns);
if (!Number.isInteger(rerunCount) || rerunCount < 1) {
  console.error(`✖ --reruns: expected a whole number ≥ 1, got "${values.reruns}"`);
  process.exit(1);
}
const seed = Number(values.seed);
const fcoseTimeoutMs = Number(values['fcose-timeout']) * 1000;
const outFile = resolve(ROOT, values.out);
const docsDir = join(ROOT, 'docs', 'bench');
const work = join(ROOT, '.cache', 'bench');
const log = (line: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

const node = process.execPath;
const astroBin = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const pagefindBin = join(ROOT, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
const version = (pkg: string) => (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;

/** The environment a user's build gets: no heap flag smuggled in through NODE_OPTIONS. */
function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  if (env.NODE_OPTIONS) env.NODE_OPTIONS = env.NODE_OPTIONS.replace(/--max-old-space-size=\S+/g, '').trim();
  return env;
}

/** An empty folder at `dir` (made, or emptied). */
function freshDir(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

function countHtml(dir: string): number {
  if (!existsSync(dir)) return 0;
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile() && entry.name.endsWith('.html')) count++;
  return count;
}

function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return bytes;
}

function fullBuildResult(m: Measurement): FullBuild {
  const output = `${m.stdout}\n${m.stderr}`;
  const ok = m.exitCode === 0;
  const steps = Object.fromEntries(stepTimes(m.stdout));
  const stepPeaksKb: Record<string, number> = {
    [STEP.content]: peakOf(m, /scripts\/content\.ts/),
    [STEP.astro]: peakOf(m, /astro\.mjs build/),
    [STEP.search]: Math.max(peakOf(m, /post-build\.ts search-index/), peakOf(m, /@pagefind\//)),
  };
  const result: FullBuild = { wallMs: m.wallMs, maxRssKb: m.maxRssKb, ok, steps, stepPeaksKb, contentPhases: contentPhases(m.stdout) };
  if (!ok) {
    result.failedStep = failedStep(output) ?? (m.signal ? `killed by ${m.signal}` : `exit ${m.exitCode}`);
    result.errorTail = m.stderr.split('\n').filter((l) => l.trim() !== '').slice(-15).join('\n');
  }
  return result;
}

/**
 * One abstract changed, as a user editing one record of their input would: the `k`-th re-run's paper, the middle
 * one, then a quarter in, three quarters in, and so on.
 */
function changeOneAbstract(papers: BenchPaper[], k: number): BenchPaper[] {
  const at = [1 / 2, 1 / 4, 3 / 4, 1 / 8, 3 / 8, 5 / 8, 7 / 8][k % 7]!;
  const i = Math.floor(papers.length * at);
  const changed = [...papers];
  changed[i] = { ...papers[i]!, abstract: `${papers[i]!.abstract} We also release the evaluation code and the annotated test split.` };
  return changed;
}

function mostFrequentConcept(contentDir: string): string {
  const concepts = JSON.parse(readFileSync(join(contentDir, 'concepts.json'), 'utf8')) as Array<{ label: string; papers: string[] }>;
  const best = [...concepts].sort((a, b) => b.papers.length - a.papers.length || a.label.localeCompare(b.label))[0];
  if (!best) throw new Error(`${contentDir}/concepts.json: no concept to search for`);
  return best.label;
}

function middlePaper(contentDir: string): string {
  const slugs = readdirSync(join(contentDir, 'papers'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3))
    .sort();
  return slugs[Math.floor(slugs.length / 2)]!;
}

async function browserMeasurements(result: SizeResult, outDir: string, contentDir: string, size: number, largest: boolean): Promise<void> {
  const server = await serveStatic(outDir, '/');
  const bench = await launchBenchBrowser();
  machineChromium = bench.version;
  try {
    log(`${size}: graph page`);
    const shot = join(docsDir, `graph-${size >= 1000 ? `${size / 1000}k` : size}.png`);
    const graph = await measureGraphPage(bench.browser, `${server.url}graph/`, 600_000, largest ? shot : undefined);
    result.graph = {
      readyMs: graph.readyMs,
      nodes: graph.nodes,
      edges: graph.edges,
      renderer: graph.renderer,
      bytes: graph.bytes,
      interaction: graph.interaction,
      interactionError: graph.interactionError,
    };
    log(`${size}: graph ready in ${(graph.readyMs / 1000).toFixed(2)} s (${graph.nodes} nodes, ${graph.edges} edges, ${graph.renderer})`);
    const gestures = graph.interaction;
    log(
      gestures
        ? `${size}: pan and zoom: ${gestures.frames} frames in ${(gestures.durationMs / 1000).toFixed(1)} s, median ${gestures.medianFrameMs.toFixed(0)} ms, p95 ${gestures.p95FrameMs.toFixed(0)} ms, longest ${gestures.longestFrameMs.toFixed(0)} ms`
        : `${size}: pan and zoom not measured: ${graph.interactionError ?? 'unknown error'}`,
    );
    // The same gestures on a second load in the same browser (a fresh context again), and in a fresh browser
    // whose GPU is emulated: set beside the first, they tell the page's own cost from the browser's first-use work.
    log(`${size}: pan and zoom again, on a second load`);
    const again = await measureGraphPage(bench.browser, `${server.url}graph/`, 600_000);
    result.graph.interactionAgain = again.interaction;
    if (again.interaction) log(`${size}: pan and zoom again: longest ${again.interaction.longestFrameMs.toFixed(0)} ms, ${again.interaction.freezes} over ${FREEZE_MS} ms`);
    log(`${size}: pan and zoom in a browser with an emulated GPU`);
    const emulated = await launchBenchBrowser({ emulatedGpu: true });
    try {
      result.graph.interactionEmulatedGpu = (await measureGraphPage(emulated.browser, `${server.url}graph/`, 600_000)).interaction;
    } finally {
      await emulated.close();
    }
    const onEmulated = result.graph.interactionEmulatedGpu;
    if (onEmulated) log(`${size}: pan and zoom, emulated GPU: longest ${onEmulated.longestFrameMs.toFixed(0)} ms, ${onEmulated.freezes} over ${FREEZE_MS} ms`);
    await writeFcosePage(join(outDir, '__bench', 'fcose'), ROOT, graph.elements);
    log(`${size}: live fCoSE baseline (up to ${fcoseTimeoutMs / 1000} s)`);
    result.fcose = await measureFcosePage(bench.browser, `${server.url}__bench/fcose/`, fcoseTimeoutMs);
    log(`${size}: fCoSE ${result.fcose.readyMs === undefined ? 'did not finish' : `drawn in ${(result.fcose.readyMs / 1000).toFixed(1)} s`}`);
    const paperUrl = `${server.url}papers/${middlePaper(contentDir)}/`;
    const query = mostFrequentConcept(contentDir);
    log(`${size}: first search for "${query}"`);
    const search = await measureFirstSearch(bench.browser, paperUrl, query);
    result.search = {
      query: search.query,
      firstResultMs: search.firstResultMs,
      bytes: uncompressedTotal(outDir, search.byUrl),
      bytesGzip: gzippedTotal(outDir, search.byUrl).bytes,
      requests: search.requests,
      results: search.results,
    };
    writeFileSync(join(work, String(size), 'first-search.json'), JSON.stringify(search, null, 2));
    log(`${size}: paper page ${paperUrl}`);
    const cost = await measurePageCost(bench.browser, paperUrl);
    result.paperPage = { url: paperUrl.slice(server.origin.length), ...cost };
  } finally {
    await bench.close();
    await server.close();
  }
}

let machineChromium = 'not run';

async function runSize(size: number, papers: BenchPaper[], largest: boolean, save: (partial: SizeResult) => void): Promise<SizeResult> {
  const dir = join(work, String(size));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const corpus = join(dir, 'corpus.jsonl');
  writeFileSync(corpus, toJsonl(papers));
  const contentDir = join(dir, 'site', 'content');
  const outDir = join(dir, 'site', 'dist');
  mkdirSync(contentDir, { recursive: true });
  // Astro turns on Node's compile cache, kept in the system's temp folder: a cache left by an earlier run
  // of the same corpus would make a "cold" build warm. Each build here gets a temp folder of its own, so
  // Astro starts from an empty cache; the re-run keeps its cold build's, as a user's second build would.
  // (Not NODE_COMPILE_CACHE: that would switch the cache on in every process of the build, which a user's
  // build does not do, and it makes the content stage several seconds slower.)
  const env = buildEnv({
    BASE_PATH: '/',
    ATLAS_CONTENT_DIR: contentDir,
    ATLAS_OUT_DIR: outDir,
    ATLAS_CACHE_DIR: join(dir, 'site', 'astro-cache'),
    TMPDIR: freshDir(join(dir, 'site', 'tmp')),
  });
  const buildArgs = ['--import', 'tsx', 'scripts/build.ts', '--input', corpus];
  const keepLog = (name: string, m: Measurement) => writeFileSync(join(dir, `${name}.log`), `${m.stdout}\n--- stderr\n${m.stderr}`);

  log(`${size}: full build (cold)`);
  const coldM = await measure(node, buildArgs, { cwd: ROOT, env, echo: `  [${size} build]` });
  keepLog('build-cold', coldM);
  const cold = fullBuildResult(coldM);
  log(`${size}: full build ${cold.ok ? 'done' : `FAILED in ${cold.failedStep}`} in ${(cold.wallMs / 1000).toFixed(1)} s, peak ${(cold.maxRssKb / 1024).toFixed(0)} MB`);

  log(`${size}: bare Astro build`);
  const floorDir = join(dir, 'floor');
  const floorOut = writeFloorProject(floorDir, papers, join(ROOT, 'node_modules'));
  const floorEnv = buildEnv({ TMPDIR: freshDir(join(floorDir, 'tmp')) });
  const floorM = await measure(node, [astroBin, 'build'], { cwd: floorDir, env: floorEnv });
  keepLog('floor-astro', floorM);
  if (floorM.exitCode !== 0) throw new Error(`bare Astro build failed:\n${floorM.stderr.slice(-3000)}`);
  log(`${size}: bare Astro ${(floorM.wallMs / 1000).toFixed(1)} s, peak ${(floorM.maxRssKb / 1024).toFixed(0)} MB`);
  const pfM = await measure(node, [pagefindBin, '--site', floorOut], { cwd: floorDir, env: floorEnv });
  keepLog('floor-pagefind', pfM);
  if (pfM.exitCode !== 0) throw new Error(`pagefind --site failed:\n${pfM.stderr.slice(-3000)}`);
  log(`${size}: bare pagefind ${(pfM.wallMs / 1000).toFixed(1)} s`);

  const result: SizeResult = {
    size,
    pages: countHtml(outDir),
    pagesByFolder: { papers: countHtml(join(outDir, 'papers')), concepts: countHtml(join(outDir, 'concepts')) },
    floorPages: countHtml(floorOut),
    siteBytes: folderBytes(outDir),
    floorSiteBytes: folderBytes(floorOut),
    cold,
    floor: { wallMs: floorM.wallMs, maxRssKb: floorM.maxRssKb },
    floorPagefind: { wallMs: pfM.wallMs, maxRssKb: pfM.maxRssKb },
  };
  const sw = /service worker: (.*)/.exec(coldM.stdout);
  if (sw) result.precache = sw[1]!;
  save(result);
  if (!cold.ok) return result;

  if (!values['no-browser']) {
    try {
      await browserMeasurements(result, outDir, contentDir, size, largest);
    } catch (error) {
      result.browserError = (error as Error).message.split('\n').slice(0, 6).join(' ');
      log(`${size}: browser measurement failed: ${result.browserError}`);
    }
    save(result);
  }

  if (!values['no-rerun']) {
    const reruns: FullBuild[] = [];
    let current = papers;
    for (let k = 0; k < rerunCount; k++) {
      log(`${size}: re-run ${k + 1} of ${rerunCount} after one abstract changed`);
      current = changeOneAbstract(current, k);
      writeFileSync(corpus, toJsonl(current));
      const rerunM = await measure(node, buildArgs, { cwd: ROOT, env, echo: `  [${size} re-run ${k + 1}]` });
      keepLog(`build-rerun-${k + 1}`, rerunM);
      const run = fullBuildResult(rerunM);
      reruns.push(run);
      log(`${size}: re-run ${k + 1} ${(run.wallMs / 1000).toFixed(1)} s`);
      if (!run.ok) break;
    }
    result.reruns = reruns;
    result.rerun = medianRun(reruns);
  }
  return result;
}

function gitCommit(): string {
  // A run from an exported snapshot of a commit (no .git there) is told its commit.
  if (process.env.ATLAS_BENCH_COMMIT) return process.env.ATLAS_BENCH_COMMIT;
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'scripts', 'astro.config.mjs'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head} (plus uncommitted changes)` : head;
  } catch {
    return 'unknown';
  }
}

function machineInfo(): Machine {
  const heap = execFileSync(node, ['-e', 'console.log(require("v8").getHeapStatistics().heap_size_limit)'], { encoding: 'utf8', env: buildEnv({}) });
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: totalmem() / 1024 ** 3,
    loadBefore: loadavg().map((v) => v.toFixed(1)).join(' '),
    loadAfter: '',
    node: process.version,
    heapLimitMiB: Number(heap) / 1024 ** 2,
    astro: version('astro'),
    pagefind: version('pagefind'),
    cytoscape: version('cytoscape'),
    fcose: version('cytoscape-fcose'),
    chromium: machineChromium,
    // As typed, so that a run with --no-rerun, --fcose-timeout or --out says so in its own report.
    command: process.argv.length > 2 ? `npm run bench -- ${process.argv.slice(2).join(' ')}` : 'npm run bench',
    commit: gitCommit(),
  };
}

/** Re-renders the table from the last run's raw results (after a change to the report, not the measurements). */
function reportOnly(): void {
  const raw = JSON.parse(readFileSync(join(work, 'results.json'), 'utf8')) as { machine: Machine; results: SizeResult[] };
  for (const r of raw.results) {
    const searchFile = join(work, String(r.size), 'first-search.json');
    if (r.search && r.search.bytesGzip === undefined && existsSync(searchFile)) {
      const search = JSON.parse(readFileSync(searchFile, 'utf8')) as { byUrl: Array<{ path: string; bytes: number }> };
      const gz = gzippedTotal(join(work, String(r.size), 'site', 'dist'), search.byUrl);
      if (gz.missing === 0) r.search.bytesGzip = gz.bytes;
    }
  }
  writeFileSync(outFile, renderResults(raw.machine, raw.results));
  writeFileSync(join(work, 'results.json'), JSON.stringify(raw, null, 2));
  log(`wrote ${outFile} from ${join(work, 'results.json')}`);
}

async function main(): Promise<void> {
  if (values['report-only']) return reportOnly();
  mkdirSync(docsDir, { recursive: true });
  mkdirSync(work, { recursive: true });
  const machine = machineInfo();
  const cpuAtStart = readCpuTimes();
  log(`sources…`);
  const prepared = prepareSources(readSourceDocs());
  const largest = sizes.reduce((m, s) => Math.max(m, s), 0);
  const all = generateCorpus(prepared, { size: largest, seed });
  const results: SizeResult[] = [];
  for (const size of [...sizes].sort((a, b) => a - b)) {
    const save = (partial?: SizeResult) => {
      machine.chromium = machineChromium;
      machine.loadAfter = loadavg().map((v) => v.toFixed(1)).join(' ');
      const stolen = stealShare(cpuAtStart, readCpuTimes());
      if (stolen !== undefined) machine.stealPercent = stolen * 100;
      const rows = partial ? [...results, partial] : results;
      writeFileSync(outFile, renderResults(machine, rows));
      writeFileSync(join(work, 'results.json'), JSON.stringify({ machine, results: rows }, null, 2));
    };
    results.push(await runSize(size, all.slice(0, size), size === largest, save));
    save();
    log(`wrote ${outFile}`);
  }
  const shot = join(docsDir, `graph-${largest >= 1000 ? `${largest / 1000}k` : largest}.png`);
  if (existsSync(shot)) log(`graph screenshot: ${shot}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
