import { describe, expect, it } from 'vitest';
import { buildPrecacheManifest, hashInName, isPrecached, offlineTier, referencedAssets, staticImports, urlForPath } from '../../../src/lib/offline/precache';

const file = (path: string, hash = 'h') => ({ path, hash, bytes: 10 });

describe('isPrecached', () => {
  it('keeps the shell, scripts, styles, data and the search index (all but its fragments) as the app', () => {
    for (const p of ['index.html', '404.html', 'graph/index.html', 'search/index.html', 'concepts/index.html',
      '_astro/app.1a2b.js', '_astro/index.3c4d.css', 'graph/data.json', 'search/aliases.json',
      'pagefind/pagefind.js', 'pagefind/wasm.en.pagefind', 'pagefind/pagefind-entry.json',
      'pagefind/index/en_1234.pf_index', 'favicon.svg']) {
      expect(isPrecached(p), p).toBe(true);
    }
  });

  it('leaves paper and concept pages and the search fragments to be cached on visit or saved, and skips exports and the worker itself', () => {
    for (const p of ['papers/some-paper/index.html', 'concepts/rag/index.html', 'export/graph.gexf', 'pagefind/fragment/en_abc.pf_fragment',
      'export/graph.graphml', 'api/papers.json', 'api/graph.cyjs', 'sitemap-index.xml', 'robots.txt', 'sw.js', 'pagefind/playground/index.html']) {
      expect(isPrecached(p), p).toBe(false);
    }
  });
});

describe('offlineTier', () => {
  it('installs only the offline fallback: the offline and 404 pages and the files they load', () => {
    const assets = new Set(['_astro/BaseLayout.x.css', '_astro/offline.y.js']);
    for (const p of ['offline/index.html', '404.html', ...assets]) expect(offlineTier(p, assets), p).toBe('install');
  });

  it('leaves the rest of the app, the graph bundle and the search index to the background, and the fragments to saving', () => {
    const assets = new Set(['_astro/BaseLayout.x.css']);
    for (const p of ['index.html', 'graph/index.html', 'search/index.html', '_astro/GraphExplorer.z.js', 'graph/data.json',
      'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.en.pagefind', 'pagefind/index/en_1234.pf_index']) {
      expect(offlineTier(p, assets), p).toBe('background');
    }
    expect(offlineTier('pagefind/fragment/en_abc.pf_fragment', assets)).toBe('saved');
    for (const p of ['papers/x/index.html', 'api/papers.json', 'sw.js']) expect(offlineTier(p, assets), p).toBe('never');
  });
});

describe('referencedAssets and staticImports', () => {
  it('reads the bundled styles and scripts a page loads, under any base path', () => {
    const html = '<link rel="stylesheet" href="/atlas/_astro/BaseLayout.bTPrwLRS.css"><script type="module" src="/atlas/_astro/index.CrNnNw4K.js"></script>'
      + '<link rel="modulepreload" href="/atlas/_astro/search-ui.B455jHOr.js"><a href="/atlas/papers/x/">x</a><img src="/atlas/favicon.svg">';
    expect(referencedAssets(html)).toEqual(['_astro/BaseLayout.bTPrwLRS.css', '_astro/index.CrNnNw4K.js', '_astro/search-ui.B455jHOr.js']);
  });

  it('follows static imports of a bundled module, not dynamic ones', () => {
    const js = 'import{a as b}from"./saved-pages.Br9MAKl9.js";import"./side.Ab12Cd34.js";const m=()=>import("./lazy.Zz99Yy88.js");';
    expect(staticImports(js)).toEqual(['saved-pages.Br9MAKl9.js', 'side.Ab12Cd34.js']);
  });
});

describe('hashInName', () => {
  it('reads the content hash Pagefind puts in the names of its fragments, index chunks, filters and page table', () => {
    expect(hashInName('pagefind/fragment/en_03cd51e.pf_fragment')).toBe('03cd51e');
    expect(hashInName('pagefind/index/en_1076f72.pf_index')).toBe('1076f72');
    expect(hashInName('pagefind/filter/pt-br_a49e8e5.pf_filter')).toBe('a49e8e5');
    expect(hashInName('pagefind/pagefind.en_9cba548b36.pf_meta')).toBe('9cba548b36');
  });

  it('finds none in files named otherwise or outside the index', () => {
    for (const p of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.en.pagefind', '_astro/app.1a2b3c4d.js',
      'papers/en_03cd51e.pf_fragment', 'pagefind/fragment/en_03cd.pf_fragment', 'pagefind/fragment/en_03cd51e.pf_fragment.bak']) {
      expect(hashInName(p), p).toBeUndefined();
    }
  });
});

describe('urlForPath', () => {
  it('maps directory pages to their trailing-slash URL', () => {
    expect(urlForPath('index.html')).toBe('./');
    expect(urlForPath('graph/index.html')).toBe('graph/');
    expect(urlForPath('404.html')).toBe('404.html');
  });
});

describe('buildPrecacheManifest', () => {
  it('is independent of file order and changes when any file changes', () => {
    const a = buildPrecacheManifest([file('index.html'), file('_astro/a.js'), file('papers/x/index.html')]);
    const b = buildPrecacheManifest([file('papers/x/index.html'), file('_astro/a.js'), file('index.html')]);
    expect(a).toEqual(b);
    expect(a.background).toEqual(['_astro/a.js', './']);
    expect(a.backgroundBytes).toBe(20);
    const changedPage = buildPrecacheManifest([file('index.html'), file('_astro/a.js'), file('papers/x/index.html', 'new')]);
    expect(changedPage.version).not.toBe(a.version);
    expect(changedPage.background).toEqual(a.background);
  });

  it('ignores the worker file it produces, so rerunning gives the same version', () => {
    const files = [file('index.html'), file('_astro/a.js')];
    expect(buildPrecacheManifest([...files, file('sw.js', 'old worker')]).version).toBe(buildPrecacheManifest(files).version);
  });

  it('installs a few kB for the offline fallback, not the app and the search index (review 22: 174 files on the first visit)', () => {
    const sized = (path: string, bytes: number) => ({ path, hash: 'h', bytes });
    const files = [sized('offline/index.html', 9000), sized('404.html', 5000), sized('_astro/BaseLayout.x.css', 9915),
      sized('_astro/offline.y.js', 6312), sized('_astro/GraphExplorer.z.js', 495912), sized('graph/data.json', 80000),
      sized('index.html', 12000), sized('pagefind/pagefind.js', 40000), sized('pagefind/wasm.en.pagefind', 60000),
      ...Array.from({ length: 119 }, (_, i) => sized(`pagefind/fragment/en_${i}abcdef0.pf_fragment`, 1300)), sized('papers/x/index.html', 20000)];
    const m = buildPrecacheManifest(files, new Set(['_astro/BaseLayout.x.css', '_astro/offline.y.js']));
    expect(m.urls.sort()).toEqual(['404.html', '_astro/BaseLayout.x.css', '_astro/offline.y.js', 'offline/']);
    expect(m.bytes).toBeLessThan(40_000);
    // The rest waits for an idle moment on a good connection, smallest first; the fragments are never fetched ahead.
    expect(m.background).toEqual(['./', 'pagefind/pagefind.js', 'pagefind/wasm.en.pagefind', 'graph/data.json', '_astro/GraphExplorer.z.js']);
    expect(m.background.some((u) => u.includes('fragment'))).toBe(false);
  });
});
