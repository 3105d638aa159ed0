/**
 * JSON array and JSONL/NDJSON of paper objects: `title`, `abstract`, optional `id`, `authors` (string or
 * array), `year`, `url`, `doi`, `arxiv`, `venue`, and for the Cite box `volume`, `issue` (or `number`),
 * `pages`, `month`, `publisher`; author `keywords` as a list or one text; an OpenAlex work's fields where those
 * are missing (openalex.ts). A JSON array whose items look like CSL-JSON is read as CSL.
 */
import { z } from 'zod';
import type { RawRecord } from '../model/paper';
import type { IngestProblem } from '../model/source';
import { abstractField, missingAbstract, presentAbstract } from './abstract-field';
import { cslItemToRecord, isCslDocument } from './csl';
import { isCollectiveName, withoutOthers } from '../cite/authors';
import { compactBibliographic, locatorText, monthOfDate, parseMonth } from '../cite/bibliographic';
import { personName } from '../cite/person-name';
import { familyCommaGiven, type ReadName } from './family-comma-given';
import { compact, decodeRecordTex, describeIssues, normaliseArxiv, normaliseDoi, normalisePmid, notAnIdentifier, notAPmid, parseYear, lateYear } from './fields';
import { splitAuthors } from './author-list';
import { checkJson } from './json-syntax';
import type { ParsedRecords } from './listing';
import { plainFromRichText } from './rich-text';
import { excerpt, LineIndex } from './position';
import { keptWithout, shapeOf } from './kept-without';
import { splitKeywords } from '../normalise/keywords';
import { entryTypeFromName } from '../cite/entry-type';
import { KEYWORDS_EXPECTED, keywordsField } from './keywords-field';
import { TITLE_EXPECTED, untitledTitle, untitledWarning, type IngestOptions } from './untitled';
import { UnreadFields } from './unread-fields';
import { INVERTED_INDEX_EXPECTED, OPENALEX, abstractFromInvertedIndex, authorshipNames, biblioLocators, primaryVenue } from './openalex';

const nonEmpty = (list: string[]): string[] | undefined => (list.length > 0 ? list : undefined);

const optionalText = z.string().nullish();
const textOrNumber = z.union([z.string(), z.number()]).nullish();
const TEXT = 'text';
const TEXT_OR_NUMBER = 'text or a number';

/**
 * Keys a paper is kept without, with the shapes they are read in: a value of another shape (`"url": 42`,
 * `"venue": ["a", "b"]`, a Cite-box `"pages": {"first": 1}`) costs the record that field, with a warning.
 */
const OPTIONAL = keptWithout({
  url: { schema: optionalText, expected: TEXT },
  venue: { schema: optionalText, expected: TEXT },
  collaboration: { schema: optionalText, expected: TEXT },
  doi: { schema: optionalText, expected: 'text (a DOI)' },
  arxiv: { schema: optionalText, expected: 'text (an arXiv id)' },
  pmid: { schema: textOrNumber, expected: 'text or a number (a PubMed id)' },
  volume: { schema: textOrNumber, expected: TEXT_OR_NUMBER },
  issue: { schema: textOrNumber, expected: TEXT_OR_NUMBER },
  number: { schema: textOrNumber, expected: TEXT_OR_NUMBER },
  pages: { schema: textOrNumber, expected: TEXT_OR_NUMBER },
  month: { schema: textOrNumber, expected: TEXT_OR_NUMBER },
  publisher: { schema: optionalText, expected: TEXT },
  type: { schema: optionalText, expected: 'text (a publication type such as "article", "book", "inproceedings")' },
  keywords: { schema: keywordsField, expected: KEYWORDS_EXPECTED },
});

const AUTHORS_EXPECTED = 'expected a list of names (strings) or objects with "name", "given" + "family" or "first" + "last", or one string of names separated by ";" or "and"';

/** S2ORC writes middle names as a list, `"middle": ["J."]`. */
const middleNames = z.union([z.string(), z.array(z.string())]).nullish();
const givenWithMiddle = (first: string | null | undefined, middle: z.infer<typeof middleNames>): string => [first ?? '', ...(Array.isArray(middle) ? middle : [middle ?? ''])].join(' ');

/**
 * The shapes tools write a person in: a plain name, `{name}` (Semantic Scholar, OpenAlex-ish), `{given, family}`
 * (CSL), `{first, middle, last}` (ACL Anthology, S2ORC) and `{firstName, lastName}`.
 */
const authorSchema = z.union([
  z.string(),
  z.object({ name: z.string() }).transform((a) => a.name),
  z.object({ given: z.string().nullish(), family: z.string(), suffix: z.string().nullish() }).transform((a) => personName(a) ?? { name: '' }),
  z
    .object({ first: z.string().nullish(), middle: middleNames, last: z.string(), suffix: z.string().nullish() })
    .transform((a) => personName({ given: givenWithMiddle(a.first, a.middle), family: a.last, suffix: a.suffix }) ?? { name: '' }),
  z
    .object({ firstName: z.string().nullish(), middleName: middleNames, lastName: z.string() })
    .transform((a) => personName({ given: givenWithMiddle(a.firstName, a.middleName), family: a.lastName }) ?? { name: '' }),
]);

export const jsonRecordSchema = z.object({
  // A missing or empty title is dealt with right after parsing (untitled.ts), not later in normalise, so a
  // file's errors are reported in line order.
  title: z.string().nullish(),
  abstract: abstractField,
  id: z.union([z.string(), z.number()]).nullish(),
  authors: z.union([z.string(), z.array(authorSchema)], { error: AUTHORS_EXPECTED }).nullish(),
  // Any value: what `parseYear` cannot read as a year, of whatever shape, is left out with one warning.
  year: z.unknown().optional(),
  ...OPTIONAL.shape,
  ...OPENALEX.shape,
});
export type JsonRecord = z.infer<typeof jsonRecordSchema>;

/** The fields a JSON record is read by, for telling another tool's name for one of them (`keyphrases`) from it. */
const unreadFields = (): UnreadFields => new UnreadFields(Object.keys(jsonRecordSchema.shape));

export function jsonItemToRecord(file: string, line: number, item: unknown, options: IngestOptions = {}): { record?: RawRecord; problem?: IngestProblem } {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    const got = item === null ? 'null' : Array.isArray(item) ? 'an array' : `a ${typeof item}`;
    return { problem: { file, line, severity: 'error', dropped: true, reason: `expected an object with "title" and "abstract", got ${got}` } };
  }
  const parsed = jsonRecordSchema.safeParse(item);
  if (!parsed.success) {
    return { problem: { file, line, severity: 'error', dropped: true, reason: `record not read: ${describeIssues(parsed.error)}` } };
  }
  const r = parsed.data;
  const abstract = presentAbstract(r.abstract) ?? abstractFromInvertedIndex(r.abstract_inverted_index);
  const givenTitle = r.title?.trim() ? r.title : r.display_name?.trim() ? r.display_name : undefined;
  const madeTitle = givenTitle ? undefined : untitledTitle(options.untitled, abstract);
  const title = madeTitle ?? givenTitle;
  if (!title) return { problem: { file, line, severity: 'error', dropped: true, reason: `record not read: "title": ${TITLE_EXPECTED}` } };
  if (abstract === undefined) {
    // The index was the abstract: of another shape, it is what the record lacks, an error as an abstract of another shape is.
    const index = (item as Record<string, unknown>).abstract_inverted_index;
    if (index !== undefined && index !== null && r.abstract_inverted_index === undefined) {
      return { problem: { file, line, severity: 'error', dropped: true, reason: `record not read: "abstract_inverted_index": expected ${INVERTED_INDEX_EXPECTED}, found ${shapeOf(index)}` } };
    }
    return { problem: missingAbstract(file, line, `record ${excerpt(title)}`) };
  }
  // What was read but left out, said in one located warning: the paper is kept.
  const warnings: string[] = [];
  if (madeTitle !== undefined) warnings.push(untitledWarning(madeTitle));
  // OpenAlex's year, where the record has no `year` of its own.
  const [yearKey, yearValue] = r.year === undefined || r.year === null ? (['publication_year', r.publication_year] as const) : (['year', r.year] as const);
  const readYear = parseYear(yearValue);
  if (yearValue !== undefined && yearValue !== null && readYear === undefined) {
    warnings.push(`"${yearKey}": ${shapeOf(yearValue)} is not a year; expected a four-digit year such as 2021 or a date such as "2021-05-04" (the paper is kept without a year)`);
  }
  // A year later than next year is a typo (2109 for 2019): left out with a word, as one that cannot be read.
  const late = lateYear(readYear, options.currentYear, `"${yearKey}": ${shapeOf(yearValue)}`);
  if (late) warnings.push(late);
  const year = late ? undefined : readYear;
  const month = parseMonth(r.month) ?? monthOfDate(r.year) ?? (yearKey === 'publication_year' && year !== undefined && parseYear(r.publication_date) === year ? monthOfDate(r.publication_date) : undefined);
  if (r.month !== undefined && r.month !== null && parseMonth(r.month) === undefined) {
    warnings.push(`"month": ${JSON.stringify(r.month)} is not a month; expected 1 to 12 or a month's name such as "March" or "mar" (the paper is kept without a month)`);
  }
  for (const warning of [...OPTIONAL.warnings(item as Record<string, unknown>), ...OPENALEX.warnings(item as Record<string, unknown>)]) warnings.push(warning);
  const entryType = r.type ? entryTypeFromName(r.type) : undefined;
  if (r.type && entryType === undefined && r.type.trim() !== '') {
    warnings.push(`"type": ${JSON.stringify(r.type)} is not a publication type this reads; expected a BibTeX, CSL, Crossref or OpenAlex type such as "article", "book", "inproceedings", "paper-conference" or "book-chapter" (the paper is kept, cited by its other fields)`);
  }
  for (const problem of [notAnIdentifier('"doi":', r.doi, 'DOI'), notAnIdentifier('"arxiv":', r.arxiv, 'arXiv id'), notAPmid('"pmid":', r.pmid)]) if (problem) warnings.push(problem);
  const people =
    r.authors === undefined || r.authors === null
      ? authorshipNames(r.authorships)?.map(uninvertName)
      : typeof r.authors === 'string'
        ? splitAuthors(r.authors).map((a) => (a.inverted ? uninvertName(a.text) : { name: a.text }))
        : r.authors.map((a) => (typeof a === 'string' ? uninvertName(a) : a)).filter((a) => a.name !== '');
  const listed = people === undefined ? undefined : withoutOthers(people.map((p) => p.name));
  const nameParts = (people ?? []).flatMap((p) => p.parts ?? []);
  // A name given whole, with no parts read from it, may be a collaboration's: kept whole when cited.
  const literalAuthors = (people ?? []).filter((p) => p.parts === undefined && isCollectiveName(p.name)).map((p) => p.name);
  const openAlex = biblioLocators(r.biblio);
  const record: RawRecord = compact({
    title,
    madeTitle: madeTitle !== undefined || undefined,
    // Crossref's JATS abstracts reach plain JSON too; other markup-like text in JSON is what was typed.
    abstract: abstract.includes('<jats:') ? plainFromRichText(abstract) : abstract,
    id: r.id === undefined || r.id === null ? undefined : String(r.id),
    authors: listed?.names,
    literalAuthors: literalAuthors.length > 0 ? literalAuthors : undefined,
    nameParts: nameParts.length > 0 ? nameParts : undefined,
    etAl: listed?.etAl || undefined,
    collaboration: r.collaboration ?? undefined,
    year,
    url: r.url ?? undefined,
    doi: normaliseDoi(r.doi),
    arxiv: normaliseArxiv(r.arxiv),
    pmid: normalisePmid(r.pmid),
    venue: r.venue ?? primaryVenue(r.primary_location),
    entryType,
    bibliographic: compactBibliographic({
      volume: locatorText(r.volume) ?? openAlex.volume,
      number: locatorText(r.issue) ?? locatorText(r.number) ?? openAlex.issue,
      pages: locatorText(r.pages) ?? openAlex.pages,
      month,
      publisher: r.publisher ?? undefined,
    }),
    keywords: r.keywords ? nonEmpty(splitKeywords(r.keywords)) : undefined,
    source: { file, line },
  });
  // JSON text is typed, not TeX: `--verbose` and `alert('x')` stay as written; only backslash commands are read.
  const problem: IngestProblem | undefined = warnings.length > 0 ? { file, line, severity: 'warning', reason: warnings.join('; ') } : undefined;
  return { record: decodeRecordTex(record, { typography: false }), ...(problem ? { problem } : {}) };
}

/**
 * `{"papers": [...]}`, as hand-made exports wrap their list, or an API response's `{"meta": {...}, "results":
 * [...], "group_by": []}` (OpenAlex's): the one array, or the one array of objects beside other keys, its items located.
 */
function wrappedArray(text: string, value: Record<string, unknown>, lines: LineIndex): Array<{ value: unknown; line: number }> | undefined {
  const keys = Object.keys(value);
  const ofObjects = keys.filter((k) => Array.isArray(value[k]) && (value[k] as unknown[]).some((v) => typeof v === 'object' && v !== null && !Array.isArray(v)));
  const key = keys.length === 1 ? keys[0] : ofObjects.length === 1 ? ofObjects[0] : undefined;
  const inner = key === undefined ? undefined : value[key];
  if (!Array.isArray(inner)) return undefined;
  const keyAt = text.indexOf(JSON.stringify(key));
  const start = keyAt === -1 ? -1 : text.indexOf('[', keyAt);
  const end = text.lastIndexOf(']');
  const spans: number[] = [];
  if (start !== -1 && end > start) checkJson(text.slice(start, end + 1), (s) => spans.push(start + s));
  return inner.map((v: unknown, k) => ({ value: v, line: lines.lineAt(spans[k] ?? Math.max(start, 0)) }));
}

/** A name as a string: with a comma read as the tagged exports' names are; without one, shown as written. */
function uninvertName(name: string): ReadName {
  return name.includes(',') ? (familyCommaGiven(name) ?? { name: '' }) : { name: name.trim() };
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

/**
 * Where reading can go on after a syntax error at `after` in a top-level array laid out one element to a
 * line-opening `{` at `indent` (as exports and hand-edited files are): the next line after the error's that is
 * that indent and a `{`. (An array written on one line has no such indent, `elementIndent`: a `},{` there may as
 * well be inside a record, its authors, and a record read from there would be a piece of one.)
 */
function resumeAfter(text: string, after: number, indent: string): number | undefined {
  // The error is the next record's `{` itself: the record before it was never closed.
  if (opensElement(text, after, indent)) return after;
  const opening = new RegExp(`\\n${indent}\\{`, 'g');
  opening.lastIndex = text.indexOf('\n', after);
  if (opening.lastIndex === -1) return undefined;
  const found = opening.exec(text);
  return found ? found.index + 1 + indent.length : undefined;
}

/** The whitespace before the array's first element on its line; undefined where the element does not open a line. */
function elementIndent(text: string, firstElement: number): string | undefined {
  const indent = text.slice(text.lastIndexOf('\n', firstElement - 1) + 1, firstElement);
  return /^[ \t]*$/.test(indent) ? indent : undefined;
}

/** Whether a record opens at `at`: a `{` after exactly the elements' indent on its line. */
function opensElement(text: string, at: number, indent: string): boolean {
  return text[at] === '{' && text.slice(text.lastIndexOf('\n', at - 1) + 1, at) === indent;
}

/** Where the last record opening before `at` opens (the array's first element at the latest). */
function lastOpeningBefore(text: string, at: number, firstElement: number, indent: string): number {
  for (let i = text.lastIndexOf('\n', at - 1); i > firstElement; i = text.lastIndexOf('\n', i - 1)) {
    if (opensElement(text, i + 1 + indent.length, indent) && i + 1 + indent.length < at) return i + 1 + indent.length;
  }
  return firstElement;
}

/**
 * A JSON array of records (or one record object). Complete items before a syntax error are still read, and in
 * an array laid out a record to a line, so are those after the record it is in (`resumeAfter`): one record's
 * missing colon lost every record after it, and the pages they had.
 */
export function parseJsonDocument(file: string, text: string, options: IngestOptions = {}): ParsedJson {
  const lines = new LineIndex(text);
  const problems: IngestProblem[] = [];
  const spans: Array<[number, number]> = [];
  const missingCommas: number[] = [];
  let items: Array<{ value: unknown; line: number }>;
  const firstChar = text.trimStart()[0];
  const firstElement = firstChar === '[' ? text.slice(text.indexOf('[') + 1).search(/\S/) + text.indexOf('[') + 1 : -1;
  const indent = firstElement >= 0 ? elementIndent(text, firstElement) : undefined;
  // Each pass reads from `from` on; after the first, as an array whose elements start there ('[' + the rest).
  let from = 0;
  let errors = 0;
  for (;;) {
    const shift = from === 0 ? 0 : from - 1;
    const segment = from === 0 ? text : `[${text.slice(from)}`;
    const error = checkJson(segment, (start, end) => spans.push([start + shift, end + shift]), 'file', (at) => missingCommas.push(at + shift));
    if (!error) break;
    errors++;
    const at = error.offset + shift;
    const complete = spans.filter(([, end]) => end <= at);
    const lastEnd = complete.at(-1)?.[1] ?? -1;
    const insideElement = firstChar === '[' && /[{[]/.test(text.slice(Math.max(lastEnd, from === 0 ? text.indexOf('[') + 1 : from), at + 1));
    const resume = insideElement && indent !== undefined ? resumeAfter(text, at, indent) : undefined;
    const before = complete.length;
    // A record left open is the one before the `{` the error is at: it is the one lost, and named at its line.
    const unclosed = resume === at ? lastOpeningBefore(text, at, firstElement, indent!) : undefined;
    problems.push({
      file,
      line: lines.lineAt(unclosed ?? at),
      severity: 'error',
      // The array element the error sits in is one record lost; whatever followed it cannot be counted.
      ...(insideElement ? { dropped: true } : {}),
      // What the file holds, not what the run did with it: under --on-error skip the complete records become
      // pages, under stop nothing is written, and the run's own summary says which.
      reason:
        unclosed !== undefined
          ? `malformed JSON: the record that opens here is not closed before the next one opens on line ${lines.lineAt(at)} (expected ${error.expected}); it cannot be read, and reading goes on with that one`
          : resume !== undefined
          ? `malformed JSON: expected ${error.expected}; the record this is in cannot be read, and reading goes on with the record that opens on line ${lines.lineAt(resume)}`
          : `malformed JSON: expected ${error.expected}${before > 0 ? `; nothing past this point can be read, and the file holds ${before} complete record(s) before it` : ''}`,
    });
    if (resume === undefined || resume <= from) break;
    from = resume;
  }
  for (const at of missingCommas) {
    const before = spans.filter(([, end]) => end <= at).pop();
    problems.push({
      file,
      line: lines.lineAt(at),
      // No record is lost, the one starting here and those after it read: a warning, as an undefined BibTeX
      // macro is, which neither counts as a skipped record nor stops an --on-error stop run.
      severity: 'warning',
      reason: `malformed JSON: expected ',' between the record ending on line ${lines.lineAt(before ? before[1] - 1 : at)} and the one starting here; read as if it were there`,
    });
  }
  problems.sort((a, b) => a.line - b.line);
  if (errors > 0 || missingCommas.length > 0) {
    items = firstChar === '[' ? spans.map(([s, e]) => ({ value: parseChecked(text.slice(s, e)), line: lines.lineAt(s) })) : [];
  } else {
    const value = parseChecked(text);
    if (Array.isArray(value)) items = value.map((v, k) => ({ value: v as unknown, line: lines.lineAt(spans[k]?.[0] ?? 0) }));
    else if (typeof value === 'object' && value !== null && !('title' in value) && !('abstract' in value)) {
      const wrapped = wrappedArray(text, value as Record<string, unknown>, lines);
      if (wrapped) items = wrapped;
      else {
        problems.push({
          file,
          line: lines.lineAt(text.length - text.trimStart().length),
          severity: 'error',
          reason: `expected a list of records (a JSON array of objects with "title" and "abstract", or one key holding such an array), got an object with keys ${Object.keys(value).slice(0, 5).map((k) => JSON.stringify(k)).join(', ') || 'none'}`,
        });
        items = [];
      }
    } else if (typeof value === 'object' && value !== null) items = [{ value, line: lines.lineAt(text.length - text.trimStart().length) }];
    else {
      problems.push({ file, line: 1, severity: 'error', reason: 'expected a JSON array of paper objects (or JSON Lines, one object per line)' });
      items = [];
    }
  }
  const csl = isCslDocument(items.map((i) => i.value));
  const records: RawRecord[] = [];
  const unread = unreadFields();
  for (const item of items) {
    const { record, problem } = csl ? cslItemToRecord(file, item.line, item.value, options) : jsonItemToRecord(file, item.line, item.value, options);
    if (record) records.push(record);
    if (problem) problems.push(problem);
    if (!csl) unread.note(item.value, item.line);
  }
  const unreadProblem = unread.problem(file);
  if (unreadProblem) problems.push(unreadProblem);
  return { records, problems, csl };
}

/** JSON Lines / NDJSON: one object per line; a bad line is reported and the others are still read. */
export function parseJsonLines(file: string, text: string, options: IngestOptions = {}): ParsedRecords {
  const records: RawRecord[] = [];
  const problems: IngestProblem[] = [];
  const unread = unreadFields();
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const error = checkJson(raw, undefined, 'line');
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
    const item = parseChecked(raw);
    const { record, problem } = jsonItemToRecord(file, line, item, options);
    if (record) records.push(record);
    if (problem) problems.push(problem);
    unread.note(item, line);
  });
  const unreadProblem = unread.problem(file);
  if (unreadProblem) problems.push(unreadProblem);
  return { records, problems };
}

/**
 * JSON Lines, even when the file is called `.json`: not one JSON value, at least half of its lines a record on a
 * line of its own (opening with `{` and closing with `}`), and one of those whole. Every line had to open with `{`:
 * one comment line a tool wrote among them read the file as a broken JSON document, which lost every record
 * after the first. (An array or object laid out over lines has few such lines: its records end with `},`.)
 */
export function looksLikeJsonLines(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 2) return false;
  const records = lines.filter((l) => /^\s*\{.*\}\s*$/.test(l));
  if (records.length * 2 < lines.length || !records.some((l) => checkJson(l, undefined, 'line') === undefined)) return false;
  return checkJson(text) !== undefined;
}
