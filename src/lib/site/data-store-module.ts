/**
 * Astro hands its content-layer data store to the build as one module, `export default JSON.parse("…")`,
 * whose string literal holds the whole store (54 MB at 10,000 papers). V8 compiles a single literal in
 * time that grows with the square of its length (34 s for that module on the bench machine), and before
 * that Astro reads and validates the store, quotes it into code, and Vite carries the 54 MB through its
 * plugin pipeline and the bundler: about 8.5 s of Vite's 9.5 s server build on a 10,000-paper re-run.
 *
 * For `astro build` this module is answered before Astro's own plugin loads it, with a two-line module
 * that parses Astro's store file (the very text Astro would have quoted) when the prerender step imports
 * it: nothing large is read, compiled or bundled, and the module evaluates to the same object. (Static
 * builds only: the file is on the build machine, which is where the prerender step runs.)
 */
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** The id Vite gives Astro's `astro:data-layer-content` module once resolved (a virtual module). */
export const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';

/** Where `astro build` keeps the store (Astro's `getDataStoreFile`: `data-store.json` in its cache folder). */
export const DATA_STORE_FILE = 'data-store.json';

/** What an earlier version of this module kept beside Astro's cache: a 54 MB copy, no longer read. */
const OLD_COPY = 'atlas-data-store.json';

/** The module that stands in for the store: it parses the JSON text kept in `file`. */
export function dataStoreReader(file: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}

/**
 * Vite plugin: loads the store module as {@link dataStoreReader} of `storeFile`. Its load hook runs before
 * every plugin's ordinary one (`order: 'pre'`), Astro's included. Without a store file (no content synced)
 * it stands aside, and Astro answers with its empty store as usual.
 */
export function dataStoreModule(storeFile: string): Plugin {
  return {
    name: 'atlas-data-store-module',
    apply: 'build',
    load: {
      order: 'pre',
      filter: { id: /^\0astro:data-layer-content$/ },
      handler(id) {
        if (id !== DATA_STORE_MODULE_ID || !existsSync(storeFile)) return null;
        return { code: dataStoreReader(storeFile), map: { mappings: '' } };
      },
    },
  };
}

/** The integration that installs {@link dataStoreModule} for the store in Astro's cache folder. */
export function dataStoreFromFile(): AstroIntegration {
  return {
    name: 'atlas-data-store-module',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        // A chunked store is several modules of Astro's own making: nothing here to replace.
        const storage = config.experimental.collectionStorage;
        if (storage !== undefined && storage !== 'single-file') return;
        rmSync(fileURLToPath(new URL(OLD_COPY, config.cacheDir)), { force: true });
        updateConfig({ vite: { plugins: [dataStoreModule(fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir)))] } });
      },
    },
  };
}
