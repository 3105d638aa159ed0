/**
 * A visit of a test's own: its own server of a built site, which the test may close to take the network away,
 * and its own browser context (its own service worker and caches), with one tab, watched for problems.
 * Both are closed however the test ends.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { watchPage, type PageProblems } from './browser';
import { serveStatic, type RunningServer } from './static-server';

export interface OwnVisit {
  server: RunningServer;
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
}

export async function withOwnVisit<T>(browser: Browser, site: { outDir: string; basePath: string }, run: (visit: OwnVisit) => Promise<T>): Promise<T> {
  const server = await serveStatic(site.outDir, site.basePath);
  try {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      return await run({ server, context, page, problems: watchPage(page, server.origin) });
    } finally {
      await context.close();
    }
  } finally {
    // The test may have closed it already (to go offline).
    await server.close().catch(() => undefined);
  }
}
