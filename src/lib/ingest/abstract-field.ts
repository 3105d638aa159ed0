/**
 * A record's abstract, alike in every format. A reference-manager export holds many items without one (books,
 * datasets, items never filled in): that is normal, so such a record is a warning that does not stop a run, yet
 * it is counted as rejected, having nothing to build a page from. An abstract that is not text at all is an
 * error: the file is not what it claims to be.
 */
import { z } from 'zod';
import type { IngestProblem } from '../model/source';

/** A JSON value in words, for a message a user reads: "a number", "a list". */
function jsonKind(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'boolean') return `${value}`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** The `abstract` of a JSON or CSL-JSON item: text, or absent; anything else is named plainly. */
export const abstractField = z.string({ error: (issue) => `should be text, found ${jsonKind(issue.input)}` }).nullish();

/** The abstract, or undefined where there is none to speak of (absent, null, empty or blank). */
export function presentAbstract(abstract: string | null | undefined): string | undefined {
  return abstract === undefined || abstract === null || abstract.trim() === '' ? undefined : abstract;
}

/** The problem for a record without an abstract; `record` names it as its format does ("@article{key} \"Title\""). */
export function missingAbstract(file: string, line: number, record: string): IngestProblem {
  return { file, line, severity: 'warning', dropped: true, reason: `${record} has no abstract; skipped (a paper page needs one)` };
}
