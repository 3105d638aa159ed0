import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { skipUnchangedParses } from '../../../src/lib/site/unchanged-entries';
import { astroModule, globLoaderContext } from '../../support/astro-internals';

/** Astro's own store and Markdown entry type (not part of its public exports): the loader is run as Astro runs it. */
interface AstroStore {
  scopedStore(collection: string): LoaderContext['store'];
  waitUntilSaveComplete(): Promise<void>;
}
interface EntryType {
  extensions: string[];
  getEntryInfo(params: { fileUrl: URL; contents: string }): Promise<{ data: Record<string, unknown>; body: string }>;
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const paper = (title: string, slug?: string) => `---\ntitle: ${JSON.stringify(title)}\n${slug ? `slug: ${slug}\n` : ''}---\n\nAbstract of ${title}.\n`;

interface Project {
  root: string;
  write(name: string, text: string): void;
  /** Runs `wrap(glob)` over the papers folder against one store, as Astro's content layer does; returns the names parsed. */
  sync(wrap: (loader: Loader) => Loader): Promise<{ parsed: string[]; context: LoaderContext }>;
  entries(): Array<[string, { data: unknown; digest?: string | number; filePath?: string; body?: string }]>;
}

async function project(): Promise<Project> {
  const root = mkdtempSync(join(tmpdir(), 'atlas-unchanged-'));
  dirs.push(root);
  mkdirSync(join(root, 'papers'));
  const { MutableDataStore } = await astroModule<{ MutableDataStore: { fromFile(file: string): Promise<AstroStore> } }>('content/mutable-data-store.js');
  const { markdownContentEntryType } = await astroModule<{ markdownContentEntryType: EntryType }>('vite-plugin-markdown/content-entry-type.js');
  const store = await MutableDataStore.fromFile(join(root, 'data-store.json'));
  return {
    root,
    write: (name, text) => writeFileSync(join(root, 'papers', name), text),
    async sync(wrap) {
      const parsed: string[] = [];
      // No render function: the loader stores data and body as they are, which is all these tests look at.
      const markdown: EntryType = {
        extensions: ['.md'],
        getEntryInfo: (params) => {
          parsed.push(params.fileUrl.pathname.split('/').pop()!);
          return markdownContentEntryType.getEntryInfo(params);
        },
      };
      const context = globLoaderContext(root, store, new Map([['.md', markdown]]));
      await wrap(glob({ pattern: '*.md', base: join(root, 'papers') })).load(context);
      await store.waitUntilSaveComplete();
      return { parsed: parsed.sort(), context };
    },
    entries: () => store.scopedStore('papers').entries().sort(([a], [b]) => (a < b ? -1 : 1)) as ReturnType<Project['entries']>,
  };
}

describe('skipUnchangedParses', () => {
  it('parses only the files whose bytes changed since the store last held them, and stores what the glob loader alone stores', async () => {
    const wrapped = await project();
    const plain = await project();
    for (const p of [wrapped, plain]) {
      p.write('a.md', paper('Alpha'));
      p.write('b.md', paper('Beta', 'beta-paper'));
      p.write('c.md', paper('Gamma'));
    }
    expect((await wrapped.sync(skipUnchangedParses)).parsed).toEqual(['a.md', 'b.md', 'c.md']);
    await plain.sync((l) => l);

    for (const p of [wrapped, plain]) {
      p.write('c.md', paper('Gamma, revised'));
      p.write('d.md', paper('Delta'));
      rmSync(join(p.root, 'papers', 'a.md'));
    }
    expect((await wrapped.sync(skipUnchangedParses)).parsed).toEqual(['c.md', 'd.md']);
    const alone = await plain.sync((l) => l);
    // Without the wrapper every file is parsed on every sync.
    expect(alone.parsed).toEqual(['b.md', 'c.md', 'd.md']);

    const strip = (p: Project) => p.entries().map(([id, e]) => [id, e.data, e.digest, e.filePath?.split('/').pop(), e.body]);
    expect(strip(wrapped)).toEqual(strip(plain));
    expect(strip(wrapped).map(([id, data]) => [id, (data as { title: string }).title])).toEqual([
      ['beta-paper', 'Beta'],
      ['c', 'Gamma, revised'],
      ['d', 'Delta'],
    ]);
  });

  it('asks the store as it is at the time: a file changed back after the sync (the dev server’s watcher) is parsed', async () => {
    const p = await project();
    p.write('a.md', paper('Alpha'));
    await p.sync(skipUnchangedParses);
    let later: LoaderContext | undefined;
    const { parsed } = await p.sync((loader) =>
      skipUnchangedParses({
        ...loader,
        load: async (context) => {
          later = context;
          return loader.load(context);
        },
      }),
    );
    expect(parsed).toEqual([]);
    // The entry changes in the store (as the watcher would set it), then the file is read with its old bytes.
    later!.store.set({ id: 'a', data: { title: 'Alpha, edited' }, digest: 'other', filePath: p.entries()[0]![1].filePath });
    const markdown = (later as unknown as { entryTypes: Map<string, EntryType> }).entryTypes.get('.md')!;
    const info = await markdown.getEntryInfo({ fileUrl: pathToFileURL(join(p.root, 'papers', 'a.md')), contents: paper('Alpha') });
    expect(info.data).toEqual({ title: 'Alpha' });
    expect(info.body).toBe('Abstract of Alpha.');
  });

  it('leaves a loader given no entry types as it is', async () => {
    let seen: LoaderContext | undefined;
    const context = { store: { values: () => [] } } as unknown as LoaderContext;
    await skipUnchangedParses({ name: 'bare', load: async (c) => void (seen = c) }).load(context);
    expect(seen).toBe(context);
  });
});
