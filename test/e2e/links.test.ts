/**
 * Crawls the built seed site and the site built from the hostile corpus from their home pages over plain HTTP, served under a non-root base path the way
 * GitHub Pages serves a project site. Every internal link, fragment and asset must resolve; nothing may
 * point outside the base path; every external link carries rel="noopener noreferrer"; every page carries a
 * Content-Security-Policy that forbids inline script from content and still allows the site's own code.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BuiltSite } from '../support/build-site';
import { serveStatic, type RunningServer } from '../support/static-server';
import { resolveConfig } from '../../src/lib/config/resolve';
import { inlineScriptLoopholes, parsePolicy } from '../../src/lib/security/csp';
import {
  anchors,
  attr,
  cssReferences,
  cspMeta,
  elements,
  isExecutableScript,
  listPages,
  parseHtml,
  references,
  sha256Source,
  textOf,
  type Document,
} from './html-audit';

const { seed, hostile } = inject('sites');

interface Fetched {
  status: number;
  type: string;
  body: string;
  doc?: Document;
}

type Problems = Record<'broken' | 'anchors' | 'outsideBase' | 'foreign' | 'opener' | 'scriptUrls' | 'csp', string[]>;

/** One crawl of one built site: its server, what was fetched, and what is wrong. */
function crawler() {
  let server: RunningServer;
  const fetched = new Map<string, Fetched>();
  const problems: Problems = {
    broken: [] as string[],
    anchors: [] as string[],
    outsideBase: [] as string[],
    foreign: [] as string[],
    opener: [] as string[],
    scriptUrls: [] as string[],
    csp: [] as string[],
  };
  /** Pages reached from the home page (the crawl) and every page file in the build. */
  let crawledPages: string[] = [];
  let pageFiles: Array<{ file: string; path: string }> = [];

  async function get(url: string): Promise<Fetched> {
    const known = fetched.get(url);
    if (known) return known;
    const res = await fetch(url, { redirect: 'follow' });
    const type = res.headers.get('content-type') ?? '';
    const body = type.startsWith('text/') || type.includes('json') || type.includes('xml') ? await res.text() : (await res.arrayBuffer(), '');
    const entry: Fetched = { status: res.status, type, body, doc: type.startsWith('text/html') ? parseHtml(body) : undefined };
    fetched.set(url, entry);
    return entry;
  }

  /** A URL without its fragment, the key under which it is fetched. */
  const withoutHash = (u: URL) => {
    const copy = new URL(u);
    copy.hash = '';
    return copy.href;
  };

  function checkPolicy(pageUrl: string, doc: Document): void {
    const policies = cspMeta(doc);
    if (policies.length !== 1) {
      problems.csp.push(`${pageUrl}: ${policies.length} CSP meta tags (expected exactly one)`);
      return;
    }
    const policy = policies[0]!;
    const head = elements(doc).find((el) => el.tagName === 'head');
    const headMetaFirst =
      head && elements(head).findIndex((el) => el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy');
    const firstScript =
      head &&
      elements(head).findIndex(
        (el) =>
          el.tagName === 'script' ||
          el.tagName === 'style' ||
          (el.tagName === 'link' && /\b(stylesheet|preload|modulepreload)\b/i.test(attr(el, 'rel') ?? '')),
      );
    // A meta CSP only governs what the parser meets after it: scripts and styles must come later.
    if (headMetaFirst === undefined || headMetaFirst < 0) problems.csp.push(`${pageUrl}: CSP meta is not in <head>`);
    else if (firstScript !== undefined && firstScript >= 0 && firstScript < headMetaFirst)
      problems.csp.push(`${pageUrl}: a script/style/link comes before the CSP meta`);
    for (const hole of inlineScriptLoopholes(policy)) problems.csp.push(`${pageUrl}: ${hole}`);
    const parsed = parsePolicy(policy);
    const scriptSources = parsed.get('script-src-elem') ?? parsed.get('script-src') ?? [];
    const styleSources = parsed.get('style-src-elem') ?? parsed.get('style-src') ?? [];
    if (!scriptSources.includes("'wasm-unsafe-eval'") && !(parsed.get('script-src') ?? []).includes("'wasm-unsafe-eval'")) {
      problems.csp.push(`${pageUrl}: script-src lacks 'wasm-unsafe-eval' (Pagefind's WebAssembly would be refused)`);
    }
    for (const el of elements(doc)) {
      if (el.tagName === 'script' && attr(el, 'src') === undefined && isExecutableScript(el)) {
        const hash = sha256Source(textOf(el));
        if (!scriptSources.includes(hash))
          problems.csp.push(`${pageUrl}: inline <script> ${hash} is not in the CSP, the browser would refuse it: ${textOf(el).slice(0, 80)}`);
      }
      if (el.tagName === 'style') {
        const hash = sha256Source(textOf(el));
        if (!styleSources.includes(hash)) problems.csp.push(`${pageUrl}: inline <style> ${hash} is not in the CSP, the browser would refuse it`);
      }
      if (attr(el, 'style') !== undefined) {
        problems.csp.push(
          `${pageUrl}: <${el.tagName} style="${attr(el, 'style')}"> — style attributes are refused by the CSP; use a class or set it from a script through element.style`,
        );
      }
      for (const a of el.attrs) {
        if (/^on/i.test(a.name)) problems.csp.push(`${pageUrl}: <${el.tagName} ${a.name}=...> inline event handler (refused by the CSP)`);
      }
    }
  }

  async function crawl(start: string[], base: URL, siteOrigin: string): Promise<string[]> {
    const queue = [...start];
    const seen = new Set(queue);
    const pages: string[] = [];
    /** Fragment targets to check once every page is known: [from page, target URL]. */
    const fragments: Array<[string, URL]> = [];
    while (queue.length > 0) {
      const pageUrl = queue.shift()!;
      const page = await get(pageUrl);
      const isNotFoundProbe = pageUrl.includes('/__no-such-page__/');
      if (page.status !== 200 && !(isNotFoundProbe && page.status === 404)) {
        problems.broken.push(`${pageUrl}: HTTP ${page.status}`);
        continue;
      }
      if (!page.doc) continue;
      pages.push(pageUrl);
      checkPolicy(pageUrl, page.doc);
      for (const ref of references(page.doc)) {
        const where = `${pageUrl} <${ref.tag} ${ref.attribute}="${ref.value}">`;
        const trimmed = ref.value.trim();
        if (trimmed === '') {
          // `<form action="">` submits to the page itself; an empty link or asset URL is a mistake.
          if (!(ref.tag === 'form' && ref.attribute === 'action')) problems.broken.push(`${where}: empty URL`);
          continue;
        }
        let target: URL;
        try {
          target = new URL(trimmed, pageUrl);
        } catch {
          problems.broken.push(`${where}: not a URL`);
          continue;
        }
        if (!['http:', 'https:'].includes(target.protocol)) {
          if (target.protocol === 'mailto:' && ref.kind === 'navigation') continue;
          if (target.protocol === 'data:' && ref.kind === 'resource' && ref.tag === 'img') continue;
          problems.scriptUrls.push(`${where}: ${target.protocol} URL`);
          continue;
        }
        // The canonical URL and sitemap name the configured site; they map onto the served copy.
        if (target.origin === siteOrigin && target.origin !== base.origin)
          target = new URL(target.pathname + target.search + target.hash, base.origin);
        if (target.origin !== base.origin) {
          if (ref.kind === 'resource') problems.foreign.push(`${where}: loads from another origin`);
          else if (ref.tag === 'a' || ref.tag === 'area') {
            const rel = (ref.rel ?? '').toLowerCase().split(/\s+/);
            if (!rel.includes('noopener') || !rel.includes('noreferrer'))
              problems.opener.push(`${where}: external link without rel="noopener noreferrer"`);
          }
          continue;
        }
        if (!target.pathname.startsWith(base.pathname)) {
          problems.outsideBase.push(`${where}: ${target.pathname} is outside ${base.pathname}`);
          continue;
        }
        const key = withoutHash(target);
        if (target.hash && target.hash !== '#') fragments.push([where, target]);
        const isPage = ref.kind === 'navigation' && (ref.tag === 'a' || ref.tag === 'area' || ref.tag === 'link');
        if (isPage) {
          if (!seen.has(key)) {
            seen.add(key);
            queue.push(key);
          }
        } else {
          const asset = await get(key);
          if (asset.status !== 200) problems.broken.push(`${where}: HTTP ${asset.status}`);
          else if (asset.type.startsWith('text/css')) {
            for (const u of cssReferences(asset.body)) {
              if (u.startsWith('data:')) continue;
              const cssTarget = new URL(u, key);
              if (cssTarget.origin !== base.origin) problems.foreign.push(`${key}: url(${u}) loads from another origin`);
              else if ((await get(withoutHash(cssTarget))).status !== 200) problems.broken.push(`${key}: url(${u}) is missing`);
            }
          }
        }
      }
    }
    for (const [where, target] of fragments) {
      const page = await get(withoutHash(target));
      if (!page.doc) continue; // a fragment into a non-HTML file (e.g. a text file) cannot be checked
      const id = decodeURIComponent(target.hash.slice(1));
      if (!anchors(page.doc).has(id)) problems.anchors.push(`${where}: no element with id "${id}" on ${withoutHash(target)}`);
    }
    return pages;
  }

  return {
    problems,
    get,
    get server() {
      return server;
    },
    get crawledPages() {
      return crawledPages;
    },
    get pageFiles() {
      return pageFiles;
    },
    async run(site: BuiltSite): Promise<void> {
      server = await serveStatic(site.outDir, site.basePath);
      const base = new URL(server.url);
      const siteOrigin = new URL(resolveConfig({ env: process.env }).siteUrl).origin;
      // The 404 page is served at any depth, so its links must work from a nested missing URL too.
      crawledPages = await crawl([server.url, `${server.url}__no-such-page__/deeper/`], base, siteOrigin);
      pageFiles = listPages(site.outDir, site.basePath);
    },
    close: () => server?.close(),
  };
}

describe.each([
  ['seed site', seed],
  ['site built from the hostile corpus', hostile],
])('%s under /paper-atlas/', (_name, site) => {
  const c = crawler();
  const { problems } = c;
  beforeAll(() => c.run(site), 600_000);
  afterAll(() => c.close());

  it('is crawlable from the home page', () => {
    expect(c.crawledPages.length).toBeGreaterThan(1);
    const crawled = new Set(c.crawledPages.map((u) => new URL(u).pathname));
    // Every paper page is reachable by following links (the site is navigable, not only searchable).
    const papers = c.pageFiles.filter((p) => /\/papers\/[^/]+\/$/.test(p.path));
    expect(papers.length).toBeGreaterThan(0);
    expect(papers.filter((p) => !crawled.has(p.path)).map((p) => p.path)).toEqual([]);
  });

  it('has no broken internal link or asset', () => {
    expect(problems.broken).toEqual([]);
  });

  it('has no fragment pointing at a missing id', () => {
    expect(problems.anchors).toEqual([]);
  });

  it('never points outside its base path', () => {
    expect(problems.outsideBase).toEqual([]);
  });

  it('loads nothing from another origin and links out only through http(s)/mailto', () => {
    expect(problems.foreign).toEqual([]);
    expect(problems.scriptUrls).toEqual([]);
  });

  it('gives every external link rel="noopener noreferrer"', () => {
    expect(problems.opener).toEqual([]);
  });

  it('puts a CSP on every page that refuses inline script from content and allows its own code', () => {
    expect(problems.csp).toEqual([]);
  });

  it('puts a CSP on the pages the crawl did not reach too', async () => {
    const missing: string[] = [];
    for (const { path } of c.pageFiles) {
      const page = await c.get(c.server.origin + path);
      if (!page.doc || cspMeta(page.doc).length !== 1) missing.push(path);
    }
    expect(missing).toEqual([]);
  });

  it('writes nothing after </html> (the search and offline pages put their script there)', async () => {
    const after: string[] = [];
    for (const { path } of c.pageFiles) {
      const page = await c.get(c.server.origin + path);
      const end = page.body.toLowerCase().lastIndexOf('</html>');
      if (end >= 0 && page.body.slice(end + '</html>'.length).trim() !== '') after.push(path);
    }
    expect(after).toEqual([]);
  });

  it("links a concept page into the explorer exactly when graph/data.json has the concept (the explorer said it had no such concept)", async () => {
    const data = JSON.parse((await c.get(`${c.server.url}graph/data.json`)).body) as { concepts: { ids: string[] } };
    const inGraph = new Set(data.concepts.ids);
    const wrong: string[] = [];
    for (const { path } of c.pageFiles) {
      const id = /\/concepts\/([^/]+)\/$/.exec(path)?.[1];
      if (!id || id === 'page') continue;
      const page = await c.get(c.server.origin + path);
      if (!page.doc) continue;
      const links = elements(page.doc).filter((el) => el.tagName === 'a' && (attr(el, 'href') ?? '').includes('/graph/?'));
      const named = links.map((a) => new URL(attr(a, 'href')!, c.server.origin).searchParams.get('node'));
      const expected = inGraph.has(decodeURIComponent(id)) ? [`c:${decodeURIComponent(id)}`] : [];
      if (JSON.stringify(named) !== JSON.stringify(expected)) wrong.push(`${path}: ${JSON.stringify(named)}`);
    }
    expect(wrong).toEqual([]);
  });
});
