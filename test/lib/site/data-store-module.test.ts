import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DATA_STORE_MODULE_ID,
  dataStoreFromFile,
  dataStoreModule,
  dataStoreReader,
  dataStoreText,
} from '../../../src/lib/site/data-store-module';

/** The module as Astro's content plugin writes it. */
const astroModule = (store: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(store))})`;

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

type Transform = (code: string, id: string) => { code: string } | null;

describe('dataStoreText', () => {
  it('reads the JSON text out of Astro’s module', () => {
    expect(JSON.parse(dataStoreText(astroModule(store))!)).toEqual(store);
    expect(dataStoreText(`${astroModule(store)};\n`)).toBe(JSON.stringify(store));
  });

  it('leaves other shapes alone', () => {
    expect(dataStoreText('export default new Map()')).toBeUndefined();
    expect(dataStoreText('export default{"papers":[(await import("astro:data-layer-content-chunk:a.mjs"))]}')).toBeUndefined();
    expect(dataStoreText(`${astroModule(store)}; export const x = 1`)).toBeUndefined();
    expect(dataStoreText('export default JSON.parse("a" + "b")')).toBeUndefined();
    expect(dataStoreText('export default JSON.parse(42)')).toBeUndefined();
  });
});

describe('dataStoreModule', () => {
  it('stands in a module that reads the store from a file and evaluates to the same object', async () => {
    const dir = scratch();
    const file = join(dir, 'cache', 'atlas-data-store.json');
    const transform = dataStoreModule(file).transform as Transform;
    const original = astroModule(store);
    const out = transform(original, DATA_STORE_MODULE_ID);
    expect(out?.code).toBe(dataStoreReader(file));
    expect(out!.code.length).toBeLessThan(200);
    expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(store));
    expect(readdirSync(dirname(file))).toEqual(['atlas-data-store.json']);
    expect(await importModule(dir, 'reader.mjs', out!.code)).toEqual(await importModule(dir, 'original.mjs', original));
  });

  it('touches no other module and no other shape', () => {
    const dir = scratch();
    const file = join(dir, 'atlas-data-store.json');
    const transform = dataStoreModule(file).transform as Transform;
    expect(transform(astroModule(store), '/src/pages/index.astro')).toBeNull();
    expect(transform('export default new Map()', DATA_STORE_MODULE_ID)).toBeNull();
    expect(existsSync(file)).toBe(false);
  });

  it('runs in builds only, where the prerender step reads the file on the same machine', () => {
    expect(dataStoreModule('/x.json').apply).toBe('build');
  });

  it('keeps the file in Astro’s cache folder', () => {
    const cache = scratch();
    const added: unknown[] = [];
    const hook = dataStoreFromFile().hooks['astro:config:setup'] as unknown as (options: {
      config: { cacheDir: URL };
      updateConfig: (config: { vite: { plugins: unknown[] } }) => void;
    }) => void;
    hook({ config: { cacheDir: pathToFileURL(`${cache}/`) }, updateConfig: (c) => added.push(...c.vite.plugins) });
    expect(added).toHaveLength(1);
    const out = (added[0] as { transform: Transform }).transform(astroModule(store), DATA_STORE_MODULE_ID);
    expect(out?.code).toBe(dataStoreReader(join(cache, 'atlas-data-store.json')));
    expect(readFileSync(join(cache, 'atlas-data-store.json'), 'utf8')).toBe(JSON.stringify(store));
  });
});

describe('Astro’s data store module', () => {
  // If an Astro upgrade writes the store another way the plugin quietly stops applying (and builds get slow
  // again); this says so instead.
  it('is still the one-literal shape the plugin replaces', () => {
    const require = createRequire(import.meta.url);
    const contentDir = join(dirname(require.resolve('astro/package.json')), 'dist', 'content');
    const plugin = readFileSync(join(contentDir, 'vite-plugin-content-virtual-mod.js'), 'utf8');
    const consts = readFileSync(join(contentDir, 'consts.js'), 'utf8');
    expect(plugin).toContain('code: `export default JSON.parse(${JSON.stringify(jsonData)})`');
    expect(consts).toContain('const DATA_STORE_VIRTUAL_ID = "astro:data-layer-content"');
    expect(consts).toContain('const RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID');
  });
});
