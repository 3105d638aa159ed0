/**
 * The reading pages in Chromium, against the built seed site served under a non-root base path: a reader
 * goes home → paper → concept by clicking, the list pages list everything, the 404 page helps, both
 * themes apply, a phone-sized screen does not scroll sideways, and no visited page logs an error, fails
 * a request or asks another origin for anything.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { mergeProblems, noProblems, watchPage, type PageProblems } from '../support/browser';
import { servedChromium } from '../support/served-chromium';
import { siteUnderTest } from './site-under-test';
import { E2E_CONCEPTS_PER_PAGE, E2E_PAPERS_PER_PAGE } from './global-setup';

const site = siteUnderTest();
const web = servedChromium({ site, context: { viewport: { width: 1280, height: 900 } } });
/** Problems of every page any test opened, checked together at the end. */
const allProblems: PageProblems[] = [];

async function open(path: string, ctx: BrowserContext = web.context): Promise<Page> {
  const page = await ctx.newPage();
  allProblems.push(watchPage(page, web.server.origin));
  const response = await page.goto(`${web.server.url}${path}`, { waitUntil: 'load' });
  expect(response?.status(), `${path}: HTTP status`).toBe(200);
  return page;
}

/** Ids of the pages built under `<dist>/<section>/`, one folder per page. */
function builtIds(section: 'papers' | 'concepts'): string[] {
  return readdirSync(join(site.outDir, section), { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(site.outDir, section, e.name, 'index.html')))
    .map((e) => e.name)
    .sort();
}

/** `/paper-atlas/papers/x/` → `x` for links that point at a page of `section` (not `papers/page/2/`, a list page). */
function idsLinked(hrefs: string[], section: 'papers' | 'concepts'): string[] {
  const prefix = `${site.basePath}${section}/`;
  return [
    ...new Set(
      hrefs
        .map((h) => new URL(h).pathname)
        .filter((p) => p.startsWith(prefix) && p.length > prefix.length)
        .map((p) => p.slice(prefix.length).replace(/\/$/, ''))
        .filter((rest) => !rest.includes('/'))
        .map((rest) => decodeURIComponent(rest)),
    ),
  ].sort();
}

/**
 * Follows a list's pager from `<section>/` to its last page: checks each page's address and current page,
 * that every page but the last is full, and that the table of sections on the first page points at the page
 * where each section's heading first appears (not marked continued). Returns the ids listed, in order.
 */
async function walkList(section: 'papers' | 'concepts', itemLinks: string, tocLinks: string, headings: string): Promise<{ listed: string[]; sizes: number[] }> {
  const listed: string[] = [];
  const sizes: number[] = [];
  const starts = new Map<string, string>();
  for (let page: Page | undefined = await open(`${section}/`), n = 1; page; n++) {
    const path = new URL(page.url()).pathname;
    expect(path).toBe(`${site.basePath}${section}/${n === 1 ? '' : `page/${n}/`}`);
    const ids = await page.$$eval(itemLinks, (links) => links.map((a) => (a as HTMLAnchorElement).href));
    const onPage = ids.map((h) => new URL(h).pathname).map((p) => decodeURIComponent(p.slice(`${site.basePath}${section}/`.length).replace(/\/$/, '')));
    listed.push(...onPage);
    sizes.push(onPage.length);
    if (n === 1) for (const href of await hrefsIn(page, tocLinks)) starts.set(new URL(href).hash.slice(1), new URL(href).pathname);
    const nextLink = page.locator('nav.pager').last().locator('a[rel="next"]');
    const next: string | null = (await nextLink.count()) > 0 ? await nextLink.getAttribute('href') : null;
    if (next !== null || n > 1) expect(await page.locator('nav.pager a[aria-current="page"]').first().innerText()).toBe(String(n));
    for (const heading of await page.$$eval(headings, (hs) => hs.map((h) => ({ id: h.id, text: (h as HTMLElement).innerText.trim() })))) {
      if (!/continued\)?$/.test(heading.text)) expect(starts.get(heading.id), heading.id).toBe(path);
    }
    await page.close();
    page = next === null ? undefined : await open(new URL(next, page.url()).pathname.slice(site.basePath.length));
  }
  expect(sizes.slice(0, -1).every((n) => n === sizes[0])).toBe(true);
  return { listed, sizes };
}

/** Absolute hrefs of the matched links (HTML or SVG `<a>`, whose `.href` is not a string). */
/** An element's accessible name as Chromium computes it (what a screen reader's heading or link list shows). */
async function accessibleName(page: Page, locator: Locator): Promise<string> {
  await locator.evaluate((el) => el.setAttribute('data-ax-probe', ''));
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'document.querySelector("[data-ax-probe]")' });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { objectId: result.objectId!, fetchRelatives: false });
    return String(nodes[0]?.name?.value ?? '');
  } finally {
    await cdp.detach();
    await locator.evaluate((el) => el.removeAttribute('data-ax-probe'));
  }
}

const hrefsIn = (page: Page, selector: string) =>
  page.$$eval(selector, (as) => as.map((a) => new URL(a.getAttribute('href') ?? '', document.baseURI).href));

describe('reading the site', () => {
  it('goes home → paper → concept by clicking, and each page is about what was clicked', async () => {
    const page = await open('');
    await expect(page.title()).resolves.not.toBe('');
    expect(await page.locator('main h1').first().textContent()).toBeTruthy();

    const firstPaper = page.locator('main .paper-card a[href*="/papers/"]').first();
    const paperTitle = (await firstPaper.innerText()).trim();
    await Promise.all([page.waitForURL(/\/papers\/[^/]+\/$/), firstPaper.click()]);
    expect(new URL(page.url()).pathname.startsWith(`${site.basePath}papers/`)).toBe(true);
    expect((await page.locator('main h1').innerText()).trim()).toBe(paperTitle);
    const paperPath = new URL(page.url()).pathname;

    // A concept mention linked in the abstract, else a concept tag.
    const mention = page.locator('.paper__abstract a[href*="concepts/"]').first();
    const conceptLink = (await mention.count()) > 0 ? mention : page.locator('main .tags a.tag').first();
    const conceptName = (await conceptLink.innerText()).trim();
    await Promise.all([page.waitForURL(/\/concepts\/[^/]+\/$/), conceptLink.click()]);
    expect(new URL(page.url()).pathname.startsWith(`${site.basePath}concepts/`)).toBe(true);
    const heading = (await page.locator('main h1').innerText()).toLowerCase();
    const aliases = (await page.locator('main .meta').first().innerText()).toLowerCase();
    // The mention may be a plural or an alias of the concept's label.
    expect(`${heading} ${aliases}`).toContain(conceptName.toLowerCase().replace(/e?s$/, ''));
    // The concept page lists the paper we came from.
    const listed = (await hrefsIn(page, 'section[aria-labelledby="papers-heading"] a')).map((h) => new URL(h).pathname);
    expect(listed).toContain(paperPath);
    await page.close();
  });

  it.skipIf(!site.contentDir)('lists on a concept page, after its papers, the papers that name it without carrying it', async () => {
    type Entry = { id: string; label: string; papers: string[]; mentionedIn?: { count: number; papers: string[] } };
    const registry = JSON.parse(readFileSync(join(site.contentDir, 'concepts.json'), 'utf8')) as Entry[];
    // The concept most papers name without carrying it.
    const concept = registry.filter((c) => c.mentionedIn).sort((a, b) => b.mentionedIn!.count - a.mentionedIn!.count || (a.id < b.id ? -1 : 1))[0];
    expect(concept, 'a concept of the bundled corpus that some paper names without carrying').toBeDefined();
    const { count, papers } = concept!.mentionedIn!;
    const page = await open(`concepts/${concept!.id}/`);
    const plural = (n: number) => `${n} ${n === 1 ? 'paper' : 'papers'}`;
    expect((await page.locator('main .meta').first().innerText()).trim()).toMatch(new RegExp(`^In ${plural(concept!.papers.length)}, mentioned in ${count} more\\.`));
    expect((await page.locator('#mentioned-heading').innerText()).trim()).toBe(`Also mentioned in ${plural(count)}`);
    const section = 'section[aria-labelledby="mentioned-heading"]';
    const listed = (await hrefsIn(page, `${section} li a`)).map((h) => decodeURIComponent(new URL(h).pathname));
    expect(listed).toEqual(papers.map((id) => `${site.basePath}papers/${id}/`));
    // After the papers that carry it, and none of them again.
    expect(await page.$eval(section, (s) => !!(document.getElementById('papers-heading')!.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
    const carrying = (await hrefsIn(page, 'section[aria-labelledby="papers-heading"] a[href*="/papers/"]')).map((h) => decodeURIComponent(new URL(h).pathname));
    expect(listed.filter((p) => carrying.includes(p))).toEqual([]);
    // The papers that carry it say in what order they come (review 41: runs of A–Z read as a broken sort).
    if (concept!.papers.length > 1) expect(await page.locator('section[aria-labelledby="papers-heading"] > p.muted').first().innerText()).toMatch(/^The papers most about it first .*A–Z\.$/);
    if (count > papers.length) {
      // The rest are a search for the concept's name away.
      expect(await page.locator(`${section} p`).last().innerText()).toBe(`… and ${count - papers.length} more: search for “${concept!.label}”.`);
      const search = new URL(await page.locator(`${section} p a`).last().getAttribute('href') ?? '', page.url());
      expect([search.pathname, search.searchParams.get('q')]).toEqual([`${site.basePath}search/`, concept!.label]);
    }
    await page.close();
    // The first paper listed does not carry the concept: no tag of its page links it.
    const first = await open(`papers/${papers[0]}/`);
    expect(idsLinked(await hrefsIn(first, 'main .tags a.tag'), 'concepts')).not.toContain(concept!.id);
    await first.close();
  });

  it('shows on a paper page its concepts, related papers with the shared concepts, a static local graph and a BibTeX citation', async () => {
    const page = await open('papers/');
    // The paper with related papers that comes first in the list.
    const candidates = await hrefsIn(page, 'main .paper-card h3 a');
    let paper: Page | undefined;
    for (const href of candidates) {
      const p = await open(new URL(href).pathname.slice(site.basePath.length));
      if ((await p.locator('.related-list > li').count()) > 0) {
        paper = p;
        break;
      }
      await p.close();
    }
    expect(paper, 'some paper has related papers').toBeDefined();
    const p = paper!;

    expect(await p.locator('main h1').innerText()).not.toContain('$');
    const tags = await hrefsIn(p, '.paper__header .tags a');
    expect(tags.length).toBeGreaterThan(0);
    expect(idsLinked(tags, 'concepts').every((id) => builtIds('concepts').includes(id))).toBe(true);

    const firstRelated = p.locator('.related-list > li').first();
    const why = await firstRelated.locator('.related-list__why').innerText();
    // "Shares …" names concepts both pages show; "both mention …" those one of them only mentions (review 18 M2);
    // "Same broad area: …" concepts more than a fifth of the papers carry, where no other is shared (review 22 finding 5).
    expect(why).toMatch(/^(Shares|Both mention|Same broad area:) /);
    expect(await firstRelated.locator('.related-list__why a[href*="/concepts/"]').count()).toBeGreaterThan(0);
    // At most five shared concepts are named; the rest are counted ("… and 3 more").
    for (const line of await p.locator('.related-list__why').all()) {
      const named = await line.locator('a, span').count();
      expect(named).toBeLessThanOrEqual(5);
      if (/ and \d+ more$/.test(await line.innerText())) expect(named).toBe(5);
    }

    // Local graph: drawn at build time (SVG in the HTML), every node a link to a built page.
    const nodes = await hrefsIn(p, '#local-graph svg a');
    expect(nodes.length).toBeGreaterThan(1);
    expect(idsLinked(nodes, 'papers').every((id) => builtIds('papers').includes(id))).toBe(true);
    // Edges are drawn as a few paths (one per stroke width), a move and a line per edge.
    const segments = (await p.locator('#local-graph svg path').evaluateAll((paths) => paths.map((e) => e.getAttribute('d') ?? ''))).join('').match(/M[\d.]+ [\d.]+L[\d.]+ [\d.]+/g);
    expect(segments?.length ?? 0).toBeGreaterThan(0);
    // Chromium names each node link by its full title (not the shortened label drawn), and says it once; its
    // description is its cluster, from the key (review 19 M5).
    const titles = await p.locator('#local-graph svg a > title').allTextContents();
    expect(titles.length).toBe(nodes.length);
    const clustersOfNodes = await p.$$eval('#local-graph svg a', (as) => as.map((a) => document.getElementById(a.getAttribute('aria-describedby') ?? '')?.textContent ?? ''));
    expect(clustersOfNodes.every((c) => c !== '')).toBe(true);
    const cdp = await p.context().newCDPSession(p);
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'document.querySelector("#local-graph svg")' });
    const { nodes: axLinks } = await cdp.send('Accessibility.queryAXTree', { objectId: result.objectId!, role: 'link' });
    expect(axLinks.map((n) => [n.name?.value, n.description?.value ?? ''])).toEqual(titles.map((t, i) => [t, clustersOfNodes[i]]));
    await cdp.detach();
    // No Tab stop in the drawing: the lists under it hold the same papers and concepts (review 41 finding 12).
    await p.locator('body').focus();
    let inGraph = 0;
    for (let stop = 0; stop < 120; stop++) {
      await p.keyboard.press('Tab');
      if (await p.evaluate(() => !!document.activeElement?.closest('#local-graph'))) inGraph++;
    }
    expect(inGraph).toBe(0);

    const bibtex = p.locator('textarea.bibtex[readonly]');
    expect(await bibtex.inputValue()).toMatch(/^@(misc|article)\{[a-z0-9]+,\n\s+title\s+= \{\{/);

    // The way from the local graph into the explorer, with this paper selected.
    const toGraph = p.locator('.graph-link a');
    const graphUrl = new URL((await hrefsIn(p, '.graph-link a'))[0]!);
    expect(graphUrl.pathname).toBe(`${site.basePath}graph/`);
    expect(graphUrl.searchParams.get('node')).toBe(`p:${new URL(p.url()).pathname.split('/').at(-2)}`);
    expect(await toGraph.count()).toBe(1);

    // Open Graph and description.
    expect(await p.locator('meta[property="og:title"]').getAttribute('content')).toBeTruthy();
    expect(await p.locator('meta[property="og:type"]').getAttribute('content')).toBe('article');
    expect((await p.locator('meta[name="description"]').getAttribute('content'))!.length).toBeGreaterThan(20);
    await p.close();
    await page.close();
  });

  it('leads from a paper whose record has no link to searches for it by title, and says what the record lacks (review 41 finding 5)', async () => {
    // The bundled listing gives titles and abstracts only: no DOI, URL, authors or year.
    const id = 'vintix-action-model-via-in-context-reinforcement-learning';
    expect(builtIds('papers')).toContain(id);
    const p = await open(`papers/${id}/`);
    const title = (await p.locator('main h1').innerText()).replace(/\s+/g, ' ').trim();
    const find = p.locator('.paper__find a');
    expect(await find.allInnerTexts()).toEqual(['Google Scholar', 'Semantic Scholar', 'arXiv']);
    const hosts: string[] = [];
    for (const link of await find.all()) {
      // Links, as the page's other external links: no opener, no referrer; the page asks nothing of them.
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
      const url = new URL((await link.getAttribute('href'))!);
      expect(url.protocol).toBe('https:');
      hosts.push(url.hostname);
      expect(url.searchParams.get(url.hostname === 'arxiv.org' ? 'query' : 'q')).toBe(title);
    }
    expect(hosts).toEqual(['scholar.google.com', 'www.semanticscholar.org', 'arxiv.org']);
    expect(await p.locator('.paper__find').innerText()).toMatch(/^Find this paper/);
    expect(await p.locator('.paper__header').innerText()).toContain('No authors or year in the source record.');
    expect(await p.locator('textarea.bibtex').inputValue()).toMatch(/^ {2}note += \{Incomplete record: no authors or year in the source\}$/m);
    await p.close();
  });

  it('renders inline math in titles as MathML, never as raw dollars', async () => {
    const withMath = builtIds('papers').filter((id) =>
      /<h1[^>]*>(?:(?!<\/h1>).)*<math/s.test(readFileSync(join(site.outDir, 'papers', id, 'index.html'), 'utf8')),
    );
    // The bundled corpus has titles such as "UR$^2$: ..." and "Med-R$^3$: ...".
    expect(withMath.length).toBeGreaterThan(0);
    const page = await open(`papers/${withMath[0]}/`);
    expect(await page.locator('main h1').innerText()).not.toContain('$');
    const box = await page.locator('main h1 math').first().boundingBox();
    expect(box?.width).toBeGreaterThan(0);
    expect(await page.title()).not.toContain('$');
    await page.close();
  });

  it('names a title\'s formula in headings and links as the page title reads it: "UR²", not "UR :" (review 19 M4)', async () => {
    const withMath = builtIds('papers').filter((id) =>
      /<h1[^>]*>(?:(?!<\/h1>).)*<math/s.test(readFileSync(join(site.outDir, 'papers', id, 'index.html'), 'utf8')),
    );
    expect(withMath.length).toBeGreaterThan(0);
    const siteTitle = async (page: Page) => (await page.title()).replace(/ · [^·]*$/, '');
    for (const id of withMath) {
      const page = await open(`papers/${id}/`);
      const plain = await siteTitle(page);
      expect(await accessibleName(page, page.locator('main h1')), `h1 of ${id}`).toBe(plain);
      // Every link to this paper whose text holds the formula, on a page that links it (related cards, cluster walk).
      const linking = builtIds('papers').find((other) => other !== id && readFileSync(join(site.outDir, 'papers', other, 'index.html'), 'utf8').includes(`href="${site.basePath}papers/${id}/"`));
      if (linking) {
        const from = await open(`papers/${linking}/`);
        const links = from.locator(`main a[href="${site.basePath}papers/${id}/"]:has(math)`);
        for (let i = 0; i < (await links.count()); i++) {
          // The cluster walk's link says "Next in cluster →" first.
          expect(await accessibleName(from, links.nth(i)), `link to ${id} on ${linking}`).toMatch(new RegExp(`(^|→ )${plain.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
        }
        await from.close();
      }
      await page.close();
    }
  });

  it('puts "On this page" right after the title in Tab order, drawn in the right-hand column (review 19 M2: Cite was Tab stop 88, the nav 91–95)', async () => {
    const page = await open(`papers/${builtIds('papers')[0]}/`);
    const toc = page.locator('nav[aria-label="On this page"]');
    const [h1, box] = [await page.locator('main h1').boundingBox(), await toc.boundingBox()];
    expect(box!.x).toBeGreaterThan(h1!.x + 600);
    // From the skip link into main, the page's own links come first: the breadcrumb, then the nav's.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const stops: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      stops.push(await page.evaluate(() => (document.activeElement as HTMLElement).innerText.trim()));
    }
    expect(stops.indexOf('Cite (BibTeX)'), stops.join(' | ')).toBeGreaterThan(-1);
    expect(stops.indexOf('Cite (BibTeX)')).toBeLessThan(5);
    // Still in view beside the text at the foot of the page.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const low = await toc.boundingBox();
    expect(low!.y).toBeGreaterThanOrEqual(0);
    expect(low!.y + low!.height).toBeLessThanOrEqual(900);
    await page.close();
  });

  it('selects the BibTeX and nothing else with Ctrl+A from the keyboard (review 19 M3: the whole page)', async () => {
    const page = await open(`papers/${builtIds('papers')[0]}/`);
    const bibtex = page.locator('.cite textarea.bibtex');
    await bibtex.focus();
    await page.keyboard.press('Control+a');
    const [selected, value, active] = await bibtex.evaluate((t: HTMLTextAreaElement) => [t.value.slice(t.selectionStart, t.selectionEnd), t.value, document.activeElement === t]);
    expect(active).toBe(true);
    expect(selected).toBe(value);
    expect(value).toMatch(/^@\w+\{/);
    expect(await page.evaluate(() => String(document.getSelection()).length)).toBe(value.length);
    // Named by its heading, and as tall as its text: no scrolling inside it.
    expect(await accessibleName(page, bibtex)).toBe('Cite');
    expect(await bibtex.evaluate((t) => t.scrollHeight - t.clientHeight)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('selects the whole BibTeX on a click, a tap or Tab into the Cite box, and a dragged part on a drag (review 19 M3)', async () => {
    const path = `papers/${builtIds('papers')[0]}/`;
    /** What the page has selected, in the box and as the document's selection, and whether the box has focus. */
    const selectionIn = (box: Locator) =>
      box.evaluate((t: HTMLTextAreaElement) => ({
        inBox: t.value.slice(t.selectionStart, t.selectionEnd),
        document: String(document.getSelection()),
        focused: document.activeElement === t,
        value: t.value,
      }));
    const page = await open(path);
    const box = page.locator('.cite textarea.bibtex');
    await box.scrollIntoViewIfNeeded();
    const area = (await box.boundingBox())!;
    // A plain click in the middle of the text.
    await page.mouse.click(area.x + area.width / 2, area.y + area.height / 2);
    const clicked = await selectionIn(box);
    expect(clicked.value).toMatch(/^@\w+\{/);
    expect(clicked).toEqual({ inBox: clicked.value, document: clicked.value, focused: true, value: clicked.value });
    // A drag across part of the first line selects that part: over the selected text (which would drag the
    // text away), and into the box before it has focus.
    const drag = async () => {
      await page.mouse.move(area.x + 24, area.y + 26);
      await page.mouse.down();
      await page.mouse.move(area.x + 120, area.y + 26, { steps: 5 });
      await page.mouse.up();
      const dragged = await selectionIn(box);
      expect(dragged.inBox.length).toBeGreaterThan(0);
      expect(dragged.inBox.length).toBeLessThan(dragged.value.length);
      expect(dragged.value.split('\n')[0]).toContain(dragged.inBox);
    };
    await drag();
    await page.locator('h1').click();
    expect(await box.evaluate((t) => document.activeElement === t)).toBe(false);
    await drag();
    // Tab into the box from the link before it.
    await page.locator('section[aria-labelledby="related-heading"] a').last().focus();
    await page.keyboard.press('Tab');
    const tabbed = await selectionIn(box);
    expect(tabbed).toEqual({ inBox: tabbed.value, document: tabbed.value, focused: true, value: tabbed.value });
    // The hint says so.
    expect(await page.locator('#cite-hint').textContent()).toMatch(/a click, a tap or Tab into the box selects all of it/);
    await page.close();

    // A tap on a phone.
    const phone = await web.browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const onPhone = await open(path, phone);
    const phoneBox = onPhone.locator('.cite textarea.bibtex');
    await phoneBox.tap();
    const tapped = await selectionIn(phoneBox);
    expect(tapped).toEqual({ inBox: tapped.value, document: tapped.value, focused: true, value: tapped.value });
    await phone.close();
  });

  it('marks the local graph\'s middle node, the page itself, as the current page (review 19 L6)', async () => {
    for (const path of [`papers/${builtIds('papers')[0]}/`, `concepts/${builtIds('concepts')[0]}/`]) {
      const page = await open(path);
      const current = await page.$$eval('#local-graph a[aria-current]', (as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('aria-current')]));
      expect(current, path).toEqual([[`${site.basePath}${path}`, 'page']]);
      await page.close();
    }
  });

  it('walks a cluster with previous/next links', async () => {
    const papers = builtIds('papers');
    let page: Page | undefined;
    for (const id of papers) {
      const html = readFileSync(join(site.outDir, 'papers', id, 'index.html'), 'utf8');
      if (html.includes('rel="next"')) {
        page = await open(`papers/${id}/`);
        break;
      }
    }
    expect(page, 'some paper has a next paper in its cluster').toBeDefined();
    const next = page!.locator('a[rel="next"]');
    const nextTitle = (await next.locator('span').last().innerText()).trim();
    await Promise.all([page!.waitForURL(/\/papers\/[^/]+\/$/), next.click()]);
    expect((await page!.locator('main h1').innerText()).trim()).toBe(nextTitle);
    expect(await page!.locator('a[rel="prev"]').count()).toBe(1);
    await page!.close();
  });

  it('lists every paper once on the pages of /papers/, in its cluster, and every concept once on /concepts/', async () => {
    const papers = await walkList('papers', 'main .paper-card h3 a', 'nav.cluster-index a', 'main section.paper-group > h2');
    expect([...papers.listed].sort()).toEqual(builtIds('papers'));
    expect(new Set(papers.listed).size).toBe(papers.listed.length);
    if (!process.env.ATLAS_E2E_DIST) expect(papers.sizes.length).toBe(Math.ceil(papers.listed.length / E2E_PAPERS_PER_PAGE));

    const concepts = await walkList('concepts', 'main .az-list a', 'nav.letters a', 'main section.letter-group > h3');
    expect([...concepts.listed].sort()).toEqual(builtIds('concepts'));
    expect(new Set(concepts.listed).size).toBe(concepts.listed.length);
    if (!process.env.ATLAS_E2E_DIST) expect(concepts.sizes.length).toBe(Math.ceil(concepts.listed.length / E2E_CONCEPTS_PER_PAGE));
    if (site.contentDir && existsSync(join(site.contentDir, 'concepts.json'))) {
      const registry = JSON.parse(readFileSync(join(site.contentDir, 'concepts.json'), 'utf8')) as Array<{ id: string }>;
      expect([...concepts.listed].sort()).toEqual(registry.map((c) => c.id).sort());
    }
    // By frequency, on the first page: most frequent first.
    const first = await open('concepts/');
    const counts = await first.$$eval('.freq-list li .meta', (els) => els.map((e) => Number.parseInt(e.textContent ?? '', 10)));
    expect(counts.length).toBeGreaterThan(0);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await first.close();
  });

  it("lists under a cluster's heading only the papers its name is true of, and the others under their own heading (graph.json offName)", () => {
    const graphFile = site.contentDir ? join(site.contentDir, 'graph.json') : '';
    if (process.env.ATLAS_E2E_DIST && !existsSync(graphFile)) return;
    const graph = JSON.parse(readFileSync(graphFile, 'utf8')) as { papers: { nodes: Array<{ id: string; offName?: true }> } };
    const off = new Set(graph.papers.nodes.filter((n) => n.offName === true).map((n) => n.id));
    expect(off.size, "some paper its cluster's name is not true of").toBeGreaterThan(0);
    const listPages = ['papers/index.html', ...(existsSync(join(site.outDir, 'papers', 'page')) ? readdirSync(join(site.outDir, 'papers', 'page')).map((n) => `papers/page/${n}/index.html`) : [])];
    const named: string[] = [];
    const linked: string[] = [];
    const cards = (html: string) => [...html.matchAll(/<h3 class="paper-card__title"[^>]*>[\s\S]*?<a href="([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!).replace(/\/$/, '').split('/').pop()!);
    for (const file of listPages) {
      const html = readFileSync(join(site.outDir, file), 'utf8');
      for (const [, key, body] of html.matchAll(/<section aria-labelledby="([^"]+)" class="paper-group"[^>]*>([\s\S]*?)<\/section>/g)) {
        const [before, after = ''] = body!.split(`id="${key}-linked"`);
        named.push(...cards(before!));
        linked.push(...cards(after));
        if (after) expect(after, `${file} ${key}`).toMatch(/^[^>]*>Also linked into this cluster/);
      }
    }
    expect(named.length + linked.length).toBe(builtIds('papers').length);
    expect(named.filter((id) => off.has(id)), 'listed under the heading of a name not true of them').toEqual([]);
    expect(linked.sort()).toEqual([...off].sort());
  });

  it('says what the code does: clusters named by their most typical concepts, concepts counted by papers, papers A–Z in each cluster, search over papers', async () => {
    const home = await open('');
    const naming = home.locator('section[aria-labelledby="clusters-heading"] p.muted').first();
    expect(await naming.innerText()).toMatch(/named by the concepts most typical of them/);
    // One short line; the rules sit in a details element a reader opens (review 41: one sentence of 60 words).
    expect((await naming.innerText()).length).toBeLessThan(120);
    const rules = home.locator('section[aria-labelledby="clusters-heading"] details');
    expect((await rules.locator('summary').innerText()).trim()).toBe('How the groups are named');
    expect(await rules.locator('li').first().textContent()).toMatch(/a fifth of the group's papers or more/);
    // The cloud is ordered by how many papers carry each concept (src/pages/index.astro), and says so.
    expect((await home.locator('#concepts-heading').innerText()).trim()).toBe('Most frequent concepts');
    const counts = await home.$$eval('.concept-cloud .count', (els) => els.map((e) => Number(e.textContent)));
    expect(counts.length).toBeGreaterThan(0);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // Review 21 finding 9: the link count is the collection's (links.csv's rows), the drawn ones said apart.
    const links = readFileSync(join(site.outDir, 'api', 'links.csv'), 'utf8').trimEnd().split('\r\n').slice(1);
    const drawn = links.filter((line) => line.endsWith(',true')).length;
    expect(drawn).toBeLessThan(links.length);
    const stat = (await home.locator('.stat-row li').filter({ hasText: 'links between papers' }).innerText()).replace(/\s+/g, ' ').trim();
    expect(stat).toBe(`${links.length} links between papers (${drawn} drawn in the graph)`);
    await home.close();
    const papers = await open('papers/');
    // A sentence after an expression on its own source line (Astro drops that line break): "work. Each", not "work.Each".
    // Where some cluster's name is not true of all its papers, those come after the others (src/lib/site/paper-list.ts).
    expect(await papers.locator('main p.lede').first().innerText()).toMatch(/related work\. Each cluster lists (its papers A–Z by title|A–Z by title the papers its name describes, then any others linked into it)/);
    await papers.close();
    // Concept pages are not in the search index (scripts/lib/post-build.ts): the page must not promise them.
    const searchHtml = readFileSync(join(site.outDir, 'search', 'index.html'), 'utf8');
    const status = /class="search-page__status[^"]*"[^>]*>([^<]*)</.exec(searchHtml)?.[1]?.replace(/\s+/g, ' ').trim();
    expect(status).toMatch(/^Type to search the titles and abstracts of every paper; a concept named like your query is listed too, through the papers that carry it\./);
  });

  it('has a sitemap of every paper and concept page under the base path, without the 404 page', () => {
    const index = readFileSync(join(site.outDir, 'sitemap-index.xml'), 'utf8');
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(maps.length).toBeGreaterThan(0);
    const pages = maps.flatMap((path) => {
      expect(path.startsWith(site.basePath)).toBe(true);
      const xml = readFileSync(join(site.outDir, path.slice(site.basePath.length)), 'utf8');
      return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    });
    expect(pages).toContain(site.basePath);
    expect(idsLinked(pages.map((p) => `http://x${p}`), 'papers')).toEqual(builtIds('papers'));
    expect(idsLinked(pages.map((p) => `http://x${p}`), 'concepts')).toEqual(builtIds('concepts'));
    expect(pages.some((p) => p.includes('404'))).toBe(false);
  });

  it('keeps every link inside the base path', async () => {
    for (const path of ['', 'papers/', 'concepts/', `papers/${builtIds('papers')[0]}/`, `concepts/${builtIds('concepts')[0]}/`]) {
      const page = await open(path);
      const hrefs = await hrefsIn(page, 'a[href]');
      for (const href of hrefs) {
        const url = new URL(href);
        if (url.origin !== web.server.origin) {
          expect(url.protocol, `${path}: ${href}`).toMatch(/^https?:$/);
          continue;
        }
        expect(url.pathname.startsWith(site.basePath), `${path}: ${href}`).toBe(true);
      }
      await page.close();
    }
  });

  it('ships no script of its own on paper and concept pages', async () => {
    // Compared in the DOM, not the HTML text: an abstract may well contain the characters `<script`.
    const scriptsOn = async (path: string) => {
      const page = await open(path);
      const scripts = await page.$$eval('script', (els) =>
        els.map((s) => (s as HTMLScriptElement).src || `inline ${(s as HTMLScriptElement).type || 'classic'}`).sort(),
      );
      await page.close();
      return scripts;
    };
    const layoutOnly = await scriptsOn('papers/');
    for (const section of ['papers', 'concepts'] as const) {
      expect(await scriptsOn(`${section}/${builtIds(section)[0]}/`), section).toEqual(layoutOnly);
    }
  });

  it('keeps scoped-style attributes off the markup repeated on every page (header, footer, paper and concept pages)', async () => {
    // Astro puts a data-astro-cid attribute on every element of a component with scoped styles: on these
    // parts that was a sixth of all HTML at 10,000 papers.
    const attributed = async (path: string, selector: string) => {
      const page = await open(path);
      const count = await page.$$eval(`${selector}, ${selector} *`, (els) => els.filter((el) => el.getAttributeNames().some((n) => n.startsWith('data-astro-cid-'))).length);
      const present = await page.locator(selector).count();
      await page.close();
      return { present: present > 0, count };
    };
    const paper = builtIds('papers').find((id) => readFileSync(join(site.outDir, 'papers', id, 'index.html'), 'utf8').includes('related-list'));
    expect(paper).toBeDefined();
    for (const selector of ['.site-header', '.site-footer', '.paper-layout', '.related-list', '.local-graph']) expect(await attributed(`papers/${paper}/`, selector), selector).toEqual({ present: true, count: 0 });
    const concept = builtIds('concepts')[0];
    expect(await attributed(`concepts/${concept}/`, 'article.concept'), 'concept page').toEqual({ present: true, count: 0 });
  });

  it('answers a missing page with the 404 page, whose links lead back into the site', async () => {
    const page = await web.context.newPage();
    const problems = watchPage(page, web.server.origin);
    const response = await page.goto(`${web.server.url}no/such/page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('main h1').innerText()).toMatch(/not found/i);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    await Promise.all([page.waitForURL(web.server.url), page.locator('main a', { hasText: 'Home' }).click()]);
    expect(await page.locator('main h1').count()).toBe(1);
    // The 404 response itself is expected; nothing else may fail.
    expect(problems.failedRequests.filter((r) => !r.includes('/no/such/page/'))).toEqual([]);
    expect([...problems.consoleErrors.filter((e) => !e.includes('404')), ...problems.pageErrors, ...problems.foreignRequests]).toEqual([]);
    await page.close();
  });

  it('follows the system theme: light and dark differ and both are readable', async () => {
    const colours: Record<string, { bg: string; fg: string }> = {};
    for (const scheme of ['light', 'dark'] as const) {
      const ctx = await web.browser.newContext({ colorScheme: scheme });
      const page = await open('', ctx);
      colours[scheme] = await page.evaluate(() => ({
        bg: getComputedStyle(document.body).backgroundColor,
        fg: getComputedStyle(document.body).color,
      }));
      await ctx.close();
    }
    expect(colours.light!.bg).not.toBe(colours.dark!.bg);
    const luminance = (rgb: string) => {
      const [r, g, b] = rgb.match(/\d+/g)!.map(Number) as [number, number, number];
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    };
    expect(luminance(colours.light!.bg)).toBeGreaterThan(luminance(colours.light!.fg));
    expect(luminance(colours.dark!.bg)).toBeLessThan(luminance(colours.dark!.fg));
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const phone = await web.browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    // The biggest paper page has the longest title, abstract and related list: the likeliest to overflow.
    const biggest = builtIds('papers')
      .map((id) => ({ id, size: statSync(join(site.outDir, 'papers', id, 'index.html')).size }))
      .sort((a, b) => b.size - a.size)[0]!.id;
    for (const path of ['', 'papers/', 'concepts/', `papers/${builtIds('papers')[0]}/`, `papers/${biggest}/`, `concepts/${builtIds('concepts')[0]}/`]) {
      const page = await open(path, phone);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path || '/'} is wider than the screen`).toBeLessThanOrEqual(0);
      await page.close();
    }
    await phone.close();
  });

  it('leaves the mini-graph out on a phone, where its labels were 5 px high, and draws it readable on a wider screen (review 19 M6)', async () => {
    const paper = builtIds('papers').find((id) => readFileSync(join(site.outDir, 'papers', id, 'index.html'), 'utf8').includes('id="local-graph"'))!;
    const concept = builtIds('concepts').find((id) => readFileSync(join(site.outDir, 'concepts', id, 'index.html'), 'utf8').includes('id="local-graph"'))!;
    for (const [width, shown] of [[360, false], [1280, true]] as const) {
      const ctx = await web.browser.newContext({ viewport: { width, height: 800 } });
      for (const path of [`papers/${paper}/`, `concepts/${concept}/`]) {
        const page = await open(path, ctx);
        expect(await page.locator('#local-graph').isVisible(), `${path} at ${width} px`).toBe(shown);
        // The same neighbours stay listed as text.
        expect(await page.locator(path.startsWith('papers') ? '.related-list' : '#papers-heading').isVisible()).toBe(true);
        if (shown) {
          const label = await page.locator('#local-graph .ring-1 text').first().boundingBox();
          expect(label!.height, 'a neighbour’s label, in CSS pixels').toBeGreaterThanOrEqual(10);
        }
        await page.close();
      }
      await ctx.close();
    }
  });

  // Its own time limit: it opens every concept page with a mini-graph (178 of the bundled corpus's), which took
  // 98 s of the default 120 under three busy loops on a loaded two-core machine (35 s without the loops).
  it("draws no mini-graph label over another or over another node's mark, as Chromium lays the text out", { timeout: 360_000 }, async () => {
    // The concept pages, whose graphs have two rings: on the bundled corpus's DPO page, papers' labels on the inner
    // ring ran across the outer ring's "Continuous control" and "Large language…" and their squares.
    const page = await web.context.newPage();
    allProblems.push(watchPage(page, web.server.origin));
    const found: string[] = [];
    for (const id of builtIds('concepts')) {
      const path = `concepts/${id}/`;
      if (!readFileSync(join(site.outDir, path, 'index.html'), 'utf8').includes('id="local-graph"')) continue;
      await page.goto(`${web.server.url}${path}`, { waitUntil: 'load' });
      // Boxes in the drawing's units: a label's getBBox spans its font's whole ascent and descent, so boxes may
      // touch (by under half a unit) where the glyphs are well apart.
      found.push(
        ...(await page.$$eval('#local-graph svg a', (links) => {
          const box = (e: Element | null) => {
            if (!e) return undefined;
            const r = (e as SVGGraphicsElement).getBBox(); // an SVGRect: no right or bottom
            return { left: r.x, top: r.y, right: r.x + r.width, bottom: r.y + r.height };
          };
          const nodes = links.map((a) => ({ name: a.querySelector('title')!.textContent!, label: box(a.querySelector('text')), mark: box(a.querySelector('circle, rect'))! }));
          const apart = (p: { left: number; top: number; right: number; bottom: number }, q: typeof p) => p.right <= q.left + 0.5 || q.right <= p.left + 0.5 || p.bottom <= q.top + 0.5 || q.bottom <= p.top + 0.5;
          const hits: string[] = [];
          nodes.forEach((a, i) => {
            if (!a.label) return;
            nodes.forEach((b, j) => {
              if (j !== i && !apart(a.label!, b.mark)) hits.push(`${a.name} over the mark of ${b.name}`);
              if (j > i && b.label && !apart(a.label!, b.label)) hits.push(`${a.name} × ${b.name}`);
            });
          });
          return hits;
        })).map((hit) => `${path}: ${hit}`),
      );
    }
    expect(found).toEqual([]);
    await page.close();
  });

  it('names the cluster of every coloured mark of a paper page, on a phone and a wide screen, with no hover (review 19 M5)', async () => {
    // A paper whose related papers come from more than one cluster.
    const paper = builtIds('papers').find((id) => {
      const html = readFileSync(join(site.outDir, 'papers', id, 'index.html'), 'utf8');
      return html.includes('id="local-graph"') && html.includes('id="ckey1"');
    });
    expect(paper).toBeDefined();
    for (const width of [360, 1280]) {
      const ctx = await web.browser.newContext({ viewport: { width, height: 800 } });
      const page = await open(`papers/${paper}/`, ctx);
      const key = page.locator('.cluster-key');
      expect(await key.isVisible(), `the key at ${width} px`).toBe(true);
      // Colour → name, as the key shows them, each colour once and each name once.
      const entries = await key.locator('[id^="ckey"]').evaluateAll((spans) =>
        spans.map((s) => ({ id: s.id, color: s.querySelector('circle')!.getAttribute('fill')!, name: s.textContent!.trim() })),
      );
      expect(new Set(entries.map((e) => e.color)).size).toBe(entries.length);
      expect(new Set(entries.map((e) => e.name)).size).toBe(entries.length);
      expect(entries.every((e) => e.name.length > 0)).toBe(true);
      // "…, by its links" where its cluster's name is not true of it (review 41 finding 2).
      expect(await key.innerText()).toMatch(/^Cluster colours: \S.* \(this paper’s(?:, by its links)?\)/);
      const nameOf = new Map(entries.map((e) => [e.color, e.name]));
      // Every card's dot has its colour named in the key; a card of another cluster names it too.
      const cards = await page.$$eval('.related-list > li', (lis) =>
        lis.map((li) => ({ color: li.querySelector('.swatch circle')!.getAttribute('fill')!, text: (li as HTMLElement).innerText })),
      );
      const own = entries[0]!;
      for (const card of cards) {
        expect(nameOf.has(card.color), card.text).toBe(true);
        if (card.color !== own.color && nameOf.get(card.color) !== 'No cluster') expect(['In', 'Linked into'].some((w) => card.text.includes(`${w} the cluster ${nameOf.get(card.color)}`)), card.text).toBe(true);
      }
      // Every node of the mini-graph is described by the key's entry of its own colour.
      const nodes = await page.$$eval('#local-graph svg a', (as) =>
        as.map((a) => ({ color: a.querySelector('circle, rect')!.getAttribute('fill')!, describedBy: a.getAttribute('aria-describedby') })),
      );
      expect(nodes.length).toBeGreaterThan(1);
      for (const node of nodes) expect(entries.find((e) => e.id === node.describedBy)?.color).toBe(node.color);
      await page.locator('.cluster-key').scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, -120));
      await page.screenshot({ path: `/tmp/page21-cluster-key-${width}.png` });
      await page.close();
      await ctx.close();
    }
  });

  it('wraps a title or a tag that is one 270-character word wherever one is shown', async () => {
    // A paper with both neighbours in its cluster and related papers shows a title in every place one goes.
    const paper = builtIds('papers').find((id) => {
      const html = readFileSync(join(site.outDir, 'papers', id, 'index.html'), 'utf8');
      return html.includes('cluster-nav__prev') && html.includes('cluster-nav__next') && html.includes('related-list');
    })!;
    expect(paper).toBeDefined();
    // Tags too: a keyword made of one long word widened the page to 2,640 px on a phone.
    const titles = 'h1, .cluster-nav a > span:last-child, .related-list h3 a, .paper-card__title a, .paper__byline, .tags .tag';
    for (const width of [1280, 375]) {
      const ctx = await web.browser.newContext({ viewport: { width, height: 900 } });
      for (const path of [`papers/${paper}/`, 'papers/', `concepts/${builtIds('concepts')[0]}/`]) {
        const page = await open(path, ctx);
        const replaced = await page.evaluate((selector) => {
          const word = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(6);
          const elements = [...document.querySelectorAll(selector)];
          for (const el of elements) el.textContent = word;
          return elements.length;
        }, titles);
        expect(replaced, path).toBeGreaterThan(0);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} at ${width} px is wider than the screen`).toBeLessThanOrEqual(0);
        await page.close();
      }
      await ctx.close();
    }
  });

  it('had no console error, failed request, foreign request, page error or dialog on any page visited', () => {
    expect(allProblems.length).toBeGreaterThan(5);
    expect(mergeProblems(allProblems)).toEqual(noProblems());
  });
});
