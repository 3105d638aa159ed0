/**
 * An Excel workbook in the sources folder is read by the content stage beside the other files; a damaged one is
 * named with the problem and loses nothing else of the folder, and a spreadsheet of a format not read is named
 * with the advice to save it as one that is.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ledgerSchema } from '../../src/lib/content/schema';
import { describeRun, ROOT, runContentStage, tempDirs } from './content-stage';

const temp = tempDirs('atlas-workbooks-');
afterAll(() => temp.cleanup());

describe('workbooks in the sources folder', () => {
  it('reads an .xlsx with the other files, names a damaged one and an .ods, and loses nothing else', () => {
    const dir = temp.make();
    const sources = join(dir, 'sources');
    mkdirSync(sources);
    writeFileSync(join(sources, 'papers.jsonl'), readFileSync(join(ROOT, 'test/fixtures/runs/ten-papers.jsonl'), 'utf8').split('\n').slice(0, 2).join('\n') + '\n');
    copyFileSync(join(ROOT, 'test/fixtures/ingest/reading-list.xlsx'), join(sources, 'reading-list.xlsx'));
    copyFileSync(join(ROOT, 'test/fixtures/ingest/truncated.xlsx'), join(sources, 'download.xlsx'));
    writeFileSync(join(sources, 'old list.ods'), 'PK\u0003\u0004');
    const contentDir = join(dir, 'content');
    const run = runContentStage({ contentDir, inputs: [sources], env: { ATLAS_CACHE_DIR: join(dir, 'cache') } });
    expect(run.status, describeRun(run)).toBe(0);
    const ledger = ledgerSchema.parse(JSON.parse(readFileSync(join(contentDir, 'ledger.json'), 'utf8')));
    expect(ledger.totals).toMatchObject({ written: 4, rejected: 2 });
    expect(ledger.files.find((f) => f.file.endsWith('reading-list.xlsx'))).toMatchObject({ format: 'xlsx', records: 3 });
    expect(ledger.entries.filter((e) => e.source.file.endsWith('reading-list.xlsx')).map((e) => [e.source.line, e.outcome])).toEqual([
      [4, 'written'],
      [6, 'written'],
      [7, 'rejected'],
    ]);
    expect(ledger.entries.find((e) => e.source.file.endsWith('download.xlsx'))).toMatchObject({ outcome: 'rejected', reason: expect.stringMatching(/^not read: not an Excel workbook, or a damaged one/) });
    expect(ledger.warnings).toEqual([{ file: join(sources, 'old list.ods'), line: 1, reason: expect.stringMatching(/^not a format Paper Atlas reads \(OpenDocument spreadsheet\); skipped — save the sheet as Excel \(\.xlsx\) or CSV/) }]);
    expect(run.stdout).toContain(`skipped ${join(sources, 'reading-list.xlsx')}:7: sheet "Papers", row 7: row not read: no title`);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  }, 180_000);
});
