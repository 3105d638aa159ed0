import { describe, expect, it } from 'vitest';
import { assertIndexReached, IndexUnreachable, indexMisses, watchIndexFetches, type FetchScope } from '../../../src/client/search/index-reach';

/** A scope whose fetch answers from `answers` by path (a missing path is a network failure, as offline). */
function scopeAnswering(answers: Record<string, number>): FetchScope & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    fetch: (async (input: RequestInfo | URL) => {
      const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      asked.push(href);
      const status = answers[new URL(href, 'http://site.test/').pathname];
      if (status === undefined) throw new TypeError('Failed to fetch');
      return new Response('', { status });
    }) as typeof fetch,
  };
}

describe('index reach', () => {
  it('counts an index chunk that could not be fetched, or came back with an error status, and passes the request on', async () => {
    const scope = scopeAnswering({ '/atlas/pagefind/index/en_1.pf_index': 200, '/atlas/pagefind/index/en_2.pf_index': 404 });
    watchIndexFetches(scope, '/atlas/pagefind/index/');
    const before = indexMisses();
    expect((await scope.fetch('/atlas/pagefind/index/en_1.pf_index')).status).toBe(200);
    expect(() => assertIndexReached(before)).not.toThrow();
    expect((await scope.fetch('http://site.test/atlas/pagefind/index/en_2.pf_index')).status).toBe(404);
    expect(indexMisses()).toBe(before + 1);
    await expect(scope.fetch(new Request('http://site.test/atlas/pagefind/index/en_3.pf_index'))).rejects.toThrow('Failed to fetch');
    expect(indexMisses()).toBe(before + 2);
    expect(() => assertIndexReached(before)).toThrow(IndexUnreachable);
    expect(scope.asked).toHaveLength(3);
  });

  it('leaves other files alone: a fragment or an alias map that fails is not the index', async () => {
    const scope = scopeAnswering({});
    watchIndexFetches(scope, '/atlas/pagefind/index/');
    const before = indexMisses();
    await expect(scope.fetch('/atlas/pagefind/fragment/en_9.pf_fragment')).rejects.toThrow();
    await expect(scope.fetch('/atlas/search/aliases.json')).rejects.toThrow();
    expect(indexMisses()).toBe(before);
  });

  it('wraps a scope once, so that one failure counts once', async () => {
    const scope = scopeAnswering({});
    watchIndexFetches(scope, '/atlas/pagefind/index/');
    watchIndexFetches(scope, '/atlas/pagefind/index/');
    const before = indexMisses();
    await expect(scope.fetch('/atlas/pagefind/index/en_4.pf_index')).rejects.toThrow();
    expect(indexMisses()).toBe(before + 1);
  });
});
