/**
 * The ledger accounts for every input record of a run: written as a page, merged into another page as a
 * duplicate or another record of its work, used by other records (a BibTeX crossref parent), or rejected
 * with its file:line and reason. It must always add up.
 */
import type { IngestProblem, SourceLocation, UsedRecord } from '../model/source';
import type { PaperRecord } from '../model/paper';
import { ledgerSchema, type Ledger } from './schema';
import { SAME_TEXT } from '../normalise/index';

export interface LedgerInput {
  files: Array<{ file: string; format: string; records: number }>;
  papers: PaperRecord[];
  merged: Array<{ source: SourceLocation; into: string; reason: string }>;
  /** Records that make no page but serve others' (a BibTeX crossref parent). */
  used?: UsedRecord[];
  /** Records that could not be read or used (each one input record, or a whole unreadable file). */
  rejected: IngestProblem[];
  warnings: IngestProblem[];
}

const bySource = (a: { source: SourceLocation }, b: { source: SourceLocation }) =>
  a.source.file < b.source.file ? -1 : a.source.file > b.source.file ? 1 : a.source.line - b.source.line;

export function buildLedger({ files, papers, merged, used = [], rejected, warnings }: LedgerInput): Ledger {
  const entries: Ledger['entries'] = [
    ...papers.map((p) => ({ source: p.sources[0]!, outcome: 'written' as const, page: p.slug })),
    ...merged.map((m) => ({ source: m.source, outcome: 'merged' as const, page: m.into, reason: m.reason })),
    ...used.map((u) => ({ source: { file: u.file, line: u.line }, outcome: 'used' as const, reason: u.reason })),
    ...rejected.map((r) => ({ source: { file: r.file, line: r.line }, outcome: 'rejected' as const, reason: r.reason })),
  ].sort(bySource);
  return ledgerSchema.parse({
    version: 1,
    files: [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    entries,
    totals: {
      read: entries.length,
      written: papers.length,
      merged: merged.length,
      used: used.length,
      rejected: rejected.length,
    },
    warnings: warnings
      .map((w) => ({ file: w.file, line: w.line, reason: w.reason }))
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line)),
  });
}

/** "1 paper", "2 papers". */
export const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** One line per file and the totals, for the end of a run. */
export function summariseLedger(ledger: Ledger, conceptCount: number): string {
  // Per file, what the totals line counts: every record read, the skipped ones included (the file's own
  // count is of the records it gave), so that the file lines add up to the total.
  const perFile = new Map<string, { read: number; skipped: number }>();
  for (const e of ledger.entries) {
    const tally = perFile.get(e.source.file) ?? { read: 0, skipped: 0 };
    tally.read++;
    if (e.outcome === 'rejected') tally.skipped++;
    perFile.set(e.source.file, tally);
  }
  const lines = ledger.files.map((f) => {
    const tally = perFile.get(f.file) ?? { read: f.records, skipped: 0 };
    return `  ${f.file} (${f.format}): ${count(tally.read, 'record')}${tally.skipped > 0 ? `, ${tally.skipped} skipped` : ''}`;
  });
  const { read, written, merged, used, rejected } = ledger.totals;
  const usedPart = used > 0 ? `, ${used} used by the entries that crossref ${used === 1 ? 'it' : 'them'}` : '';
  lines.push(`  ${read} read → ${count(written, 'paper')} written, ${merged} merged as duplicates${usedPart}, ${rejected} skipped; ${count(conceptCount, 'concept')}`);
  for (const e of ledger.entries) {
    if (e.outcome === 'rejected') lines.push(`  skipped ${e.source.file}:${e.source.line}: ${e.reason}`);
    // A record merged as the same work by its DOI or arXiv id may have changed the page its work had (the
    // title, abstract and key of the fuller record win): each is named. An exact duplicate changes nothing.
    if (e.outcome === 'merged' && !e.reason?.endsWith(SAME_TEXT)) lines.push(`  merged ${e.source.file}:${e.source.line} into papers/${e.page}: ${e.reason}`);
  }
  for (const w of ledger.warnings) lines.push(`  warning ${w.file}:${w.line}: ${w.reason}`);
  return lines.join('\n');
}

/**
 * Why an `--on-error stop` run wrote nothing, from the errors that stopped it. Only a problem marked
 * `dropped` is one input record lost; the others sit outside any one record (a JSON array or Atom feed
 * cut or malformed between records, a file in no known format or not decodable), so counting them as
 * "records that could not be read" would claim records the file may not have.
 */
export function describeStop(errors: readonly IngestProblem[]): string {
  const records = errors.filter((p) => p.dropped).length;
  const other = errors.length - records;
  const found = [
    ...(records > 0 ? [`${records} record${records === 1 ? '' : 's'} could not be read`] : []),
    ...(other > 0
      ? [`${other} problem${other === 1 ? '' : 's'} outside any one record (a file cut off or malformed between records, or not read at all)`]
      : []),
  ];
  const them = errors.length === 1 ? 'it' : 'them';
  return `${found.join(' and ')}; nothing was written (--on-error stop). Fix ${them} or run with --on-error skip.`;
}
