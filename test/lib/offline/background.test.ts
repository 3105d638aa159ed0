import { describe, expect, it } from 'vitest';
import { aheadCacheMode, backgroundAllowed, backgroundQueue, pageAssets } from '../../../src/lib/offline/background';

describe('backgroundAllowed', () => {
  it('fetches nothing ahead in data-saver mode or on a 3G-or-slower link (review 22: a 400 kbit/s, 400 ms phone)', () => {
    expect(backgroundAllowed({ saveData: true, effectiveType: '4g' })).toBe(false);
    for (const effectiveType of ['slow-2g', '2g', '3g']) expect(backgroundAllowed({ effectiveType }), effectiveType).toBe(false);
  });

  it('fetches ahead on a link the browser says is fast', () => {
    expect(backgroundAllowed({ saveData: false, effectiveType: '4g' })).toBe(true);
    expect(backgroundAllowed({ effectiveType: '4g' })).toBe(true);
  });

  it('fetches nothing ahead where the browser does not say (review 22b: Safari and Firefox pulled 783 kB on any link)', () => {
    expect(backgroundAllowed({})).toBe(false);
    expect(backgroundAllowed(undefined)).toBe(false);
  });

  it('fetches nothing ahead on mobile data, however fast (Chromium on Android says cellular)', () => {
    expect(backgroundAllowed({ effectiveType: '4g', type: 'cellular' })).toBe(false);
    expect(backgroundAllowed({ effectiveType: '4g', type: 'bluetooth', saveData: false })).toBe(false);
    expect(backgroundAllowed({ effectiveType: '4g', type: 'wifi' })).toBe(true);
    expect(backgroundAllowed({ effectiveType: '4g', type: 'ethernet' })).toBe(true);
  });
});

describe('backgroundQueue', () => {
  it('resolves the manifest under the base path, keeps its order and skips what a cache holds', () => {
    const scope = 'https://x.org/atlas/';
    const have = new Set(['https://x.org/atlas/graph/']);
    expect(backgroundQueue(['./', 'graph/', 'pagefind/pagefind.js'], scope, have)).toEqual(['https://x.org/atlas/', 'https://x.org/atlas/pagefind/pagefind.js']);
  });
});

describe('pageAssets', () => {
  it('keeps the site’s bundled files a page loaded, without query, and nothing from elsewhere', () => {
    const loaded = ['https://x.org/atlas/_astro/a.B455jHOr.js', 'https://x.org/atlas/_astro/b.bTPrwLRS.css?v=1', 'https://x.org/atlas/pagefind/pagefind.js',
      'https://x.org/other/_astro/c.js', 'https://cdn.example/_astro/d.js', 'not a url'];
    expect(pageAssets(loaded, 'https://x.org/atlas/')).toEqual(['https://x.org/atlas/_astro/a.B455jHOr.js', 'https://x.org/atlas/_astro/b.bTPrwLRS.css']);
  });
});

describe('aheadCacheMode', () => {
  it('takes content-named files from the HTTP cache and revalidates the rest', () => {
    expect(aheadCacheMode('https://x.org/atlas/_astro/search-ui.B455jHOr.js')).toBe('force-cache');
    expect(aheadCacheMode('https://x.org/atlas/_astro/search-worker-BNw-AZ7x.js')).toBe('force-cache');
    expect(aheadCacheMode('https://x.org/atlas/pagefind/index/en_1076f72.pf_index')).toBe('force-cache');
    for (const u of ['https://x.org/atlas/', 'https://x.org/atlas/graph/data.json', 'https://x.org/atlas/pagefind/pagefind.js', 'https://x.org/atlas/pagefind/pagefind-entry.json']) {
      expect(aheadCacheMode(u), u).toBe('no-cache');
    }
  });
});
