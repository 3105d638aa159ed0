/**
 * What the readers of the tagged exports (RIS, PubMed, Web of Science) share once a file's records are read: each
 * record turned into a RawRecord or a located problem, and the problems in the order of their lines.
 */
import type { RawRecord } from '../model/paper';
import type { IngestProblem } from '../model/source';
import type { ParsedRecords } from './listing';

export function recordsOf<R>(read: { records: readonly R[]; problems: IngestProblem[] }, toRecord: (record: R) => { record?: RawRecord; problem?: IngestProblem }): ParsedRecords {
  const records: RawRecord[] = [];
  const problems = [...read.problems];
  for (const r of read.records) {
    const { record, problem } = toRecord(r);
    if (record) records.push(record);
    if (problem) problems.push(problem);
  }
  problems.sort((a, b) => a.line - b.line);
  return { records, problems };
}
