/**
 * The setup the end-to-end files share: a built site served under its base path (static-server.ts) and one
 * Debian Chromium (browser.ts), with, when asked, one browser context for the file's tests. Called at the top
 * of a test file, it registers the file's beforeAll and afterAll hooks; its fields are there once beforeAll
 * has run (hooks run in the order registered, so a file's own beforeAll after it can use them).
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { launchBrowser, type LaunchedBrowser } from './browser';
import { serveStatic, type RunningServer } from './static-server';
import type { BuiltSite } from './build-site';

export interface ServedChromiumOptions {
  /** The site to serve, or how to find it when the hooks run (a site an earlier beforeAll of the file builds). */
  site: Pick<BuiltSite, 'outDir' | 'basePath'> | (() => Pick<BuiltSite, 'outDir' | 'basePath'>);
  /** The options of the file's shared browser context; without them there is none. */
  context?: BrowserContextOptions;
}

export interface ServedChromium {
  readonly server: RunningServer;
  readonly browser: Browser;
  /** The file's shared context (only when `context` options were given). */
  readonly context: BrowserContext;
}

export function servedChromium(options: ServedChromiumOptions): ServedChromium {
  let server: RunningServer | undefined;
  let launched: LaunchedBrowser | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    const site = typeof options.site === 'function' ? options.site() : options.site;
    server = await serveStatic(site.outDir, site.basePath);
    launched = await launchBrowser();
    if (options.context) context = await launched.browser.newContext(options.context);
  });
  afterAll(async () => {
    await context?.close();
    await launched?.close();
    await server?.close();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`servedChromium: no ${what} (before beforeAll, or not asked for)`);
    return value;
  };
  return {
    get server() {
      return ready(server, 'server');
    },
    get browser() {
      return ready(launched, 'browser').browser;
    },
    get context() {
      return ready(context, 'context');
    },
  };
}
