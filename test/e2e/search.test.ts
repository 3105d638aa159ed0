/**
 * Search in Chromium on the built seed site under a non-root base path (/paper-atlas/): the header box,
 * concept filters, abbreviation ↔ long-form expansion from the concept registry, the empty state, the
 * graph's full-text find, and what the first search costs in bytes.
 *
 * Queries are chosen from the built content (concepts.json and the paper files), not written in here,
 * so the test follows whatever corpus the site was built from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import matter from 'gray-matter';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { conceptsFileSchema, graphFileSchema, paperFrontmatterSchema, type ConceptEntry, type PaperFrontmatter } from '../../src/lib/content/schema';
import { stemmer } from 'stemmer';
import { normaliseForm } from '../../src/lib/search/aliases';
import { authorLine } from '../../src/lib/site/author-line';
import { stemmerTakesS } from '../../src/lib/search/acronym-query';
import { editDistance } from '../../src/lib/search/did-you-mean';
import { METHOD_WORDS } from '../../src/lib/concepts/method-words';
import { watchPage, type PageProblems } from '../support/browser';
import { serveStatic } from '../support/static-server';
import { servedChromium } from '../support/served-chromium';

const { seed, hostile } = inject('sites');

const concepts: ConceptEntry[] = conceptsFileSchema.parse(JSON.parse(readFileSync(join(seed.contentDir, 'concepts.json'), 'utf8')));
const conceptById = new Map(concepts.map((c) => [c.id, c]));
const papers: PaperFrontmatter[] = readdirSync(join(seed.contentDir, 'papers'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => paperFrontmatterSchema.parse(matter(readFileSync(join(seed.contentDir, 'papers', f), 'utf8')).data));

/** The words of a paper page the index sees: title, abstract, and its concepts' other names (not their labels). */
function indexedWords(p: PaperFrontmatter): string {
  const names = p.concepts.flatMap((id) => {
    const c = conceptById.get(id);
    return c ? [c.abbreviation ?? '', ...c.aliases] : [];
  });
  return ` ${normaliseForm([p.title, p.abstract, ...names].join(' '))} `;
}
/** Paper rows the header's dropdown shows (src/client/search/search-box.ts). */
const HEADER_ROWS = 5;
const has = (words: string, form: string) => words.includes(` ${normaliseForm(form)} `);
/** Would Pagefind match the query on these words by itself? It wants every query word, as a word prefix. */
const matchesDirectly = (words: string, query: string) =>
  normaliseForm(query)
    .split(' ')
    .every((q) => words.includes(` ${q}`));

interface AliasCase {
  query: string;
  other: string;
  paper: PaperFrontmatter;
  /** Pages that contain the query itself: fewer means the expected paper is easier to see in the list. */
  competing: number;
}

/** A paper that contains one form of a concept and not the other, anywhere in its indexed text. */
function aliasCase(direction: 'abbreviation→long' | 'long→abbreviation'): AliasCase | undefined {
  const cases: AliasCase[] = [];
  for (const c of concepts) {
    if (!c.abbreviation || normaliseForm(c.abbreviation) === normaliseForm(c.label)) continue;
    const [query, other] = direction === 'abbreviation→long' ? [c.abbreviation, c.label] : [c.label, c.abbreviation];
    const words = papers.map((p) => ({ p, w: indexedWords(p) }));
    const competing = words.filter(({ w }) => matchesDirectly(w, query)).length;
    for (const { p, w } of words) {
      if (has(w, other) && !matchesDirectly(w, query)) cases.push({ query, other, paper: p, competing });
    }
  }
  return cases.sort((a, b) => a.competing - b.competing || a.paper.id.localeCompare(b.paper.id))[0];
}

const web = servedChromium({ site: seed, context: { serviceWorkers: 'block' } });
let page: Page;
let problems: PageProblems;

beforeAll(async () => {
  page = await web.context.newPage();
  problems = watchPage(page, web.server.origin);
});


const headerInput = (p: Page) => p.locator('#atlas-search-input');
const headerResults = (p: Page) => p.locator('#atlas-search-results .search-result');
const headerStatus = (p: Page) => p.locator('.atlas-search__status');

async function titlesOf(p: Page, selector: string): Promise<string[]> {
  return p.locator(selector).allTextContents();
}

/**
 * Waits until the widget has finished the search for exactly what its input holds (the widget records the
 * query its list shows in `data-searched`), so a result of an earlier keystroke is never mistaken for it.
 */
async function settled(p: Page, statusSelector: string): Promise<string> {
  const input = statusSelector.startsWith('.search-page') ? '#search-page-input' : '#atlas-search-input';
  await p.waitForFunction(
    ([inputSel, statusSel]) => {
      const box = document.querySelector<HTMLInputElement>(inputSel!);
      const status = document.querySelector(statusSel!)?.textContent ?? '';
      return box !== null && box.dataset.searched === box.value.trim() && box.value.trim() !== '' && !/Searching/.test(status);
    },
    [input, statusSelector],
    { timeout: 30_000 },
  );
  return (await p.locator(statusSelector).textContent()) ?? '';
}

function resultCount(status: string): number {
  const m = /(\d+) results?/.exec(status);
  return m ? Number(m[1]) : 0;
}

/** Every word of a paper page as search compares words, in how many papers, and whether two are a few edits apart. */
function spellingVocabulary() {
  const pageWords = papers.map((p) => {
    const names = p.concepts.flatMap((id) => {
      const c = conceptById.get(id);
      return c ? [c.label, c.abbreviation ?? '', ...c.aliases] : [];
    });
    return new Set(normaliseForm([p.title, ...p.authors, p.venue ?? '', ...(p.authorKeywords ?? []), p.abstract, ...names].join(' ')).split(' '));
  });
  const df = new Map<string, number>();
  for (const words of pageWords) for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
  const near = (a: string, b: string, max: number) => editDistance(a, b, max) <= max;
  return { df, vocabulary: [...df.keys()], near };
}

/**
 * A word of the papers with its last two letters swapped, "grapheen" for "graphene": no word of the papers starts
 * with it, it is near that word only, and the stem of another word starts it, which Pagefind answers it with.
 */
function foundTypo(): { word: string; typo: string } | undefined {
  const { vocabulary, near } = spellingVocabulary();
  return vocabulary
    .filter((word) => /^[a-z]{8,}$/.test(word))
    .map((word) => ({ word, typo: `${word.slice(0, -2)}${word.at(-1)}${word.at(-2)}` }))
    .filter(({ typo }) => stemmer(typo) === typo && !vocabulary.some((w) => w.startsWith(typo)))
    .filter(({ word, typo }) => vocabulary.some((w) => w !== word && /^[a-z]+$/.test(w) && stemmer(w).length > typo.length / 2 && typo.startsWith(stemmer(w))))
    .sort((a, b) => a.typo.localeCompare(b.typo))
    .find(({ typo }) => vocabulary.filter((w) => w.length >= 4 && near(typo, w, Math.max(1, Math.floor(typo.length / 4)))).length === 1);
}

describe('the index', () => {
  it('covers every paper page and nothing else (concept rows come from the papers found)', () => {
    const entry = JSON.parse(readFileSync(join(seed.outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
    expect(indexed).toBe(papers.length);
  });

  it("finds no paper by its cluster's name alone: the name is a filter, never searched text", async () => {
    const graph = graphFileSchema.parse(JSON.parse(readFileSync(join(seed.contentDir, 'graph.json'), 'utf8')));
    const clusterOf = new Map(graph.papers.nodes.map((n) => [n.id.replace(/^p:/, ''), n.cluster]));
    // Everything of a paper the index may hold, its concepts' names and its keywords included.
    // Pagefind also indexes the parts of a word written in camel case ("OSWorld" is "os" and "world" too).
    const everything = (p: PaperFrontmatter) => {
      const text = [p.title, p.abstract, ...p.authors, p.venue ?? '', ...(p.keywords ?? []), ...p.concepts.flatMap((id) => {
        const c = conceptById.get(id);
        return c ? [c.id, c.label, c.abbreviation ?? '', ...c.aliases] : [];
      })].join(' ');
      return normaliseForm(`${text} ${text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2')}`);
    };
    // A word of a cluster's name that some of its papers never say in any form: Pagefind stems the query and
    // takes it as a prefix, so a paper whose words all stem to something else cannot match it by its text.
    const saysIt = (p: PaperFrontmatter, stem: string) => everything(p).split(' ').some((w) => stemmer(w).startsWith(stem) || w.startsWith(stem));
    const cases = graph.clusters.flatMap((cluster) =>
      [...new Set(normaliseForm(cluster.label).split(' '))]
        .filter((w) => /^[a-z]{5,}$/.test(w))
        .map((word) => {
          const stem = stemmer(word);
          const silent = papers.filter((p) => clusterOf.get(p.id) === cluster.id && !saysIt(p, stem)).map((p) => p.id);
          return { word, silent };
        }),
    );
    const target = cases.sort((a, b) => b.silent.length - a.silent.length)[0];
    expect(target?.silent.length, 'a cluster name has a word some of its papers never say').toBeGreaterThan(0);
    // A page of its own: the shared page's health check would count the search worker it leaves loading.
    const own = await web.context.newPage();
    await own.goto(web.server.url);
    // A string, not a function: Vitest would rewrite a function's import() into a helper the page lacks.
    const found = (await own.evaluate(`(async () => {
      const pagefind = await import(${JSON.stringify(`${seed.basePath}pagefind/pagefind.js`)});
      const search = await pagefind.search(${JSON.stringify(target!.word)});
      const pages = await Promise.all(search.results.map((r) => r.data()));
      return pages.map((d) => d.url.replace(/\\/$/, '').split('/').pop());
    })()`)) as string[];
    await own.close();
    expect(found.length, `"${target!.word}" finds the papers that say it`).toBeGreaterThan(0);
    const wrong = target!.silent.filter((id) => found.includes(id));
    expect(wrong, `"${target!.word}" finds papers of the cluster that never say it`).toEqual([]);
  });

  it("labels a paper with its cluster only where the cluster's name is true of it, as its breadcrumb does (graph.json offName)", async () => {
    const graph = graphFileSchema.parse(JSON.parse(readFileSync(join(seed.contentDir, 'graph.json'), 'utf8')));
    const off = new Set(graph.papers.nodes.filter((n) => n.offName === true).map((n) => n.id));
    expect(off.size, 'some paper its cluster\'s name is not true of').toBeGreaterThan(0);
    const own = await web.context.newPage();
    await own.goto(web.server.url);
    // Each paper's `cluster` filter, which a result's line shows as cluster “…” (src/client/search/engine.ts).
    const labelled = (await own.evaluate(`(async () => {
      const pagefind = await import(${JSON.stringify(`${seed.basePath}pagefind/pagefind.js`)});
      const search = await pagefind.search(null, { filters: {} });
      const pages = await Promise.all(search.results.map((r) => r.data()));
      return pages.map((d) => [d.url.replace(/\\/$/, '').split('/').pop(), (d.filters.cluster ?? [])[0] ?? null]);
    })()`)) as Array<[string, string | null]>;
    await own.close();
    expect(labelled.length).toBe(papers.length);
    const label = new Map(graph.clusters.map((c) => [c.id, c.label]));
    const expected = graph.papers.nodes.map((n) => [n.id, off.has(n.id) ? null : (label.get(n.cluster) ?? null)]);
    expect(labelled.sort(([a], [b]) => a.localeCompare(b))).toEqual(expected.sort(([a], [b]) => String(a).localeCompare(String(b))));
  });
});

describe('header search box', () => {
  const busiest = [...concepts].sort((a, b) => b.df - a.df || a.id.localeCompare(b.id))[0]!;

  it('loads nothing for search, not even its UI script, until the reader starts searching', async () => {
    const requested: string[] = [];
    const finished: string[] = [];
    const onRequest = (r: { url(): string }) => requested.push(r.url());
    const onFinished = (r: { url(): string }) => finished.push(r.url());
    page.on('request', onRequest);
    page.on('requestfinished', onFinished);
    try {
      await page.goto(`${web.server.url}papers/${papers[0]!.id}/`);
      await page.waitForLoadState('load');
      await page.waitForTimeout(300);
      expect(requested.filter((u) => /\/pagefind\/|aliases\.json/.test(u))).toEqual([]);
      const scriptsBefore = requested.filter((u) => u.endsWith('.js')).length;
      await headerInput(page).focus();
      // Focus loads the search UI (a script the page had not fetched) and warms Pagefind up.
      await expect.poll(() => requested.filter((u) => u.endsWith('.js') && !u.includes('/pagefind/')).length).toBeGreaterThan(scriptsBefore);
      await expect.poll(() => finished.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
      await page.waitForLoadState('networkidle');
      // The alias map waits for a query that needs it (see the first-search test below).
      expect(requested.filter((u) => u.endsWith('/search/aliases.json'))).toEqual([]);
    } finally {
      page.off('request', onRequest);
      page.off('requestfinished', onFinished);
    }
  });

  it('opens with "/" and shows ranked results with highlighted excerpts as the reader types', async () => {
    await page.goto(`${web.server.url}papers/`);
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('atlas-search-input');
    await page.keyboard.type(busiest.label, { delay: 20 });
    const status = await settled(page, '.atlas-search__status');
    expect(resultCount(status)).toBeGreaterThan(1);
    const titles = await titlesOf(page, '#atlas-search-results .search-result__title');
    expect(titles.length).toBeGreaterThan(1);
    // A page titled exactly what was typed comes first (here: the concept's own page), and title words
    // weigh more than abstract words: the next hits name the term in their titles.
    expect(normaliseForm(titles[0]!), `top result for "${busiest.label}"`).toBe(normaliseForm(busiest.label));
    expect(await page.locator('#atlas-search-result-0 a').getAttribute('href')).toBe(`${seed.basePath}concepts/${busiest.id}/`);
    const want = normaliseForm(busiest.label).split(' ');
    expect(want.every((w) => normaliseForm(titles[1]!).includes(w)), `second result "${titles[1]}" for "${busiest.label}"`).toBe(true);
    expect(await page.locator('#atlas-search-results mark').count()).toBeGreaterThan(0);
    // A paper row's excerpt comes from the abstract: Pagefind's own would mostly repeat the title above it.
    const rows = await page.locator('#atlas-search-results .search-result').evaluateAll((els) =>
      els.map((e) => ({ title: e.querySelector('.search-result__title')?.textContent ?? '', excerpt: e.querySelector('.search-result__excerpt')?.textContent ?? '' })),
    );
    const paperRows = rows.filter((r) => r.excerpt !== '' && !r.excerpt.startsWith('Also written as'));
    expect(paperRows.length).toBeGreaterThan(1);
    for (const row of paperRows) expect(normaliseForm(row.excerpt), `excerpt of "${row.title}"`).not.toContain(normaliseForm(row.title));
  });

  it('moves through results with the arrow keys and opens one with Enter', async () => {
    const focusedResult = () => page.evaluate(() => document.activeElement?.closest('.search-result')?.id ?? document.activeElement?.id);
    await headerInput(page).press('ArrowDown');
    expect(await focusedResult()).toBe('atlas-search-result-0');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await focusedResult()).toBe('atlas-search-result-1');
    const href = await page.locator('#atlas-search-result-1 a').getAttribute('href');
    await Promise.all([page.waitForURL((u) => u.pathname === href), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(href);
  });

  it('opens with Ctrl-K and Escape closes it', async () => {
    await page.keyboard.press('Control+k');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('atlas-search-input');
    await page.keyboard.type('model');
    await settled(page, '.atlas-search__status');
    expect(await page.locator('[data-search-popup]').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-search-popup]').isVisible()).toBe(false);
  });

  it('narrows the results with a concept filter', async () => {
    await page.goto(`${web.server.url}search/?q=${encodeURIComponent(busiest.label.split(/\s+/)[0]!)}`);
    const before = resultCount(await settled(page, '.search-page__status'));
    const filter = page.locator('.search-page__filters button[data-concept][aria-pressed="false"]');
    // A concept that some but not all results carry.
    const buttons = await filter.evaluateAll((els) =>
      els.map((e) => ({ label: (e as HTMLElement).dataset.concept!, count: Number(e.querySelector('.search-filter__count')?.textContent) })),
    );
    const choice = buttons.find((b) => b.count > 0 && b.count < before);
    // The row says what its buttons do, visibly (review 41 finding 8).
    expect(await page.locator('.search-page__filters').evaluate((e) => getComputedStyle(e, '::before').content)).toMatch(/Only results about:/);
    expect(choice, `a filter narrower than ${before} results among ${JSON.stringify(buttons)}`).toBeDefined();
    await page.locator(`.search-page__filters button[data-concept="${choice!.label.replace(/"/g, '\\"')}"]`).click();
    await page.waitForFunction(
      (n) => new RegExp(`^${n} results?`).test(document.querySelector('.search-page__status')?.textContent ?? ''),
      choice!.count,
    );
    const after = resultCount((await page.locator('.search-page__status').textContent()) ?? '');
    expect(after).toBe(choice!.count);
    expect(after).toBeLessThan(before);
    expect(await page.locator(`.search-page__filters button[aria-pressed="true"]`).count()).toBe(1);
    expect(new URL(page.url()).searchParams.getAll('concept')).toEqual([choice!.label]);
  });

  it('shows a phone five concept filters and "More filters" for the rest, all of them on a wide screen (review 41 finding 8)', async () => {
    const url = `${web.server.url}search/?q=${encodeURIComponent(busiest.label.split(/\s+/)[0]!)}`;
    const phone = await web.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
    try {
      const small = await phone.newPage();
      await small.goto(url);
      await settled(small, '.search-page__status');
      const chips = small.locator('.search-page__filters button[data-concept]');
      const all = await chips.count();
      expect(all, 'a query with more filters than a phone shows').toBeGreaterThan(5);
      const visible = async () => (await chips.evaluateAll((els) => els.map((e) => (e as HTMLElement).offsetParent !== null))).filter(Boolean).length;
      expect(await visible()).toBe(5);
      const more = small.locator('.search-filters__more');
      expect(await more.textContent()).toBe(`More filters (${all - 5})`);
      await more.click();
      expect(await visible()).toBe(all);
      expect(await more.isVisible()).toBe(false);
      // Focus moves to the first chip that was left out.
      expect(await small.evaluate(() => document.activeElement?.closest('.search-page__filters') !== null && document.activeElement?.matches('button[data-concept]'))).toBe(true);
      await small.close();
    } finally {
      await phone.close();
    }
    await page.goto(url);
    await settled(page, '.search-page__status');
    const wide = page.locator('.search-page__filters button[data-concept]');
    expect((await wide.evaluateAll((els) => els.map((e) => (e as HTMLElement).offsetParent !== null))).every(Boolean)).toBe(true);
    expect(await page.locator('.search-filters__more').isVisible()).toBe(false);
  });

  it('takes the excerpt from the abstract when only the title matches, and reads `<word>` as the word', async () => {
    const found = titleOnlyWord();
    expect(found, 'a word of one title and of no other indexed text').toBeDefined();
    const { word, paper } = found!;
    for (const query of [word, `<${word}>`]) {
      await page.goto(`${web.server.url}papers/`);
      await headerInput(page).fill(query);
      await settled(page, '.atlas-search__status');
      const rows = await headerResults(page).evaluateAll((els) =>
        els.map((e) => ({ href: e.querySelector('a')?.getAttribute('href'), excerpt: e.querySelector('.search-result__excerpt')?.textContent ?? '' })),
      );
      const row = rows.find((r) => r.href === `${seed.basePath}papers/${paper.id}/`);
      expect(row, `"${query}" finds ${paper.id}`).toBeDefined();
      expect(normaliseForm(row!.excerpt), `excerpt for "${query}"`).not.toContain(normaliseForm(paper.title));
      const opening = normaliseForm(row!.excerpt).split(' ').slice(0, 4).join(' ');
      expect(normaliseForm(paper.abstract).startsWith(opening), `"${row!.excerpt}" opens the abstract`).toBe(true);
    }
  });

  it('wraps a title that is one 270-character word in the result rows', async () => {
    const ctx = await web.browser.newContext({ viewport: { width: 375, height: 800 }, serviceWorkers: 'block' });
    const p = await ctx.newPage();
    try {
      for (const [path, input, status, rows] of [
        ['search/', '#search-page-input', '.search-page__status', '.search-page__results .search-result'],
        ['papers/', '#atlas-search-input', '.atlas-search__status', '#atlas-search-results .search-result'],
      ] as const) {
        await p.goto(`${web.server.url}${path}`);
        await p.locator(input).fill(busiest.label);
        await settled(p, status);
        const cut = await p.locator(rows).evaluateAll((items) => {
          const word = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(6);
          for (const row of items) row.querySelector('.search-result__title')!.textContent = word;
          return items.filter((row) => row.querySelector('.search-result__title')!.getBoundingClientRect().right > row.getBoundingClientRect().right + 1).length;
        });
        expect(cut, `${path}: titles wider than their row`).toBe(0);
        expect(await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${path} scrolls sideways`).toBeLessThanOrEqual(0);
      }
    } finally {
      await ctx.close();
    }
  });

  it('shows a helpful empty state when nothing matches', async () => {
    await page.goto(`${web.server.url}papers/`);
    await headerInput(page).fill('qqzxjvwkplm');
    await settled(page, '.atlas-search__status');
    await page.waitForSelector('[data-search-empty] .search-empty', { timeout: 30_000 });
    const text = await page.locator('[data-search-empty]').first().textContent();
    expect(text).toContain('No papers or concepts match');
    expect(text).toContain('qqzxjvwkplm');
    expect(await headerResults(page).count()).toBe(0);
    expect(await headerStatus(page).textContent()).toContain('No results');
  });

  it('says "no match" for no letter of a word the reader is still typing slowly (a one-letter query is a whole word)', async () => {
    // A word that starts a concept's name, whose first letter no paper has as a word of its own: searched
    // alone, that letter finds nothing.
    const alone = (letter: string) => papers.some((p) => indexedWords(p).includes(` ${letter} `));
    const word = concepts
      .map((c) => normaliseForm(c.label).split(' ')[0]!)
      .filter((w) => /^[a-z]{5,}$/.test(w) && !alone(w[0]!))
      .sort()[0];
    expect(word, 'a concept name opening with a letter that is no word in the corpus').toBeDefined();
    await page.goto(`${web.server.url}papers/`);
    // Search warmed up, so that the first letter's answer would come before the next key.
    await headerInput(page).fill(word!);
    await settled(page, '.atlas-search__status');
    await headerInput(page).fill('');
    await page.evaluate(() => {
      const w = window as unknown as { sawNoMatch: string[] };
      w.sawNoMatch = [];
      new MutationObserver(() => {
        const empty = document.querySelector('.atlas-search [data-search-empty] .search-empty');
        if (empty) w.sawNoMatch.push(empty.textContent ?? '');
      }).observe(document.querySelector('.atlas-search')!, { childList: true, subtree: true });
    });
    // Slow typing: 350 ms between keys.
    await headerInput(page).pressSequentially(word!.slice(0, 4), { delay: 350 });
    const status = await settled(page, '.atlas-search__status');
    expect(resultCount(status), `"${word!.slice(0, 4)}" finds papers`).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { sawNoMatch: string[] }).sawNoMatch)).toEqual([]);
    // A reader who stops at that one letter is told, once typing pauses.
    await headerInput(page).fill(word![0]!);
    expect(await settled(page, '.atlas-search__status')).toContain('No results');
    // The next key takes that answer away at once: it spoke of the query before it.
    const after = await page.evaluate((next) => {
      const input = document.querySelector<HTMLInputElement>('#atlas-search-input')!;
      input.value += next;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return { empty: document.querySelectorAll('.atlas-search [data-search-empty] .search-empty').length, status: document.querySelector('.atlas-search__status')?.textContent };
    }, word![1]!);
    expect(after).toEqual({ empty: 0, status: '' });
    expect(resultCount(await settled(page, '.atlas-search__status'))).toBeGreaterThan(0);
  });

  it('suggests the concept a typo is a few letters from, in the box and on the page (review 18 M4: "nueral netwrok" → "No results.")', async () => {
    const typo = 'lareg langauge models';
    await page.goto(`${web.server.url}search/?q=${encodeURIComponent(typo)}`);
    expect(await settled(page, '.search-page__status')).toContain('No results');
    const suggestion = page.locator('[data-search-empty] .search-empty__suggest');
    await suggestion.waitFor({ timeout: 30_000 });
    expect(await suggestion.textContent()).toMatch(/^Did you mean .*Large language models/);
    expect(await suggestion.locator('a').first().getAttribute('href')).toMatch(/\/search\/\?q=Large%20language%20model/);
    await page.goto(`${web.server.url}papers/`);
    await headerInput(page).fill(typo);
    await settled(page, '.atlas-search__status');
    await page.locator('.atlas-search .search-empty__suggest').waitFor({ timeout: 30_000 });
    expect(await page.locator('.atlas-search .search-empty__suggest').textContent()).toContain('Large language models');
    // Nothing suggested for nonsense.
    await page.goto(`${web.server.url}search/?q=qqzxjvwkplm`);
    expect(await settled(page, '.search-page__status')).toContain('No results');
    await page.waitForTimeout(500);
    expect(await page.locator('.search-empty__suggest').count()).toBe(0);
  });

  it('says "Did you mean" above the results of a misspelled word that still found papers, and not for a rare word (review 41 finding 7: "grapheen" found six papers about graphs, silently)', async () => {
    const { df, vocabulary, near } = spellingVocabulary();
    const typo = foundTypo();
    expect(typo, 'a word whose typo still finds papers').toBeDefined();
    const hint = page.locator('.search-page [data-search-spelling]');
    await page.goto(`${web.server.url}search/?q=${typo!.typo}`);
    expect(resultCount(await settled(page, '.search-page__status')), `"${typo!.typo}" finds papers`).toBeGreaterThan(0);
    await hint.locator('a').waitFor({ timeout: 30_000 });
    expect(await hint.textContent()).toBe(`No paper has the word “${typo!.typo}”. Did you mean ${typo!.word}?`);
    expect(await hint.locator('a').getAttribute('href')).toBe(`${seed.basePath}search/?q=${typo!.word}`);
    // In the header box too.
    await page.goto(`${web.server.url}papers/`);
    await headerInput(page).fill(typo!.typo);
    expect(resultCount(await settled(page, '.atlas-search__status'))).toBeGreaterThan(0);
    await page.locator('.atlas-search [data-search-spelling] a').waitFor({ timeout: 30_000 });
    expect(await page.locator('.atlas-search [data-search-spelling] a').textContent()).toBe(typo!.word);

    // A word of one paper only, an edit from a commoner word of the papers (neither starts the other): not "corrected".
    const rare = vocabulary
      .filter((w) => /^[a-z]{6,}$/.test(w) && df.get(w) === 1 && !vocabulary.some((o) => o !== w && o.startsWith(w)))
      .filter((w) => vocabulary.some((o) => (df.get(o) ?? 0) > 1 && o.length >= 4 && !w.startsWith(o) && near(w, o, 1)))
      .sort()[0];
    expect(rare, 'a rare word near a commoner one').toBeDefined();
    await page.goto(`${web.server.url}search/?q=${rare}`);
    expect(resultCount(await settled(page, '.search-page__status')), `"${rare}" finds its paper`).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    expect(await hint.textContent()).toBe('');
    expect(await page.locator('.search-empty__suggest').count()).toBe(0);
    // Nor when the query found nothing, and the word is checked against the collection's words, not its paper.
    await page.goto(`${web.server.url}search/?q=${rare} qqzxjvwkplm`);
    expect(await settled(page, '.search-page__status')).toContain('No results');
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    expect(await page.locator('.search-empty__suggest').count()).toBe(0);
  });

  it('does not move the results when the spelling hint comes, whether it comes with them or after them, on a wide screen and on a phone', async () => {
    const typo = foundTypo();
    expect(typo, 'a word whose typo still finds papers').toBeDefined();
    // [first result's top, hint] at each change of the page from the first result on (a MutationObserver's
    // callback runs before the page is painted again), until the hint is in. Only once the concept filters above
    // the results are in: they come with them once the filter index is in the browser's cache (a first search
    // shows the results before it, then the filters, which move them: not the hint's doing).
    const tops = async (delay: number, width: number, height: number) => {
      const own = await web.context.newPage();
      await own.setViewportSize({ width, height });
      // The words the hint needs, fetched after the results are found: held back, the hint comes well after them.
      if (delay > 0) await own.route('**/search/words/*.json', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, delay));
        await route.continue();
      });
      await own.addInitScript(() => {
        const seen: Array<[number, string]> = [];
        (window as unknown as { tops: typeof seen }).tops = seen;
        new MutationObserver(() => {
          const first = document.querySelector('.search-page .search-result');
          const hint = document.querySelector('.search-page [data-search-spelling]')?.textContent ?? '';
          const filters = document.querySelector<HTMLElement>('.search-page [data-search-filters]');
          if (first && filters && !filters.hidden) seen.push([Math.round(first.getBoundingClientRect().top), hint]);
        }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
      });
      await own.goto(`${web.server.url}search/?q=${typo!.typo}`);
      await own.locator('.search-page [data-search-spelling] a').waitFor({ timeout: 30_000 });
      const seen = await own.evaluate(() => (window as unknown as { tops: Array<[number, string]> }).tops);
      await own.close();
      return seen;
    };
    const warm = await web.context.newPage();
    await warm.goto(`${web.server.url}search/?q=${typo!.typo}`);
    await warm.locator('.search-page [data-search-spelling] a').waitFor({ timeout: 30_000 });
    await warm.close();
    for (const [width, height] of [[1280, 900], [390, 844]] as const) {
      for (const delay of [0, 1_000]) {
        const seen = await tops(delay, width, height);
        expect(seen.length, `${width}px, words ${delay} ms late: results seen`).toBeGreaterThan(0);
        expect(seen.at(-1)![1], 'the hint came').toContain(typo!.word);
        expect(new Set(seen.map(([top]) => top)), `${width}px, words ${delay} ms late: the first result's top as the hint comes`).toEqual(new Set([seen[0]![0]]));
      }
    }
  });

  it('finds nothing for a word the index holds only a short start of, and still finds a half-typed word (review 9 M2)', async () => {
    // Pagefind searches a word no indexed word starts with as the longest indexed word it starts with:
    // "thezqxvkj" was "the", and found every paper.
    const nonsense = 'thezqxvkj';
    expect(papers.some((p) => indexedWords(p).includes(' the ')), 'the corpus writes "the"').toBe(true);
    await page.goto(`${web.server.url}search/?q=${nonsense}`);
    const status = await settled(page, '.search-page__status');
    expect(status).toContain('No results');
    expect(await page.locator('.search-page__results .search-result').count()).toBe(0);

    // Typed past the stem Pagefind indexes ("reinforcemen" of "reinforc"), a word is still found by that fallback.
    const words = papers.flatMap((p) => normaliseForm(p.title).split(' ')).filter((w) => /^[a-z]{10,}$/.test(w) && stemmer(w).length <= w.length - 3);
    const word = words.sort()[0]!;
    const typed = word.slice(0, -1);
    await page.goto(`${web.server.url}search/?q=${typed}`);
    const found = await settled(page, '.search-page__status');
    expect(resultCount(found), `"${typed}" (of "${word}") finds papers`).toBeGreaterThan(0);
  });
});

describe('every word of the collection', () => {
  it('is found by the search page wherever Pagefind finds it (review 43 finding 1: "optimization" said "No results" where Pagefind found 53)', async () => {
    // The collection's words as the site ships them for spelling hints (search/words/<shard>.json: bands of words).
    const dir = join(seed.outDir, 'search', 'words');
    const words = readdirSync(dir).flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as string[]).flatMap((band) => band.split(' ').filter(Boolean)));
    expect(words.length, 'the site ships its words').toBeGreaterThan(100);
    const worker = readdirSync(join(seed.outDir, '_astro')).find((f) => f.startsWith('search-worker'));
    expect(worker, 'the search worker script').toBeDefined();
    const own = await web.context.newPage();
    await own.goto(web.server.url);
    // The engine as the search page calls it, in its worker; raw Pagefind beside it. A string, not a function (see above).
    const lost = (await own.evaluate(`(async () => {
      const pagefind = await import(${JSON.stringify(`${seed.basePath}pagefind/pagefind.js`)});
      const worker = new Worker(${JSON.stringify(`${seed.basePath}_astro/${worker}`)}, { type: 'module' });
      let id = 0;
      const waiting = new Map();
      worker.onmessage = ({ data }) => { const w = waiting.get(data.id); waiting.delete(data.id); data.ok ? w[0](data.value) : w[1](new Error(data.message)); };
      const search = (q) => new Promise((resolve, reject) => { const i = id++; waiting.set(i, [resolve, reject]); worker.postMessage({ id: i, call: 'search', args: [q, { limit: 20, maxConcepts: 3, variants: 'always' }] }); });
      const lost = [];
      for (const word of ${JSON.stringify(words)}) {
        const raw = (await pagefind.search(word)).results.length;
        if (raw > 0 && (await search(word)).total === 0) lost.push(word + ' (' + raw + ')');
      }
      worker.terminate();
      return lost;
    })()`)) as string[];
    await own.close();
    expect(lost, 'words Pagefind finds that the search shows no result for').toEqual([]);
  }, 120_000);
});

describe('papers matching most of the words', () => {
  it('are listed under a query of three words that finds fewer than 3 papers, not again those it found (review 43 finding 9: "fuzzy logic controller" found 1 paper and missed the "fuzzy controller" ones)', async () => {
    // Pagefind's matching, near enough: a query word is its stem, and matches a page word whose stem starts with it.
    const stemsOf = papers.map((p) => ({ p, stems: [...new Set(indexedWords(p).split(' ').filter(Boolean).map((w) => stemmer(w)))] }));
    const matching = (words: string[]) => stemsOf.filter(({ stems }) => words.every((w) => stems.some((s) => s.startsWith(stemmer(w))))).map(({ p }) => p);
    const titleWords = (p: PaperFrontmatter) => [...new Set(normaliseForm(p.title).split(' ').filter((w) => /^[a-z]{6,}$/.test(w)))];
    // Two words of one title that at most two papers share, and a word of another title that none of those holds.
    let found: { query: string; paper: PaperFrontmatter } | undefined;
    const sorted = [...papers].sort((a, b) => a.id.localeCompare(b.id));
    for (const paper of sorted) {
      const [a, b] = titleWords(paper);
      if (!a || !b || matching([a, b]).length > 2) continue;
      const c = sorted.flatMap(titleWords).find((w) => matching([w]).length >= 2 && matching([a, b, w]).length === 0);
      if (c) {
        found = { query: `${a} ${b} ${c}`, paper };
        break;
      }
    }
    expect(found, 'a title pair and a word no paper of the pair holds').toBeDefined();
    await page.goto(`${web.server.url}search/?q=${encodeURIComponent(found!.query)}`);
    expect(resultCount(await settled(page, '.search-page__status'))).toBeLessThan(3);
    const most = page.locator('[data-search-most]');
    await most.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await most.locator('h2').textContent()).toBe('Papers matching most of your words');
    const listed = await most.locator('.search-result__title').allTextContents();
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.length).toBeLessThanOrEqual(5);
    expect(listed, `"${found!.query}" lists the paper with two of its words`).toContain(found!.paper.title);
    const shown = await titlesOf(page, '#search-page-results .search-result__title');
    expect(listed.filter((t) => shown.includes(t)), 'none of the papers found above').toEqual([]);

    // A query that finds enough papers, or has two words only, lists none.
    await page.goto(`${web.server.url}search/?q=${encodeURIComponent(`${normaliseForm(found!.paper.title).split(' ').slice(0, 2).join(' ')}`)}`);
    await settled(page, '.search-page__status');
    await page.waitForLoadState('networkidle');
    expect(await most.isHidden()).toBe(true);
  });
});

describe('concept rows', () => {
  it('name the concept a query names with a word for a way of working after it (review 18 M5: "finite element method" showed no "Finite element")', async () => {
    // "<name> method": the concept stage tags such a phrase with the concept; no concept is named so itself.
    const named = new Set(concepts.flatMap((c) => [c.label, ...c.aliases].map(normaliseForm)));
    const found = concepts
      .flatMap((c) => METHOD_WORDS.map((h) => ({ c, query: `${normaliseForm(c.label)} ${h}` })))
      .filter(({ c, query }) => !named.has(query) && papers.some((p) => p.concepts.includes(c.id) && indexedWords(p).includes(` ${query} `)))
      .sort((a, b) => b.c.df - a.c.df || a.query.localeCompare(b.query))[0];
    expect(found, 'a paper that writes a concept\'s name and a method word after it').toBeDefined();
    const { c, query } = found!;
    await page.goto(`${web.server.url}search/?q=${encodeURIComponent(query)}`);
    expect(resultCount(await settled(page, '.search-page__status'))).toBeGreaterThan(0);
    expect(await page.locator('.search-page__results .search-result a').first().getAttribute('href'), `"${query}" opens with the row of ${c.id}`).toBe(
      `${seed.basePath}concepts/${c.id}/`,
    );
  });

  it('name the concept whose abbreviation is typed in lower case, in the box as on the page (the box, which had not fetched the alias map, showed none for "grpo")', async () => {
    // An abbreviation the alias map holds in lower case (so no paper writes that as a word of its own).
    const map = JSON.parse(readFileSync(join(seed.outDir, 'search', 'aliases.json'), 'utf8')) as { groups: string[][] };
    const mapped = new Set(map.groups.flat());
    const c = concepts
      .filter((x) => x.abbreviation && /^[A-Z]{3,}$/.test(x.abbreviation) && mapped.has(x.abbreviation.toLowerCase()))
      .sort((a, b) => b.df - a.df || a.id.localeCompare(b.id))[0];
    expect(c, 'a concept with an abbreviation of capitals').toBeDefined();
    const query = c!.abbreviation!.toLowerCase();
    const want = `${seed.basePath}concepts/${c!.id}/`;
    await page.goto(`${web.server.url}search/?q=${encodeURIComponent(query)}`);
    await settled(page, '.search-page__status');
    expect(await page.locator('.search-page__results .search-result a').first().getAttribute('href'), `page: "${query}"`).toBe(want);
    await page.goto(`${web.server.url}papers/`);
    await headerInput(page).fill(query);
    await settled(page, '.atlas-search__status');
    expect(await page.locator('#atlas-search-results .search-result a').first().getAttribute('href'), `box: "${query}"`).toBe(want);
  });
});

describe('hyphenated queries', () => {
  it('finds a paper by a hyphenated form of a phrase it writes with a space (review 15 M4)', async () => {
    // Two words that papers write one after the other, never hyphenated, and no concept's name holds (whose
    // other names the search would try as well).
    const writtenHyphenated = (l: string) => papers.some((p) => `${p.title} ${p.abstract}`.toLowerCase().includes(l.replace(' ', '-')));
    const named = normaliseForm(concepts.flatMap((c) => [c.label, ...c.aliases, c.abbreviation ?? '']).join(' | '));
    const pairs = new Map<string, number>();
    for (const p of papers) {
      const words = normaliseForm(`${p.title} ${p.abstract}`).split(' ');
      for (const pair of new Set(words.slice(1).map((w, k) => `${words[k]} ${w}`))) pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
    }
    const phrase = [...pairs]
      .filter(([l, n]) => n >= 2 && /^[a-z]{6,} [a-z]{6,}$/.test(l) && !writtenHyphenated(l) && !l.split(' ').some((w) => named.includes(w)))
      .map(([l]) => l)
      .sort()[0];
    expect(phrase, 'two words papers write together').toBeDefined();
    await page.goto(`${web.server.url}search/?q=${encodeURIComponent(phrase!.replace(' ', '-'))}`);
    const found = resultCount(await settled(page, '.search-page__status'));
    expect(found, `"${phrase!.replace(' ', '-')}" finds the papers that write "${phrase}"`).toBeGreaterThan(0);
    // As a phrase: no more than the two words anywhere find.
    await page.goto(`${web.server.url}search/?q=${encodeURIComponent(phrase!)}`);
    expect(found).toBeLessThanOrEqual(resultCount(await settled(page, '.search-page__status')));
  });
});

describe('abbreviations and long forms', () => {
  for (const direction of ['abbreviation→long', 'long→abbreviation'] as const) {
    const found = aliasCase(direction);
    it(`finds a paper that only has the other form (${direction}${found ? `: "${found.query}" → ${found.paper.id}` : ''})`, async () => {
      expect(found, `the corpus has a concept whose ${direction} pair appears in some paper`).toBeDefined();
      const { query, paper } = found!;
      await page.goto(`${web.server.url}search/?q=${encodeURIComponent(query)}`);
      await settled(page, '.search-page__status');
      const link = page.locator(`.search-page__results a[href$="/papers/${paper.id}/"]`);
      // Pages of 20: show more until the paper is there or the list is complete.
      for (let i = 0; i < 20 && (await link.count()) === 0; i++) {
        const more = page.locator('[data-search-show-more]:visible');
        if ((await more.count()) === 0) break;
        const n = await page.locator('.search-page__results .search-result').count();
        await more.click();
        await page.waitForFunction((m) => document.querySelectorAll('.search-page__results .search-result').length > m, n);
      }
      expect(await link.count(), `"${query}" lists ${paper.id} ("${paper.title}")`).toBe(1);
    });
  }
});

/**
 * An acronym ending in S written by some paper ("PACS") that the stemmer reads, typed in lower case, as a plural
 * whose stem ("pac") is no word of any paper but starts words of papers that do not write it ("Self-Paced").
 */
function lowercaseAcronymCase(): { typed: string; writers: Set<string>; others: Set<string> } | undefined {
  const capitals = /\b[A-Z]{1,5}S\b/g;
  // The index holds such an acronym with a hidden second S (`pacss`), never as the plural it reads as in lower case.
  const plain = (p: PaperFrontmatter) => indexedWords({ ...p, title: p.title.replace(capitals, ' '), abstract: p.abstract.replace(capitals, ' ') });
  const words = papers.map((p) => ({ p, stems: new Set(plain(p).split(' ').filter(Boolean).map((w) => stemmer(w))) }));
  const acronyms = [...new Set(papers.flatMap((p) => `${p.title} ${p.abstract}`.match(capitals) ?? []))].sort();
  for (const acronym of acronyms) {
    const typed = acronym.toLowerCase();
    const stem = stemmer(typed);
    if (!stemmerTakesS(typed) || words.some(({ stems }) => stems.has(stem))) continue;
    const writers = new Set(papers.filter((p) => new RegExp(`\\b${acronym}\\b`).test(`${p.title} ${p.abstract}`)).map((p) => p.id));
    const others = new Set(words.filter(({ p, stems }) => !writers.has(p.id) && [...stems].some((w) => w.startsWith(stem))).map(({ p }) => p.id));
    if (others.size > 0) return { typed, writers, others };
  }
  return undefined;
}

describe('a lowercase acronym', () => {
  const found = lowercaseAcronymCase();
  it(`lists the papers writing it first, above those with a longer word it starts (${found ? `"${found.typed}"` : 'none'})`, async () => {
    expect(found, 'the corpus has an acronym ending in S whose lowercase stem only starts other words').toBeDefined();
    const { typed, writers, others } = found!;
    for (const [url, rows] of [
      [`${web.server.url}search/?q=${typed}`, '.search-page__results .search-result__title'],
      [`${web.server.url}papers/`, '#atlas-search-results .search-result__title'],
    ] as const) {
      await page.goto(url);
      if (url.endsWith('/papers/')) await headerInput(page).fill(typed);
      await settled(page, rows.startsWith('#atlas') ? '.atlas-search__status' : '.search-page__status');
      const ids = (await page.locator(rows).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')))
        .filter((h) => h.includes('/papers/'))
        .map((h) => decodeURIComponent(h.replace(/\/$/, '').split('/').pop()!));
      const firstOther = ids.findIndex((id) => !writers.has(id));
      const lastWriter = ids.reduce((last, id, i) => (writers.has(id) ? i : last), -1);
      expect(lastWriter, `"${typed}" lists a paper writing it (${url}): ${ids.join(', ')}`).toBeGreaterThanOrEqual(0);
      expect(firstOther === -1 || firstOther > lastWriter, `"${typed}": the papers writing it before ${[...others].join(', ')} (${url}): ${ids.join(', ')}`).toBe(true);
    }
  });

  it('is looked up beside the first search, which still loads each index chunk once', async () => {
    expect(found).toBeDefined();
    const fresh = await web.browser.newContext({ serviceWorkers: 'block' });
    const p = await fresh.newPage();
    const chunks: string[] = [];
    p.on('request', (r) => {
      if (r.url().endsWith('.pf_index')) chunks.push(new URL(r.url()).pathname);
    });
    await p.goto(`${web.server.url}papers/`);
    await headerInput(p).fill(found!.typed);
    await settled(p, '.atlas-search__status');
    await p.waitForLoadState('networkidle');
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks, `index chunks of the first search of "${found!.typed}"`).toEqual([...new Set(chunks)]);
    await fresh.close();
  });
});

describe('excerpts of a query and its abbreviation', () => {
  it('mark the words the reader typed in a paper that the abbreviation found best ("Reinforcement Learning (RL)")', async () => {
    const concept = concepts
      .filter((c) => c.abbreviation && normaliseForm(c.label).includes(' '))
      .sort((a, b) => b.df - a.df || a.id.localeCompare(b.id))[0];
    expect(concept, 'the corpus has a concept of several words with an abbreviation').toBeDefined();
    const long = normaliseForm(concept!.label);
    await page.goto(`${web.server.url}search/?q=${encodeURIComponent(concept!.label)}`);
    await settled(page, '.search-page__status');
    const rows = await page.locator('.search-page__results li[data-url*="/papers/"] .search-result__excerpt').evaluateAll((els) =>
      els.map((el) => ({ text: el.textContent ?? '', marks: [...el.querySelectorAll('mark')].map((m) => m.textContent ?? '') })),
    );
    const writing = rows.filter((r) => ` ${normaliseForm(r.text)} `.includes(` ${long} `));
    expect(writing.length, `excerpts that write "${concept!.label}"`).toBeGreaterThan(0);
    for (const row of writing) {
      const marked = new Set(row.marks.map((m) => normaliseForm(m)));
      expect(long.split(' ').every((w) => marked.has(w)), `every word of "${concept!.label}" marked in "${row.text}" (marks: ${JSON.stringify(row.marks)})`).toBe(true);
    }
  });
});

/**
 * A word of exactly one paper's title that no other indexed text (abstracts, concepts' other names, other
 * titles) has, even as a stem: only that title can match it. Six shared letters count as the same word.
 */
function titleOnlyWord(): { word: string; paper: PaperFrontmatter } | undefined {
  const stem = (w: string) => w.slice(0, 6);
  const elsewhere = new Set(papers.flatMap((p) => indexedWords({ ...p, title: '' }).split(' ').filter(Boolean).map(stem)));
  const titleWords = papers.map((p) => new Set(normaliseForm(p.title).split(' ')));
  for (const [i, paper] of papers.entries()) {
    for (const word of [...titleWords[i]!].sort()) {
      if (word.length < 7 || !/^[a-z]+$/.test(word) || elsewhere.has(stem(word))) continue;
      if (titleWords.some((t, j) => j !== i && [...t].some((o) => stem(o) === stem(word)))) continue;
      return { word, paper };
    }
  }
  return undefined;
}

/**
 * A word that only abstracts contain: in 2–6 papers' abstracts, in no title and no concept name, so only
 * a full-text search can find those papers.
 */
/** A word of at most `most` abstracts that no title or concept name uses. */
function abstractOnlyWord(most = 6): { word: string; papers: string[] } | undefined {
  const inTitles = new Set(normaliseForm([...papers.map((p) => p.title), ...concepts.flatMap((c) => [c.label, ...c.aliases])].join(' ')).split(' '));
  const where = new Map<string, Set<string>>();
  for (const p of papers) {
    for (const w of new Set(normaliseForm(p.abstract).split(' '))) {
      if (w.length < 7 || !/^[a-z]+$/.test(w) || inTitles.has(w)) continue;
      if (!where.has(w)) where.set(w, new Set());
      where.get(w)!.add(p.id);
    }
  }
  // Nor the start of a longer word of the papers, which a word typed is also searched as.
  const all = [...new Set(papers.flatMap((p) => normaliseForm(`${p.title} ${p.abstract}`).split(' ')))].sort();
  const starts = new Set(all.filter((w, k) => all[k + 1]?.startsWith(w)));
  const best = [...where.entries()]
    .filter(([w, ids]) => ids.size >= 2 && ids.size <= most && !starts.has(w))
    .sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))[0];
  return best ? { word: best[0], papers: [...best[1]].sort() } : undefined;
}

describe('graph page find box', () => {
  it('lights up the papers whose full text matches', async () => {
    const target = abstractOnlyWord();
    expect(target, 'the corpus has a word that appears only in abstracts').toBeDefined();
    await page.goto(`${web.server.url}graph/`);
    await page.waitForFunction(() => Boolean((window as unknown as { atlasGraph?: unknown }).atlasGraph), undefined, { timeout: 60_000 });
    await page.locator('#graph-find').fill(target!.word);
    await page.locator('#graph-find').press('Enter');
    await page.waitForFunction(() => /matching papers? shown/.test(document.getElementById('graph-status')?.textContent ?? ''), undefined, {
      timeout: 30_000,
    });
    const lit = await page.evaluate(() => {
      const g = (window as unknown as { atlasGraph: { cy: { $: (s: string) => { map: <T>(f: (n: { id(): string }) => T) => T[] } } } }).atlasGraph;
      return g.cy.$('.match').map((n) => n.id());
    });
    const litPapers = lit.map((id) => id.replace(/^p:/, ''));
    for (const id of target!.papers) expect(litPapers, `"${target!.word}" is in the abstract of ${id}`).toContain(id);
  });
});

describe('search starts loading early (review 22 finding 8: about 14 round trips in a row before a first result)', () => {
  /** Requests whose URL matches, seen by a fresh page whose search UI scripts arrive 2.5 s late (a slow link). */
  /**
   * How long the UI scripts are held back, and how long Pagefind's start may take without them. A busy CI machine
   * took more than 2 s for the four files (CI at ad671b09), so the margin is wider; the poll stays under the hold.
   */
  const SLOW_UI_MS = 6000;
  const START_WITHIN_MS = 5000;
  async function withSlowUi(run: (p: Page, requested: string[]) => Promise<void>): Promise<void> {
    const fresh = await web.browser.newContext({ serviceWorkers: 'block' });
    const p = await fresh.newPage();
    const requested: string[] = [];
    p.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await p.route(/\/_astro\/(search-box|search-ui|search-client)[.-][\w-]+\.js$/, async (route) => {
      // Held back longer than the polls below wait: a start that came in time did not wait for these scripts.
      await new Promise((resolve) => setTimeout(resolve, SLOW_UI_MS));
      await route.continue();
    });
    try {
      await run(p, requested);
    } finally {
      await fresh.close();
    }
  }
  const startup = (requested: string[]) => ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '.pf_meta', '/pagefind/wasm.'].filter((f) => !requested.some((u) => u.includes(f)));

  it('the header box starts Pagefind (script, entry, metadata, WebAssembly) on focus, without waiting for its UI scripts', async () => {
    await withSlowUi(async (p, requested) => {
      await p.goto(`${web.server.url}papers/`);
      await p.waitForLoadState('load');
      await headerInput(p).focus();
      await expect.poll(() => startup(requested), { timeout: START_WITHIN_MS }).toEqual([]);
      // The UI, once it arrives, uses that worker: one search worker, and results.
      await p.keyboard.type(concepts[0]!.label.split(/\s+/)[0]!);
      await settled(p, '.atlas-search__status');
      expect(await p.locator('#atlas-search-results .search-result').count()).toBeGreaterThan(0);
      expect(requested.filter((u) => /\/search-worker[-.]/.test(u))).toHaveLength(1);
    });
  });

  it('the search page starts Pagefind as it loads, without waiting for its UI scripts', async () => {
    await withSlowUi(async (p, requested) => {
      // From the first byte of the page, not its load event (which waits for the late UI scripts).
      await p.goto(`${web.server.url}search/`, { waitUntil: 'commit' });
      await expect.poll(() => startup(requested), { timeout: START_WITHIN_MS }).toEqual([]);
    });
  });
});

describe('the search page on a phone (review 22 finding 12)', () => {
  it('shows one search box, its own, and no header box; other pages keep the header box', async () => {
    const phone = await web.browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const p = await phone.newPage();
    try {
      await p.goto(`${web.server.url}search/`);
      expect(await p.locator('#search-page-input').isVisible()).toBe(true);
      expect(await headerInput(p).isVisible()).toBe(false);
      // "/" still goes to the page's box, and search works.
      await p.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await p.keyboard.press('/');
      expect(await p.evaluate(() => document.activeElement?.id)).toBe('search-page-input');
      await p.goto(`${web.server.url}papers/`);
      expect(await headerInput(p).isVisible()).toBe(true);
    } finally {
      await phone.close();
    }
  });
});

describe('the search page while results arrive (review 22b: CLS 0.14 on a slow phone)', () => {
  it('keeps the footer below the first screen, so late results push nothing the reader sees', async () => {
    for (const viewport of [{ width: 390, height: 844 }, { width: 1366, height: 800 }]) {
      const context = await web.browser.newContext({ serviceWorkers: 'block', viewport });
      const p = await context.newPage();
      try {
        await p.goto(`${web.server.url}search/`);
        const footerTop = await p.locator('footer').first().evaluate((el) => el.getBoundingClientRect().top);
        expect(footerTop, `footer top at ${viewport.width}×${viewport.height}`).toBeGreaterThanOrEqual(viewport.height);
      } finally {
        await context.close();
      }
    }
  });
});

describe('first search cost', () => {
  it('transfers well under 300 kB for the first search on this corpus', async () => {
    const fresh = await web.browser.newContext({ serviceWorkers: 'block' });
    const p = await fresh.newPage();
    await p.goto(`${web.server.url}papers/`);
    await p.waitForLoadState('load');
    let bytes = 0;
    const files: string[] = [];
    const workers: string[] = [];
    p.on('worker', (w) => workers.push(new URL(w.url()).pathname));
    p.on('requestfinished', async (r) => {
      const sizes = await r.sizes();
      bytes += sizes.responseBodySize + sizes.responseHeadersSize;
      files.push(new URL(r.url()).pathname);
    });
    await p.locator('#atlas-search-input').click();
    // The word in one input event: typed key by key, a busy machine left gaps longer than the search's pause
    // between keys, and the searches of the half-typed word loaded rows of their own (9 fragments in one CI run).
    await p.keyboard.insertText(concepts[0]!.label.split(/\s+/)[0]!);
    await settled(p, '.atlas-search__status');
    await p.waitForLoadState('networkidle');
    console.log(`first search: ${files.length} requests, ${(bytes / 1024).toFixed(1)} kB (uncompressed, as served by the test server)`);
    expect(files.some((f) => f.endsWith('/pagefind/pagefind.js'))).toBe(true);
    // Pagefind runs inside the site's search worker, so it starts no worker of its own.
    expect(workers).toEqual([expect.stringMatching(/\/_astro\/search-worker[-.][\w-]+\.js$/)]);
    expect(files.filter((f) => f.endsWith('/pagefind-worker.js'))).toEqual([]);
    expect(bytes).toBeLessThan(300 * 1024);
    // The filter index (exact per-concept counts, the largest part of the index at scale) is not part of
    // a header search, and only the rows shown are loaded.
    expect(files.filter((f) => f.endsWith('.pf_filter'))).toEqual([]);
    const rows = await p.locator('#atlas-search-results .search-result').count();
    expect(rows).toBeGreaterThan(0);
    expect(files.filter((f) => f.endsWith('.pf_fragment')).length).toBeLessThanOrEqual(HEADER_ROWS);
    await fresh.close();
  });

  it('fetches the alias map only for a header query that finds fewer papers than it shows', async () => {
    const fresh = await web.browser.newContext({ serviceWorkers: 'block' });
    const p = await fresh.newPage();
    const files: string[] = [];
    p.on('requestfinished', (r) => files.push(new URL(r.url()).pathname));
    await p.goto(`${web.server.url}papers/`);
    await p.locator('#atlas-search-input').fill('learning');
    const many = await settled(p, '.atlas-search__status');
    expect(resultCount(many)).toBeGreaterThan(HEADER_ROWS);
    expect(files.filter((f) => f.endsWith('/search/aliases.json'))).toEqual([]);
    // A word found in a handful of abstracts: too few direct matches, so the variants (and the map) are worth it.
    const rare = abstractOnlyWord(HEADER_ROWS / 2)!.word;
    await p.locator('#atlas-search-input').fill(rare);
    const few = await settled(p, '.atlas-search__status');
    expect(resultCount(few)).toBeLessThan(HEADER_ROWS);
    expect(files.filter((f) => f.endsWith('/search/aliases.json'))).toHaveLength(1);
    await fresh.close();
  });

  it('loads the filter index when the reader filters from the header, and on the search page', async () => {
    const fresh = await web.browser.newContext({ serviceWorkers: 'block' });
    const p = await fresh.newPage();
    const files: string[] = [];
    p.on('request', (r) => files.push(new URL(r.url()).pathname));
    await p.goto(`${web.server.url}papers/`);
    await p.locator('#atlas-search-input').fill('learning');
    await settled(p, '.atlas-search__status');
    // Before filtering, the header offers the concepts of the rows shown, without counts it does not know.
    const chip = p.locator('.atlas-search__filters button[data-concept]').first();
    expect(await chip.count()).toBe(1);
    expect(await p.locator('.atlas-search__filters .search-filter__count').count()).toBe(0);
    expect(files.filter((f) => f.endsWith('.pf_filter'))).toEqual([]);
    const label = (await chip.getAttribute('data-concept'))!;
    await chip.click();
    await p.waitForFunction(
      (l) => document.querySelector(`.atlas-search__filters button[aria-pressed="true"]`)?.getAttribute('data-concept') === l,
      label,
    );
    expect(files.some((f) => f.endsWith('.pf_filter'))).toBe(true);
    // The filtered search finished and found the papers carrying the concept.
    const status = await settled(p, '.atlas-search__status');
    expect(resultCount(status)).toBeGreaterThan(0);

    files.length = 0;
    await p.goto(`${web.server.url}search/?q=learning`);
    await settled(p, '.search-page__status');
    expect(files.some((f) => f.endsWith('.pf_filter'))).toBe(true);
    expect(await p.locator('.search-page__filters .search-filter__count').count()).toBeGreaterThan(0);
    await fresh.close();
  });
});

describe('filters from the keyboard and what the status says (review 19)', () => {
  const busiest = [...concepts].sort((a, b) => b.df - a.df || a.id.localeCompare(b.id))[0]!;
  const focusedFilter = (p: Page) =>
    p.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el?.matches('button[data-concept]') ? { concept: el.dataset.concept, pressed: el.getAttribute('aria-pressed') } : { tag: el?.tagName };
    });
  /** Waits for the filter row to show `concept` pressed or not, with the search finished. */
  const filterShows = (p: Page, row: string, concept: string, pressed: boolean) =>
    p.waitForFunction(
      ([r, c, want]) =>
        [...document.querySelectorAll<HTMLElement>(`${r} button[data-concept]`)].some((b) => b.dataset.concept === c && b.getAttribute('aria-pressed') === want) &&
        !/Searching/.test(document.querySelector(r === '.search-page__filters' ? '.search-page__status' : '.atlas-search__status')?.textContent ?? ''),
      [row, concept, String(pressed)] as const,
      { timeout: 30_000 },
    );

  it('keeps focus on the filter pressed with Space, on the search page and in the header (M1: focus fell to <body>)', async () => {
    await page.goto(`${web.server.url}search/?q=${encodeURIComponent(busiest.label.split(/\s+/)[0]!)}`);
    await settled(page, '.search-page__status');
    // The second filter: pressed, it moves to the front of the row.
    const second = page.locator('.search-page__filters button[data-concept]').nth(1);
    const label = (await second.getAttribute('data-concept'))!;
    await second.focus();
    await page.keyboard.press('Space');
    await filterShows(page, '.search-page__filters', label, true);
    expect(await focusedFilter(page)).toEqual({ concept: label, pressed: 'true' });
    await page.keyboard.press('Space');
    await filterShows(page, '.search-page__filters', label, false);
    expect(await focusedFilter(page)).toEqual({ concept: label, pressed: 'false' });

    await page.goto(`${web.server.url}papers/`);
    await headerInput(page).fill(busiest.label);
    await settled(page, '.atlas-search__status');
    const chip = page.locator('.atlas-search__filters button[data-concept]').nth(1);
    const chipLabel = (await chip.getAttribute('data-concept'))!;
    await chip.focus();
    await page.keyboard.press('Space');
    await filterShows(page, '.atlas-search__filters', chipLabel, true);
    expect(await focusedFilter(page)).toEqual({ concept: chipLabel, pressed: 'true' });
    // Focus never left the widget, so the dropdown stayed open.
    expect(await page.locator('[data-search-popup]').isVisible()).toBe(true);
  });

  it('names the filter a new query found nothing under, and offers to clear it (L3: a bare "No results.")', async () => {
    await page.goto(`${web.server.url}search/?q=${encodeURIComponent(busiest.label)}&concept=${encodeURIComponent(busiest.label)}`);
    await settled(page, '.search-page__status');
    await page.locator('#search-page-input').fill('qqzxjvwkplm');
    expect(await settled(page, '.search-page__status')).toBe(`No results with the filter ${busiest.label}.`);
    const clear = page.locator('[data-search-empty] button[data-search-clear]');
    await clear.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('concept'), undefined, { timeout: 30_000 });
    expect(await settled(page, '.search-page__status')).toBe('No results.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-page-input');
  });

  it('counts in plain words in the header (L4), and shows the "/" key hint only where there is a keyboard', async () => {
    await page.goto(`${web.server.url}papers/`);
    expect(await page.locator('.atlas-search__hint').isVisible()).toBe(true);
    await headerInput(page).fill(busiest.label);
    const status = await settled(page, '.atlas-search__status');
    expect(status).toMatch(/^(At least )?\d+ results?(, showing the top \d+)?(; top \d+ shown)?\.$/);
    const phone = await web.browser.newContext({ serviceWorkers: 'block', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const p = await phone.newPage();
    await p.goto(`${web.server.url}papers/`);
    expect(await p.locator('#atlas-search-input').isVisible()).toBe(true);
    expect(await p.locator('.atlas-search__hint').isVisible()).toBe(false);
    await phone.close();
  });
});

describe('search page while the filter index loads', () => {
  it('shows the results before the filter index is in, then the filters with their counts, in room kept for them', async () => {
    for (const [width, height] of [[1280, 900], [390, 844]] as const) {
      const fresh = await web.browser.newContext({ serviceWorkers: 'block', viewport: { width, height } });
      const p = await fresh.newPage();
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      let asked = false;
      await p.route('**/*.pf_filter', async (route) => {
        asked = true;
        await held;
        await route.continue();
      });
      await p.goto(`${web.server.url}search/?q=learning`);
      await p.waitForFunction(() => document.querySelectorAll('#search-page-results .search-result').length > 0, undefined, { timeout: 30_000 });
      expect(asked).toBe(true);
      expect(resultCount((await p.locator('.search-page__status').textContent()) ?? '')).toBeGreaterThan(0);
      // Not finished yet: no filters shown, and the box does not yet say its query was searched.
      expect(await p.locator('.search-page__filters button').first().isVisible()).toBe(false);
      expect(await p.locator('#search-page-input').getAttribute('data-searched')).not.toBe('learning');
      // The row the counts fill is laid out already: the results do not move when they come (131 px down at 1280 px).
      const firstTop = () => p.locator('#search-page-results .search-result').first().evaluate((el) => Math.round(el.getBoundingClientRect().top));
      const before = await firstTop();
      release();
      await settled(p, '.search-page__status');
      expect(await p.locator('.search-page__filters .search-filter__count').count()).toBeGreaterThan(0);
      expect(await p.locator('.search-page__filters button').first().isVisible()).toBe(true);
      expect(await firstTop(), `${width}px: the first result's top once the filters are in`).toBe(before);
      await fresh.close();
    }
  });
});

describe('when the search worker cannot start', () => {
  it('says that search could not load, and the next search starts it again', async () => {
    const fresh = await web.browser.newContext({ serviceWorkers: 'block' });
    const p = await fresh.newPage();
    // The worker's script cannot be fetched, as offline before the first visit.
    const workerScript = /\/_astro\/search-worker[-.][\w-]+\.js$/;
    await p.route(workerScript, (route) => route.abort());
    await p.goto(`${web.server.url}papers/`);
    await p.waitForLoadState('load');
    const word = concepts[0]!.label.split(/\s+/)[0]!;
    await p.locator('#atlas-search-input').click();
    await p.keyboard.type(word);
    expect(await settled(p, '.atlas-search__status')).toMatch(/could not load/i);
    expect(await p.locator('#atlas-search-results .search-result').count()).toBe(0);
    // Back online, a new query (Pagefind matches the shorter word as a prefix of the same words).
    await p.unroute(workerScript);
    await p.keyboard.press('Backspace');
    expect(await settled(p, '.atlas-search__status')).toMatch(/\d+ results?/);
    expect(await p.locator('#atlas-search-results .search-result').count()).toBeGreaterThan(0);
    await fresh.close();
  });
});

describe('concept rows', () => {
  it('names the concept of an abbreviation at the top of the header results', async () => {
    const target = [...concepts]
      .filter((c) => c.abbreviation && normaliseForm(c.abbreviation) !== normaliseForm(c.label) && c.df >= 2)
      .sort((a, b) => b.df - a.df || a.id.localeCompare(b.id))[0];
    expect(target, 'the corpus has a concept with an abbreviation').toBeDefined();
    await page.goto(`${web.server.url}papers/`);
    await headerInput(page).fill(target!.abbreviation!);
    await settled(page, '.atlas-search__status');
    const conceptLinks = await page
      .locator('#atlas-search-results .search-result')
      .evaluateAll((rows) =>
        rows
          .filter((r) => r.querySelector('.search-result__meta')?.textContent?.startsWith('Concept'))
          .map((r) => r.querySelector('a')?.getAttribute('href')),
      );
    expect(conceptLinks, `concept rows for "${target!.abbreviation}"`).toContain(`${seed.basePath}concepts/${target!.id}/`);
    // Concept rows lead the list.
    expect(await page.locator('#atlas-search-result-0 .search-result__meta').textContent()).toMatch(/^Concept/);
  });
});

describe('accessibility of search (axe-core)', () => {
  const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  async function serious(p: Page): Promise<string[]> {
    await p.evaluate(AXE_SOURCE);
    const result = (await p.evaluate(() =>
      (window as unknown as { axe: { run: (c: Document, o: object) => Promise<unknown> } }).axe.run(document, { resultTypes: ['violations'] }),
    )) as { violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }> };
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`the open header results and the search page with filters have no serious violations (${scheme})`, async () => {
      // The pages' CSP forbids injected inline script, so this context bypasses CSP to load axe.
      const ctx = await web.browser.newContext({ colorScheme: scheme, bypassCSP: true, serviceWorkers: 'block' });
      const p = await ctx.newPage();
      await p.goto(`${web.server.url}papers/`);
      await p.locator('#atlas-search-input').fill('learning');
      await settled(p, '.atlas-search__status');
      await p.locator('#atlas-search-input').press('ArrowDown');
      expect(await p.evaluate(() => document.activeElement?.className)).toBe('search-result__title');
      expect(await serious(p)).toEqual([]);
      await p.goto(`${web.server.url}search/?q=learning`);
      await settled(p, '.search-page__status');
      await p.locator('.search-page__filters button[data-concept]').first().click();
      await settled(p, '.search-page__status');
      expect(await serious(p)).toEqual([]);
      await ctx.close();
    });
  }
});

/** The papers of the hostile site, by id. */
function hostilePapers(): PaperFrontmatter[] {
  return readdirSync(join(hostile.contentDir, 'papers'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => paperFrontmatterSchema.parse(matter(readFileSync(join(hostile.contentDir, 'papers', f), 'utf8')).data))
    .sort((a, b) => a.id.localeCompare(b.id));
}

describe('inline math in results', () => {
  it('finds the paper with a formula typed as TeX first, and shows the formula once, as TeX, in its excerpt', async () => {
    // Before: `x^2` was searched as `x`, the longest indexed word it starts with, and the index held the
    // formula twice ("x2+y2<z2x^2 + y^2 < z^2").
    const found = hostilePapers()
      .map((p) => ({ paper: p, tex: /\$([^$\s][^$]*\^[^$]*[^$\s])\$/.exec(p.abstract)?.[1] }))
      .find((c) => c.tex !== undefined);
    expect(found, 'the hostile corpus has an abstract with a formula').toBeDefined();
    const { paper, tex } = found as { paper: PaperFrontmatter; tex: string };
    const hostileServer = await serveStatic(hostile.outDir, hostile.basePath);
    const ctx = await web.browser.newContext({ serviceWorkers: 'block' });
    const p = await ctx.newPage();
    try {
      await p.goto(`${hostileServer.url}search/?q=${encodeURIComponent(tex)}`);
      await settled(p, '.search-page__status');
      const rows = await p.locator('.search-page__results .search-result').evaluateAll((els) =>
        els.map((e) => ({ href: e.querySelector('a')?.getAttribute('href'), excerpt: e.querySelector('.search-result__excerpt')?.textContent ?? '' })),
      );
      expect(rows[0]?.href, `first result for "${tex}" among ${JSON.stringify(rows.map((r) => r.href))}`).toBe(`${hostile.basePath}papers/${paper.id}/`);
      expect(rows[0]!.excerpt.split(tex).length - 1, `"${tex}" once in "${rows[0]!.excerpt}"`).toBe(1);
    } finally {
      await ctx.close();
      await hostileServer.close();
    }
  });
});

describe('hostile text in results', () => {
  it('shows titles and excerpts with markup in them as plain text', async () => {
    const withMarkup = hostilePapers()
      .filter((p) => /<[a-z/!]/i.test(p.title))
    expect(withMarkup.length, 'the hostile corpus has titles with markup').toBeGreaterThan(0);
    const target = withMarkup[0]!;
    const word = normaliseForm(target.title.replace(/<[^>]*>/g, ' ')).split(' ').filter((w) => w.length >= 6).sort((a, b) => b.length - a.length)[0]!;

    const hostileServer = await serveStatic(hostile.outDir, hostile.basePath);
    const ctx = await web.browser.newContext({ serviceWorkers: 'block' });
    const p = await ctx.newPage();
    const seen = watchPage(p, hostileServer.origin);
    try {
      await p.goto(`${hostileServer.url}search/?q=${encodeURIComponent(word)}`);
      await settled(p, '.search-page__status');
      const titles = await p.locator('.search-page__results .search-result__title').allTextContents();
      expect(titles.some((t) => t.includes('<')), `a title with markup among ${JSON.stringify(titles)} for "${word}"`).toBe(true);
      const injected = await p.locator('.search-page__results').evaluate((el) =>
        [...el.querySelectorAll('*')].map((n) => n.tagName.toLowerCase()).filter((t) => !['li', 'div', 'a', 'span', 'bdi', 'p', 'mark'].includes(t)),
      );
      expect(injected).toEqual([]);
      expect(await p.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(seen.dialogs).toEqual([]);
      expect(seen.pageErrors).toEqual([]);
    } finally {
      await ctx.close();
      await hostileServer.close();
    }
  });
});

describe('authors in results', () => {
  it('names a paper\'s authors in its row, as its card does, as text, on the search page and in the header box (review 44 item 9)', async () => {
    const paper = hostilePapers().find((p) => p.authors.length >= 3 && p.authors.some((a) => /<\/script>/i.test(a)));
    expect(paper, 'the hostile corpus has a paper with </script> in an author name').toBeDefined();
    const line = authorLine(paper!.authors, paper!.etAl, 3);
    // Searched by a word of its first author's name: the byline is indexed text, and so finds the paper.
    const word = normaliseForm(paper!.authors[0]!.replace(/<[^>]*>/g, ' ')).split(' ').filter((w) => /^[a-z]{5,}$/.test(w))[0]!;
    const href = `${hostile.basePath}papers/${paper!.id}/`;
    const hostileServer = await serveStatic(hostile.outDir, hostile.basePath);
    const ctx = await web.browser.newContext({ serviceWorkers: 'block' });
    const p = await ctx.newPage();
    const seen = watchPage(p, hostileServer.origin);
    const authorsOf = (list: string) =>
      p.locator(`${list} .search-result`).evaluateAll((els, url) => els.filter((e) => e.querySelector('a')?.getAttribute('href') === url).map((e) => e.querySelector('.search-result__authors')?.textContent ?? null), href);
    try {
      await p.goto(`${hostileServer.url}search/?q=${encodeURIComponent(word)}`);
      await settled(p, '.search-page__status');
      expect(await authorsOf('.search-page__results'), `the row of ${paper!.id} for "${word}"`).toEqual([line]);
      // The search page hides the header box (it has its own): another page's.
      await p.goto(`${hostileServer.url}papers/`);
      await p.locator('#atlas-search-input').fill(word);
      await settled(p, '.atlas-search__status');
      expect(await authorsOf('#atlas-search-results'), `the header box's row of ${paper!.id} for "${word}"`).toEqual([line]);
      expect(await p.locator('.search-result__authors script, .search-result__authors b').count()).toBe(0);
      expect(await p.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(seen.pageErrors).toEqual([]);
    } finally {
      await ctx.close();
      await hostileServer.close();
    }
  });
});

describe('page health', () => {
  it('had no console errors, failed or foreign requests', () => {
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
  });
});
