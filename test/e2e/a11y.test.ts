/**
 * axe-core in Chromium on the home, a paper, a concept, the graph page (as loaded and with a node selected,
 * which fills the selection panel), the search page with results and the lists, in the light and the dark
 * theme (colour contrast is checked per theme): no serious or critical violation, nor two landmarks alike.
 * Beyond axe: in forced colours the header marks the current section alone, and placeholders keep 4.5:1.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedChromium } from '../support/served-chromium';
import { contrastRatio } from '../../src/lib/graph/palette';
import { siteUnderTest } from './site-under-test';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

const site = siteUnderTest();
const web = servedChromium({ site });

/** First link in the page's main content that leads to a page of `section`. */
async function firstLinkTo(page: Page, section: 'papers' | 'concepts'): Promise<string> {
  const href = await page.locator(`main a[href^="${site.basePath}${section}/"]:not([href="${site.basePath}${section}/"])`).first().getAttribute('href');
  if (!href) throw new Error(`no link to a ${section} page on ${page.url()}`);
  return href.slice(site.basePath.length);
}

/** Moderate rules checked as well: two search landmarks with the same (or no) name read as one in a landmark list. */
const ALSO_CHECKED = new Set(['landmark-unique']);

async function violations(page: Page): Promise<AxeViolation[]> {
  // The pages' CSP forbids injected inline script, so the test context bypasses CSP to load axe.
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return (result.violations as AxeViolation[]).filter((v) => v.impact === 'serious' || v.impact === 'critical' || ALSO_CHECKED.has(v.id));
}

const describeViolations = (list: AxeViolation[]) =>
  list.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n    ')}`);

describe('accessibility (axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`home, paper, concept, graph, search and list pages have no serious or critical violations (${scheme})`, async () => {
      const context = await web.browser.newContext({ colorScheme: scheme, bypassCSP: true, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const go = async (path: string) => {
        const response = await page.goto(`${web.server.url}${path}`, { waitUntil: 'load' });
        expect(response?.status(), `${path || '/'}: HTTP status`).toBe(200);
      };
      const found: Record<string, string[]> = {};

      await go('');
      found['/'] = describeViolations(await violations(page));
      const paper = await firstLinkTo(page, 'papers');

      await go(paper);
      found[paper] = describeViolations(await violations(page));
      const concept = await firstLinkTo(page, 'concepts');

      await go(concept);
      found[concept] = describeViolations(await violations(page));

      await go('graph/');
      await page.waitForSelector('[data-graph-ready="true"]', { timeout: 30_000 });
      found['graph/'] = describeViolations(await violations(page));

      // A node selected: the panel lists its neighbours, each with a "Show in graph" button.
      const title = await page.evaluate(() => {
        type Node = { data(k: string): unknown };
        const { cy } = (window as unknown as { atlasGraph: { cy: { nodes(s: string): { toArray(): Node[] } } } }).atlasGraph;
        const best = cy.nodes('[kind = "paper"]').toArray().reduce((a, b) => ((b.data('degree') as number) > (a.data('degree') as number) ? b : a));
        return best.data('label') as string;
      });
      await page.fill('#graph-find', title);
      await page.press('#graph-find', 'Enter');
      await page.waitForSelector('#graph-selection .neighbours button');
      found['graph/ (a node selected)'] = describeViolations(await violations(page));

      // The search page with results: its own search form besides the header's.
      await go('search/?q=learning');
      await page.waitForSelector('#search-page-results li', { timeout: 30_000 });
      found['search/?q=learning'] = describeViolations(await violations(page));

      // The lists of papers and of concepts, and their second pages with the pagers when they have pages.
      const lists: string[] = [];
      for (const list of ['papers/', 'concepts/']) {
        await go(list);
        found[list] = describeViolations(await violations(page));
        lists.push(list);
        const second = await page.locator('nav.pager a[rel="next"]').first().getAttribute('href', { timeout: 1000 }).catch(() => null);
        if (second) {
          const path = second.slice(site.basePath.length);
          await go(path);
          found[path] = describeViolations(await violations(page));
          lists.push(path);
        }
      }

      // The offline page with its save control drawn (a checkbox, buttons, the status line).
      await go('offline/');
      await page.waitForSelector('[data-offline-save]', { state: 'visible', timeout: 30_000 });
      found['offline/'] = describeViolations(await violations(page));

      await context.close();
      expect(found).toEqual({
        '/': [],
        [paper]: [],
        [concept]: [],
        'graph/': [],
        'graph/ (a node selected)': [],
        'search/?q=learning': [],
        ...Object.fromEntries(lists.map((l) => [l, []])),
        'offline/': [],
      });
    });
  }
});

/** `rgb(r, g, b)` → `#rrggbb` (an opaque computed colour). */
function hex(rgb: string): string {
  const [r, g, b] = rgb.match(/[\d.]+/g)!.map(Number) as [number, number, number];
  return `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}

describe('forced colours and placeholders', () => {
  it('in forced colours the header still marks the current section, and only it', async () => {
    // Forced colours paint every border in a system colour, transparent ones too: every item looked current.
    const context = await web.browser.newContext({ forcedColors: 'active', colorScheme: 'dark', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${web.server.url}papers/`, { waitUntil: 'load' });
    const items = await page.$$eval('.site-header .site-nav a', (links) =>
      links.map((a) => {
        const cs = getComputedStyle(a);
        const bar = cs.borderBottomStyle !== 'none' && cs.borderBottomStyle !== 'hidden' && parseFloat(cs.borderBottomWidth) > 0;
        return { current: a.getAttribute('aria-current') === 'page', marked: bar || cs.textDecorationLine.includes('underline') };
      }),
    );
    await context.close();
    expect(items.filter((i) => i.current)).toHaveLength(1);
    expect(items.filter((i) => i.marked)).toEqual(items.filter((i) => i.current));
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`placeholders have 4.5:1 against their box (${scheme})`, async () => {
      const context = await web.browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const found: Record<string, number> = {};
      for (const path of ['', 'graph/', 'search/']) {
        await page.goto(`${web.server.url}${path}`, { waitUntil: 'load' });
        const boxes = await page.$$eval('input[placeholder]', (inputs) =>
          inputs.map((input) => {
            // The box's own background, or the first one behind it.
            let bg = 'rgba(0, 0, 0, 0)';
            for (let e: Element | null = input; e; e = e.parentElement) {
              const b = getComputedStyle(e).backgroundColor;
              if (!/^rgba\(.*,\s*0\)$/.test(b) && b !== 'transparent') {
                bg = b;
                break;
              }
            }
            return { id: input.id || input.className, placeholder: getComputedStyle(input, '::placeholder').color, bg };
          }),
        );
        for (const b of boxes) found[`${path || '/'} #${b.id}`] = Math.round(contrastRatio(hex(b.placeholder), hex(b.bg === 'rgba(0, 0, 0, 0)' ? 'rgb(255, 255, 255)' : b.bg)) * 100) / 100;
      }
      await context.close();
      expect(Object.keys(found).length).toBeGreaterThanOrEqual(3);
      expect(Object.entries(found).filter(([, ratio]) => ratio < 4.5)).toEqual([]);
    });
  }
});
