/**
 * Old page paths after a re-run moved the pages, in Chromium under /paper-atlas/: a paper whose title was
 * corrected and a concept merged under a new first phrase. The old paths lead to the new pages, with no
 * request outside the site, and the redirect pages are neither searched nor in the sitemap.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, type BuiltSite } from '../support/build-site';
import { watchPage } from '../support/browser';
import { servedChromium } from '../support/served-chromium';

const BASE = '/paper-atlas/';
const OLD_SLUG = 'chemdfm-r-an-chemical-reasoner-llm-enhanced-with-atomized-chemical-knowledge';
const NEW_TITLE = 'A Retitled Chemical Reasoner';
const NEW_SLUG = 'a-retitled-chemical-reasoner';

let site: BuiltSite & { log: string };

beforeAll(async () => {
  const records = readFileSync(join(ROOT, 'test/fixtures/runs/ten-papers.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { title: string });
  const first = buildSite({ name: 'moved-pages', basePath: BASE, input: [join(ROOT, 'test/fixtures/runs/ten-papers.jsonl')] });
  const input = join(first.contentDir, '..', 'retitled.jsonl');
  writeFileSync(input, records.map((r, i) => JSON.stringify(i === 0 ? { ...r, title: NEW_TITLE } : r)).join('\n') + '\n');
  writeFileSync(join(first.contentDir, 'concepts.yaml'), 'merge:\n  - [reward signal, reward model]\n');
  site = buildSite({ name: 'moved-pages', basePath: BASE, input: [input], rerun: true });
}, 300_000);

// After the build above: hooks run in the order they are registered.
const web = servedChromium({ site: () => site, context: {} });

describe('a page a re-run moved', () => {
  it.each([
    ['paper', `papers/${OLD_SLUG}/`, `papers/${NEW_SLUG}/`, NEW_TITLE],
    ['concept', 'concepts/reward-model/', 'concepts/reward-signal/', 'Reward signal'],
  ])('its old %s path leads to the new page, on the site only', async (_kind, from, to, heading) => {
    const page = await web.context.newPage();
    const problems = watchPage(page, web.server.origin);
    await page.goto(`${web.server.url}${from}`);
    await page.waitForURL(`${web.server.url}${to}`);
    expect((await page.locator('main h1').innerText()).trim().toLowerCase()).toContain(heading.toLowerCase());
    expect(problems.foreignRequests).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    await page.close();
  });

  it('says in plain text where the page went, and is not indexed', async () => {
    const html = readFileSync(join(site.outDir, 'papers', OLD_SLUG, 'index.html'), 'utf8');
    expect(html).toContain(`<meta http-equiv="refresh" content="0;url=${BASE}papers/${NEW_SLUG}/">`);
    expect(html).toContain(`to <code>${BASE}papers/${NEW_SLUG}/</code>`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('data-pagefind-body');
    // Pagefind indexed the ten paper pages, not the redirect among them; the sitemap lists no old path.
    expect(site.log).toMatch(/search index: 10 pages\b/);
    const sitemap = readFileSync(join(site.outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).not.toContain(OLD_SLUG);
    expect(sitemap).not.toContain('concepts/reward-model/');
    expect(sitemap).toContain(`${BASE}papers/${NEW_SLUG}/`);
  });
});
