/**
 * The per-paper caches of the content stage (each document's concept analysis, each rendered paper file)
 * are shortcuts only: a run with them warm, damaged or absent writes the same files, and a re-run leaves
 * unchanged paper files in place instead of writing them again.
 */
import { copyFileSync, cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeRun, ROOT, runContentStage, snapshot, tempDirs } from './content-stage';

const temp = tempDirs('atlas-per-paper-caches-');
afterAll(() => temp.cleanup());

function run(contentDir: string, input: string, cache: string) {
  const result = runContentStage({ contentDir, inputs: [input], env: { ATLAS_CACHE_DIR: cache } });
  expect(result.status, describeRun(result)).toBe(0);
}

/** The ten-paper library in a folder of its own, run once with a cache of its own. */
function firstRun() {
  const work = temp.make();
  const input = join(work, 'papers.jsonl');
  copyFileSync(join(ROOT, 'test/fixtures/runs/ten-papers.jsonl'), input);
  const cache = temp.make();
  const dir = join(work, 'content');
  run(dir, input, cache);
  return { work, input, cache, dir, analysisFile: join(cache, 'paper-atlas', 'concept-analysis.jsonl') };
}

/** Rewrites the `i`th record of a JSONL input. */
function editRecord(input: string, i: number, edit: (record: Record<string, unknown>) => Record<string, unknown>) {
  const lines = readFileSync(input, 'utf8').trim().split('\n');
  lines[i] = JSON.stringify(edit(JSON.parse(lines[i]!) as Record<string, unknown>));
  writeFileSync(input, `${lines.join('\n')}\n`);
}

/**
 * Runs again over the content folder with its cache, and over a copy of the folder as it was with no cache
 * (from the same folder: cluster colours carry over from the previous graph): both write the same files.
 */
function runAgainAsFresh({ work, input, cache, dir }: ReturnType<typeof firstRun>) {
  const fresh = join(work, 'fresh');
  cpSync(dir, fresh, { recursive: true });
  run(dir, input, cache);
  run(fresh, input, temp.make());
  expect(snapshot(dir)).toEqual(snapshot(fresh));
}

describe('per-paper caches of the content stage', () => {
  it('write the same files warm, damaged or absent, and follow an edited abstract', () => {
    const first = firstRun();
    const { input, cache, dir, analysisFile } = first;
    const renderedFile = join(cache, 'paper-atlas', 'paper-files-rendered.jsonl');
    expect(readFileSync(analysisFile, 'utf8').trim().split('\n').length).toBe(11);
    expect(readFileSync(renderedFile, 'utf8').trim().split('\n').length).toBe(11);
    expect(readFileSync(join(cache, 'paper-atlas', 'paper-bodies.jsonl'), 'utf8').trim().split('\n').length).toBe(11);
    const cold = snapshot(dir);

    // Warm: the same bytes, and no paper file written again (each is still the very same file).
    const paperFile = join(dir, 'papers', Object.keys(cold).find((p) => p.startsWith('papers/'))!.slice('papers/'.length));
    const inode = statSync(paperFile).ino;
    run(dir, input, cache);
    expect(snapshot(dir)).toEqual(cold);
    expect(statSync(paperFile).ino).toBe(inode);

    // Damaged caches: cut short mid-line, or junk.
    const analysis = readFileSync(analysisFile, 'utf8');
    writeFileSync(analysisFile, analysis.slice(0, Math.floor(analysis.length * 0.6)));
    writeFileSync(renderedFile, 'garbage\n\t\n');
    writeFileSync(join(cache, 'paper-atlas', 'paper-bodies.jsonl'), readFileSync(join(cache, 'paper-atlas', 'paper-bodies.jsonl'), 'utf8').replace(/\[/g, '{'));
    run(dir, input, cache);
    expect(snapshot(dir)).toEqual(cold);

    // One abstract edited: the output is what a run without any cache gives.
    editRecord(input, 4, (record) => ({ ...record, abstract: `${String(record.abstract)} We further apply retrieval-augmented generation (RAG) to chemistry question answering.` }));
    runAgainAsFresh(first);
    expect(snapshot(dir)).not.toEqual(cold);
  }, 180_000);

  it('follow a changed keyword list without analysing any abstract again', () => {
    const first = firstRun();
    const { input, dir, analysisFile } = first;
    const analyses = readFileSync(analysisFile, 'utf8');

    // Keywords given to the first paper: one its abstract writes, one it does not.
    editRecord(input, 0, (record) => ({ ...record, keywords: 'mix-sourced distillation; toread' }));
    runAgainAsFresh(first);
    // The analyses are by title and abstract: none was made again.
    expect(readFileSync(analysisFile, 'utf8')).toBe(analyses);
    const page = readdirSync(join(dir, 'papers'))
      .map((name) => readFileSync(join(dir, 'papers', name), 'utf8'))
      .find((text) => text.includes('ChemDFM-R'))!;
    expect(page).toMatch(/authorKeywords:\n\s+- mix-sourced distillation\n\s+- toread\n/);
    expect(page).toMatch(/keywords:\n\s+- Mix-sourced distillation\n/);
  }, 180_000);
});
