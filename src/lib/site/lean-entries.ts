/**
 * With each Markdown entry it renders, the glob loader stores the renderer's metadata, and that metadata holds
 * the whole frontmatter a second time (`rendered.metadata.frontmatter`, which Astro's `render()` hands back as
 * `remarkPluginFrontmatter` for remark plugins that add fields to it). Paper Atlas runs no such plugin and its
 * pages read the validated `data`, so the copy only made the content store bigger: at 10,000 papers 13 of its
 * 54 MB and 280,000 of its 731,000 serialised values, all of it written out again at the end of every sync
 * (devalue keeps every value it has seen until it is done: about 180 MB more garbage on the build's busiest
 * heap, and 1.5 s).
 *
 * {@link dropRendererFrontmatter} runs a loader with a store whose `set` keeps the rest of such an entry as it
 * is. Astro's `render()` reads the missing copy as an empty object.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

type DataStore = LoaderContext['store'];
type Entry = Parameters<DataStore['set']>[0];

/** The entry as it should be stored: the same object when there is nothing to drop. */
export function withoutRendererFrontmatter(entry: Entry): Entry {
  const metadata = entry.rendered?.metadata;
  if (!metadata || !('frontmatter' in metadata)) return entry;
  const { frontmatter: _copy, ...rest } = metadata;
  return { ...entry, rendered: { ...entry.rendered!, metadata: rest } };
}

export function dropRendererFrontmatter(loader: Loader): Loader {
  return {
    ...loader,
    load(context) {
      const store: DataStore = { ...context.store, set: (entry) => context.store.set(withoutRendererFrontmatter(entry)) };
      return loader.load({ ...context, store });
    },
  };
}
