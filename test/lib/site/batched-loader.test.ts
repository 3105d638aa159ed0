import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { batchStoreWrites, LOADING_KEY } from '../../../src/lib/site/batched-loader';
import { afterContentStage } from '../../../src/lib/site/content-gate';
import { astroModule } from '../../support/astro-internals';

/** Astro's own store (not part of its public exports): the behaviour under test is its save timer. */
interface AstroStore {
  scopedStore(collection: string): LoaderContext['store'];
  metaStore(collection?: string): LoaderContext['meta'];
  writeToDisk(): Promise<void>;
  waitUntilSaveComplete(): Promise<void>;
}
async function astroStore(file: string): Promise<AstroStore> {
  const { MutableDataStore } = await astroModule<{ MutableDataStore: { fromFile(file: string): Promise<AstroStore> } }>('content/mutable-data-store.js');
  return MutableDataStore.fromFile(file);
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** A loader like the glob loader on a re-run: a changed entry now and then, with longer pauses than Astro waits. */
const slowLoader: Loader = {
  name: 'slow',
  async load({ store }) {
    for (let i = 0; i < 3; i++) {
      await sleep(650);
      store.set({ id: `paper-${i}`, data: { i }, digest: `digest-${i}` });
    }
  },
};

/** Runs `loader` as Astro's content layer does, counting the store's saves. */
async function sync(loader: Loader): Promise<{ saves: number; store: AstroStore }> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-batched-'));
  dirs.push(dir);
  const store = await astroStore(join(dir, 'data-store.json'));
  let saves = 0;
  const write = store.writeToDisk.bind(store);
  store.writeToDisk = () => {
    saves++;
    return write();
  };
  // A sync begins by recording Astro's version in the store's metadata.
  store.metaStore().set('astro-version', 'test');
  const context = { collection: 'papers', store: store.scopedStore('papers'), meta: store.metaStore('papers') } as LoaderContext;
  await loader.load(context);
  await store.waitUntilSaveComplete();
  return { saves, store };
}

describe('batchStoreWrites', () => {
  it('saves Astro’s store once per sync, where the loader alone saves it after every pause', async () => {
    const alone = await sync(slowLoader);
    expect(alone.saves).toBeGreaterThan(2);
    const batched = await sync(batchStoreWrites(slowLoader));
    expect(batched.saves).toBe(1);
    const entries = batched.store.scopedStore('papers').entries();
    expect(entries.map(([id, entry]) => [id, entry.data])).toEqual([
      ['paper-0', { i: 0 }],
      ['paper-1', { i: 1 }],
      ['paper-2', { i: 2 }],
    ]);
    expect(batched.store.metaStore('papers').get(LOADING_KEY)).toBe('1');
  }, 20_000);

  it('saves once when the wait for the content stage is inside the batch; outside it, the store is saved during the wait too', async () => {
    // Under `npm run build` the loader waits for the content stage (seconds at 10,000 papers) after the sync has
    // changed the store's metadata: on a re-run Astro then saved the whole store of the last build meanwhile.
    const oneChange: Loader = { name: 'one', load: async ({ store }) => void store.set({ id: 'paper-0', data: {}, digest: 'd0' }) };
    const stage = async () => void (await sleep(1200));
    const inside = await sync(batchStoreWrites(afterContentStage(oneChange, stage)));
    expect(inside.saves).toBe(1);
    const outside = await sync(afterContentStage(batchStoreWrites(oneChange), stage));
    expect(outside.saves).toBe(2);
  }, 20_000);

  it('is how the papers collection is loaded', () => {
    const config = readFileSync(new URL('../../../src/content.config.ts', import.meta.url), 'utf8');
    expect(config).toMatch(/loader: batchStoreWrites\(afterContentStage\(/);
  });

  it('holds entries back only while loading: later ones (the dev server’s watcher) go straight in', async () => {
    let later: LoaderContext['store'] | undefined;
    const seen: string[][] = [];
    const loader = batchStoreWrites({
      name: 'watching',
      async load({ store }) {
        store.set({ id: 'a', data: {}, digest: 'a' });
        seen.push(store.keys());
        later = store;
      },
    });
    const { store } = await sync(loader);
    expect(seen).toEqual([[]]);
    later!.set({ id: 'b', data: {}, digest: 'b' });
    expect(store.scopedStore('papers').keys().sort()).toEqual(['a', 'b']);
    await store.waitUntilSaveComplete();
  });

  it('sets nothing when the loader fails, and stops touching the store', async () => {
    const failing = batchStoreWrites({
      name: 'failing',
      async load({ store }) {
        store.set({ id: 'half', data: {}, digest: 'h' });
        throw new Error('unreadable file');
      },
    });
    const dir = mkdtempSync(join(tmpdir(), 'atlas-batched-'));
    dirs.push(dir);
    const store = await astroStore(join(dir, 'data-store.json'));
    let touches = 0;
    const meta = store.metaStore('papers');
    const context = {
      collection: 'papers',
      store: store.scopedStore('papers'),
      meta: { ...meta, set: (key: string, value: string) => (touches++, meta.set(key, value)) },
    } as LoaderContext;
    await expect(failing.load(context)).rejects.toThrow('unreadable file');
    const after = touches;
    await sleep(500);
    expect(touches).toBe(after);
    expect(store.scopedStore('papers').keys()).toEqual([]);
    await store.waitUntilSaveComplete();
  });
});
