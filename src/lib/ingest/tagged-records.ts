/**
 * What the readers of the tagged exports (RIS, PubMed, Web of Science) share once a file's records are read: each
 * record turned into a RawRecord or a located problem, the warnings about its fields each at the line of the field
 * (in an export of thousands of records the record's first line leaves the user to hunt for the bad one), and the
 * problems in the order of their lines.
 */
import type { RawRecord } from '../model/paper';
import type { IngestProblem } from '../model/source';
import type { ParsedRecords } from './listing';

/** A record as read: the paper, or the problem it was not read for; and the warnings it was read with. */
export interface ReadRecord {
  record?: RawRecord;
  problem?: IngestProblem;
  warnings?: readonly IngestProblem[];
}

export function recordsOf<R>(read: { records: readonly R[]; problems: IngestProblem[] }, toRecord: (record: R) => ReadRecord): ParsedRecords {
  const records: RawRecord[] = [];
  const problems = [...read.problems];
  for (const r of read.records) {
    const { record, problem, warnings } = toRecord(r);
    if (record) records.push(record);
    if (problem) problems.push(problem);
    for (const w of warnings ?? []) problems.push(w);
  }
  problems.sort((a, b) => a.line - b.line);
  return { records, problems };
}

/**
 * A warning about one field, at the field's line. It names the record as BibTeX's name their entry
 * (`@article{key}: …`), so that the message read on its own, or after the file was edited, still says which.
 */
export function fieldWarning(file: string, line: number, record: string, reason: string): IngestProblem {
  return { file, line, severity: 'warning', reason: `${record}: ${reason}` };
}
