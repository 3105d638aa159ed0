/**
 * The results table (docs/bench/results.md): numbers side by side with their floor, ratios, and each
 * target from issue 6 marked met or not met. Pure: takes measurements, returns Markdown.
 */

import { FREEZE_MS, type InteractionResult } from './graph-interaction';

export interface Timed {
  wallMs: number;
  /** Peak RSS of the largest process, KiB. */
  maxRssKb: number;
}

export interface FullBuild extends Timed {
  ok: boolean;
  /** The step that failed, when one did. */
  failedStep?: string;
  errorTail?: string;
  /** Wall time of each step as scripts/build.ts printed it, ms. */
  steps: Record<string, number>;
  /** Peak RSS per step's own process, KiB. */
  stepPeaksKb: Record<string, number>;
  /** Phases of the content stage (ingest, concepts, links and graph, write), ms. */
  contentPhases: Record<string, number>;
}

export interface SizeResult {
  size: number;
  pages: number;
  /** HTML pages under papers/ and concepts/. */
  pagesByFolder?: { papers: number; concepts: number };
  floorPages: number;
  /** Bytes of every file of the built site (GitHub Pages publishes at most 1 GB), and of the bare build. */
  siteBytes?: number;
  floorSiteBytes?: number;
  cold: FullBuild;
  /** The median of `reruns` by wall time (the run the re-run rows show). */
  rerun?: FullBuild;
  /** Each re-run, in the order made: each changed one more abstract than the build before it. */
  reruns?: FullBuild[];
  floor: Timed;
  floorPagefind: Timed;
  graph?: {
    readyMs: number;
    nodes: number;
    edges: number;
    renderer: string;
    bytes: number;
    error?: string;
    interaction?: InteractionResult;
    interactionError?: string;
    /** The same gestures on a second load in the same browser. */
    interactionAgain?: InteractionResult;
    /** The same gestures in a fresh browser whose GPU SwiftShader emulates (a testing configuration). */
    interactionEmulatedGpu?: InteractionResult;
  };
  fcose?: { readyMs?: number; timeoutMs: number };
  search?: {
    query: string;
    firstResultMs: number;
    /** Measured from a server that does not compress. */
    bytes: number;
    /** The same transfers with text files gzipped, as GitHub Pages and most static hosts send them. */
    bytesGzip?: number;
    requests: number;
    results: number;
  };
  paperPage?: { url: string; html: number; js: number; css: number; other: number; scriptsRun: number; scriptBytesRun: number; scriptUrls: string[] };
  browserError?: string;
  precache?: string;
}

export interface Machine {
  date: string;
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  loadBefore: string;
  loadAfter: string;
  /** Share of the CPU time stolen by other tenants of the host from the start to the last save, in %, where /proc/stat tells it. */
  stealPercent?: number;
  node: string;
  heapLimitMiB: number;
  astro: string;
  pagefind: string;
  cytoscape: string;
  fcose: string;
  chromium: string;
  command: string;
  /** `git describe`-like: commit and whether the working tree had uncommitted changes under src/ or scripts/. */
  commit: string;
}

export const STEP = {
  content: 'content',
  astro: 'astro build',
  search: 'search index (Pagefind)',
} as const;

const s = (ms: number | undefined) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`);
const ms = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? '—' : `${v.toFixed(0)} ms`);
const mb = (kb: number | undefined) => (kb === undefined || kb === 0 ? '—' : `${(kb / 1024).toFixed(0)} MB`);
const kB = (bytes: number | undefined) => (bytes === undefined ? '—' : `${(bytes / 1024).toFixed(1)} kB`);
const x = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || b === 0 ? '—' : `${(a / b).toFixed(2)}×`);
const n = (v: number) => v.toLocaleString('en-US');

export function ratio(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined || b === 0 ? undefined : a / b;
}

/**
 * The re-run the table reports: the one with the median wall time, or the first that failed. One re-run
 * on a shared machine can be off by a fifth either way; the median of several is the re-run a user sees.
 */
export function medianRun(runs: readonly FullBuild[]): FullBuild | undefined {
  const failed = runs.find((r) => !r.ok);
  if (failed) return failed;
  const sorted = [...runs].sort((a, b) => a.wallMs - b.wallMs);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

export interface Target {
  what: string;
  limit: string;
  value: string;
  met: boolean | undefined;
}

const verdict = (met: boolean | undefined) => (met === undefined ? 'not measured' : met ? '**met**' : '**not met**');

export function targets(results: readonly SizeResult[]): Target[] {
  const big = results.reduce<SizeResult | undefined>((best, r) => (!best || r.size > best.size ? r : best), undefined);
  const small = results.reduce<SizeResult | undefined>((best, r) => (!best || r.size < best.size ? r : best), undefined);
  if (!big) return [];
  const at = `at ${n(big.size)}`;
  const out: Target[] = [];
  const wall = ratio(big.cold.ok ? big.cold.wallMs : undefined, big.floor.wallMs);
  out.push({ what: `full build vs bare Astro, wall time ${at}`, limit: '≤ 1.25×', value: wall === undefined ? '—' : `${wall.toFixed(2)}×`, met: wall === undefined ? undefined : wall <= 1.25 });
  const mem = ratio(big.cold.ok ? big.cold.maxRssKb : undefined, big.floor.maxRssKb);
  out.push({ what: `full build vs bare Astro, peak memory ${at}`, limit: '≤ 1.2×', value: mem === undefined ? '—' : `${mem.toFixed(2)}×`, met: mem === undefined ? undefined : mem <= 1.2 });
  out.push({ what: `full build completes with Node's default heap ${at}`, limit: 'yes', value: big.cold.ok ? 'yes' : `no (${big.cold.failedStep ?? 'failed'})`, met: big.cold.ok });
  const content = ratio(big.cold.steps[STEP.content], big.floor.wallMs);
  out.push({ what: `content pipeline vs bare Astro build time ${at}`, limit: '≤ 0.20×', value: content === undefined ? '—' : `${content.toFixed(2)}×`, met: content === undefined ? undefined : content <= 0.2 });
  if (small && small !== big) {
    const growth = ratio(big.cold.steps[STEP.content], small.cold.steps[STEP.content]);
    out.push({
      what: `content pipeline growth ${n(big.size)}/${n(small.size)}`,
      limit: `≤ ${((12 * big.size) / small.size / 10).toFixed(0)}`,
      value: growth === undefined ? '—' : growth.toFixed(1),
      met: growth === undefined ? undefined : growth <= (12 * big.size) / small.size / 10,
    });
  }
  const rerun = ratio(big.rerun?.ok ? big.rerun.wallMs : undefined, big.cold.ok ? big.cold.wallMs : undefined);
  const each = big.reruns && big.reruns.length > 1 && big.cold.ok ? ` (median of ${big.reruns.length}: ${big.reruns.map((r) => x(r.ok ? r.wallMs : undefined, big.cold.wallMs)).join(', ')})` : '';
  out.push({ what: `re-run after one abstract changed vs cold ${at}`, limit: '≤ 0.5×', value: rerun === undefined ? '—' : `${rerun.toFixed(2)}×${each}`, met: rerun === undefined ? undefined : rerun <= 0.5 });
  if (big.graph && big.fcose) {
    const g = big.fcose.readyMs === undefined ? undefined : big.graph.readyMs / big.fcose.readyMs;
    const bound = big.graph.readyMs / big.fcose.timeoutMs;
    out.push({
      what: `graph ready vs live fCoSE ${at}`,
      limit: '≤ 0.1×',
      value: g !== undefined ? `${g.toFixed(3)}×` : `< ${bound.toFixed(3)}× (fCoSE unfinished after ${s(big.fcose.timeoutMs)})`,
      met: (g ?? bound) <= 0.1,
    });
  } else out.push({ what: `graph ready vs live fCoSE ${at}`, limit: '≤ 0.1×', value: '—', met: undefined });
  const gestures = big.graph?.interaction;
  const again = big.graph?.interactionAgain;
  const emulated = big.graph?.interactionEmulatedGpu;
  const beside =
    (again ? `; on a second load in the same browser ${again.freezes} (longest ${again.longestFrameMs.toFixed(1)} ms)` : '') +
    (emulated ? `; in a fresh browser with the GPU emulated ${emulated.freezes} (longest ${emulated.longestFrameMs.toFixed(1)} ms)` : '');
  out.push({
    what: `graph pan and zoom without freezing ${at} (no frame gap over ${FREEZE_MS} ms), first gestures in a fresh browser without a GPU`,
    limit: '0 freezes',
    value: gestures ? `${gestures.freezes} (longest ${gestures.longestFrameMs.toFixed(1)} ms, p95 ${ms(gestures.p95FrameMs)})${beside}` : '—',
    met: gestures ? gestures.freezes === 0 : undefined,
  });
  const searchLimit = 300 * 1024;
  out.push({
    what: `first search transfer ${at}, uncompressed server`,
    limit: '≤ 300 kB',
    value: big.search ? kB(big.search.bytes) : '—',
    met: big.search ? big.search.bytes <= searchLimit : undefined,
  });
  out.push({
    what: `first search transfer ${at}, text gzipped as GitHub Pages serves it`,
    limit: '≤ 300 kB',
    value: big.search?.bytesGzip !== undefined ? kB(big.search.bytesGzip) : '—',
    met: big.search?.bytesGzip !== undefined ? big.search.bytesGzip <= searchLimit : undefined,
  });
  return out;
}

export function renderResults(machine: Machine, results: readonly SizeResult[]): string {
  const sizes = results.map((r) => n(r.size));
  const col = (f: (r: SizeResult) => string) => results.map(f).join(' | ');
  const row = (label: string, f: (r: SizeResult) => string) => `| ${label} | ${col(f)} |`;
  const head = `| | ${sizes.map((v) => `${v} papers`).join(' | ')} |\n|---|${results.map(() => '---:').join('|')}|`;
  const lines: string[] = [];
  lines.push('# Scale and speed benchmark');
  lines.push('');
  lines.push(`Made by \`${machine.command}\` on ${machine.date} at commit ${machine.commit}. Re-run it to reproduce; the corpora are generated`);
  lines.push('deterministically (fixed seed) by splicing sentences and titles of real abstracts within a topic');
  lines.push('(bench/corpus.ts), so every run measures the same input.');
  lines.push('');
  lines.push('## Machine');
  lines.push('');
  const steal = machine.stealPercent === undefined ? '' : `; CPU time stolen by other tenants over the run ${machine.stealPercent.toFixed(0)}%`;
  lines.push(`- ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB.toFixed(0)} GiB memory; load average before ${machine.loadBefore}, after ${machine.loadAfter}${steal}`);
  lines.push('  (a shared machine: other work was running, so times carry noise; ratios compare runs made back to back)');
  lines.push(`- Node ${machine.node} (default heap limit ${machine.heapLimitMiB.toFixed(0)} MiB, no --max-old-space-size), Astro ${machine.astro}, Pagefind ${machine.pagefind}`);
  lines.push(`- Cytoscape ${machine.cytoscape}, cytoscape-fcose ${machine.fcose}, Chromium ${machine.chromium} (headless, no GPU: pages composited in software, no WebGL, as on a machine without one)`);
  lines.push('');
  lines.push('## Targets');
  lines.push('');
  lines.push('| target | limit | measured | verdict |');
  lines.push('|---|---|---|---|');
  for (const t of targets(results)) lines.push(`| ${t.what} | ${t.limit} | ${t.value} | ${verdict(t.met)} |`);
  lines.push('');
  lines.push('## Build (cold: empty content folder, empty Astro cache)');
  lines.push('');
  lines.push(head);
  lines.push(row('pages built (Paper Atlas / bare Astro)', (r) => `${n(r.pages)} / ${n(r.floorPages)}`));
  lines.push(row('of which in papers/ / concepts/ (their lists included)', (r) => (r.pagesByFolder ? `${n(r.pagesByFolder.papers)} / ${n(r.pagesByFolder.concepts)}` : '—')));
  lines.push(row('built site, all files (Paper Atlas / bare Astro; GitHub Pages takes up to 1 GB)', (r) => (r.siteBytes !== undefined && r.floorSiteBytes !== undefined ? `${mb(r.siteBytes / 1024)} / ${mb(r.floorSiteBytes / 1024)}` : '—')));
  lines.push(row('full `npm run build`: wall', (r) => (r.cold.ok ? s(r.cold.wallMs) : `failed in ${r.cold.failedStep ?? '?'} after ${s(r.cold.wallMs)}`)));
  lines.push(row('bare `astro build`: wall', (r) => s(r.floor.wallMs)));
  lines.push(row('**full / bare, wall**', (r) => x(r.cold.wallMs, r.floor.wallMs)));
  lines.push(row('full build: peak memory (largest process)', (r) => mb(r.cold.maxRssKb)));
  lines.push(row('bare astro build: peak memory', (r) => mb(r.floor.maxRssKb)));
  lines.push(row('**full / bare, peak memory**', (r) => x(r.cold.maxRssKb, r.floor.maxRssKb)));
  lines.push(row('1. content pipeline: wall', (r) => s(r.cold.steps[STEP.content])));
  lines.push(row('1. content pipeline: peak memory', (r) => mb(r.cold.stepPeaksKb[STEP.content])));
  lines.push(row('**content / bare astro build, wall**', (r) => x(r.cold.steps[STEP.content], r.floor.wallMs)));
  const phases = [...new Set(results.flatMap((r) => Object.keys(r.cold.contentPhases)))];
  for (const phase of phases) lines.push(row(`content phase: ${phase}`, (r) => s(r.cold.contentPhases[phase])));
  lines.push(row('astro build step of the full build: wall', (r) => s(r.cold.steps[STEP.astro])));
  lines.push(row('astro build step: peak memory', (r) => mb(r.cold.stepPeaksKb[STEP.astro])));
  lines.push(row('**astro step / bare astro, wall**', (r) => x(r.cold.steps[STEP.astro], r.floor.wallMs)));
  lines.push(row('3. Pagefind step (paper pages): wall', (r) => s(r.cold.steps[STEP.search])));
  lines.push(row('3. `pagefind --site` on the bare build: wall', (r) => s(r.floorPagefind.wallMs)));
  lines.push(row('**Pagefind step / bare pagefind, wall**', (r) => x(r.cold.steps[STEP.search], r.floorPagefind.wallMs)));
  lines.push(row('Pagefind step: peak memory (node + pagefind)', (r) => mb(r.cold.stepPeaksKb[STEP.search])));
  lines.push(row('bare pagefind: peak memory', (r) => mb(r.floorPagefind.maxRssKb)));
  const otherSteps = [...new Set(results.flatMap((r) => Object.keys(r.cold.steps)))].filter((k) => !Object.values(STEP).includes(k as never));
  for (const step of otherSteps) lines.push(row(`other step: ${step}`, (r) => s(r.cold.steps[step])));
  lines.push('');
  lines.push('## Re-runs after one abstract changed (same content folder, Astro cache kept; each changes one more)');
  lines.push('');
  lines.push(head);
  lines.push(row('re-runs: wall, in the order made', (r) => (r.reruns && r.reruns.length > 1 ? r.reruns.map((b) => (b.ok ? s(b.wallMs) : 'failed')).join(', ') : '—')));
  lines.push(row('re-run (the median): wall', (r) => (r.rerun ? (r.rerun.ok ? s(r.rerun.wallMs) : `failed in ${r.rerun.failedStep ?? '?'}`) : '—')));
  for (const step of Object.values(STEP)) lines.push(row(`re-run step: ${step}`, (r) => s(r.rerun?.steps[step])));
  for (const phase of phases) lines.push(row(`re-run content phase: ${phase}`, (r) => s(r.rerun?.contentPhases[phase])));
  lines.push(row('**re-run / cold, wall**', (r) => x(r.rerun?.wallMs, r.cold.wallMs)));
  lines.push('');
  lines.push('## In the browser (fresh context, cold cache, service worker blocked)');
  lines.push('');
  lines.push(head);
  lines.push(row('4. graph nodes / edges drawn', (r) => (r.graph ? `${n(r.graph.nodes)} / ${n(r.graph.edges)}` : '—')));
  lines.push(row('4. graph renderer', (r) => r.graph?.renderer ?? '—'));
  lines.push(row('4. graph page: navigation → `data-graph-ready`', (r) => (r.graph ? s(r.graph.readyMs) : '—')));
  lines.push(row('4. graph page: bytes loaded until ready', (r) => kB(r.graph?.bytes)));
  lines.push(
    row('4. pan and zoom (wheel in, drag, wheel out): frames drawn', (r) =>
      r.graph?.interaction ? `${n(r.graph.interaction.frames)} in ${s(r.graph.interaction.durationMs)}` : (r.graph?.interactionError ?? '—'),
    ),
  );
  lines.push(
    row('4. pan and zoom: frame gap median / p95 / longest', (r) =>
      r.graph?.interaction ? `${ms(r.graph.interaction.medianFrameMs)} / ${ms(r.graph.interaction.p95FrameMs)} / ${ms(r.graph.interaction.longestFrameMs)}` : '—',
    ),
  );
  lines.push(row(`4. pan and zoom: frame gaps over ${FREEZE_MS} ms (freezes)`, (r) => (r.graph?.interaction ? n(r.graph.interaction.freezes) : '—')));
  lines.push(
    row('4. the same on a second load (same browser): freezes, longest gap', (r) =>
      r.graph?.interactionAgain ? `${n(r.graph.interactionAgain.freezes)}, ${r.graph.interactionAgain.longestFrameMs.toFixed(1)} ms` : '—',
    ),
  );
  lines.push(
    row('4. the same in a fresh browser with the GPU emulated (SwiftShader): freezes, longest gap', (r) =>
      r.graph?.interactionEmulatedGpu ? `${n(r.graph.interactionEmulatedGpu.freezes)}, ${r.graph.interactionEmulatedGpu.longestFrameMs.toFixed(1)} ms` : '—',
    ),
  );
  lines.push(
    row('4. pan and zoom: zoom at start / deepest, labels drawn there', (r) =>
      r.graph?.interaction ? `${r.graph.interaction.zoom.start.toFixed(3)} / ${r.graph.interaction.zoom.deepest.toFixed(3)}, ${n(r.graph.interaction.labelsAtDeepest)}` : '—',
    ),
  );
  lines.push(row('4. same elements, live fCoSE: navigation → drawn', (r) => (r.fcose ? (r.fcose.readyMs === undefined ? `> ${s(r.fcose.timeoutMs)} (stopped)` : s(r.fcose.readyMs)) : '—')));
  lines.push(row('**graph ready / fCoSE**', (r) => (r.graph && r.fcose ? (r.fcose.readyMs === undefined ? `< ${x(r.graph.readyMs, r.fcose.timeoutMs)}` : x(r.graph.readyMs, r.fcose.readyMs)) : '—')));
  lines.push(row('5. first search: query', (r) => (r.search ? `“${r.search.query}”` : '—')));
  lines.push(row('5. first search: bytes transferred', (r) => (r.search ? `${kB(r.search.bytes)} in ${r.search.requests} requests` : '—')));
  lines.push(row('5. first search: the same, text gzipped (as GitHub Pages serves)', (r) => kB(r.search?.bytesGzip)));
  lines.push(row('5. first search: keystroke → first result', (r) => (r.search ? `${r.search.firstResultMs.toFixed(0)} ms` : '—')));
  lines.push(row('6. paper page: HTML', (r) => kB(r.paperPage?.html)));
  lines.push(row('6. paper page: JS', (r) => kB(r.paperPage?.js)));
  lines.push(row('6. paper page: CSS', (r) => kB(r.paperPage?.css)));
  lines.push(row('6. paper page: other (fonts, images, data)', (r) => kB(r.paperPage?.other)));
  lines.push(row('6. scripts run before any interaction', (r) => (r.paperPage ? `${r.paperPage.scriptsRun} (${kB(r.paperPage.scriptBytesRun)} of source)` : '—')));
  lines.push(row('offline precache (downloaded after the first visit, not above)', (r) => r.precache ?? '—'));
  lines.push('');
  const errors = results.filter((r) => r.browserError || !r.cold.ok || (r.rerun && !r.rerun.ok));
  if (errors.length > 0) {
    lines.push('## Failures');
    lines.push('');
    for (const r of errors) {
      if (!r.cold.ok) lines.push(`- ${n(r.size)}: cold build failed in **${r.cold.failedStep ?? '?'}**:\n\n  \`\`\`\n  ${(r.cold.errorTail ?? '').split('\n').join('\n  ')}\n  \`\`\``);
      if (r.rerun && !r.rerun.ok) lines.push(`- ${n(r.size)}: re-run failed in **${r.rerun.failedStep ?? '?'}**`);
      if (r.browserError) lines.push(`- ${n(r.size)}: browser measurement: ${r.browserError}`);
    }
    lines.push('');
  }
  lines.push('## How it is measured');
  lines.push('');
  lines.push('- Wall time: the process from spawn to exit. Peak memory: `ru_maxrss` of the largest process in the');
  lines.push('  tree from GNU `time -v` (a step-by-step build runs one big process at a time, so this is its peak);');
  lines.push('  per-step peaks come from sampling each process\'s VmRSS in /proc every 200 ms.');
  lines.push('- Step times come from the `✔ step (N s)` lines of `npm run build` (scripts/build.ts).');
  lines.push('- Cold builds, the full one and the bare one alike, start with an empty Node compile cache: Astro turns');
  lines.push('  it on in its own process, in the system\'s temp folder, and each build gets an empty temp folder');
  lines.push('  (`TMPDIR`); one left by an earlier run of the same corpus would skip compiling its modules. The');
  lines.push('  re-run keeps the one its cold build left, as a second build on a user\'s machine would.');
  lines.push('- Re-runs: after the browser measurements, one abstract is changed (a sentence appended) and the build');
  lines.push('  run again, as many times as `--reruns` says (default 3), a different abstract each time; the target');
  lines.push('  is judged on the median, since one build on a shared machine can be off by a fifth either way.');
  lines.push('- Bare Astro: a project generated under `.cache/bench/` with the same Astro (this repository\'s');
  lines.push('  node_modules, linked), one `src/pages/papers/[slug].astro` route over a glob collection of one plain');
  lines.push('  Markdown file per paper (title + abstract). Bare Pagefind: `pagefind --site` over that build.');
  lines.push('- Graph: time from navigation start to the moment `data-graph-ready="true"` appears (a MutationObserver');
  lines.push('  installed before the page\'s scripts). Baseline: a bench-only page next to the site that loads');
  lines.push('  Cytoscape + cytoscape-fcose (bundled with esbuild), fetches the very nodes and edges the explorer drew,');
  lines.push('  runs fCoSE (quality default, no animation) and draws one frame.');
  lines.push('- Pan and zoom: on the graph page (1400×900 window), 2 s after it is ready and before the harness');
  lines.push('  reads the elements out or takes the screenshot (from a fresh load), real input through Chromium: 20');
  lines.push('  wheel notches in on the node drawn nearest the middle, a drag around a 200×150 px square from empty background, 20 notches');
  lines.push('  out (bench/graph-interaction.ts). Every `requestAnimationFrame` is recorded, except while the harness');
  lines.push('  itself runs script in the page to find where the drag starts; a gap between two frames longer than');
  lines.push(`  ${FREEZE_MS} ms counts as a freeze. The browser runs without a GPU, as a reader's Chromium does on a machine`);
  lines.push('  that has none (no WebGL, pages composited in software; the explorer draws with its canvas renderer). The');
  lines.push('  target is judged on these first gestures in a freshly started browser; the same gestures are then made on');
  lines.push('  a second load in that browser (a fresh context, cold cache), and in a fresh browser whose GPU SwiftShader');
  lines.push('  emulates (`--enable-unsafe-swiftshader`, a configuration Chromium keeps for testing): shown, not judged.');
  lines.push('- First search: on a paper page, after load, everything transferred from the first keystroke in the');
  lines.push('  header box until the first result row shows plus 1.5 s for its excerpts, page and Web Worker requests');
  lines.push('  alike (Playwright request sizes: encoded body + headers; the static server sends no compression,');
  lines.push('  Pagefind\'s index files are compressed already). Chromium reports no body size for a Web Worker\'s own');
  lines.push('  script, so a transfer measured smaller than its file counts as its headers plus the file.');
  lines.push('- Paper page: the middle paper by slug; bytes by resource type; scripts that V8 coverage says ran');
  lines.push('  during load and 1.5 s of idling, before any input.');
  lines.push('');
  return lines.join('\n');
}
