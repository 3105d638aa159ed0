/**
 * The site built from the hostile corpus (test/fixtures/hostile/: HTML and `<script>` in titles and
 * abstracts, `</script><!--`, `javascript:` links, `__proto__` titles, ...) is visited page by page in
 * Chromium. No script from the text may run, no dialog may open, and no element or attribute from the text
 * may reach the DOM. The Content-Security-Policy is then shown to refuse inline script on its own, with a
 * control run without it proving the trap would have caught a payload.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { watchPage, type PageProblems } from '../support/browser';
import { ROOT } from '../support/build-site';
import { servedChromium } from '../support/served-chromium';
import { parsePolicy } from '../../src/lib/security/csp';
import { attr, cspMeta, elements, isExecutableScript, listPages, parseHtml, sha256Source, textOf } from './html-audit';

const { hostile, seed } = inject('sites');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'hostile');

/**
 * Installed before any page script: records every way a payload could show that it ran. Payloads in the
 * corpus call alert()/confirm()/prompt() (caught as dialogs) or assign `window.__pwned`.
 */
const TRAP = `(() => {
  const hits = [];
  Object.defineProperty(window, '__atlasHits', { value: hits });
  let pwned;
  Object.defineProperty(window, '__pwned', { get() { return pwned; }, set(v) { hits.push('__pwned=' + String(v)); pwned = v; } });
  document.addEventListener('securitypolicyviolation', (e) => {
    hits.push('csp:' + e.violatedDirective + ' blocked ' + e.blockedURI + ' sample ' + JSON.stringify(e.sample));
  }, true);
})();`;

/** Tag names and attribute name=value pairs written in the hostile corpus, e.g. `img`, `onerror=alert(1)`. */
function markupInCorpus(): { tags: Set<string>; attributes: Set<string> } {
  const tags = new Set<string>();
  const attributes = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const text = readFileSync(full, 'latin1');
        for (const m of text.matchAll(/<\s*([a-zA-Z][a-zA-Z0-9-]*)([^<>]*)>?/g)) {
          tags.add(m[1]!.toLowerCase());
          for (const a of (m[2] ?? '').matchAll(/([a-zA-Z:-]+)\s*=\s*(?:\\?"([^"\\]*)\\?"|'([^']*)'|([^\s>"'\\]+))/g)) {
            const value = a[2] ?? a[3] ?? a[4] ?? '';
            // Attributes that carry a payload; `rel="alternate"` or `type="html"` in an Atom feed's own markup
            // would match the site's legitimate markup. An href may legitimately become a link (URLs in
            // abstracts are kept); script URLs are checked apart.
            const name = a[1]!.toLowerCase();
            const payload = /^on/.test(name) || ['src', 'srcdoc', 'style', 'action', 'formaction', 'data'].includes(name) || /javascript:|\(|pwned/i.test(value);
            if (value.length >= 2 && name !== 'href' && payload) attributes.add(`${name}=${value}`);
          }
        }
      }
    }
  };
  walk(FIXTURES);
  return { tags, attributes };
}

/** Which kind of page a path is: `papers/*`, `concepts/*`, or the page itself. */
function route(path: string, base: string): string {
  const rest = path.slice(base.length);
  const m = /^([^/]+)\/[^/]+\/$/.exec(rest);
  return m ? `${m[1]}/*` : rest;
}

/** The element names benign input produces on each kind of page: the seed site, read statically. */
function benignTagsByRoute(): Map<string, Set<string>> {
  const byRoute = new Map<string, Set<string>>();
  for (const { file, path } of listPages(seed.outDir, seed.basePath)) {
    const key = route(path, seed.basePath);
    const tags = byRoute.get(key) ?? new Set<string>();
    for (const el of elements(parseHtml(readFileSync(file, 'utf8')))) tags.add(el.tagName);
    byRoute.set(key, tags);
  }
  return byRoute;
}

interface DomReport {
  tags: string[];
  handlers: string[];
  scriptUrls: string[];
  scripts: Array<{ src: string | null; type: string; text: string }>;
  jsonBlocks: Array<{ type: string; ok: boolean; error: string }>;
  attributes: Array<{ tag: string; name: string; value: string }>;
  hits: string[];
  pwned: unknown;
}

/** Reads the live DOM (after the site's scripts ran), not the HTML file. */
async function readDom(page: Page): Promise<DomReport> {
  return page.evaluate(() => {
    const all = Array.from(document.querySelectorAll('*'));
    const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcdoc'];
    const report = {
      tags: Array.from(new Set(all.map((el) => el.localName))),
      handlers: [] as string[],
      scriptUrls: [] as string[],
      scripts: Array.from(document.scripts).map((s) => ({ src: s.getAttribute('src'), type: s.type, text: s.text })),
      jsonBlocks: [] as Array<{ type: string; ok: boolean; error: string }>,
      attributes: [] as Array<{ tag: string; name: string; value: string }>,
      hits: ((window as unknown as { __atlasHits?: string[] }).__atlasHits ?? []).slice(),
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    };
    for (const el of all) {
      for (const a of Array.from(el.attributes)) {
        report.attributes.push({ tag: el.localName, name: a.name, value: a.value });
        if (/^on/i.test(a.name)) report.handlers.push(`<${el.localName} ${a.name}="${a.value}">`);
        if (urlAttributes.includes(a.name.toLowerCase()) && /^\s*(javascript|vbscript|data:text\/html)/i.test(a.value.replace(/[\t\n\r]/g, ''))) {
          report.scriptUrls.push(`<${el.localName} ${a.name}="${a.value}">`);
        }
      }
    }
    for (const s of Array.from(document.querySelectorAll('script[type="application/json"], script[type="application/ld+json"]'))) {
      try {
        JSON.parse(s.textContent ?? '');
        report.jsonBlocks.push({ type: s.getAttribute('type') ?? '', ok: true, error: '' });
      } catch (e) {
        report.jsonBlocks.push({ type: s.getAttribute('type') ?? '', ok: false, error: String(e) });
      }
    }
    return report;
  });
}

// The site's offline service worker would answer navigations itself, past page.route(): block it here.
const web = servedChromium({ site: hostile, context: { serviceWorkers: 'block' } });
let pages: Array<{ file: string; path: string }> = [];
const findings: string[] = [];
const visited: string[] = [];
let searched = false;

function auditDom(where: string, dom: DomReport, policy: string | undefined, allowedTags: Set<string> | undefined, corpus: ReturnType<typeof markupInCorpus>): void {
  for (const h of dom.hits) findings.push(`${where}: ${h}`);
  if (dom.pwned !== undefined) findings.push(`${where}: window.__pwned is ${String(dom.pwned)}`);
  for (const h of dom.handlers) findings.push(`${where}: inline event handler in the DOM ${h}`);
  for (const u of dom.scriptUrls) findings.push(`${where}: script URL in the DOM ${u}`);
  for (const j of dom.jsonBlocks) if (!j.ok) findings.push(`${where}: embedded ${j.type} is not valid JSON (${j.error}) — text broke out of it?`);
  const scriptSources = policy ? (parsePolicy(policy).get('script-src-elem') ?? parsePolicy(policy).get('script-src') ?? []) : [];
  for (const s of dom.scripts) {
    if (s.src !== null) {
      const url = new URL(s.src, web.server.url);
      if (url.origin !== web.server.origin || !url.pathname.startsWith(hostile.basePath)) findings.push(`${where}: <script src="${s.src}"> not from the site`);
    } else if (['', 'module', 'text/javascript', 'application/javascript'].includes(s.type.toLowerCase())) {
      if (!scriptSources.includes(sha256Source(s.text))) findings.push(`${where}: inline <script> the build did not hash: ${s.text.slice(0, 120)}`);
    }
  }
  if (allowedTags) {
    for (const tag of dom.tags) {
      if (!allowedTags.has(tag) && corpus.tags.has(tag)) findings.push(`${where}: <${tag}> from the text is an element in the DOM`);
    }
  }
  for (const a of dom.attributes) {
    if (corpus.attributes.has(`${a.name.toLowerCase()}=${a.value}`)) findings.push(`${where}: attribute ${a.name}="${a.value}" from the text is on a <${a.tag}>`);
  }
}

beforeAll(async () => {
  await web.context.addInitScript(TRAP);
  pages = listPages(hostile.outDir, hostile.basePath);
});

describe('site built from the hostile corpus', () => {
  it('serves every page as inert text: no script runs, no dialog opens, no element from the text', async () => {
    const corpus = markupInCorpus();
    expect(corpus.tags.has('script'), 'the hostile corpus has <script> payloads to test against').toBe(true);
    const benign = benignTagsByRoute();
    const page = await web.context.newPage();
    const watched: PageProblems = watchPage(page, web.server.origin);
    expect(pages.length).toBeGreaterThan(3);
    for (const { file, path } of pages) {
      const html = readFileSync(file, 'utf8');
      const doc = parseHtml(html);
      const policies = cspMeta(doc);
      if (policies.length !== 1) findings.push(`${path}: ${policies.length} CSP meta tags`);
      // The file as the HTML parser reads it: embedded JSON intact, no script the build did not emit.
      for (const el of elements(doc)) {
        if (el.tagName !== 'script') continue;
        if (!isExecutableScript(el)) {
          try {
            JSON.parse(textOf(el));
          } catch (e) {
            findings.push(`${path}: embedded <script type="${attr(el, 'type')}"> does not parse as JSON: ${String(e)}`);
          }
        }
      }
      await page.goto(web.server.origin + path, { waitUntil: 'load' });
      await page.waitForTimeout(100);
      const key = route(path, hostile.basePath);
      auditDom(path, await readDom(page), policies[0], benign.get(key), corpus);
      visited.push(path);

      // Search renders text from the corpus into the DOM at run time: query it for the payloads once.
      const search = page.locator('input[type="search"]').first();
      if (!searched && (await search.count()) > 0 && (await search.isVisible())) {
        searched = true;
        for (const query of ['script', 'alert', 'onerror', 'proto']) {
          await search.fill(query);
          await page.waitForTimeout(1000);
          auditDom(`${path} (search "${query}")`, await readDom(page), policies[0], undefined, corpus);
        }
      }
    }
    const hasSearchBox = pages.some(({ file }) => elements(parseHtml(readFileSync(file, 'utf8'))).some((el) => el.tagName === 'input' && attr(el, 'type') === 'search'));
    if (hasSearchBox) expect(searched, 'the site has a search box but none was visible to type the payload queries into').toBe(true);
    expect({
      findings,
      dialogs: watched.dialogs,
      pageErrors: watched.pageErrors,
      consoleErrors: watched.consoleErrors,
      foreignRequests: watched.foreignRequests,
      failedRequests: watched.failedRequests,
    }).toEqual({ findings: [], dialogs: [], pageErrors: [], consoleErrors: [], foreignRequests: [], failedRequests: [] });
    expect(visited.length).toBe(pages.length);
    // Every page of the site in a real browser: minutes on a busy two-core machine.
  }, 900_000);

  it("refuses inline script through the CSP alone, which a control run without the CSP shows the trap would catch", async () => {
    const target = pages.find((p) => /\/papers\/[^/]+\/$/.test(p.path)) ?? pages[0]!;
    const url = web.server.origin + target.path;
    const original = readFileSync(target.file, 'utf8');
    const payload =
      `<script>window.__pwned='inline-script'</script>` +
      `<img src="x-missing.png" onerror="window.__pwned='onerror'">` +
      `<a id="h7-js-link" href="javascript:void(window.__pwned='javascript-url')">x</a>`;
    // Right after <body>, where text from an abstract would land if a template forgot to escape it.
    const injected = original.replace(/<body[^>]*>/, (open) => open + payload);
    expect(injected).not.toBe(original);
    const withoutCsp = injected.replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '');
    expect(withoutCsp).not.toBe(injected);

    const run = async (body: string) => {
      const page = await web.context.newPage();
      await page.route(url, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(200);
      // A DOM click: the link sits at the very top where the page header may cover it for a mouse.
      await page.evaluate(() => (document.getElementById('h7-js-link') as HTMLAnchorElement).click());
      await page.waitForTimeout(200);
      const dom = await readDom(page);
      await page.close();
      return dom;
    };

    const control = await run(withoutCsp);
    expect(control.hits.filter((h) => h.startsWith('__pwned='))).toEqual(
      expect.arrayContaining(['__pwned=inline-script', '__pwned=onerror', '__pwned=javascript-url']),
    );

    const guarded = await run(injected);
    expect(guarded.hits.filter((h) => h.startsWith('__pwned='))).toEqual([]);
    expect(guarded.pwned).toBeUndefined();
    const violations = guarded.hits.filter((h) => h.startsWith('csp:'));
    expect(violations.some((v) => v.startsWith('csp:script-src-elem') || v.startsWith('csp:script-src '))).toBe(true);
    expect(violations.some((v) => v.startsWith('csp:script-src-attr') || v.startsWith('csp:script-src '))).toBe(true);
  }, 180_000);
});

describe('author keywords in the hostile corpus', () => {
  it('shows them as one line of text on the paper page, inside the indexed body, and makes a tag of those the abstract writes', () => {
    const paper = pages
      .map(({ file }) => parseHtml(readFileSync(file, 'utf8')))
      .find((doc) => elements(doc).some((el) => el.tagName === 'h1' && textOf(el).includes('Cross-Site Scripting in Static Site Generators')))!;
    expect(paper).toBeDefined();
    const line = elements(paper).filter((el) => el.tagName === 'p' && (attr(el, 'class') ?? '').split(' ').includes('paper__keywords'));
    expect(line).toHaveLength(1);
    expect(textOf(line[0]!)).toBe('Author keywords: <img src=x onerror=alert(1)>, cross-site scripting, static site generators, toread');
    expect(elements(line[0]!).filter((el) => el !== line[0])).toEqual([]);
    const body = elements(paper).find((el) => attr(el, 'data-pagefind-body') !== undefined)!;
    expect(elements(body)).toContain(line[0]);
    // A keyword the abstract writes is a tag; "toread" links nothing.
    const tags = elements(paper).filter((el) => (attr(el, 'class') ?? '').split(' ').includes('tag')).map((el) => textOf(el).toLowerCase());
    expect(tags.some((t) => t.includes('cross-site scripting'))).toBe(true);
    expect(tags.some((t) => t.includes('toread'))).toBe(false);
  });
});

describe('right-to-left text in the hostile corpus', () => {
  it('keeps a right-to-left author name with a bidi override from moving the year after it', async () => {
    const paper = pages.find(({ file }) => /class="meta paper__byline">(?:(?!<\/p>)[^])*·(?:(?!<\/p>)[^])*\d{4}/.test(readFileSync(file, 'utf8')));
    expect(paper, 'a paper page with authors and a year').toBeDefined();
    for (const [path, selector] of [
      [paper!.path, '.paper__byline'],
      [`${hostile.basePath}papers/`, '.paper-card .meta'],
    ] as const) {
      const page = await web.context.newPage();
      await page.goto(web.server.origin + path, { waitUntil: 'load' });
      const order = await page.evaluate((selector) => {
        // A line with names, a separator and a year.
        const line = [...document.querySelectorAll(selector)].find((el) => /\d{4}/.test(el.textContent ?? '') && (el.textContent ?? '').includes('·'))!;
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        const texts: Text[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.trim()) texts.push(n as Text);
        const author = texts[0]!;
        // An unterminated right-to-left override (U+202E) and a Hebrew name, as a record can hold.
        author.data = `\u202E\u05D3\u05D5\u05D3 ${author.data}`;
        const year = texts.find((t) => /\d{4}/.test(t.data))!;
        const at = year.data.search(/\d{4}/);
        const rect = (node: Text, from: number, to: number) => {
          const range = document.createRange();
          range.setStart(node, from);
          range.setEnd(node, to);
          return range.getBoundingClientRect();
        };
        return { authorLeft: rect(author, 0, author.data.length).left, yearLeft: rect(year, at, at + 4).left };
      }, selector);
      expect(order.yearLeft, `${path}: the year stays after the names`).toBeGreaterThan(order.authorLeft);
      await page.close();
    }
  });
});
