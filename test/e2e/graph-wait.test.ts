/**
 * The graph page on a connection that asks to save (review 22 finding 9): with data saver on, or a link the
 * browser rates 3G or slower, the explorer's script (Cytoscape, about 160 kB gzipped) is not fetched until the
 * reader asks; the cluster legend reads without it. Asked once, it loads at once on the next visit. In
 * Chromium against the built site under its non-root base path; `navigator.connection` is set by an init
 * script, as a phone's browser would report it.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { mergeProblems, noProblems, watchPage, type PageProblems } from '../support/browser';
import { servedChromium } from '../support/served-chromium';
import { siteUnderTest } from './site-under-test';

const site = siteUnderTest();
const web = servedChromium({ site });
const problems: PageProblems[] = [];

async function phone(connection: { saveData?: boolean; effectiveType?: string }): Promise<BrowserContext> {
  const context = await web.browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.addInitScript((c) => {
    Object.defineProperty(Navigator.prototype, 'connection', { configurable: true, get: () => c });
  }, connection);
  return context;
}

async function open(context: BrowserContext, scripts: string[]): Promise<Page> {
  const page = await context.newPage();
  problems.push(watchPage(page, web.server.origin));
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  const response = await page.goto(`${web.server.url}graph/`, { waitUntil: 'networkidle' });
  expect(response?.status()).toBe(200);
  return page;
}

/** The explorer's own script: the one that brings Cytoscape. */
const isExplorer = (path: string) => /\/_astro\/explorer\.[\w-]+\.js$/.test(path);

describe('graph page on a connection that asks to save', () => {
  it('waits for the reader with data saver on, then draws on request and loads at once next time', async () => {
    const context = await phone({ saveData: true, effectiveType: '4g' });
    const scripts: string[] = [];
    const page = await open(context, scripts);
    expect(scripts.some(isExplorer)).toBe(false);
    expect(await page.locator('[data-graph]').getAttribute('data-graph-ready')).toBeNull();
    await expect.poll(() => page.locator('#graph-status').textContent()).toMatch(/^Data saver is on, so the graph waits for you/);
    // The button is on the first screen, not under an empty canvas.
    const button = page.locator('#graph-wait-button');
    const box = await button.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(844);
    // The clusters read without the script.
    expect(await page.locator('#graph-legend li').count()).toBeGreaterThan(0);

    await button.click();
    await page.waitForSelector('[data-graph][data-graph-ready="true"]', { timeout: 60_000 });
    expect(scripts.some(isExplorer)).toBe(true);
    expect(await button.isVisible()).toBe(false);

    const again: string[] = [];
    const next = await open(context, again);
    await next.waitForSelector('[data-graph][data-graph-ready="true"]', { timeout: 60_000 });
    await context.close();
  });

  it('waits on a link the browser rates 3G, and a reach for a control loads it', async () => {
    const context = await phone({ saveData: false, effectiveType: '3g' });
    const scripts: string[] = [];
    const page = await open(context, scripts);
    expect(scripts.some(isExplorer)).toBe(false);
    await expect.poll(() => page.locator('#graph-status').textContent()).toMatch(/^This connection is slow/);
    await page.locator('#graph-find').focus();
    await page.waitForSelector('[data-graph][data-graph-ready="true"]', { timeout: 60_000 });
    await context.close();
  });

  it('loads at once where the browser reports a fast link, or nothing', async () => {
    for (const connection of [{ saveData: false, effectiveType: '4g' }, {}]) {
      const context = await phone(connection);
      const scripts: string[] = [];
      const page = await open(context, scripts);
      await page.waitForSelector('[data-graph][data-graph-ready="true"]', { timeout: 60_000 });
      expect(scripts.some(isExplorer)).toBe(true);
      await context.close();
    }
  });

  it('logs no error and asks no other origin', () => {
    expect(mergeProblems(problems)).toEqual(noProblems());
  });
});
