/**
 * The in-browser measurements, in Debian's Chromium through playwright-core: graph page readiness (and the
 * live-fCoSE baseline), the first search, and what a paper page costs before anyone touches it. Every
 * measurement uses a fresh context (cold HTTP cache) with service workers blocked, so the offline precache
 * that the site starts after the first visit does not mix into the bytes of what is being measured.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH, NO_GPU_CHROMIUM_ARGS, OFFLINE_CHROMIUM_ARGS } from '../test/support/browser';
import type { BenchElements } from './fcose-page';
import { measureGraphInteraction, type InteractionResult } from './graph-interaction';

export interface BenchBrowser {
  browser: Browser;
  version: string;
  close: () => Promise<void>;
}

/**
 * The measurements run in a Chromium without a GPU, as a reader's runs on a machine that has none (the
 * explorer then draws with its canvas renderer). `emulatedGpu` starts one whose GPU SwiftShader emulates on the
 * CPU instead, a configuration Chromium keeps for testing only (`--enable-unsafe-swiftshader`): there WebGL
 * exists, the explorer still chooses the canvas, and pages are composited through the emulated GPU, whose first
 * frames in a new browser are slow (see the analysis). The bench shows the gestures in it beside the judged ones.
 */
export async function launchBenchBrowser(options: { emulatedGpu?: boolean } = {}): Promise<BenchBrowser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: options.emulatedGpu ? [...OFFLINE_CHROMIUM_ARGS, '--enable-unsafe-swiftshader', '--use-angle=swiftshader'] : NO_GPU_CHROMIUM_ARGS,
  });
  return {
    browser,
    version: browser.version(),
    close: () => browser.close(),
  };
}

async function freshPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  return { context, page };
}

export interface Transfer {
  url: string;
  /** Playwright resource type: document, script, stylesheet, fetch, font, image, ... */
  type: string;
  /** Bytes on the wire: encoded body plus response headers. */
  bytes: number;
}

/**
 * Counts every response the page and its workers receive from now on (Pagefind fetches its index from a
 * Web Worker, which a page-level CDP session would not see). `settle()` waits for sizes still being read.
 */
function recordTransfers(page: Page): { list: Transfer[]; settle: () => Promise<Transfer[]> } {
  const list: Transfer[] = [];
  const pending: Promise<void>[] = [];
  page.context().on('requestfinished', (request) => {
    pending.push(
      request.sizes().then((sizes) => {
        list.push({ url: request.url(), type: request.resourceType(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
      }),
    );
  });
  return {
    list,
    settle: async () => {
      await Promise.all(pending);
      return list;
    },
  };
}

/** Records `performance.now()` the moment an element gets `attr="true"` (before the page's own scripts run). */
async function watchAttribute(page: Page, attr: string, key: string): Promise<void> {
  await page.addInitScript(
    ({ attr, key }) => {
      const w = window as unknown as Record<string, number>;
      const observer = new MutationObserver(() => {
        if (w[key] === undefined && document.querySelector(`[${attr}="true"]`)) {
          w[key] = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: [attr] });
    },
    { attr, key },
  );
}

export interface GraphResult {
  readyMs: number;
  nodes: number;
  edges: number;
  renderer: string;
  /** Bytes of everything the graph page loaded until ready. */
  bytes: number;
  elements: BenchElements;
  /** Pan and zoom with real input after the page is ready; missing when it could not run. */
  interaction?: InteractionResult;
  interactionError?: string;
}

/** A reader looks at the graph for a moment before reaching for the wheel. */
const GESTURE_DELAY_MS = 2000;

export async function measureGraphPage(browser: Browser, url: string, timeoutMs: number, screenshot?: string): Promise<GraphResult> {
  const { context, page } = await freshPage(browser);
  try {
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await watchAttribute(page, 'data-graph-ready', '__graphReadyAt');
    const transfers = recordTransfers(page);
    await page.goto(url, { waitUntil: 'commit' });
    await page
      .waitForFunction(() => (window as unknown as { __graphReadyAt?: number }).__graphReadyAt !== undefined || document.querySelector('[data-graph-error]'), null, {
        timeout: timeoutMs,
        polling: 200,
      })
      .catch((error: unknown) => {
        throw new Error(`graph page not ready within ${timeoutMs} ms (${(error as Error).message}); page errors: ${errors.join(' | ') || 'none'}`);
      });
    const info = await page.evaluate(() => {
      const el = document.querySelector<HTMLElement>('[data-graph]');
      return {
        readyAt: (window as unknown as { __graphReadyAt?: number }).__graphReadyAt,
        error: el?.dataset.graphError ? (document.getElementById('graph-status')?.textContent ?? 'graph error') : undefined,
        nodes: Number(el?.dataset.nodeCount ?? NaN),
        edges: Number(el?.dataset.edgeCount ?? NaN),
        renderer: el?.dataset.renderer ?? 'unknown',
      };
    });
    if (info.error || info.readyAt === undefined) throw new Error(`graph page failed: ${info.error ?? 'no ready time'}; page errors: ${errors.join(' | ') || 'none'}`);
    // Bytes until ready are counted before the gestures start.
    const bytes = (await transfers.settle()).reduce((s, t) => s + t.bytes, 0);
    // The gestures come first, a moment after the page is ready, as a reader's would. The harness's own
    // heavy work (reading all 35,000 elements out for the fCoSE page, a screenshot) comes after them: run
    // before, each left the page or Chromium's emulated compositor busy into the gestures (a screenshot
    // was followed by a 550-620 ms gap with the page idle in every trial).
    await page.waitForTimeout(GESTURE_DELAY_MS);
    let interaction: InteractionResult | undefined;
    let interactionError: string | undefined;
    try {
      interaction = await measureGraphInteraction(page);
    } catch (error) {
      interactionError = (error as Error).message.split('\n')[0];
    }
    const elements = await page.evaluate(() => {
      const cy = (window as unknown as { atlasGraph?: { cy?: { nodes: () => { map: <T>(f: (n: { id: () => string }) => T) => T[] }; edges: () => { map: <T>(f: (e: { source: () => { id: () => string }; target: () => { id: () => string } }) => T) => T[] } } } }).atlasGraph?.cy;
      return cy ? { nodes: cy.nodes().map((n) => n.id()), edges: cy.edges().map((e) => [e.source().id(), e.target().id()] as [string, string]) } : undefined;
    });
    if (!elements) throw new Error('graph page: window.atlasGraph.cy is not exposed; cannot hand its elements to the fCoSE baseline');
    if (screenshot) {
      // The explorer as a reader first sees it (the gestures left it elsewhere): controls, the whole
      // drawing and the selection panel.
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForSelector('[data-graph-ready="true"]', { timeout: timeoutMs });
      await page.waitForTimeout(1000);
      const explorer = page.locator('[data-graph-explorer]').first();
      if ((await explorer.count()) > 0) await explorer.screenshot({ path: screenshot });
      else await page.screenshot({ path: screenshot });
    }
    return {
      readyMs: info.readyAt,
      nodes: info.nodes,
      edges: info.edges,
      renderer: info.renderer,
      bytes,
      elements,
      interaction,
      interactionError,
    };
  } finally {
    await context.close();
  }
}

export interface FcoseResult {
  /** Undefined when it did not finish within the time allowed. */
  readyMs?: number;
  timeoutMs: number;
}

export async function measureFcosePage(browser: Browser, url: string, timeoutMs: number): Promise<FcoseResult> {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const waiting = page
      .waitForFunction(
        () => {
          const w = window as unknown as { __benchReadyAt?: number; __benchError?: string };
          return w.__benchReadyAt ?? (w.__benchError ? -1 : false);
        },
        null,
        { timeout: timeoutMs, polling: 500 },
      )
      .then((h) => h.jsonValue() as Promise<number>)
      .catch(() => undefined);
    // waitForFunction's timeout runs inside the page, so a renderer stuck in the layout never reports it;
    // the Node-side timer closes the tab (which ends the wait) instead.
    const timer = setTimeout(() => void page.close({ runBeforeUnload: false }).catch(() => undefined), timeoutMs + 5_000);
    const done = await waiting.finally(() => clearTimeout(timer));
    if (done === -1) throw new Error(`fCoSE baseline failed: ${await page.evaluate(() => (window as unknown as { __benchError?: string }).__benchError)}`);
    return { readyMs: done, timeoutMs };
  } finally {
    // A renderer still busy in fCoSE can keep close() waiting until the layout ends; do not let the
    // bench hang on it past its own timeout.
    await Promise.race([context.close(), new Promise((done) => setTimeout(done, 15_000).unref())]);
  }
}

export interface SearchResult {
  query: string;
  /** From the first keystroke to the first result row in the list, ms. */
  firstResultMs: number;
  bytes: number;
  requests: number;
  results: number;
  byUrl: Array<{ path: string; bytes: number }>;
}

/** On `pageUrl`, types `query` into the header search box and waits for the first result. */
export async function measureFirstSearch(browser: Browser, pageUrl: string, query: string, timeoutMs = 60_000): Promise<SearchResult> {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(pageUrl, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    const transfers = recordTransfers(page);
    await page.evaluate(() => {
      const w = window as unknown as Record<string, number>;
      document.addEventListener('keydown', () => (w.__searchStart ??= performance.now()), { capture: true });
      const observer = new MutationObserver(() => {
        if (w.__firstResultAt === undefined && document.querySelector('[data-search-results] .search-result')) {
          w.__firstResultAt = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true });
    });
    const input = page.locator('[data-search-input]').first();
    await input.click();
    await input.pressSequentially(query);
    await page.waitForFunction(() => (window as unknown as { __firstResultAt?: number }).__firstResultAt !== undefined, null, { timeout: timeoutMs });
    // Let the fragments of the shown results finish loading: they are part of the first search.
    await page.waitForTimeout(1500);
    const t = await page.evaluate(() => {
      const w = window as unknown as Record<string, number>;
      return { start: w.__searchStart!, first: w.__firstResultAt!, results: document.querySelectorAll('[data-search-results] .search-result').length };
    });
    const origin = new URL(pageUrl).origin;
    const list = await transfers.settle();
    return {
      query,
      firstResultMs: t.first - t.start,
      bytes: list.reduce((s, x) => s + x.bytes, 0),
      requests: list.length,
      results: t.results,
      byUrl: list.map((x) => ({ path: x.url.startsWith(origin) ? x.url.slice(origin.length) : x.url, bytes: x.bytes })),
    };
  } finally {
    await context.close();
  }
}

export interface PageCost {
  html: number;
  js: number;
  css: number;
  other: number;
  requests: number;
  /** Scripts that ran before any interaction (external and inline), from V8 coverage. */
  scriptsRun: number;
  scriptBytesRun: number;
  scriptUrls: string[];
}

/** Loads `url`, waits for the page to settle without touching it, and adds up what it cost. */
export async function measurePageCost(browser: Browser, url: string): Promise<PageCost> {
  const { context, page } = await freshPage(browser);
  try {
    const transfers = recordTransfers(page);
    await page.coverage.startJSCoverage({ resetOnNavigation: false, reportAnonymousScripts: false });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(1500);
    const coverage = await page.coverage.stopJSCoverage();
    const list = await transfers.settle();
    const sum = (types: string[]) => list.filter((t) => types.includes(t.type)).reduce((s, t) => s + t.bytes, 0);
    const ran = coverage.filter((c) => c.url !== '' && c.functions.some((f) => f.ranges.some((r) => r.count > 0)));
    const origin = new URL(url).origin;
    return {
      html: sum(['document']),
      js: sum(['script']),
      css: sum(['stylesheet']),
      other: list.filter((t) => !['document', 'script', 'stylesheet'].includes(t.type)).reduce((s, t) => s + t.bytes, 0),
      requests: list.length,
      scriptsRun: ran.length,
      scriptBytesRun: ran.reduce((s, c) => s + (c.source?.length ?? 0), 0),
      scriptUrls: ran.map((c) => (c.url === url ? '(inline)' : c.url.startsWith(origin) ? c.url.slice(origin.length) : c.url)),
    };
  } finally {
    await context.close();
  }
}
