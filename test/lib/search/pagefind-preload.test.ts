import { describe, expect, it } from 'vitest';
import { fetchKey, pagefindInitFiles } from '../../../src/lib/search/pagefind-preload';

describe('pagefindInitFiles', () => {
  it('names the metadata and WebAssembly Pagefind loads after its entry, for the language with the most pages', () => {
    const entry = { version: '1.6.0', languages: { en: { hash: 'en_e1dc45b45b', wasm: 'en', page_count: 119 } } };
    expect(pagefindInitFiles(entry)).toEqual(['pagefind.en_e1dc45b45b.pf_meta', 'wasm.en.pagefind']);
    const two = { languages: { de: { hash: 'de_1', wasm: 'de', page_count: 3 }, en: { hash: 'en_2', wasm: 'en', page_count: 40 } } };
    expect(pagefindInitFiles(two)).toEqual(['pagefind.en_2.pf_meta', 'wasm.en.pagefind']);
  });

  it('names nothing for an entry it cannot read', () => {
    for (const bad of [null, undefined, 'x', {}, { languages: null }, { languages: { en: { hash: 3 } } }]) expect(pagefindInitFiles(bad)).toEqual([]);
  });
});

describe('fetchKey', () => {
  it('matches Pagefind’s cache-busted request to the file fetched ahead', () => {
    const base = 'https://x.org/atlas/_astro/search-worker-BNw-AZ7x.js';
    expect(fetchKey('/atlas/pagefind/pagefind-entry.json?ts=1796515853668', base)).toBe(fetchKey('https://x.org/atlas/pagefind/pagefind-entry.json', base));
  });
});
