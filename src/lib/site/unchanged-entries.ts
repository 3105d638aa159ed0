/**
 * Astro's glob loader reads every file of a collection on every sync and parses its frontmatter before it
 * looks at the file's digest: only with the data in hand can it make the entry's id, and only with the id
 * can it find the stored entry whose digest tells that nothing changed. At 10,000 papers that parsing (YAML)
 * took 3.2 s of a re-run's sync in which a handful of files had changed.
 *
 * {@link skipUnchangedParses} hands the loader entry types whose `getEntryInfo` answers at once for a file
 * whose path and digest are those of an entry already in the store: with data that gives the same id again
 * (`slug`, which the glob loader's default `generateId` takes first), so the loader finds that entry, sees
 * the same digest and keeps it as it is, which it does without looking at the data or the body. Every other
 * file is parsed as before. The answer depends only on the bytes of the file, so it is the one the parser
 * would have led to; a loader given its own `generateId` must not be wrapped (that id could come from data
 * this shortcut does not carry).
 */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';

/** What the glob loader is given besides the documented context: Astro's content entry types by extension. */
interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): EntryInfo | Promise<EntryInfo>;
}
interface EntryInfo {
  data: Record<string, unknown>;
  body: string;
  slug: string;
  rawData: string;
}
type GlobContext = LoaderContext & { entryTypes?: Map<string, EntryType> };

export function skipUnchangedParses(loader: Loader): Loader {
  return {
    ...loader,
    async load(context: GlobContext) {
      // Without the entry types (another Astro) there is nothing to wrap: the loader runs as it is.
      if (!(context.entryTypes instanceof Map)) return loader.load(context);
      const root = fileURLToPath(context.config.root);
      const pathOf = (filePath: string) => (isAbsolute(filePath) ? filePath : resolve(root, filePath));
      // Stored ids by absolute file path (the store keeps paths relative to the project root).
      const idByPath = new Map<string, string>();
      for (const entry of context.store.values()) if (entry.filePath) idByPath.set(pathOf(entry.filePath), entry.id);
      if (idByPath.size === 0) return loader.load(context);
      /** The stored entry this file would update, when it holds these very bytes: asked of the store as it is now,
       * as the loader will ask it next (the dev server's watcher calls the same entry types later on). */
      const unchangedId = (path: string, contents: string): string | undefined => {
        const id = idByPath.get(path);
        const entry = id === undefined ? undefined : context.store.get(id);
        if (!entry?.filePath || pathOf(entry.filePath) !== path || typeof entry.digest !== 'string') return undefined;
        return entry.digest === context.generateDigest(contents) ? id : undefined;
      };
      const entryTypes = new Map<string, EntryType>();
      for (const [ext, type] of context.entryTypes) {
        const getEntryInfo: EntryType['getEntryInfo'] = async (params) => {
          const id = unchangedId(fileURLToPath(params.fileUrl), params.contents);
          if (id !== undefined) return unchangedInfo(id);
          return type.getEntryInfo(params);
        };
        // The entry type keeps its own methods and fields (render function, propagation); only this one differs.
        entryTypes.set(ext, Object.assign(Object.create(type) as EntryType, { getEntryInfo }));
      }
      return loader.load({ ...context, entryTypes } as GlobContext);
    },
  };
}

function unchangedInfo(id: string): EntryInfo {
  return { data: { slug: id }, body: '', slug: id, rawData: '' };
}
