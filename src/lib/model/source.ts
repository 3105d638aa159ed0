/** Where a record came from: the file (as given, relative to the project root when possible) and its 1-based line. */
export interface SourceLocation {
  file: string;
  line: number;
}

/**
 * An input record that is no paper yet not lost: a BibTeX entry other entries `crossref` for their venue,
 * publisher or year. The ledger counts it as used, with the reason naming who uses it.
 */
export interface UsedRecord extends SourceLocation {
  reason: string;
}

/**
 * A problem with one input record or one input file. Ingest never throws for bad input: every parser
 * returns the records it could read plus a located problem for each it could not, so the run can decide
 * (by the `--on-error` flag) whether to skip with a warning or stop.
 */
export interface IngestProblem extends SourceLocation {
  /** What was wrong and what was expected, in words a user can act on. */
  reason: string;
  /** `error`: a record (or the whole file) was not read. `warning`: read, but something was dropped or guessed. */
  severity: 'error' | 'warning';
  /**
   * True when this problem stands for exactly one input record that did not become a paper (the ledger
   * counts it as rejected), whatever the severity: e.g. a BibTeX entry without an abstract is a `warning`
   * (normal in a Zotero export, so it must not stop a run) yet its record is dropped. Absent for problems
   * about a whole file or about a record that was still read.
   */
  dropped?: boolean;
}

/** A located, typed error: the only kind of exception the ingest and content stages may raise. */
export class LocatedError extends Error {
  readonly file: string;
  readonly line: number;
  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'LocatedError';
    this.file = file;
    this.line = line;
  }
}
