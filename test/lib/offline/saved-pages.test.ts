import { describe, expect, it } from 'vitest';
import {
  buildSavedPagesManifest,
  countSaved,
  formatSize,
  isConceptPage,
  isSavablePage,
  missingPageHtml,
  OFFLINE_HEADINGS,
  pageLookupKeys,
  relativePageUrl,
  remainingToSave,
  saveUrls,
  whyMissing,
} from '../../../src/lib/offline/saved-pages';

const file = (path: string, bytes = 10) => ({ path, hash: 'h', bytes });

describe('buildSavedPagesManifest', () => {
  it('lists every page the shell leaves out (papers, concepts, further list pages), with their total size', () => {
    const files = [
      file('index.html', 5), file('404.html'), file('graph/index.html'), file('offline/index.html'), file('_astro/app.1.js'),
      file('papers/b-paper/index.html', 100), file('papers/a-paper/index.html', 200), file('concepts/rag/index.html', 30),
      file('papers/page/2/index.html', 7), file('api/papers.json', 9999), file('api/graph.gexf', 9999),
      file('sitemap-0.xml'), file('pagefind/fragment/en_1234567.pf_fragment'), file('pagefind/playground/index.html'), file('sw.js'),
    ];
    const m = buildSavedPagesManifest(files, 'v1');
    expect(m.version).toBe('v1');
    expect(m.urls).toEqual(['concepts/rag/', 'papers/a-paper/', 'papers/b-paper/', 'papers/page/2/']);
    expect(m.bytes).toBe(337);
    expect(m.conceptBytes).toBe(30);
    // The downloads are neither saved nor precached, but they exist: offline they are "not saved", not "not found".
    expect(m.files).toEqual(['api/graph.gexf', 'api/papers.json', 'sitemap-0.xml']);
  });

  it('saves pages only, never the exports, the search index or the worker', () => {
    for (const p of ['api/papers.json', 'api/x/index.html', 'pagefind/playground/index.html', 'sw.js', 'graph/data.json', 'index.html', 'graph/index.html']) {
      expect(isSavablePage(p), p).toBe(false);
    }
    expect(isSavablePage('papers/x/index.html')).toBe(true);
  });

  it('tells the optional concept pages from the paper pages', () => {
    expect(isConceptPage('concepts/rag/')).toBe(true);
    expect(isConceptPage('concepts/page/2/')).toBe(true);
    expect(isConceptPage('papers/concepts-of-x/')).toBe(false);
  });
});

describe('pageLookupKeys', () => {
  it('finds a page typed without its trailing slash, or with index.html, under the page’s own key', () => {
    expect(pageLookupKeys('https://h.example/atlas/papers/x')).toEqual(['https://h.example/atlas/papers/x', 'https://h.example/atlas/papers/x/']);
    expect(pageLookupKeys('https://h.example/atlas/papers/x/index.html')).toEqual([
      'https://h.example/atlas/papers/x/index.html',
      'https://h.example/atlas/papers/x/',
    ]);
  });

  it('drops query and fragment, and leaves files and slashed paths as they are', () => {
    expect(pageLookupKeys('https://h.example/atlas/papers/x/?q=1#top')).toEqual(['https://h.example/atlas/papers/x/']);
    expect(pageLookupKeys('https://h.example/atlas/graph/data.json?v=2')).toEqual(['https://h.example/atlas/graph/data.json']);
    // A slug with a dot in the middle is still a page.
    expect(pageLookupKeys('https://h.example/a/papers/v2.0-model')).toHaveLength(2);
    expect(pageLookupKeys('https://h.example/a/papers/gpt-4.5')).toEqual(['https://h.example/a/papers/gpt-4.5', 'https://h.example/a/papers/gpt-4.5/']);
  });
});

describe('whyMissing', () => {
  const known = new Set(['./', 'graph/', 'papers/a-paper/', 'api/papers.json']);
  const scope = 'https://h.example/lab/';

  it('tells a page of this build that is not on the device from an address with no page', () => {
    expect(whyMissing('https://h.example/lab/papers/a-paper/', scope, known)).toBe('not-saved');
    expect(whyMissing('https://h.example/lab/papers/a-paper', scope, known)).toBe('not-saved');
    expect(whyMissing('https://h.example/lab/api/papers.json', scope, known)).toBe('not-saved');
    expect(whyMissing('https://h.example/lab/nope/', scope, known)).toBe('not-found');
    expect(whyMissing('https://h.example/lab/papers/a-paperx/', scope, known)).toBe('not-found');
    expect(whyMissing('https://h.example/other/papers/a-paper/', scope, known)).toBe('not-found');
  });

  it('reads the home page and percent-encoded paths under any base path', () => {
    expect(relativePageUrl('https://h.example/lab/', scope)).toBe('./');
    expect(relativePageUrl('https://h.example/lab', scope)).toBe('./');
    expect(relativePageUrl('https://h.example/papers/x/', 'https://h.example/')).toBe('papers/x/');
    expect(whyMissing('https://h.example/lab/papers/caf%C3%A9/', scope, new Set(['papers/café/']))).toBe('not-saved');
  });
});

describe('saveUrls', () => {
  it('resolves the list under the base path and keeps nothing that leaves the site', () => {
    const base = 'https://h.example/lab/';
    expect(
      saveUrls(['papers/a/', 'papers/a/', 'https://evil.example/x/', '//evil.example/x/', '/other/x/', '../up/', 'javascript:alert(1)', 'concepts/b/'], base),
    ).toEqual(['https://h.example/lab/papers/a/', 'https://h.example/lab/concepts/b/']);
    expect(saveUrls(['papers/a/'], 'http://127.0.0.1:4321/')).toEqual(['http://127.0.0.1:4321/papers/a/']);
  });
});

describe('resuming a save', () => {
  it('fetches only what the saved cache does not hold, and counts only this build’s pages', () => {
    const urls = ['https://h/a/', 'https://h/b/', 'https://h/c/'];
    expect(remainingToSave(urls, ['https://h/b/', 'https://h/old/'])).toEqual(['https://h/a/', 'https://h/c/']);
    expect(countSaved(urls, ['https://h/b/', 'https://h/old/'])).toBe(1);
    expect(countSaved(urls, urls)).toBe(3);
  });
});

describe('missingPageHtml', () => {
  it('turns the offline page into the stand-in for a page not saved: heading, title and mode', () => {
    const page = `<title>${OFFLINE_HEADINGS.page} · Atlas</title><div class="prose" data-offline-mode="page"><h1>${OFFLINE_HEADINGS.page}</h1></div>`;
    const out = missingPageHtml(page);
    expect(out).toContain(`<title>${OFFLINE_HEADINGS.missing} · Atlas</title>`);
    expect(out).toContain(`<h1>${OFFLINE_HEADINGS.missing}</h1>`);
    expect(out).toContain('data-offline-mode="missing"');
    expect(out).not.toContain(OFFLINE_HEADINGS.page);
  });
});

describe('formatSize', () => {
  it('says sizes as a person would', () => {
    expect(formatSize(716e6)).toBe('716 MB');
    expect(formatSize(5_090_000)).toBe('5.1 MB');
    expect(formatSize(820_400)).toBe('820 kB');
    expect(formatSize(12)).toBe('1 kB');
  });
});

describe('buildSavedPagesManifest: the app files saved with the pages', () => {
  it('lists the search fragments and the app shell (never fetched ahead on a slow link), not the pages or the downloads', () => {
    const f = (path: string, bytes = 10) => ({ path, hash: 'h', bytes });
    const m = buildSavedPagesManifest([f('papers/x/index.html'), f('pagefind/fragment/en_abcdef01.pf_fragment', 7), f('pagefind/pagefind.js', 5),
      f('graph/index.html'), f('_astro/GraphExplorer.z.js', 3), f('api/papers.json'), f('offline/index.html')], 'v1');
    expect(m.assets).toEqual(['_astro/GraphExplorer.z.js', 'graph/', 'pagefind/fragment/en_abcdef01.pf_fragment', 'pagefind/pagefind.js']);
    expect(m.assetBytes).toBe(25);
    expect(m.urls).toEqual(['papers/x/']);
  });
});
