import { describe, expect, it } from 'vitest';
import { renderInWorkers } from '../../../scripts/lib/render-in-workers';
import { paperFileSpecs, planContent, type ContentInput } from '../../../src/lib/content/plan';
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
    ledger: buildLedger({ files: [{ file: 'in.jsonl', format: 'jsonl', records: papers.length }], papers, merged: [], rejected: [], warnings: [] }),
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

describe('renderInWorkers', () => {
  it('renders the missing paper files here and in a worker: planContent then writes the same files, rendering none', async () => {
    const input = contentInput();
    const specs = paperFileSpecs(input);
    const caches = emptyCaches();
    let collections = 0;
    const done = await renderInWorkers(specs, caches, { threads: 2, minPerThread: 5, collect: () => collections++ });
    expect(done.count).toBe(papers.length - 1);
    // Once before the threads start, once after they have ended.
    expect(collections).toBe(2);
    expect(done.threads).toBe(2);
    expect(caches.hashes.size).toBe(papers.length - 1);

    const rendering: string[] = [];
    const rendered = { get: done.rendered.get, put: (key: string, text: string) => rendering.push(text) };
    const files = planContent({ ...input, rendered, bodies: caches.bodies }, specs);
    expect(files).toEqual(planContent(input));
    // Only the file with the user's notes was rendered by planContent (and it is never cached).
    expect(rendering).toEqual([]);
    expect(files.get('papers/p3.md')).toContain('Read this twice.');
  }, 60_000);

  it('leaves small batches and single-core machines to planContent', async () => {
    const specs = paperFileSpecs(contentInput());
    const collect = () => {
      throw new Error('no threads, so nothing to collect for');
    };
    expect((await renderInWorkers(specs, emptyCaches(), { threads: 2, collect })).count).toBe(0);
    expect((await renderInWorkers(specs, emptyCaches(), { threads: 1, minPerThread: 1, collect })).count).toBe(0);
  });
});
