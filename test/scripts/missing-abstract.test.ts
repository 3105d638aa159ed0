/**
 * A JSON Lines export with an item that has no abstract (normal in a reference manager's export) builds under
 * --on-error stop, as a BibTeX or CSL-JSON one does: the item is warned about and counted as rejected.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ledgerSchema } from '../../src/lib/content/schema';
import { describeRun, ROOT, runContentStage, tempDirs } from './content-stage';

const temp = tempDirs('atlas-missing-abstract-');
afterAll(() => temp.cleanup());

describe('a JSON Lines record without an abstract', () => {
  it('does not stop an --on-error stop run; the ledger counts it as rejected with the reason', () => {
    const dir = temp.make();
    const input = join(dir, 'library.jsonl');
    const papers = readFileSync(join(ROOT, 'test/fixtures/runs/ten-papers.jsonl'), 'utf8').split('\n').slice(0, 2);
    writeFileSync(input, [papers[0], '{"title":"no abstract here"}', papers[1]].join('\n') + '\n');
    const contentDir = join(dir, 'content');
    const run = runContentStage({ contentDir, inputs: [input], args: ['--on-error', 'stop'], env: { ATLAS_CACHE_DIR: join(dir, 'cache') } });
    expect(run.status, describeRun(run)).toBe(0);
    const ledger = ledgerSchema.parse(JSON.parse(readFileSync(join(contentDir, 'ledger.json'), 'utf8')));
    expect(ledger.totals).toEqual({ read: 3, written: 2, merged: 0, used: 0, rejected: 1 });
    const reason = 'record "no abstract here" has no abstract; skipped (a paper page needs one)';
    expect(ledger.entries.filter((e) => e.outcome === 'rejected')).toEqual([{ source: { file: input, line: 2 }, outcome: 'rejected', reason }]);
    expect(run.stdout).toContain(`skipped ${input}:2: ${reason}`);
  }, 120_000);
});
