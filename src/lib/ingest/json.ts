/**
 * JSON array and JSONL/NDJSON of paper objects: `title`, `abstract`, optional `id`, `authors` (string or
 * array), `year`, `url`, `doi`, `arxiv`, `venue`. A JSON array whose items look like CSL-JSON is read as CSL.
 */
import { z } from 'zod';
import type { RawRecord } from '../model/paper';
import type { IngestProblem } from '../model/source';
import { cslItemToRecord, isCslDocument } from './csl';
import { withoutOthers } from '../cite/authors';
import { compact, describeIssues, normaliseArxiv, normaliseDoi, parseYear, splitAuthors } from './fields';
import { checkJson } from './json-syntax';
import type { ParsedRecords } from './listing';
import { excerpt, LineIndex } from './position';

const optionalText = z.string().nullish();

export const jsonRecordSchema = z.object({
  title: z.string(),
  abstract: z.string(),
  id: z.union([z.string(), z.number()]).nullish(),
  authors: z.union([z.string(), z.array(z.string())]).nullish(),
  year: z.union([z.number().int(), z.string()]).nullish(),
  url: optionalText,
  doi: optionalText,
  arxiv: optionalText,
  venue: optionalText,
});
export type JsonRecord = z.infer<typeof jsonRecordSchema>;

export function jsonItemToRecord(file: string, line: number, item: unknown): { record?: RawRecord; problem?: IngestProblem } {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    const got = item === null ? 'null' : Array.isArray(item) ? 'an array' : `a ${typeof item}`;
    return { problem: { file, line, severity: 'error', dropped: true, reason: `expected an object with "title" and "abstract", got ${got}` } };
  }
  const parsed = jsonRecordSchema.safeParse(item);
  if (!parsed.success) {
    return { problem: { file, line, severity: 'error', dropped: true, reason: `record not read: ${describeIssues(parsed.error)}` } };
  }
  const r = parsed.data;
  const year = parseYear(r.year);
  const listed = r.authors === undefined || r.authors === null ? undefined : withoutOthers(typeof r.authors === 'string' ? splitAuthors(r.authors) : r.authors);
  const record: RawRecord = compact({
    title: r.title,
    abstract: r.abstract,
    id: r.id === undefined || r.id === null ? undefined : String(r.id),
    authors: listed?.names,
    etAl: listed?.etAl || undefined,
    year,
    url: r.url ?? undefined,
    doi: normaliseDoi(r.doi) ?? (r.doi ? r.doi : undefined),
    arxiv: normaliseArxiv(r.arxiv) ?? (r.arxiv ? r.arxiv : undefined),
    venue: r.venue ?? undefined,
    source: { file, line },
  });
  return { record };
}

/** JSON.parse for text the syntax checker accepted; a disagreement between the two becomes `undefined`, never a throw. */
function parseChecked(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export interface ParsedJson extends ParsedRecords {
  /** True when the items were read as CSL-JSON. */
  csl: boolean;
}

/** A JSON array of records (or one record object). Complete items before a syntax error are still read. */
export function parseJsonDocument(file: string, text: string): ParsedJson {
  const lines = new LineIndex(text);
  const problems: IngestProblem[] = [];
  const spans: Array<[number, number]> = [];
  const error = checkJson(text, (start, end) => spans.push([start, end]));
  let items: Array<{ value: unknown; line: number }>;
  const firstChar = text.trimStart()[0];
  if (error) {
    const lastEnd = spans[spans.length - 1]?.[1] ?? -1;
    const insideElement = firstChar === '[' && /[{[]/.test(text.slice(Math.max(lastEnd, text.indexOf('[') + 1), error.offset + 1));
    problems.push({
      file,
      line: lines.lineAt(error.offset),
      severity: 'error',
      // The array element the error sits in is one record lost; whatever followed it cannot be counted.
      ...(insideElement ? { dropped: true } : {}),
      reason: `malformed JSON: expected ${error.expected}${spans.length > 0 ? `; the ${spans.length} complete record(s) before this point were read` : ''}`,
    });
    items = firstChar === '[' ? spans.map(([s, e]) => ({ value: parseChecked(text.slice(s, e)), line: lines.lineAt(s) })) : [];
  } else {
    const value = parseChecked(text);
    if (Array.isArray(value)) items = value.map((v, k) => ({ value: v as unknown, line: lines.lineAt(spans[k]?.[0] ?? 0) }));
    else if (typeof value === 'object' && value !== null) items = [{ value, line: lines.lineAt(text.length - text.trimStart().length) }];
    else {
      problems.push({ file, line: 1, severity: 'error', reason: 'expected a JSON array of paper objects (or JSON Lines, one object per line)' });
      items = [];
    }
  }
  const csl = isCslDocument(items.map((i) => i.value));
  const records: RawRecord[] = [];
  for (const item of items) {
    const { record, problem } = csl ? cslItemToRecord(file, item.line, item.value) : jsonItemToRecord(file, item.line, item.value);
    if (record) records.push(record);
    if (problem) problems.push(problem);
  }
  return { records, problems, csl };
}

/** JSON Lines / NDJSON: one object per line; a bad line is reported and the others are still read. */
export function parseJsonLines(file: string, text: string): ParsedRecords {
  const records: RawRecord[] = [];
  const problems: IngestProblem[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const error = checkJson(raw);
    if (error) {
      problems.push({
        file,
        line,
        severity: 'error',
        dropped: true,
        reason: `malformed JSON on this line (column ${error.offset + 1}): expected ${error.expected}; line starts ${excerpt(raw, 40)}`,
      });
      return;
    }
    const { record, problem } = jsonItemToRecord(file, line, parseChecked(raw));
    if (record) records.push(record);
    if (problem) problems.push(problem);
  });
  return { records, problems };
}

/** Several lines that each start with `{`: JSON Lines, even when the file is called `.json`. */
export function looksLikeJsonLines(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 2 || !lines.every((l) => l.trimStart().startsWith('{'))) return false;
  return checkJson(text) !== undefined;
}
