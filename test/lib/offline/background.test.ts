import { describe, expect, it } from 'vitest';
import { aheadCacheMode, backgroundAllowed, backgroundQueue, measuredRtt, pageAssets, type RequestTiming } from '../../../src/lib/offline/background';

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

  it('fetches nothing ahead when the page’s own round trips were as slow as a "3g" link, whatever the browser rates it (review 22b)', () => {
    expect(backgroundAllowed({ effectiveType: '4g' }, 400)).toBe(false);
    expect(backgroundAllowed({ effectiveType: '4g' }, 270)).toBe(false);
    expect(backgroundAllowed({ effectiveType: '4g' }, 269)).toBe(true);
    expect(backgroundAllowed({ effectiveType: '4g' }, 30)).toBe(true);
    expect(backgroundAllowed({ effectiveType: '4g' }, undefined)).toBe(true);
    // A fast measure does not overrule what the browser says.
    expect(backgroundAllowed({ effectiveType: '3g' }, 30)).toBe(false);
    expect(backgroundAllowed(undefined, 30)).toBe(false);
  });
});

describe('measuredRtt', () => {
  const net = (requestStart: number, ttfb: number, extra: Partial<RequestTiming> = {}): RequestTiming => ({
    requestStart, responseStart: requestStart + ttfb, transferSize: 1000, workerStart: 0, ...extra,
  });

  it('is the median time to first byte of the page and its files fetched over the network', () => {
    expect(measuredRtt(net(10, 420), [net(500, 400), net(510, 450)])).toBe(420);
    expect(measuredRtt(net(10, 20), [net(50, 30)])).toBe(25);
    // One slow answer (a cold server) among fast ones does not make the link slow.
    expect(measuredRtt(net(10, 900), [net(950, 20), net(960, 25)])).toBe(25);
  });

  it('leaves out what came from a cache, what the service worker answered (but the page), and entries without timing', () => {
    const fromHttpCache = net(100, 1, { transferSize: 0 });
    const fromWorker = net(100, 2, { workerStart: 90 });
    const noTiming = { requestStart: 0, responseStart: 0, transferSize: 500, workerStart: 0 };
    expect(measuredRtt(net(10, 400), [fromHttpCache, fromWorker, fromWorker, noTiming])).toBe(400);
    // The page itself is fetched from the network by the worker: its time counts.
    expect(measuredRtt(net(10, 400, { workerStart: 5 }), [fromWorker])).toBe(400);
    expect(measuredRtt(undefined, [fromHttpCache, noTiming])).toBeUndefined();
    expect(measuredRtt(undefined, [])).toBeUndefined();
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
