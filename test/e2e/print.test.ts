/**
 * Printing, in Chromium against the built seed site under its base path: whatever the system theme, print
 * takes ink on white (a dark theme once printed pale grey text and 1.9:1 pale blue links), leaves out the
 * controls (header, search box, mini-graph, the graph's canvas and controls, prev/next), keeps what a reader
 * files (title, concepts, abstract, related papers, BibTeX), prints the page's own address and the targets
 * of links that leave the site.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedChromium } from '../support/served-chromium';
import { contrastRatio } from '../../src/lib/graph/palette';
import { siteUnderTest } from './site-under-test';

const site = siteUnderTest();
const web = servedChromium({ site });

/** `rgb(r, g, b)` → `#rrggbb` (an opaque computed colour). */
function hex(rgb: string): string {
  const [r, g, b] = rgb.match(/[\d.]+/g)!.map(Number) as [number, number, number];
  return `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}

/** A paper page with a link that leaves the site (GitHub, arXiv, DOI…) and related papers. */
function paperWithOutboundLink(): string {
  const id = readdirSync(join(site.outDir, 'papers'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .find((name) => {
      try {
        const html = readFileSync(join(site.outDir, 'papers', name, 'index.html'), 'utf8');
        return /class="paper__links"[^]*?href="https?:/.test(html) && html.includes('class="related-list');
      } catch {
        return false;
      }
    });
  if (!id) throw new Error('no paper page with an outbound link and related papers in the seed site');
  return `papers/${id}/`;
}

/** Whether each selector's first element is drawn at all (display: none, on it or an ancestor, draws nothing). */
function drawn(page: Page, selectors: string[]): Promise<Record<string, boolean | 'absent'>> {
  return page.evaluate((list) => {
    const out: Record<string, boolean | 'absent'> = {};
    for (const s of list) {
      const e = document.querySelector(s);
      out[s] = e ? e.getClientRects().length > 0 : 'absent';
    }
    return out;
  }, selectors);
}

/** Computed text colours of the first element of each selector. */
function colours(page: Page, selectors: string[]): Promise<Record<string, string>> {
  return page.evaluate((list) => {
    const out: Record<string, string> = {};
    for (const s of list) {
      const e = document.querySelector(s);
      if (!e) throw new Error(`no ${s} on ${location.pathname}`);
      out[s] = getComputedStyle(e).color;
    }
    return out;
  }, selectors);
}

/** Selectors whose text has less than 4.5:1 against white paper, with the ratio. */
function paleOnWhite(found: Record<string, string>): string[] {
  return Object.entries(found)
    .map(([s, c]) => ({ s, ratio: contrastRatio(hex(c), '#ffffff') }))
    .filter((x) => x.ratio < 4.5)
    .map((x) => `${x.s}: ${x.ratio.toFixed(2)}:1`);
}

describe('print', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`a paper page prints dark text on white, without the controls, with its address and link targets (system theme ${scheme})`, async () => {
      const path = paperWithOutboundLink();
      const context = await web.browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(`${web.server.url}${path}`, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print', colorScheme: scheme });

      // Ink: title, byline and meta lines, tags, abstract and its links, related papers' links, BibTeX.
      const found = await colours(page, [
        'body',
        'main h1',
        'main .paper__abstract p',
        'main .paper__abstract a',
        'main .tag',
        'main .meta',
        'main .related-list a',
        'main .paper__links a',
        'main .bibtex',
      ]);
      expect(paleOnWhite(found), `${path} printed with the ${scheme} system theme`).toEqual([]);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('light');

      expect(
        await drawn(page, ['.skip-link', '.site-header', '#atlas-search', '.site-nav', '.local-graph', '.graph-link', '.cluster-nav', '.paper-toc', '.site-footer']),
      ).toEqual({
        '.skip-link': false,
        '.site-header': false,
        '#atlas-search': false,
        '.site-nav': false,
        '.local-graph': false,
        '.graph-link': false,
        '.cluster-nav': await page.evaluate(() => (document.querySelector('.cluster-nav') ? false : 'absent')),
        '.paper-toc': false,
        '.site-footer': false,
      });
      expect(await drawn(page, ['main h1', '.paper__abstract', 'main .tags', '.related-list', 'main .bibtex'])).toEqual({
        'main h1': true,
        '.paper__abstract': true,
        'main .tags': true,
        '.related-list': true,
        'main .bibtex': true,
      });

      const printed = await page.evaluate(() => {
        const after = (s: string) => {
          const e = document.querySelector(s);
          return e ? getComputedStyle(e, '::after').content : 'absent';
        };
        const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')!;
        const outbound = document.querySelector<HTMLAnchorElement>('.paper__links a[href^="http"]')!;
        return {
          canonicalDrawn: canonical.getClientRects().length > 0,
          canonicalText: getComputedStyle(canonical, '::before').content,
          canonicalHref: canonical.getAttribute('href')!,
          outbound: getComputedStyle(outbound, '::after').content,
          outboundHref: outbound.getAttribute('href')!,
          // Internal links keep no address; the abstract's links are their own URLs already.
          internal: after('.related-list h3 a'),
          abstract: after('.paper__abstract a'),
        };
      });
      expect(printed.canonicalDrawn, 'the page address prints').toBe(true);
      expect(printed.canonicalText).toBe(JSON.stringify(printed.canonicalHref));
      expect(printed.canonicalHref).toMatch(new RegExp(`${site.basePath}${path}$`));
      expect(printed.outbound).toBe(JSON.stringify(` (${printed.outboundHref})`));
      expect(printed.internal).toBe('none');
      expect(printed.abstract).toMatch(/^(none|absent)$/);

      // The mini-graph and ten related cards once took one abstract to three A4 pages.
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
      expect(pages).toBeGreaterThan(0);
      expect(pages, `${path}: A4 pages`).toBeLessThanOrEqual(2);
      await context.close();
    });
  }

  it('the concept, graph and search pages print without header, mini-graph or the graph explorer, in ink (dark system theme)', async () => {
    const context = await web.browser.newContext({ colorScheme: 'dark', viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${web.server.url}concepts/`, { waitUntil: 'load' });
    const concept = await page.locator(`main a[href^="${site.basePath}concepts/"]:not([href="${site.basePath}concepts/"])`).first().getAttribute('href');
    await page.goto(`${web.server.origin}${concept}`, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(paleOnWhite(await colours(page, ['body', 'main h1', 'main .tag', 'main .card a']))).toEqual([]);
    expect(await drawn(page, ['.site-header', '.local-graph', 'main h1', 'main .card'])).toEqual({
      '.site-header': false,
      '.local-graph': await page.evaluate(() => (document.querySelector('.local-graph') ? false : 'absent')),
      'main h1': true,
      'main .card': true,
    });

    await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
    await page.goto(`${web.server.url}graph/`, { waitUntil: 'load' });
    await page.waitForSelector('[data-graph-ready="true"]', { timeout: 30_000 });
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(paleOnWhite(await colours(page, ['body', 'main h1', 'main .lede', 'main .lede a']))).toEqual([]);
    expect(await drawn(page, ['.site-header', '.explorer__controls', '.explorer__canvas', 'main h1'])).toEqual({
      '.site-header': false,
      '.explorer__controls': false,
      '.explorer__canvas': false,
      'main h1': true,
    });

    // The search page: results, and the query they were found for (its box), without the header's box.
    await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
    await page.goto(`${web.server.url}search/?q=learning`, { waitUntil: 'load' });
    await page.waitForSelector('#search-page-results li', { timeout: 30_000 });
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await drawn(page, ['.site-header', 'main input[name="q"]', '#search-page-results li'])).toEqual({
      '.site-header': false,
      'main input[name="q"]': true,
      '#search-page-results li': true,
    });
    expect(await page.locator('main input[name="q"]').inputValue()).toBe('learning');
    expect(paleOnWhite(await colours(page, ['main h1', '#search-page-results a', 'main input[name="q"]']))).toEqual([]);
    await context.close();
  });
});
