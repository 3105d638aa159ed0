import { describe, expect, it } from 'vitest';
import { renderBodiesBeside, renderPaperFiles } from '../../../scripts/lib/render-in-workers';
import { bodyCacheKey, paperBody, paperBodySpecs, paperFileSpecs, planContent, type ContentInput } from '../../../src/lib/content/plan';
import { extractConcepts } from '../../../src/lib/concepts/extract';
import { linkPapers } from '../../../src/lib/graph/link';
import { buildGraph } from '../../../src/lib/graph/build';
import { buildLedger } from '../../../src/lib/content/ledger';
import { KeyedCacheFile } from '../../../src/lib/cache/keyed-cache';
import { checkText } from '../../../src/lib/cache/rendered-files';
import type { PaperRecord } from '../../../src/lib/model/paper';
import { runRecords } from '../../support/fixture-runs';

const papers: PaperRecord[] = runRecords('thirty-more.jsonl').map((r, i) => ({
  slug: `p${i}`,
  ...r,
  authors: [],
  links: [],
  sources: [{ file: 'in.jsonl', line: i + 1 }],
  hash: `h${i}`,
}));

function contentInput(): ContentInput {
  const index = extractConcepts(papers.map((p) => ({ id: p.slug, title: p.title, abstract: p.abstract })), { perPaper: 8 });
  const related = linkPapers(papers, index, { max: 5 });
  return {
    papers,
    index,
    related,
    graph: buildGraph(papers, index, related),
    cooccurs: {},
    ledger: buildLedger({ files: [{ file: 'in.jsonl', format: 'jsonl' }], papers, merged: [], rejected: [], warnings: [] }),
    // One paper carries the user's notes: it is left to planContent.
    edits: new Map([['p3', { extra: {}, notes: '## Notes\n\nRead this twice.\n' }]]),
  };
}

const emptyCaches = () => {
  const hashes = new Map<string, string>();
  return {
    bodies: new KeyedCacheFile<string>(undefined, 'test', checkText),
    // Like the real one, this cache keeps no text: what it is asked for must come from the overlay.
    rendered: { get: () => undefined, put: (key: string, text: string) => void hashes.set(key, text) },
    hashes,
  };
};

describe('renderPaperFiles', () => {
  it('renders the missing paper files here and in a worker: planContent then writes the same files, rendering none', async () => {
    const input = contentInput();
    const specs = paperFileSpecs(input);
    const caches = emptyCaches();
    let collections = 0;
    const done = await renderPaperFiles(specs, caches, { threads: 2, minPerThread: 5, collect: () => collections++ });
    expect(done.count).toBe(papers.length - 1);
    // Once before the threads start, once after they have ended.
    expect(collections).toBe(2);
    expect(done.threads).toBe(2);
    expect(caches.hashes.size).toBe(papers.length - 1);
    expect(done.texts.size).toBe(papers.length - 1);

    const rendering: string[] = [];
    const rendered = { get: () => undefined, put: (_key: string, text: string) => rendering.push(text) };
    const files = planContent({ ...input, rendered, bodies: caches.bodies }, specs, done.texts);
    expect(files).toEqual(planContent(input));
    // Only the file with the user's notes was rendered by planContent (and it is never cached).
    expect(rendering).toEqual([]);
    expect(files.get('papers/p3.md')).toContain('Read this twice.');
  }, 60_000);

  it('renders small batches, and everything on one core, in this thread, with no collection', async () => {
    const input = contentInput();
    const specs = paperFileSpecs(input);
    const collect = () => {
      throw new Error('no threads, so nothing to collect for');
    };
    for (const options of [{ threads: 2 }, { threads: 1, minPerThread: 1 }]) {
      const done = await renderPaperFiles(specs, emptyCaches(), { ...options, collect });
      expect(done).toMatchObject({ count: papers.length - 1, threads: 1 });
      expect(planContent(input, specs, done.texts)).toEqual(planContent(input));
    }
  });

  it('takes what the caches hold and renders only the rest', async () => {
    const input = contentInput();
    const specs = paperFileSpecs(input);
    const caches = emptyCaches();
    const first = await renderPaperFiles(specs, caches, { threads: 1 });
    // A cache over the texts just made, as the real one is over the files on disk.
    const stored = new Map(caches.hashes);
    const again = { bodies: caches.bodies, rendered: { get: (key: string) => stored.get(key), put: () => {} } };
    const changed = paperFileSpecs({ ...input, related: { ...input.related, p0: [] } });
    const second = await renderPaperFiles(changed, again, { threads: 1 });
    expect(second.count).toBe(1);
    expect(second.texts.get(changed[1]!)).toBe(first.texts.get(specs[1]!));
    expect(planContent(input, changed, second.texts)).toEqual(planContent({ ...input, related: { ...input.related, p0: [] } }));
  });
});

describe('renderBodiesBeside', () => {
  it('renders the bodies the cache lacks in a worker thread, the same as here', async () => {
    const input = contentInput();
    const bodySpecs = paperBodySpecs(input.papers, input.index);
    const caches = emptyCaches();
    caches.bodies.put(bodyCacheKey(bodySpecs[0]!), paperBody(bodySpecs[0]!));
    const early = renderBodiesBeside(bodySpecs, caches.bodies, { threads: 2, minFiles: 5 });
    expect(early.count).toBe(papers.length - 1);
    await early.done;
    for (const spec of bodySpecs) expect(caches.bodies.get(bodyCacheKey(spec))).toBe(paperBody(spec));
    // With every body in the cache, the files are made with no body rendered again.
    const specs = paperFileSpecs(input, bodySpecs);
    const done = await renderPaperFiles(specs, caches, { threads: 1 });
    expect(planContent(input, specs, done.texts)).toEqual(planContent(input));
  }, 60_000);

  it('starts nothing for a small batch or on one core', async () => {
    const input = contentInput();
    const bodySpecs = paperBodySpecs(input.papers, input.index);
    for (const options of [{ threads: 2 }, { threads: 1, minFiles: 1 }]) {
      const caches = emptyCaches();
      const early = renderBodiesBeside(bodySpecs, caches.bodies, options);
      expect(early.count).toBe(0);
      await early.done;
      expect(caches.bodies.size + caches.bodies.misses).toBe(0);
    }
  });
});
