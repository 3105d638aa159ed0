/** Shared helpers for turning loosely typed export fields into RawRecord fields. */
import type { z } from 'zod';
import type { Italics, RawRecord } from '../model/paper';
import { decodeTex, type TexOptions } from '../normalise/text';
import { mapNameParts } from '../cite/person-name';

// Where the ingest readers have always found it; one pattern for every stage that needs to know an arXiv id.
import { normaliseArxiv } from '../cite/arxiv';
export { normaliseArxiv };

/** A four-digit year from a number or a date-ish string ("2024", "2024-05-01", "May 2024"). */
export function parseYear(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 2999) return value;
  if (typeof value === 'string') {
    const m = /(?:^|\D)([12]\d{3})(?:\D|$)/.exec(value);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/**
 * Why a year read from a record is left out as a typo: it is later than the year after `currentYear` (the run's,
 * IngestOptions), as 2109 for 2019 is; undefined for any other year, and for every year without `currentYear`.
 * `written` is the value as the record gave it, for the warning.
 */
export function lateYear(year: number | undefined, currentYear: number | undefined, written: string): string | undefined {
  if (year === undefined || currentYear === undefined || year <= currentYear + 1) return undefined;
  const latest = currentYear + 1;
  return `${written} is later than next year (${latest}); expected the year the paper appeared, ${latest} at the latest (the paper is kept without a year)`;
}

/** "10.1000/x", "doi:10.1000/x" or "https://doi.org/10.1000/x" → "10.1000/x". */
export function normaliseDoi(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const m = /(10\.\d{4,9}\/\S+)/.exec(value.trim());
  return m ? m[1]!.replace(/[.,;]+$/, '') : undefined;
}

const PMID = /^\s*(?:pmid\s*:?\s*)?(\d{1,9})\s*$/i;

/** A PubMed id as CSL, BibTeX or JSON give it ("2899772", 2899772, "PMID: 2899772") → "2899772". */
export function normalisePmid(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? String(value) : undefined;
  if (typeof value !== 'string') return undefined;
  // Without leading zeros, as PubMed writes it (a "0…" value also reads as a number in YAML's old rules).
  return PMID.exec(value)?.[1]?.replace(/^0+(?=\d)/, '');
}

/** Why a PMID field's value was left out, or undefined when it is one or a placeholder. */
export function notAPmid(field: string, value: unknown): string | undefined {
  if (value === undefined || value === null || (typeof value === 'string' && PLACEHOLDER.test(value.trim())) || normalisePmid(value) !== undefined) return undefined;
  return `${field} ${JSON.stringify(value)} is not a PubMed id; left out (expected its digits, such as "2899772")`;
}

/** What spreadsheets, pandas and hand-typed lists put where an identifier is missing: no id, nothing to report. */
const PLACEHOLDER = /^(?:-+|[‐‑‒–—]|n\/?a|nan|none|null)?$/i;

/**
 * Why an identifier field's value was left out, or undefined when there is nothing to say: it is an id
 * `normaliseDoi`/`normaliseArxiv` read, or an obvious placeholder ("", "-", "N/A", "nan", "none", "null").
 * Any other text is not an id: kept, it would show as one on the page, build a broken link and name a
 * different paper as the same work. `field` is the field as the input spells it (`"doi"`, `doi =`).
 */
export function notAnIdentifier(field: string, value: string | undefined | null, kind: 'DOI' | 'arXiv id'): string | undefined {
  if (value === undefined || value === null || PLACEHOLDER.test(value.trim())) return undefined;
  const read = kind === 'DOI' ? normaliseDoi(value) : normaliseArxiv(value);
  if (read !== undefined) return undefined;
  const example = kind === 'DOI' ? '"10.1000/xyz123" or a doi.org link' : '"2401.00001", "hep-th/9901001" or an arxiv.org link';
  return `${field} ${JSON.stringify(value.length > 60 ? `${value.slice(0, 59)}…` : value)} is not ${kind === 'DOI' ? 'a DOI' : 'an arXiv id'}; left out (expected one such as ${example})`;
}

/** A database's page for its own record (Scopus's, Web of Science's): no page of the paper's, and behind a login. */
export function isDatabaseRecordPage(url: string): boolean {
  return /^https?:\/\/(?:www\.)?(?:scopus\.com|webofscience\.com|(?:apps\.)?webofknowledge\.com)\//i.test(url);
}

/** An arXiv id mentioned in free text such as a journal field: "arXiv preprint arXiv:2401.00001". */
export function findArxivInText(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const m = /arxiv[:\s]+(\d{4}\.\d{4,5}(?:v\d+)?)/i.exec(value);
  return m ? m[1] : undefined;
}

/** One line per zod issue, naming the field: "abstract: expected string, received undefined". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      if (!path) return issue.message;
      // A message of our own that reads on from the field's name ("should be text, found a number") follows it as a sentence.
      return issue.message.startsWith('should ') ? `"${path}" ${issue.message}` : `"${path}": ${issue.message.replace(/^Invalid input: /, '')}`;
    })
    .join('; ');
}

/** Italic phrases of a title and an abstract, or undefined when neither has any. */
export function italicsOf(title: string[] | undefined, abstract: string[] | undefined): Italics | undefined {
  if (title === undefined && abstract === undefined) return undefined;
  return { ...(title !== undefined ? { title } : {}), ...(abstract !== undefined ? { abstract } : {}) };
}

/** Drops undefined optional fields so records compare and serialise cleanly. */
export function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

/** The record's text fields read as (La)TeX; see `decodeTex` for which conventions `options` turns on. */
export function decodeRecordTex(record: RawRecord, options: TexOptions): RawRecord {
  const tex = (text: string) => decodeTex(text, options);
  record.title = tex(record.title);
  record.abstract = tex(record.abstract);
  if (record.authors) record.authors = record.authors.map(tex);
  // Decoded alike, so that each still equals its name in `authors`.
  if (record.literalAuthors) record.literalAuthors = record.literalAuthors.map(tex);
  if (record.nameParts) record.nameParts = record.nameParts.map((p) => mapNameParts(p, tex));
  if (record.venue !== undefined) record.venue = tex(record.venue);
  if (record.keywords) record.keywords = record.keywords.map(tex);
  if (record.italics) record.italics = italicsOf(record.italics.title?.map(tex), record.italics.abstract?.map(tex));
  if (record.collaboration !== undefined) record.collaboration = tex(record.collaboration);
  if (record.bibliographic?.publisher !== undefined) record.bibliographic = { ...record.bibliographic, publisher: tex(record.bibliographic.publisher) };
  if (record.bibliographic?.institution !== undefined) record.bibliographic = { ...record.bibliographic, institution: tex(record.bibliographic.institution) };
  if (record.bibliographic?.editors !== undefined) record.bibliographic = { ...record.bibliographic, editors: record.bibliographic.editors.map(tex) };
  if (record.bibliographic?.translators !== undefined) record.bibliographic = { ...record.bibliographic, translators: record.bibliographic.translators.map(tex) };
  for (const key of ['series', 'address', 'edition'] as const) {
    const value = record.bibliographic?.[key];
    if (value !== undefined) record.bibliographic = { ...record.bibliographic, [key]: tex(value) };
  }
  return record;
}
