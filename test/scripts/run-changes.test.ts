/**
 * Review 20 L1: a re-run's summary says what changed since the previous run (papers added, removed and
 * renamed), from what the run already knows; a first run says nothing of the kind.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeRun, ROOT, runContentStage, tempDirs } from './content-stage';

const temp = tempDirs('atlas-run-changes-');
afterAll(() => temp.cleanup());

type Rec = { id: string; title: string; abstract: string };
const records: Rec[] = readFileSync(join(ROOT, 'test/fixtures/runs/ten-papers.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l, i) => ({ id: `run-${i + 1}`, ...(JSON.parse(l) as { title: string; abstract: string }) }));

describe('the summary of a re-run', () => {
  it('names the papers added, removed and renamed since the previous run, and a first run names none', () => {
    const work = temp.make();
    const dir = join(work, 'content');
    const input = join(work, 'papers.jsonl');
    const write = (recs: Rec[]) => writeFileSync(input, recs.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const run = () => {
      const result = runContentStage({ contentDir: dir, inputs: [input], env: { ATLAS_CACHE_DIR: join(work, 'cache') } });
      expect(result.status, describeRun(result)).toBe(0);
      return result.stdout;
    };
    write(records.slice(0, 8));
    expect(run()).not.toContain('changes since last run');
    expect(run()).not.toContain('changes since last run');

    // One removed (the second), one renamed (the first: same id, a corrected title), two added.
    const renamed = { ...records[0]!, title: 'A Chemical Reasoner Model, Its Title Corrected' };
    write([renamed, ...records.slice(2, 10)]);
    const line = run()
      .split('\n')
      .find((l) => l.includes('changes since last run'));
    expect(line).toMatch(/^ {2}changes since last run: \+2 added \([a-z0-9-]+, [a-z0-9-]+\), \u22121 removed \(beyond-aha-[a-z0-9-]+\), 1 renamed \(chemdfm-r-[a-z0-9-]+ \u2192 a-chemical-reasoner-model-its-title-corrected\)$/);
  }, 120_000);
});
