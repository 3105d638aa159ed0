/**
 * Two libraries built one after the other with one cache root (`ATLAS_CACHE_DIR`, as a user does who keeps
 * one cache for all their sites) must not see each other: Astro's content store kept the first library's
 * papers and the second build warned of duplicate slugs for the papers both hold (review 16).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildProcessEnv, ROOT } from '../support/build-site';

const work = join(ROOT, '.cache', 'test-inputs', `shared-cache-root-${process.pid}`);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const paper = (title: string, abstract: string, year = 2020) => JSON.stringify({ title, abstract, authors: ['Ada Lovelace'], year });
// The same paper in both, as each library's file has it: not the same file (here a year set right in one).
const shared = (year: number) =>
  paper(
    'Sparse attention for long documents',
    'We study sparse attention patterns for transformers on long documents. Sparse attention lowers the memory of self-attention from quadratic to linear in the sequence length, and sparse attention keeps accuracy on long document classification.',
    year,
  );
const LIBRARIES = {
  a: [
    shared(2020),
    paper('Linear attention as kernel feature maps', 'Linear attention replaces the softmax of self-attention with kernel feature maps. We show linear attention matches softmax attention on language modelling of long documents while using memory linear in the sequence length.'),
  ],
  b: [
    shared(2021),
    paper('Soil carbon under cover crops', 'Cover crops raise soil organic carbon in maize fields. A ten-year field trial measured soil carbon under cover crops and bare fallow; cover crops stored more soil carbon in the topsoil.'),
  ],
};

function build(name: keyof typeof LIBRARIES) {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  const input = join(dir, 'papers.jsonl');
  writeFileSync(input, `${LIBRARIES[name].join('\n')}\n`);
  // One site folder too, as a user building into dist/ does.
  const outDir = join(work, 'dist');
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--input', input], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...buildProcessEnv(), BASE_PATH: '/', ATLAS_CONTENT_DIR: join(dir, 'content'), ATLAS_OUT_DIR: outDir, ATLAS_CACHE_DIR: join(work, 'one-cache') },
    timeout: 240_000,
  });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  return { log: `${run.stdout}\n${run.stderr}`, papers: readdirSync(join(outDir, 'papers'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() };
}

it('keeps each content folder’s papers to itself when two share one cache root', () => {
  const a = build('a');
  const b = build('b');
  expect(a.papers).toEqual(['linear-attention-as-kernel-feature-maps', 'sparse-attention-for-long-documents']);
  expect(b.papers).toEqual(['soil-carbon-under-cover-crops', 'sparse-attention-for-long-documents']);
  expect(b.log).not.toMatch(/same slug|duplicate (id|slug)/i);
  // And back to the first library: its own store, nothing of the second's.
  const again = build('a');
  expect(again.papers).toEqual(a.papers);
  expect(again.log).not.toMatch(/same slug|duplicate (id|slug)/i);
}, 600_000);
