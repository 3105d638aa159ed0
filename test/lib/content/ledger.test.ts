import { describe, expect, it } from 'vitest';
import { buildLedger, summariseLedger } from '../../../src/lib/content/ledger';
import type { PaperRecord } from '../../../src/lib/model/paper';

const paper = (slug: string, line: number): PaperRecord => ({
  slug,
  title: slug,
  abstract: 'x',
  authors: [],
  links: [],
  sources: [{ file: 'in.jsonl', line }],
  hash: slug,
});

describe('buildLedger', () => {
  it('accounts for every record, sorted by file and line', () => {
    const ledger = buildLedger({
      files: [{ file: 'in.jsonl', format: 'jsonl', records: 4 }],
      papers: [paper('b', 3), paper('a', 1)],
      merged: [{ source: { file: 'in.jsonl', line: 2 }, into: 'a' }],
      rejected: [{ file: 'in.jsonl', line: 4, reason: 'empty abstract', severity: 'error' }],
      warnings: [],
    });
    expect(ledger.totals).toEqual({ read: 4, written: 2, merged: 1, rejected: 1 });
    expect(ledger.entries.map((e) => [e.source.line, e.outcome, e.page])).toEqual([
      [1, 'written', 'a'],
      [2, 'merged', 'a'],
      [3, 'written', 'b'],
      [4, 'rejected', undefined],
    ]);
    expect(summariseLedger(ledger, 7)).toContain('skipped in.jsonl:4: empty abstract');
    expect(summariseLedger(ledger, 7)).toContain('1 skipped; 7 concepts');
    expect(summariseLedger(ledger, 1)).toContain('1 skipped; 1 concept\n');
  });
});
