import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchReply, SearchRequest } from '../../../src/client/search/search-worker';

/** Stands in for the browser's Worker: records what the page sends and lets a test answer or fail. */
class FakeWorker extends EventTarget {
  static started: FakeWorker[] = [];
  readonly url: string;
  readonly options: WorkerOptions | undefined;
  readonly received: SearchRequest[] = [];
  terminated = false;

  constructor(url: URL | string, options?: WorkerOptions) {
    super();
    this.url = String(url);
    this.options = options;
    FakeWorker.started.push(this);
  }

  postMessage(request: SearchRequest): void {
    this.received.push(request);
  }

  terminate(): void {
    this.terminated = true;
  }

  reply(data: SearchReply): void {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }

  /** What a worker whose script could not be fetched fires. */
  fail(): void {
    this.dispatchEvent(new Event('error', { cancelable: true }));
  }
}

type Client = typeof import('../../../src/client/search/search-client');
let client: Client;

beforeEach(async () => {
  FakeWorker.started = [];
  vi.stubGlobal('Worker', FakeWorker);
  // The client keeps its worker in module state: a fresh module per test.
  vi.resetModules();
  client = await import('../../../src/client/search/search-client');
});

afterEach(() => {
  vi.unstubAllGlobals();
  // A worker started early waits on the global object (search-box-trigger.ts): none carries over to the next test.
  delete (globalThis as Record<string, unknown>).atlasSearchWorker;
});

const outcome = { query: 'rag', queries: ['rag'], total: 0, asTyped: false, hits: [], concepts: [], conceptCounts: 'shown' as const };

describe('search client', () => {
  it('starts one module worker on the first call and answers each call from its own reply, in any order', async () => {
    const searched = client.search('rag', { limit: 8 });
    const found = client.findPaperIds('retrieval', 50);
    expect(FakeWorker.started).toHaveLength(1);
    const [worker] = FakeWorker.started;
    expect(worker!.url).toMatch(/search-worker\.ts$/);
    expect(worker!.options).toMatchObject({ type: 'module' });
    const [first, second] = worker!.received;
    expect(first).toMatchObject({ call: 'search', args: ['rag', { limit: 8 }] });
    expect(second).toMatchObject({ call: 'findPaperIds', args: ['retrieval', 50] });
    worker!.reply({ id: second!.id, ok: true, value: ['p1', 'p2'] });
    worker!.reply({ id: first!.id, ok: true, value: outcome });
    expect(await found).toEqual(['p1', 'p2']);
    expect(await searched).toEqual(outcome);
  });

  it('rejects a call the worker could not do with its message, and keeps the worker', async () => {
    const searched = client.search('rag');
    const [worker] = FakeWorker.started;
    worker!.reply({ id: worker!.received[0]!.id, ok: false, message: '404 fetching /pagefind/pagefind.js' });
    await expect(searched).rejects.toThrow('404 fetching /pagefind/pagefind.js');
    void client.search('rag again');
    expect(FakeWorker.started).toHaveLength(1);
    expect(worker!.received).toHaveLength(2);
  });

  it('fails the waiting calls when the worker cannot start, and starts a new one for the next call', async () => {
    const searched = client.search('rag');
    const found = client.findPaperIds('rag');
    const [broken] = FakeWorker.started;
    broken!.fail();
    await expect(searched).rejects.toThrow(/could not start/);
    await expect(found).rejects.toThrow(/could not start/);
    expect(broken!.terminated).toBe(true);

    const again = client.search('rag');
    expect(FakeWorker.started).toHaveLength(2);
    const fresh = FakeWorker.started[1]!;
    fresh.reply({ id: fresh.received[0]!.id, ok: true, value: outcome });
    expect(await again).toEqual(outcome);
  });

  it('rejects a call when no worker can be made, and tries again on the next', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('Creating a worker is not allowed', 'SecurityError');
        }
      },
    );
    await expect(client.search('rag')).rejects.toThrow('not allowed');
    vi.stubGlobal('Worker', FakeWorker);
    const again = client.search('rag');
    const [worker] = FakeWorker.started;
    expect(worker!.received).toHaveLength(1);
    worker!.reply({ id: worker!.received[0]!.id, ok: true, value: outcome });
    expect(await again).toEqual(outcome);
  });

  it('lets a warm-up fail quietly (it is only a head start)', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      client.warmUp({ aliases: false });
      expect(FakeWorker.started[0]!.received[0]).toMatchObject({ call: 'warmUp', args: [{ aliases: false }] });
      FakeWorker.started[0]!.fail();
      await new Promise((done) => setTimeout(done, 10));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});

describe('search started early (review 22 finding 8)', () => {
  it('the header box and the search page start the worker and Pagefind at once, and the client takes that worker over', async () => {
    const trigger = await import('../../../src/client/search/search-box-trigger');
    trigger.startSearchEarly({ aliases: true, filters: false });
    expect(FakeWorker.started).toHaveLength(1);
    const [early] = FakeWorker.started;
    expect(early!.url).toMatch(/search-worker\.ts$/);
    // Loading begins before the search UI's scripts have arrived.
    expect(early!.received).toEqual([{ id: -1, call: 'warmUp', args: [{ aliases: true, filters: false }] }]);
    // Started once per page.
    trigger.startSearchEarly({ aliases: false, filters: false });
    expect(FakeWorker.started).toHaveLength(1);

    const searched = client.search('rag');
    expect(FakeWorker.started).toHaveLength(1);
    const call = early!.received.at(-1)!;
    expect(call.call).toBe('search');
    early!.reply({ id: call.id, ok: true, value: outcome });
    await expect(searched).resolves.toEqual(outcome);
    // An answer to the early warm-up waits for nobody and breaks nothing.
    early!.reply({ id: -1, ok: true, value: undefined });
  });
});

describe('a search worker started early whose script fails', () => {
  it('is not handed over: the first search starts a new one', async () => {
    const trigger = await import('../../../src/client/search/search-box-trigger');
    trigger.startSearchEarly({ aliases: false, filters: false });
    const [early] = FakeWorker.started;
    early!.fail();
    expect(early!.terminated).toBe(true);
    const searched = client.search('rag');
    expect(FakeWorker.started).toHaveLength(2);
    const fresh = FakeWorker.started[1]!;
    const call = fresh.received.at(-1)!;
    fresh.reply({ id: call.id, ok: true, value: outcome });
    await expect(searched).resolves.toEqual(outcome);
  });
});
