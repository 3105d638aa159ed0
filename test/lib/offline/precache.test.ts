import { describe, expect, it } from 'vitest';
import { buildPrecacheManifest, hashInName, isPrecached, urlForPath } from '../../../src/lib/offline/precache';

const file = (path: string, hash = 'h') => ({ path, hash, bytes: 10 });

describe('isPrecached', () => {
  it('takes the shell, scripts, styles, data and the search index', () => {
    for (const p of ['index.html', '404.html', 'graph/index.html', 'search/index.html', 'concepts/index.html',
      '_astro/app.1a2b.js', '_astro/index.3c4d.css', 'graph/data.json', 'search/aliases.json',
      'pagefind/pagefind.js', 'pagefind/wasm.en.pagefind', 'pagefind/pagefind-entry.json',
      'pagefind/index/en_1234.pf_index', 'pagefind/fragment/en_abc.pf_fragment', 'favicon.svg']) {
      expect(isPrecached(p), p).toBe(true);
    }
  });

  it('leaves paper and concept pages to be cached on visit, and skips exports and the worker itself', () => {
    for (const p of ['papers/some-paper/index.html', 'concepts/rag/index.html', 'export/graph.gexf',
      'export/graph.graphml', 'api/papers.json', 'api/graph.cyjs', 'sitemap-index.xml', 'robots.txt', 'sw.js', 'pagefind/playground/index.html']) {
      expect(isPrecached(p), p).toBe(false);
    }
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
    expect(a.urls).toEqual(['_astro/a.js', './']);
    expect(a.bytes).toBe(20);
    const changedPage = buildPrecacheManifest([file('index.html'), file('_astro/a.js'), file('papers/x/index.html', 'new')]);
    expect(changedPage.version).not.toBe(a.version);
    expect(changedPage.urls).toEqual(a.urls);
  });

  it('ignores the worker file it produces, so rerunning gives the same version', () => {
    const files = [file('index.html'), file('_astro/a.js')];
    expect(buildPrecacheManifest([...files, file('sw.js', 'old worker')]).version).toBe(buildPrecacheManifest(files).version);
  });
});
