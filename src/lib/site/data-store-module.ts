/**
 * Astro hands its content-layer data store to the build as one module, `export default JSON.parse("…")`,
 * whose string literal holds the whole store (54 MB at 10,000 papers). V8 compiles a single literal in
 * time that grows with the square of its length: 34 s for that module on the bench machine. Node's compile
 * cache (which Astro turns on) hides the cost only when the store is byte-identical to an earlier build's,
 * so it fell on exactly the builds that matter: the first one and every re-run after an edit. On top of
 * that, Rollup parses, keeps and re-emits those 54 MB while bundling.
 *
 * For `astro build` this module is replaced by one that reads the same JSON text from a file next to
 * Astro's cache when the prerender step imports it: nothing large to compile or bundle, and the module
 * still evaluates to the very same object. (Static builds only: the file is on the build machine, which
 * is where the prerender step runs.)
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** The id Vite gives Astro's `astro:data-layer-content` module once resolved (a virtual module). */
export const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';

const PREFIX = 'export default JSON.parse(';
const SUFFIX = ')';

/**
 * The JSON text of Astro's one-literal store module, or `undefined` when `code` has another shape (an empty
 * store, a chunked store, or a future Astro that writes it differently: then the module is left as it is).
 */
export function dataStoreText(code: string): string | undefined {
  const source = code.trimEnd().replace(/;$/, '');
  if (!source.startsWith(PREFIX) || !source.endsWith(SUFFIX)) return undefined;
  try {
    const text: unknown = JSON.parse(source.slice(PREFIX.length, -SUFFIX.length));
    return typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  }
}

/** The module that stands in for the store: it parses the JSON text kept in `file`. */
export function dataStoreReader(file: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}

/** Vite plugin: writes the store's JSON text to `file` and puts {@link dataStoreReader} in its place. */
export function dataStoreModule(file: string): Plugin {
  return {
    name: 'atlas-data-store-module',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      if (id !== DATA_STORE_MODULE_ID) return null;
      const text = dataStoreText(code);
      if (text === undefined) return null;
      mkdirSync(dirname(file), { recursive: true });
      // Written whole or not at all: a build that stops here leaves no half-written store to be read.
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, text);
      renameSync(partial, file);
      return { code: dataStoreReader(file), map: { mappings: '' } };
    },
  };
}

/** The integration that installs {@link dataStoreModule}, keeping the file in Astro's cache folder. */
export function dataStoreFromFile(): AstroIntegration {
  return {
    name: 'atlas-data-store-module',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const file = fileURLToPath(new URL('atlas-data-store.json', config.cacheDir));
        updateConfig({ vite: { plugins: [dataStoreModule(file)] } });
      },
    },
  };
}
