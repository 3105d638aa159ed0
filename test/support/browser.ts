/**
 * Debian's Chromium driven by playwright-core: nothing here downloads a browser.
 */
import { chromium, type Browser, type Page, type ConsoleMessage, type Request } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Flags every Chromium here needs: no sandbox (root), and none of the background connections to Google's
 * services, which this machine's closed network refuses.
 */
export const OFFLINE_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * A Chromium as it runs on a machine without a GPU: no WebGL (since Chromium 139 it no longer falls back to
 * SwiftShader by itself) and pages composited in software.
 */
export const NO_GPU_CHROMIUM_ARGS = ['--headless', '--disable-gpu', ...OFFLINE_CHROMIUM_ARGS];

export interface LaunchedBrowser {
  browser: Browser;
  close: () => Promise<void>;
}

export async function launchBrowser(): Promise<LaunchedBrowser> {
  // playwright-core refuses a --user-data-dir argument to launch(); it gives each launch a fresh profile
  // (a new temporary --user-data-dir) and removes it on close.
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: NO_GPU_CHROMIUM_ARGS,
  });
  return {
    browser,
    close: () => browser.close(),
  };
}

/** Everything a page did that a clean page must not: console errors, failed requests, foreign origins, dialogs. */
export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
  dialogs: string[];
  pageErrors: string[];
}

/** No problem of any kind: what a clean page (or pages, mergeProblems) leaves. */
export function noProblems(): PageProblems {
  return { consoleErrors: [], failedRequests: [], foreignRequests: [], dialogs: [], pageErrors: [] };
}

/** The problems of many watched pages together, kind by kind. */
export function mergeProblems(all: readonly PageProblems[]): PageProblems {
  const of = (k: keyof PageProblems) => all.flatMap((p) => p[k]);
  return { consoleErrors: of('consoleErrors'), failedRequests: of('failedRequests'), foreignRequests: of('foreignRequests'), dialogs: of('dialogs'), pageErrors: of('pageErrors') };
}

export function watchPage(page: Page, origin: string): PageProblems {
  const problems = noProblems();
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() === 'error') problems.consoleErrors.push(`${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.pageErrors.push(`${page.url()}: ${err.message}`));
  page.on('requestfailed', (req: Request) => {
    // net::ERR_ABORTED is a request the page itself dropped: cancelled by the next navigation or by closing
    // the tab (a favicon, a worker script still loading), not one the site failed to answer.
    if (req.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.failedRequests.push(`${req.url()} (${req.failure()?.errorText ?? 'failed'})`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.failedRequests.push(`${res.url()} (HTTP ${res.status()})`);
  });
  page.on('request', (req: Request) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return;
    if (new URL(url).origin !== origin) problems.foreignRequests.push(url);
  });
  page.on('dialog', async (dialog) => {
    problems.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return problems;
}
