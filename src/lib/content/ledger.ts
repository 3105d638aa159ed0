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
  /** The files read; each one's count of records is taken from the entries, so it is the count the summary prints. */
  files: Array<{ file: string; format: string; notRead?: string }>;
  papers: PaperRecord[];
  merged: Array<{ source: SourceLocation; into: string; reason: string }>;
  /** Records that make no page but serve others' (a BibTeX crossref parent). */
  used?: UsedRecord[];
  /** Records that could not be read or used (each one input record, or a whole unreadable file). */
  rejected: IngestProblem[];
  /** Errors about a file that still gave records (`ledgerProblems`): no record of their own. */
  fileErrors?: IngestProblem[];
  warnings: IngestProblem[];
}

/**
 * The run's problems as the ledger counts them. `rejected`: each one input record lost (`dropped`), or a whole
 * file of which nothing was read. `fileErrors`: errors about a file that still gave records (a JSON array's
 * trailing comma, an Atom feed's damage reported beside the entry it is in), which are no record: a feed of five
 * entries counted such a note as a sixth. `warnings`: the rest. `errors`: every error, which stops an
 * `--on-error stop` run. A file gave records when a record, a used record or a lost one came from it.
 */
export function ledgerProblems(
  problems: readonly IngestProblem[],
  normalised: { rejected: readonly IngestProblem[]; warnings: readonly IngestProblem[] },
  read: { records: readonly { source: SourceLocation }[]; used: readonly SourceLocation[] },
): { rejected: IngestProblem[]; fileErrors: IngestProblem[]; warnings: IngestProblem[]; errors: IngestProblem[] } {
  const gave = new Set([...read.records.map((r) => r.source.file), ...read.used.map((u) => u.file), ...problems.filter((p) => p.dropped).map((p) => p.file)]);
  const isRecord = (p: IngestProblem) => p.dropped === true || (p.severity === 'error' && !gave.has(p.file));
  return {
    rejected: [...problems.filter(isRecord), ...normalised.rejected],
    fileErrors: problems.filter((p) => !isRecord(p) && p.severity === 'error'),
    warnings: [...problems.filter((p) => !isRecord(p) && p.severity === 'warning'), ...normalised.warnings.filter((p) => !p.dropped)],
    errors: [...problems, ...normalised.rejected].filter((p) => p.severity === 'error'),
  };
}

const bySource = (a: { source: SourceLocation }, b: { source: SourceLocation }) =>
  a.source.file < b.source.file ? -1 : a.source.file > b.source.file ? 1 : a.source.line - b.source.line;

const located = (list: readonly IngestProblem[]) =>
  list.map((w) => ({ file: w.file, line: w.line, reason: w.reason })).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));

export function buildLedger({ files, papers, merged, used = [], rejected, fileErrors = [], warnings }: LedgerInput): Ledger {
  const entries: Ledger['entries'] = [
    ...papers.map((p) => ({ source: p.sources[0]!, outcome: 'written' as const, page: p.slug })),
    ...merged.map((m) => ({ source: m.source, outcome: 'merged' as const, page: m.into, reason: m.reason })),
    ...used.map((u) => ({ source: { file: u.file, line: u.line }, outcome: 'used' as const, reason: u.reason })),
    ...rejected.map((r) => ({ source: { file: r.file, line: r.line }, outcome: 'rejected' as const, reason: r.reason })),
  ].sort(bySource);
  // A file's records are all it gave, skipped ones included, as in the totals: one meaning for one word.
  const perFile = new Map<string, number>();
  for (const e of entries) perFile.set(e.source.file, (perFile.get(e.source.file) ?? 0) + 1);
  return ledgerSchema.parse({
    version: 1,
    files: files.map((f) => ({ ...f, records: perFile.get(f.file) ?? 0 })).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    entries,
    totals: {
      read: entries.length,
      written: papers.length,
      merged: merged.length,
      used: used.length,
      rejected: rejected.length,
    },
    fileErrors: located(fileErrors),
    warnings: located(warnings),
  });
}

/** "1 paper", "2 papers". */
export const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * One line per file and the totals, for the end of a run; `changes` (src/lib/content/run-changes.ts), what a
 * re-run added, removed and renamed, follows the totals.
 */
export function summariseLedger(ledger: Ledger, conceptCount: number, changes?: string): string {
  const skipped = new Map<string, number>();
  for (const e of ledger.entries) if (e.outcome === 'rejected') skipped.set(e.source.file, (skipped.get(e.source.file) ?? 0) + 1);
  const lines = ledger.files.map((f) => {
    // Not "(listing): 0 records" for a .txt that is no listing: the file was not read as anything.
    if (f.notRead !== undefined) return `  ${f.file}: ${f.notRead}, not read`;
    const n = skipped.get(f.file) ?? 0;
    return `  ${f.file} (${f.format}): ${count(f.records, 'record')}${n > 0 ? `, ${n} skipped` : ''}`;
  });
  const { read, written, merged, used, rejected } = ledger.totals;
  const usedPart = used > 0 ? `, ${used} used by the entries that crossref ${used === 1 ? 'it' : 'them'}` : '';
  lines.push(`  ${read} read → ${count(written, 'paper')} written, ${merged} merged as duplicates${usedPart}, ${rejected} skipped; ${count(conceptCount, 'concept')}`);
  if (changes !== undefined) lines.push(`  ${changes}`);
  for (const e of ledger.entries) {
    if (e.outcome === 'rejected') lines.push(`  skipped ${e.source.file}:${e.source.line}: ${e.reason}`);
    // A record merged as the same work by its DOI, arXiv id or PMID may have changed the page its work had (the
    // title, abstract and key of the fuller record win): each is named. An exact duplicate changes nothing.
    if (e.outcome === 'merged' && !e.reason?.endsWith(SAME_TEXT)) lines.push(`  merged ${e.source.file}:${e.source.line} into papers/${e.page}: ${e.reason}`);
  }
  for (const e of ledger.fileErrors) lines.push(`  error ${e.file}:${e.line}: ${e.reason}`);
  for (const line of warningLines(ledger.warnings)) lines.push(line);
  return lines.join('\n');
}

/**
 * What a run skipped as unchanged prints for the run that wrote the folder: its summary and annotations, less its
 * warnings about paper files (under `papersDir`, as files are shown). Those tell what that run did to them (notes
 * moved under a heading, a copy kept aside, a key left out), which the skipped run did not do again (a user probe
 * went back to files that were fine); how many were left out is said.
 */
export function summaryToReplay(ledger: Ledger, conceptCount: number, papersDir: string): { summary: string; annotations: string[] } {
  const replayed = { ...ledger, warnings: ledger.warnings.filter((w) => !w.file.startsWith(papersDir)) };
  const left = ledger.warnings.length - replayed.warnings.length;
  const note = left > 0 ? `\n  (${left} ${left === 1 ? 'warning' : 'warnings'} about paper files, on what the last run did to them, not repeated: ledger.json holds them)` : '';
  return { summary: summariseLedger(replayed, conceptCount) + note, annotations: githubAnnotations(replayed) };
}

/**
 * More warnings of one kind in one file than this are shown as the first few and a count with their lines: a
 * handful, such as the papers of a library not in English, each named by its title (review 17 L4), stay whole.
 */
const WARNINGS_OF_A_KIND = 8;

/** How many of a folded kind are shown whole. */
const FOLDED_SHOWN = 2;

/** Lines of a folded kind named after its count. */
const LINES_NAMED = 12;

/**
 * A warning's kind: its wording with what it quotes left out (`citation key "núñez2000" is not safe …` and
 * `citation key "müller99" is not safe …` are one kind).
 */
function warningKind(reason: string): string {
  return reason.replace(/"[^"]*"|“[^”]*”/g, '"…"');
}

/**
 * The warnings, each kind of a file with more than a handful folded past its first two into one line with the count and the lines (review
 * 44 finding 5: 52 lines of "citation key … is not safe in every BibTeX reader", one per entry of a JabRef export
 * keeping accents in its keys, buried the lines about entries without an abstract). The ledger file and GitHub's
 * annotations keep every warning.
 */
function warningLines(warnings: Ledger['warnings']): string[] {
  const kinds = new Map<string, Ledger['warnings'][number][]>();
  for (const w of warnings) {
    const key = `${w.file}\u0000${warningKind(w.reason)}`;
    const group = kinds.get(key);
    if (group) group.push(w);
    else kinds.set(key, [w]);
  }
  const lines: string[] = [];
  for (const group of kinds.values()) {
    const shown = group.length > WARNINGS_OF_A_KIND ? group.slice(0, FOLDED_SHOWN) : group;
    for (const w of shown) lines.push(`  warning ${w.file}:${w.line}: ${w.reason}`);
    const rest = group.slice(shown.length);
    if (rest.length === 0) continue;
    const named = rest.slice(0, LINES_NAMED).map((w) => w.line).join(', ');
    lines.push(`  warning ${rest[0]!.file}: ${rest.length} more like these, at lines ${named}${rest.length > LINES_NAMED ? ', …' : ''} (every one is in ledger.json)`);
  }
  return lines;
}

/** A message as a GitHub Actions workflow command's value: `%`, CR and LF escaped as the runner reads them. */
function annotationText(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * The run's skipped records and warnings as GitHub Actions annotations (`::warning title=…::…`), which the
 * workflow run's summary lists: in the default skip mode a broken export loses papers from the published site
 * while the run still ends in ✔, and the log that says so is folded away (review 20 L6).
 */
export function githubAnnotations(ledger: Ledger): string[] {
  const lines: string[] = [];
  for (const e of ledger.entries) {
    if (e.outcome === 'rejected') lines.push(`::warning title=Paper Atlas skipped a record::${annotationText(`${e.source.file}:${e.source.line}: ${e.reason ?? 'not read'}`)}`);
  }
  for (const e of ledger.fileErrors) lines.push(`::warning title=Paper Atlas found damage in a file::${annotationText(`${e.file}:${e.line}: ${e.reason}`)}`);
  for (const w of ledger.warnings) lines.push(`::notice title=Paper Atlas::${annotationText(`${w.file}:${w.line}: ${w.reason}`)}`);
  return lines;
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
