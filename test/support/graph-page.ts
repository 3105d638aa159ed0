/**
 * The graph explorer's page as the end-to-end files drive it: opened in a tab of a browser context and drawn,
 * and the test hook it leaves on `window` (`atlasGraph`, src/client/graph/explorer.ts), typed as far as the
 * tests read Cytoscape through it.
 */
import { expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { watchPage, type PageProblems } from './browser';
import type { RunningServer } from './static-server';

/** A Cytoscape node, as the tests read it. */
export interface CyNode {
  id(): string;
  hasClass(c: string): boolean;
  data(k: string): unknown;
  renderedPosition(): { x: number; y: number };
  renderedWidth(): number;
}

/** `window` on the graph page: `(window as unknown as CyHook).atlasGraph.cy`. */
export interface CyHook {
  atlasGraph: {
    cy: {
      getElementById(id: string): { hasClass(c: string): boolean; renderedPosition(): { x: number; y: number }; renderedWidth(): number; position(): { x: number; y: number }; empty(): boolean };
      nodes(): { length: number; filter(f: (n: CyNode) => boolean): { map<T>(f: (n: CyNode) => T): T[]; length: number } };
      width(): number;
      height(): number;
      zoom(): number;
      pan(): { x: number; y: number };
    };
  };
}

/**
 * Waits until the graph's view is at rest (the page's `atlasGraph.resting()`, src/client/graph/explorer.ts): no
 * glide under way and the level of detail placed for the view it ends in. For checks of what a move drew,
 * after an action that starts the move at once (a select, a zoom, a click or key whose handler moves the
 * view); a fixed wait of 400-800 ms for "the animation" was too short on a loaded machine.
 */
export async function viewAtRest(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { atlasGraph: { resting(): boolean } }).atlasGraph.resting(), undefined, { timeout });
}

/**
 * Opens `graph/<query>` of the served site in a new tab of `context`, its problems watched (pushed onto
 * `problems`), and waits until the graph is drawn.
 */
export async function openGraphPage(context: BrowserContext, server: Pick<RunningServer, 'origin' | 'url'>, problems: PageProblems[], query = ''): Promise<Page> {
  const page = await context.newPage();
  problems.push(watchPage(page, server.origin));
  const response = await page.goto(`${server.url}graph/${query}`);
  expect(response?.status()).toBe(200);
  await page.waitForSelector('[data-graph][data-graph-ready="true"]', { timeout: 60_000 });
  return page;
}
