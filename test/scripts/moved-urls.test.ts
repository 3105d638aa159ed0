/**
 * A re-run that changes page paths (a corrected title moves its paper's page, a merge in concepts.yaml renames
 * a concept) records each old path with the page it leads to now in `content/moved-urls.json`, keeping the
 * earlier runs' paths through later moves.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { movedUrlsFileSchema } from '../../src/lib/content/schema';
import { describeRun, ROOT, runContentStage, tempDirs } from './content-stage';

const temp = tempDirs('atlas-moved-urls-');
afterAll(() => temp.cleanup());

type Rec = { title: string; abstract: string };
const records: Rec[] = readFileSync(join(ROOT, 'test/fixtures/runs/ten-papers.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Rec);

function run(contentDir: string, work: string, recs: readonly Rec[]) {
  const input = join(work, 'papers.jsonl');
  writeFileSync(input, recs.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const result = runContentStage({ contentDir, inputs: [input], env: { ATLAS_CACHE_DIR: join(work, 'cache') } });
  expect(result.status, describeRun(result)).toBe(0);
}

const movedOf = (dir: string) => movedUrlsFileSchema.parse(JSON.parse(readFileSync(join(dir, 'moved-urls.json'), 'utf8')));
const conceptIds = (dir: string) => (JSON.parse(readFileSync(join(dir, 'concepts.json'), 'utf8')) as Array<{ id: string }>).map((c) => c.id);

describe('moved page paths', () => {
  it('lead old paper and concept paths to the new pages, across runs', () => {
    const work = temp.make();
    const dir = join(work, 'content');
    run(dir, work, records);
    expect(movedOf(dir)).toEqual([]);
    const oldSlug = 'chemdfm-r-an-chemical-reasoner-llm-enhanced-with-atomized-chemical-knowledge';
    expect(readFileSync(join(dir, 'papers', `${oldSlug}.md`), 'utf8')).toContain('ChemDFM-R');
    expect(conceptIds(dir)).toContain('reward-model');

    // The title is corrected, and the user merges "reward model" into a new first phrase: both ids change.
    writeFileSync(join(dir, 'concepts.yaml'), 'merge:\n  - [reward signal, reward model]\n');
    const retitled = records.map((r, i) => (i === 0 ? { ...r, title: 'A Retitled Chemical Reasoner' } : r));
    run(dir, work, retitled);
    expect(conceptIds(dir)).not.toContain('reward-model');
    expect(movedOf(dir)).toEqual([
      { from: 'concepts/reward-model/', to: 'concepts/reward-signal/' },
      { from: `papers/${oldSlug}/`, to: 'papers/a-retitled-chemical-reasoner/' },
    ]);

    // Retitled once more: both of its old paths lead to the latest.
    run(dir, work, records.map((r, i) => (i === 0 ? { ...r, title: 'The Chemical Reasoner, Corrected Again' } : r)));
    expect(movedOf(dir)).toEqual([
      { from: 'concepts/reward-model/', to: 'concepts/reward-signal/' },
      { from: 'papers/a-retitled-chemical-reasoner/', to: 'papers/the-chemical-reasoner-corrected-again/' },
      { from: `papers/${oldSlug}/`, to: 'papers/the-chemical-reasoner-corrected-again/' },
    ]);

    // The first title back: its path is a page again, and the others lead there.
    run(dir, work, records);
    expect(movedOf(dir)).toEqual([
      { from: 'concepts/reward-model/', to: 'concepts/reward-signal/' },
      { from: 'papers/a-retitled-chemical-reasoner/', to: `papers/${oldSlug}/` },
      { from: 'papers/the-chemical-reasoner-corrected-again/', to: `papers/${oldSlug}/` },
    ]);
  }, 120_000);
});
