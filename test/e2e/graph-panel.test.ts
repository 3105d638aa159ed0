/**
 * The graph explorer's selection panel, navigation and keyboard (review 21), in Chromium against the built
 * site under its non-root base path: why each linked paper is linked and how strongly, a readable name for
 * the node under the pointer, what a click selects and frames, what a cluster's name does, keys, and what the
 * status line says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { papersApiSchema } from '../../src/lib/content/schema';
import type { ExplorerData } from '../../src/lib/export/explorer-data';
import { mergeProblems, noProblems, type PageProblems } from '../support/browser';
import { servedChromium } from '../support/served-chromium';
import { siteUnderTest } from './site-under-test';
import { clearPaperNode } from '../support/clear-node';
import { openGraphPage, type CyHook } from '../support/graph-page';

const site = siteUnderTest();
const data = JSON.parse(readFileSync(join(site.outDir, 'graph', 'data.json'), 'utf8')) as ExplorerData;
const api = papersApiSchema.parse(JSON.parse(readFileSync(join(site.outDir, 'api', 'papers.json'), 'utf8')));
const web = servedChromium({ site, context: { viewport: { width: 1400, height: 1000 } } });
const problems: PageProblems[] = [];

const openGraph = (query = '', on: BrowserContext = web.context): Promise<Page> => openGraphPage(on, web.server, problems, query);

/** The paper with the most links drawn. */
const hub = data.papers.degree.indexOf(Math.max(...data.papers.degree));
const hubId = `p:${data.papers.ids[hub]}`;
const conceptLabel = new Map(api.concepts.map((c) => [c.id, c.label]));

describe('graph explorer selection panel (review 21)', () => {
  it('says why each linked paper is linked, as the paper pages do, and how strong the link is in words (finding 1)', async () => {
    const page = await openGraph(`?node=${encodeURIComponent(hubId)}`);
    const items = page.locator('#graph-selection .neighbours li');
    expect(await items.count()).toBe(data.papers.degree[hub]);
    await expect.poll(() => page.locator('#graph-selection .why[data-filled]').count()).toBe(data.papers.degree[hub]);
    const texts = await page.locator('#graph-selection .why').allTextContents();
    for (const text of texts) expect(text).toMatch(/^(Strong|Medium|Weak) link · (Shares |Both mention |Same broad area: |Similar wording)/);
    // No bare score: "(0.09)" read as "almost unrelated".
    expect(await page.locator('#graph-selection .neighbours').textContent()).not.toMatch(/\(\d\.\d\d\)/);
    // The reason is the export's: a neighbour's first shared concept is named beside it.
    const me = api.papers.find((p) => `p:${p.id}` === hubId)!;
    const selects = await page.locator('#graph-selection .neighbours button[data-select]').evaluateAll((els) => els.map((b) => b.getAttribute('data-select')!.slice(2)));
    let checked = 0;
    for (const [n, other] of selects.entries()) {
      const entry = me.related.find((r) => r.id === other) ?? api.papers.find((p) => p.id === other)!.related.find((r) => `p:${r.id}` === hubId);
      const first = entry?.shared.map((id) => conceptLabel.get(id)).find((label) => label !== undefined);
      if (!first) continue;
      expect(texts[n]).toContain(first);
      checked++;
    }
    expect(checked, 'the bundled corpus’s best-linked paper shares concepts with its neighbours').toBeGreaterThan(0);
    await page.close();
  });

  it('in the concepts view, says each tag’s place among its paper’s tags as the paper’s page lists them, not a weight (finding 9)', async () => {
    // "(1.00)" after every paper of a concept, and bare weights after a paper's concepts that matched nothing
    // on its page or in the open data.
    const tagsOf = (paperId: string) => [...new Set(api.papers.find((p) => p.id === paperId)!.concepts)].filter((c) => conceptLabel.has(c));
    const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
    const hubConcept = data.concepts.degree.indexOf(Math.max(...data.concepts.degree));
    const conceptId = data.concepts.ids[hubConcept]!;
    const page = await openGraph(`?view=concepts&node=${encodeURIComponent(`c:${conceptId}`)}`);
    const list = page.locator('#graph-selection .neighbours');
    await expect.poll(() => list.locator('li').count()).toBe(data.concepts.degree[hubConcept]);
    expect(await list.textContent()).not.toMatch(/\(\d\.\d\d\)/);
    const papers = await list.locator('button[data-select]').evaluateAll((els) => els.map((b) => b.getAttribute('data-select')!.slice(2)));
    const places = await list.locator('li').evaluateAll((els) => els.map((li) => li.querySelector('.why')?.textContent ?? ''));
    const ranks: number[] = [];
    for (const [n, paper] of papers.entries()) {
      const tags = tagsOf(paper);
      const rank = tags.indexOf(conceptId) + 1;
      expect(rank, `${paper} lists ${conceptId}`).toBeGreaterThan(0);
      ranks.push(rank);
      expect(places[n]).toBe(tags.length === 1 ? 'Its only tag' : `${ordinal(rank)} of its ${tags.length} tags`);
    }
    // The papers it is the best tag of first.
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));

    // A paper's concepts: in its page's order, each with its place.
    const paperId = papers.find((p) => tagsOf(p).length > 2)!;
    await page.locator(`#graph-selection button[data-select="p:${paperId}"]`).click();
    await expect.poll(() => page.locator('#graph-selection .selection__title').textContent()).toBe(data.papers.labels[data.papers.ids.indexOf(paperId)]);
    const tags = tagsOf(paperId);
    const concepts = await list.locator('button[data-select]').evaluateAll((els) => els.map((b) => b.getAttribute('data-select')!.slice(2)));
    const words = await list.locator('.why').allTextContents();
    expect(words).toEqual(concepts.map((c) => `${ordinal(tags.indexOf(c) + 1)} of ${tags.length} tags`));
    expect(concepts).toEqual(tags.filter((c) => concepts.includes(c)));
    expect(await list.textContent()).not.toMatch(/\(\d\.\d\d\)/);
    await page.close();
  });
});

const clearPaper = (page: Page) => clearPaperNode(page, { margin: 30, gap: 6 });

describe('graph explorer at the overview (review 21 finding 5)', () => {
  it('names the node under the pointer in a tooltip of readable text, over the canvas, at the overview', async () => {
    const page = await openGraph();
    const target = await clearPaper(page);
    const box = (await page.locator('[data-graph]').boundingBox())!;
    await page.mouse.move(box.x + target.x, box.y + target.y);
    const tip = page.locator('.explorer__tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    const label = data.papers.labels[data.papers.ids.indexOf(target.id.slice(2))]!;
    expect(await tip.locator('.explorer__tip-title').textContent()).toBe(label);
    const size = await tip.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(12);
    // Inside the canvas, and not over the node it names.
    const t = (await tip.boundingBox())!;
    expect(t.x).toBeGreaterThanOrEqual(box.x);
    expect(t.x + t.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
    const over = box.x + target.x >= t.x && box.x + target.x <= t.x + t.width && box.y + target.y >= t.y && box.y + target.y <= t.y + t.height;
    expect(over).toBe(false);
    // Gone once the pointer leaves the node.
    await page.mouse.move(box.x + 2, box.y + 2);
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page.close();
  });

  it('frames a node Shift+clicked at the overview with its neighbours, big enough to read, at once with reduced motion', async () => {
    const calm = await web.browser.newContext({ viewport: { width: 360, height: 740 }, reducedMotion: 'reduce' });
    try {
      const page = await openGraph('', calm);
      const before = await page.evaluate(() => (window as unknown as CyHook).atlasGraph.cy.zoom());
      expect(before * 10, 'node labels are too small to draw at this overview').toBeLessThan(7);
      const target = await clearPaper(page);
      const box = (await page.locator('[data-graph]').boundingBox())!;
      await page.keyboard.down('Shift');
      await page.mouse.click(box.x + target.x, box.y + target.y);
      await page.keyboard.up('Shift');
      await expect.poll(() => page.evaluate((id) => (window as unknown as CyHook).atlasGraph.cy.getElementById(id).hasClass('is-selected'), target.id)).toBe(true);
      // No glide to wait for: reduced motion.
      const view = await page.evaluate((id) => {
        const { cy } = (window as unknown as CyHook).atlasGraph;
        const p = cy.getElementById(id).renderedPosition();
        return { zoom: cy.zoom(), off: Math.hypot(p.x - cy.width() / 2, p.y - cy.height() / 2) };
      }, target.id);
      expect(view.zoom * 10).toBeGreaterThanOrEqual(7);
      expect(view.off).toBeLessThan(5);
      expect(new URL(page.url()).pathname).toBe(`${site.basePath}graph/`);
      await page.close();
    } finally {
      await calm.close();
    }
  });
});

describe('graph explorer clusters (review 21 finding 4)', () => {
  it('zooms to a cluster whose name is clicked on the canvas, and opens no page', async () => {
    const small = await web.browser.newContext({ viewport: { width: 360, height: 740 }, reducedMotion: 'reduce' });
    try {
      const page = await openGraph('', small);
      await page.locator('[data-graph]').scrollIntoViewIfNeeded();
      const names = page.locator('.explorer__cluster-name');
      expect(await names.count(), 'cluster names are drawn at this overview').toBeGreaterThan(0);
      const name = names.first();
      const cluster = Number(await name.getAttribute('data-cluster'));
      const label = data.clusters.find((c) => c.id === cluster)!.label;
      const box = (await name.boundingBox())!;
      const before = await page.evaluate(() => (window as unknown as CyHook).atlasGraph.cy.zoom());
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await expect.poll(() => page.locator('#graph-status').textContent()).toContain(`Zoomed to the cluster ${label}`);
      await page.waitForTimeout(300);
      expect(new URL(page.url()).pathname).toBe(`${site.basePath}graph/`);
      expect(await page.evaluate(() => (window as unknown as CyHook).atlasGraph.cy.zoom())).toBeGreaterThan(before);
      await page.close();
    } finally {
      await small.close();
    }
  });

  it('shows only one cluster with its legend button', async () => {
    const page = await openGraph();
    const cluster = data.clusters[1]!;
    await page.click(`button[data-only="${cluster.id}"]`);
    await expect.poll(() => new URL(page.url()).searchParams.get('clusters')).toBe(String(cluster.id));
    const checked = await page.locator('input[name="graph-cluster"]:checked').evaluateAll((els) => els.map((b) => (b as HTMLInputElement).value));
    expect(checked).toEqual([String(cluster.id)]);
    expect(Number(await page.$eval('[data-graph]', (el) => (el as HTMLElement).dataset.nodeCount))).toBe(cluster.size);
    // Named for what it does, beginning with the word it shows.
    expect(await page.getAttribute(`button[data-only="${cluster.id}"]`, 'aria-label')).toBe(`Only ${cluster.label}`);
    await page.close();
  });
});

describe('graph explorer keyboard (review 21 finding 7)', () => {
  const view = (page: Page) => page.evaluate(() => {
    const { cy } = (window as unknown as CyHook).atlasGraph;
    return { zoom: cy.zoom(), pan: cy.pan() };
  });

  it('zooms with + and − and pans with the arrows on the focused canvas, and has zoom buttons', async () => {
    const page = await openGraph();
    await page.focus('[data-graph]');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-graph'))).toBe(true);
    const start = await view(page);
    await page.keyboard.press('+');
    expect((await view(page)).zoom).toBeCloseTo(start.zoom * 1.25, 5);
    await page.keyboard.press('-');
    expect((await view(page)).zoom).toBeCloseTo(start.zoom, 5);
    await page.keyboard.press('ArrowRight');
    expect((await view(page)).pan.x).toBeLessThan(start.pan.x);
    await page.keyboard.press('ArrowUp');
    expect((await view(page)).pan.y).toBeGreaterThan(start.pan.y);
    const before = (await view(page)).zoom;
    await page.click('#graph-zoom-in');
    await expect.poll(async () => (await view(page)).zoom).toBeCloseTo(before * 1.25, 5);
    await page.click('#graph-zoom-out');
    await expect.poll(async () => (await view(page)).zoom).toBeCloseTo(before, 5);
    await page.close();
  });

  it('reaches the selection panel from the top of the explorer with a skip link, before the legend’s boxes', async () => {
    const page = await openGraph(`?node=${encodeURIComponent(hubId)}`);
    // Unfocused it covers nothing: it was drawn over the lede's last line on every visit.
    const hidden = await page.locator('.explorer__skip').boundingBox();
    expect(hidden === null || (hidden.width <= 1 && hidden.height <= 1), JSON.stringify(hidden)).toBe(true);
    // The explorer's first stop is the link; following it, the next Tab is in the panel.
    await page.focus('#graph-find');
    await page.keyboard.press('Shift+Tab');
    let back = 0;
    for (; back < 12; back++) {
      if (await page.evaluate(() => document.activeElement?.classList.contains('explorer__skip'))) break;
      await page.keyboard.press('Shift+Tab');
    }
    expect(back, 'the skip link comes before the find box').toBeLessThan(12);
    expect(await page.locator('.explorer__skip').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('#graph-selection'))).toBe(true);
    await page.close();
  });

  it('clears the selection and the URL’s node with Escape', async () => {
    const page = await openGraph(`?node=${encodeURIComponent(hubId)}`);
    expect(page.url()).toContain('node=');
    await page.focus('[data-graph]');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.url()).not.toContain('node=');
    expect(await page.evaluate((id) => (window as unknown as CyHook).atlasGraph.cy.getElementById(id).hasClass('is-selected'), hubId)).toBe(false);
    expect(await page.locator('#graph-selection').textContent()).toContain('Nothing selected');
    await page.close();
  });
});

describe('graph explorer status, slider and hidden selection (review 21 findings 6, 10, 14)', () => {
  it('says a Find in one sentence whose numbers add up to the papers it lit', async () => {
    // A title Find under a cluster filter that hides some of its full-text matches.
    const page = await openGraph(`?clusters=${data.clusters[0]!.id}`);
    await page.fill('#graph-find', 'reinforcement learning');
    await page.press('#graph-find', 'Enter');
    await expect.poll(() => page.textContent('#graph-status'), { timeout: 20_000 }).toMatch(/matching papers? shown/);
    const status = (await page.textContent('#graph-status'))!;
    const m = /(\d+|No) matching papers? shown(?:, (\d+)(?: more)? hidden by (?:the filters|that filter))?(?:; (\d+) in view, (\d+) outside it)?\./.exec(status);
    expect(m, status).not.toBeNull();
    const shown = m![1] === 'No' ? 0 : Number(m![1]);
    const hidden = Number(m![2] ?? 0);
    const lit = await page.evaluate(() => (window as unknown as CyHook).atlasGraph.cy.nodes().filter((n) => n.hasClass('match')).length);
    expect(shown + hidden, status).toBe(lit);
    if (m![3] !== undefined) expect(Number(m![3]) + Number(m![4]), status).toBe(shown);
    expect(status).not.toMatch(/ of \d+ matching|highlighted|\b1 more lie\b/);
    await page.close();
  });

  it('keeps the strongest link drawn with the strength slider at its end', async () => {
    const page = await openGraph();
    await page.focus('#graph-weight');
    await page.keyboard.press('End');
    await expect.poll(() => new URL(page.url()).searchParams.get('w')).not.toBeNull();
    const strongest = Math.max(...data.related.filter((_, k) => k % 3 === 2)) / 1000;
    expect(Number(new URL(page.url()).searchParams.get('w'))).toBeLessThanOrEqual(strongest);
    await expect.poll(() => page.$eval('[data-graph]', (el) => Number((el as HTMLElement).dataset.edgeCount))).toBeGreaterThan(0);
    await page.close();
  });

  it('marks a selection the filters hide "(hidden by the filters)", and drops the mark once it is shown again', async () => {
    const page = await openGraph(`?node=${encodeURIComponent(hubId)}`);
    await page.click('#graph-clusters-none');
    await expect.poll(() => page.locator('#graph-selection .selection__title').textContent()).toContain('(hidden by the filters)');
    expect(await page.locator('.control__picked[data-picked]').textContent()).toContain('(hidden by the filters)');
    await page.click('#graph-clusters-all');
    await expect.poll(() => page.locator('#graph-selection .selection__title').textContent()).not.toContain('(hidden by the filters)');
    await page.close();
  });
});

describe('graph explorer pages logged nothing wrong', () => {
  it('no console error, page error, failed request, request to another origin or dialog', () => {
    expect(mergeProblems(problems)).toEqual(noProblems());
  });
});
