/**
 * Astro saves its whole content store (54 MB at 10,000 papers; about 5 s to serialise, on the main thread)
 * half a second after the last change to it. A sync starts by changing the store's own metadata, and the
 * glob loader then changes an entry as soon as it has read and rendered that file; it yields to the event
 * loop between files, so on a re-run, with a few dozen changed papers among 10,000 unchanged ones, that
 * timer ran out again and again: one such re-run synced in 11 s, others in 31 and 32 s, depending on where
 * in the folder the changed files fell and how busy the machine was.
 *
 * {@link batchStoreWrites} runs a loader with the entries it sets held back, then sets them all at once when
 * it is done; while it runs, it touches a key of the collection's meta store every {@link KEEP_ALIVE_MS},
 * which restarts Astro's half-second timer. So a sync saves the store once, at its end. Entries set later
 * (the dev server's file watcher) go straight to the store.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

type DataStore = LoaderContext['store'];
type Entry = Parameters<DataStore['set']>[0];

/** Well inside Astro's 500 ms save delay, so the timer is restarted before it can run out. */
export const KEEP_ALIVE_MS = 200;
/** The meta-store key touched while loading (its value never changes). */
export const LOADING_KEY = 'atlas-batched-load';

export function batchStoreWrites(loader: Loader): Loader {
  return {
    ...loader,
    async load(context) {
      const held: Entry[] = [];
      let loading = true;
      const store: DataStore = {
        ...context.store,
        // While loading, every entry counts as changed; the store itself skips those whose digest is unchanged.
        set: (entry) => (loading ? held.push(entry) > 0 : context.store.set(entry)),
      };
      const touch = () => context.meta.set(LOADING_KEY, '1');
      touch();
      const keepAlive = setInterval(touch, KEEP_ALIVE_MS);
      try {
        await loader.load({ ...context, store });
      } finally {
        clearInterval(keepAlive);
        loading = false;
      }
      for (const entry of held) context.store.set(entry);
    },
  };
}
