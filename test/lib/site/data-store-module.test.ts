import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DATA_STORE_FILE,
  DATA_STORE_MODULE_ID,
  dataStoreFromFile,
  dataStoreModule,
  dataStoreReader,
} from '../../../src/lib/site/data-store-module';

/** The module as Astro's content plugin writes it from the store file's text. */
const astroModule = (jsonData: string) => `export default JSON.parse(${JSON.stringify(jsonData)})`;

const store = {
  papers: [
    { id: '__proto__', title: 'Quotes " and \\ backslashes, </script> and \u2028 line separators', year: 2024 },
    { id: 'emoji', title: 'Graph 🧠 neural 𝔽 fields, ünïcödé, tab\there, nul \u0000, lone \ud800 half' },
  ],
  concepts: { rl: { label: 'reinforcement learning' } },
};

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-store-'));
  dirs.push(dir);
  return dir;
}

/** Imports module source the way the prerender step does: as an ES module file. */
async function importModule(dir: string, name: string, code: string): Promise<unknown> {
  const file = join(dir, name);
  writeFileSync(file, code);
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

type Load = { order: string; filter: { id: RegExp }; handler: (id: string) => { code: string } | null };
const loadOf = (plugin: unknown) => (plugin as { load: Load }).load;

describe('dataStoreModule', () => {
  it('loads the store module as a reader of the store file that evaluates to the same object', async () => {
    const dir = scratch();
    const file = join(dir, 'data-store.json');
    const text = JSON.stringify(store);
    writeFileSync(file, text);
    const out = loadOf(dataStoreModule(file)).handler(DATA_STORE_MODULE_ID);
    expect(out?.code).toBe(dataStoreReader(file));
    expect(out!.code.length).toBeLessThan(200);
    expect(await importModule(dir, 'reader.mjs', out!.code)).toEqual(await importModule(dir, 'original.mjs', astroModule(text)));
  });

  it('answers before Astro’s own load hook, for the store module only', () => {
    const load = loadOf(dataStoreModule('/x/data-store.json'));
    expect(load.order).toBe('pre');
    expect(load.filter.id.test(DATA_STORE_MODULE_ID)).toBe(true);
    expect(load.filter.id.test('astro:data-layer-content')).toBe(false);
    expect(load.filter.id.test(`${DATA_STORE_MODULE_ID}-chunk:a.txt`)).toBe(false);
  });

  it('stands aside for other modules and when no store was written', () => {
    const dir = scratch();
    const file = join(dir, 'data-store.json');
    const load = loadOf(dataStoreModule(file));
    expect(load.handler(DATA_STORE_MODULE_ID)).toBeNull();
    writeFileSync(file, '{}');
    expect(load.handler('/src/pages/index.astro')).toBeNull();
  });

  it('runs in builds only, where the prerender step reads the file on the same machine', () => {
    expect(dataStoreModule('/x.json').apply).toBe('build');
  });
});

describe('dataStoreFromFile', () => {
  type Setup = (options: {
    config: { cacheDir: URL; experimental: { collectionStorage?: unknown } };
    updateConfig: (config: { vite: { plugins: unknown[] } }) => void;
  }) => void;
  const setup = dataStoreFromFile().hooks['astro:config:setup'] as unknown as Setup;

  it('reads the store Astro keeps in its cache folder and drops the copy earlier builds kept', () => {
    const cache = scratch();
    writeFileSync(join(cache, 'atlas-data-store.json'), '{}');
    writeFileSync(join(cache, DATA_STORE_FILE), JSON.stringify(store));
    const added: unknown[] = [];
    setup({ config: { cacheDir: pathToFileURL(`${cache}/`), experimental: {} }, updateConfig: (c) => added.push(...c.vite.plugins) });
    expect(added).toHaveLength(1);
    expect(loadOf(added[0]).handler(DATA_STORE_MODULE_ID)?.code).toBe(dataStoreReader(join(cache, DATA_STORE_FILE)));
    expect(readdirSync(cache)).toEqual([DATA_STORE_FILE]);
  });

  it('leaves a chunked store to Astro', () => {
    const cache = scratch();
    const added: unknown[] = [];
    setup({ config: { cacheDir: pathToFileURL(`${cache}/`), experimental: { collectionStorage: 'chunked' } }, updateConfig: (c) => added.push(...c.vite.plugins) });
    expect(added).toHaveLength(0);
  });
});

describe('Astro’s data store module', () => {
  // If an Astro upgrade keeps or loads the store another way, the reader would stand in for the wrong thing
  // (or never apply, and builds get slow again); this says so instead.
  const require = createRequire(import.meta.url);
  const contentDir = join(dirname(require.resolve('astro/package.json')), 'dist', 'content');
  const source = (name: string) => readFileSync(join(contentDir, name), 'utf8');

  it('is still the parsed text of data-store.json in Astro’s cache folder', () => {
    const plugin = source('vite-plugin-content-virtual-mod.js');
    expect(plugin).toContain('const jsonData = await fs.promises.readFile(dataStoreFile, "utf-8");');
    expect(plugin).toContain('code: `export default JSON.parse(${JSON.stringify(jsonData)})`');
    expect(source('paths.js')).toContain('new URL(DATA_STORE_FILE, isDev ? settings.dotAstroDir : settings.config.cacheDir)');
    expect(source('consts.js')).toContain(`const DATA_STORE_FILE = "${DATA_STORE_FILE}"`);
    expect(source('consts.js')).toContain('const DATA_STORE_VIRTUAL_ID = "astro:data-layer-content"');
    expect(source('consts.js')).toContain('const RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID');
  });

  it('is loaded by a hook of ordinary order, which a pre-ordered hook runs before', () => {
    const plugin = source('vite-plugin-content-virtual-mod.js');
    const load = plugin.slice(plugin.indexOf('    load: {'), plugin.indexOf('async handler(id)', plugin.indexOf('    load: {')));
    expect(load).toContain('filter:');
    expect(load).not.toContain('order');
  });
});
