import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { dropRendererFrontmatter, withoutRendererFrontmatter } from '../../../src/lib/site/lean-entries';
import { astroModule, astroPackageDir, globLoaderContext } from '../../support/astro-internals';

interface AstroStore {
  scopedStore(collection: string): LoaderContext['store'];
  toString(): string;
  waitUntilSaveComplete(): Promise<void>;
}
interface EntryType {
  extensions: string[];
  getEntryInfo(params: { fileUrl: URL; contents: string }): Promise<{ data: Record<string, unknown>; body: string }>;
  getRenderFunction?(config: unknown): Promise<(entry: { data: Record<string, unknown>; body?: string }) => Promise<unknown>>;
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Syncs a folder of two papers with Astro's glob loader and store, `wrap`ped; returns the store. */
async function sync(wrap: (loader: Loader) => Loader): Promise<AstroStore> {
  const root = mkdtempSync(join(tmpdir(), 'atlas-lean-'));
  dirs.push(root);
  mkdirSync(join(root, 'papers'));
  writeFileSync(join(root, 'papers', 'a.md'), '---\ntitle: Alpha\nconcepts: [graph-neural-network, message-passing]\n---\n\n## Method\n\nAbstract of Alpha.\n');
  writeFileSync(join(root, 'papers', 'b.md'), '---\ntitle: Beta\nconcepts: []\n---\n\nAbstract of Beta.\n');
  const { MutableDataStore } = await astroModule<{ MutableDataStore: { fromFile(file: string): Promise<AstroStore> } }>('content/mutable-data-store.js');
  const { markdownContentEntryType } = await astroModule<{ markdownContentEntryType: EntryType }>('vite-plugin-markdown/content-entry-type.js');
  const store = await MutableDataStore.fromFile(join(root, 'data-store.json'));
  // A renderer shaped like Astro's Markdown renderer (the processor itself needs Astro's whole config):
  // metadata with the headings, the image paths and the frontmatter it was given.
  const markdown: EntryType = {
    ...markdownContentEntryType,
    getRenderFunction: async () => async (entry) => ({
      html: `<p>${entry.body?.split('\n').pop() ?? ''}</p>`,
      metadata: { headings: [{ depth: 2, slug: 'method', text: 'Method' }], localImagePaths: [], remoteImagePaths: [], frontmatter: entry.data, imagePaths: [] },
    }),
  };
  const context = globLoaderContext(root, store, new Map([['.md', markdown]]));
  await wrap(glob({ pattern: '*.md', base: join(root, 'papers'), retainBody: false })).load(context);
  await store.waitUntilSaveComplete();
  return store;
}

describe('dropRendererFrontmatter', () => {
  it('stores what the glob loader stores, less the renderer’s copy of the frontmatter', async () => {
    const plain = await sync((l) => l);
    const lean = await sync(dropRendererFrontmatter);
    // By id: the loader reads the files concurrently, so the store's order can differ between syncs.
    const entries = (s: AstroStore) =>
      s.scopedStore('papers').entries().sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, e]) => [id, { ...e, filePath: e.filePath?.split('/').pop() }] as const);
    const expected = entries(plain).map(([id, e]) => {
      const { frontmatter, ...metadata } = e.rendered!.metadata!;
      // The copy dropped is the frontmatter the entry's data holds anyway.
      expect(frontmatter).toEqual(e.data);
      return [id, { ...e, rendered: { ...e.rendered!, metadata } }];
    });
    expect(entries(lean)).toEqual(expected);
    expect(entries(lean)[0]![1].rendered?.metadata?.headings).toEqual([{ depth: 2, slug: 'method', text: 'Method' }]);
    expect(lean.toString().length).toBeLessThan(plain.toString().length);
  });

  it('leaves entries without rendered metadata, and the entry it is given, as they are', () => {
    const entry = { id: 'a', data: { title: 'Alpha' }, rendered: { html: '<p>a</p>', metadata: { headings: [], frontmatter: { title: 'Alpha' } } } };
    const bare = { id: 'b', data: { title: 'Beta' } };
    expect(withoutRendererFrontmatter(bare)).toBe(bare);
    expect(withoutRendererFrontmatter(entry)).toEqual({ id: 'a', data: { title: 'Alpha' }, rendered: { html: '<p>a</p>', metadata: { headings: [] } } });
    expect(entry.rendered.metadata.frontmatter).toEqual({ title: 'Alpha' });
  });

  it('relies on Astro’s render() reading a missing copy as an empty object', () => {
    // If Astro starts requiring the copy, this wrapper has to go: the check reads Astro's own runtime.
    const runtime = readFileSync(join(astroPackageDir, 'dist', 'content', 'runtime.js'), 'utf8');
    expect(runtime).toMatch(/remarkPluginFrontmatter:\s*entry\?\.rendered\?\.metadata\?\.frontmatter\s*\?\?\s*\{\}/);
  });
});
