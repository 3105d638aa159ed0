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
    expect(indexMisses()).toBe(before);
    expect((await scope.fetch('http://site.test/atlas/pagefind/index/en_2.pf_index')).status).toBe(404);
    expect(indexMisses()).toBe(before + 1);
    await expect(scope.fetch(new Request('http://site.test/atlas/pagefind/index/en_3.pf_index'))).rejects.toThrow('Failed to fetch');
    expect(indexMisses()).toBe(before + 2);
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

  /**
   * Pagefind's way with index chunks (pagefind.js `cachedLoad`): each asked for once, whichever search needs it
   * first, a later search sharing the request under way; one that could not be fetched is forgotten, and fetched
   * anew by the next search that needs it. A "search" here needs the chunk of each of its words.
   */
  function chunkLoader(scope: FetchScope) {
    const loaded = new Map<string, Promise<unknown>>();
    const load = (chunk: string) => {
      let p = loaded.get(chunk);
      if (!p) {
        p = scope.fetch(`/atlas/pagefind/index/${chunk}.pf_index`).then((r) => (r.ok ? r : Promise.reject(new Error(`${r.status}`))));
        p.catch(() => loaded.delete(chunk));
        loaded.set(chunk, p);
      }
      return p.catch(() => undefined);
    };
    return (words: readonly string[]) => Promise.all(words.map(load));
  }

  /** Offline: chunks on the device answer, others fail; `hold` keeps a chunk's request under way until `release`. */
  function offline(onDevice: readonly string[]) {
    let release: (() => void) | undefined;
    const held = new Set<string>();
    const scope: FetchScope = {
      fetch: (async (input: RequestInfo | URL) => {
        const path = String(input);
        const chunk = /index\/(.*)\.pf_index$/.exec(path)?.[1] ?? '';
        if (held.has(chunk)) await new Promise<void>((r) => (release = r));
        if (!onDevice.includes(chunk)) throw new TypeError('Failed to fetch');
        return new Response('', { status: 200 });
      }) as typeof fetch,
    };
    watchIndexFetches(scope, '/atlas/pagefind/index/');
    return {
      scope,
      hold: (chunk: string) => held.add(chunk),
      release: () => {
        held.clear();
        release?.();
      },
    };
  }

  it('does not charge a search with the failure of a chunk only a search it superseded asked for (review 9a)', async () => {
    const { scope, hold, release } = offline(['graph']);
    const search = chunkLoader(scope);
    // "grap" was searched, then the reader typed on: "graph" starts while the chunk of "grap…" is still on its way.
    hold('grap');
    const superseded = search(['grap']);
    const before = indexMisses();
    const current = search(['graph']);
    await Promise.resolve();
    release();
    await Promise.all([superseded, current]);
    expect(indexMisses()).toBe(before + 1);
    await expect(assertIndexReached(before, () => search(['graph']))).resolves.toBeUndefined();
  });

  it('charges a search with a chunk of its own that could not be fetched, shared with an earlier search or not', async () => {
    const { scope, hold, release } = offline(['graph']);
    const search = chunkLoader(scope);
    // Its own chunk, fetched by it.
    let before = indexMisses();
    await search(['graph', 'neural']);
    await expect(assertIndexReached(before, () => search(['graph', 'neural']))).rejects.toThrow(IndexUnreachable);
    // A chunk it needs that an earlier search had asked for and was still waiting on: the failure is this search's too.
    hold('agents');
    const earlier = search(['agents']);
    before = indexMisses();
    const current = search(['graph', 'agents']);
    await Promise.resolve();
    release();
    await Promise.all([earlier, current]);
    await expect(assertIndexReached(before, () => search(['graph', 'agents']))).rejects.toThrow(IndexUnreachable);
  });

  it('asks nothing again when no index fetch failed', async () => {
    const { scope } = offline(['graph']);
    const search = chunkLoader(scope);
    const before = indexMisses();
    await search(['graph']);
    let asked = 0;
    await assertIndexReached(before, async () => asked++);
    expect(asked).toBe(0);
  });
});
