/**
 * Web of Science's field-tagged export ("Plain text file", `savedrecs.txt`; "EndNote Desktop", `.ciw`), what
 * bibliometrics tools read: `FN`/`VR` lines, then records from `PT` to `ER`, each field a two-character tag, a
 * space and its value, carried on over lines indented three spaces. In the name and editor lists (`AU`, `AF`,
 * `BE`) each such line is one more person; elsewhere it carries on the text. The journal's name (`SO`) is in
 * capitals, shown in its case by way of its ISO abbreviation (`JI`) as in WoS's BibTeX (./shouted-venue.ts).
 * WoS's own Keywords Plus (`ID`) are not the authors' and are not read.
 */
import type { RawRecord } from '../model/paper';
import type { IngestProblem } from '../model/source';
import type { EntryType } from '../cite/entry-type';
import { withoutOthers } from '../cite/authors';
import { compactBibliographic, locatorText, parseMonth } from '../cite/bibliographic';
import { missingAbstract } from './abstract-field';
import { familyCommaGiven, type ReadName } from './family-comma-given';
import { compact, decodeRecordTex, lateYear, normaliseDoi, normalisePmid, notAnIdentifier, parseYear } from './fields';
import type { ParsedRecords } from './listing';
import { fieldWarning, recordsOf, type ReadRecord } from './tagged-records';
import { excerpt } from './position';
import { venueInItsCase } from './shouted-venue';
import { inTitleCase } from '../normalise/shouted-title';
import { TITLE_EXPECTED, untitledTitle, untitledWarning, type IngestOptions } from './untitled';

/** `TI Title`, `ER`: two characters (a capital, then a capital or digit), and the value after one space. */
const TAG_LINE = /^([A-Z][A-Z0-9])(?: (.*))?$/;
const CARRIED = /^ {2,3}\S/;
/** Tags whose carried-on lines are one more value each, not more of the same text. */
const LISTS = new Set(['AU', 'AF', 'BE', 'BA', 'BF', 'CA', 'GP', 'C1', 'C3', 'CR']);
/** The file's own lines around the records. */
const FILE_TAGS = new Set(['FN', 'VR', 'EF']);

/** Whether the text opens as Web of Science's export does: an `FN` line, then a `VR` line. */
export function looksLikeWos(text: string): boolean {
  return /^\s*FN [^\n]*\n\s*VR /.test(text);
}

interface WosRecord {
  line: number;
  /** Each tag's values: one per person in a list field, one joined text otherwise. */
  fields: Map<string, string[]>;
  /** The line each tag first comes on, where the record was read from lines (a table's row has one line). */
  lines?: Map<string, number>;
}

function readRecords(file: string, text: string): { records: WosRecord[]; problems: IngestProblem[] } {
  const records: WosRecord[] = [];
  const problems: IngestProblem[] = [];
  let open: WosRecord | undefined;
  let tag: string | undefined;
  let stray: number | undefined;
  const unclosed = (record: WosRecord, where: string) =>
    problems.push({ file, line: record.line, severity: 'warning', reason: `Web of Science record opened here is not closed by an "ER" line before ${where}; read as far as that` });
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    // A BOM inside the text: exports appended to one another (`cat savedrecs*.txt`, as WoS caps each export).
    const content = raw.replace(/^\uFEFF/, '').replace(/\s+$/, '');
    if (content === '') return;
    if (open && tag && CARRIED.test(content)) {
      const list = open.fields.get(tag)!;
      const value = content.trim();
      if (LISTS.has(tag)) list.push(value);
      else list[list.length - 1] = `${list[list.length - 1]} ${value}`.trim();
      return;
    }
    const tagged = TAG_LINE.exec(content);
    const name = tagged?.[1];
    if (name === 'PT') {
      if (open) {
        unclosed(open, `the next "PT" (line ${line})`);
        records.push(open);
      }
      open = { line, fields: new Map([['PT', [(tagged![2] ?? '').trim()]]]), lines: new Map([['PT', line]]) };
      tag = 'PT';
      stray = undefined;
      return;
    }
    if (name === 'ER' && open) {
      records.push(open);
      open = undefined;
      tag = undefined;
      return;
    }
    if (!open) {
      // One error for a run of lines outside any record, not one a line.
      if ((name !== undefined && FILE_TAGS.has(name)) || stray !== undefined) return;
      stray = line;
      problems.push({ file, line, severity: 'error', reason: `expected "PT " to open a Web of Science record, found ${excerpt(content.trim())}; lines up to the next "PT" are not read` });
      return;
    }
    if (!tagged) {
      problems.push({
        file,
        line,
        severity: 'error',
        reason: `expected a Web of Science field ("TI Title": two capitals, a space, the value) or a value carried on by a line indented three spaces, found ${excerpt(content.trim())}; the line is not read`,
      });
      return;
    }
    tag = name!;
    const list = open.fields.get(tag);
    const value = (tagged[2] ?? '').trim();
    if (list) list.push(value);
    else {
      open.fields.set(tag, [value]);
      open.lines!.set(tag, line);
    }
  });
  if (open) {
    unclosed(open, 'the end of the file');
    records.push(open);
  }
  return { records, problems };
}

const values = (record: WosRecord, tag: string): string[] => (record.fields.get(tag) ?? []).filter((v) => v !== '');
const first = (record: WosRecord, ...tags: string[]): string | undefined => tags.map((t) => values(record, t)[0]).find((v) => v !== undefined);

/** `PT`/`DT`: a proceedings paper, a book chapter, a book; the rest are articles. */
function entryTypeOf(record: WosRecord): EntryType {
  const kind = (first(record, 'DT') ?? '').toLowerCase();
  const publication = first(record, 'PT');
  // "Article; Proceedings Paper": a journal's article that was given at a meeting first, cited as the article.
  if (kind.includes('proceedings paper') && !kind.startsWith('article')) return 'inproceedings';
  if (kind.includes('book chapter')) return 'incollection';
  if (publication === 'B' && kind.includes('book') && !kind.includes('review')) return 'book';
  if (publication === 'B' && kind === 'book') return 'book';
  return 'article';
}

function toRecord(file: string, record: WosRecord, options: IngestOptions): ReadRecord {
  const { line } = record;
  const abstract = headingsWithColons(first(record, 'AB'));
  const written = first(record, 'TI');
  const madeTitle = written ? undefined : untitledTitle(options.untitled, abstract);
  const title = madeTitle ?? written;
  const ut = first(record, 'UT');
  const named = `Web of Science record${ut ? ` ${ut}` : ''}`;
  if (!title) return { problem: { file, line, severity: 'error', dropped: true, reason: `${named} not read: no "TI" line; ${TITLE_EXPECTED}` } };
  if (abstract === undefined) return { problem: missingAbstract(file, line, `${named} ${excerpt(title)}`) };

  const warnings: IngestProblem[] = [];
  if (madeTitle !== undefined) warnings.push({ file, line, severity: 'warning', reason: untitledWarning(madeTitle) });
  const label = ut ? named : `${named} ${excerpt(title)}`;
  const at = (tag: string) => record.lines?.get(tag) ?? line;
  // An early-access article has no PY until it is given an issue: its year is that of EA ("MAR 2024") or EY.
  const earlyTag = first(record, 'EY') !== undefined ? 'EY' : 'EA';
  const early = first(record, earlyTag);
  const py = first(record, 'PY');
  const year = parseYear(py) ?? (py === undefined ? parseYear(early) : undefined);
  if (py !== undefined && year === undefined) warnings.push(fieldWarning(file, at('PY'), label, `"PY ${py}" is not a year; expected one such as "PY 2021" (the paper is kept without a year)`));
  const yearTag = py !== undefined ? 'PY' : earlyTag;
  const late = lateYear(year, options.currentYear, `"${yearTag} ${py ?? early}"`);
  if (late) warnings.push(fieldWarning(file, at(yearTag), label, late));
  const di = first(record, 'DI');
  const badDoi = notAnIdentifier('DI', di, 'DOI');
  if (badDoi) warnings.push(fieldWarning(file, at('DI'), label, badDoi));

  // AF holds the full names; AU the family names and initials ("Okafor, CN"; in old records "ROSE, G"), where a
  // record has no AF. "[Anonymous]" is no one's name.
  const read = (values(record, 'AF').length > 0 ? values(record, 'AF') : values(record, 'AU'))
    .filter((n) => !/^\[anonymous\]$/i.test(n))
    .map((n): ReadName => familyCommaGiven(n) ?? { name: n });
  const groups = values(record, 'CA');
  const names = withoutOthers([...read.map((r) => r.name), ...groups]);
  const parts = read.flatMap((r) => (r.parts ? [r.parts] : []));
  const entryType = entryTypeOf(record);
  // PD: "MAR 1", "MAR", "JAN-FEB" (no one month), "SPR"; an early-access article's EA: "MAR 2024".
  const month = parseMonth((first(record, 'PD') ?? (py === undefined ? early : undefined) ?? '').split(/\s+/)[0]);
  const pages = [first(record, 'BP'), first(record, 'EP')].filter((p) => p !== undefined).join('-');
  const bibliographic = compactBibliographic({
    volume: locatorText(first(record, 'VL')),
    number: locatorText(first(record, 'IS')),
    pages: locatorText(pages),
    articleNumber: pages === '' ? locatorText(first(record, 'AR')) : undefined,
    month,
    // A publisher in WoS's capitals is kept for a book only, where a citation needs it, in title case.
    publisher: entryType === 'book' ? shoutedInTitleCase(first(record, 'PU')) : undefined,
    editors: values(record, 'BE').map((n) => familyCommaGiven(n)?.name ?? n),
    isbn: first(record, 'BN'),
  });
  const source = first(record, 'SO');
  const iso = first(record, 'JI');
  // A proceedings paper's SO is the proceedings' title in capitals, without an ISO abbreviation to spell it by: the
  // conference's title (CT) is written in its case. A book's SO is its own title.
  const venue =
    entryType === 'book' ? undefined : source && iso === undefined && entryType === 'inproceedings' && first(record, 'CT') ? first(record, 'CT') : source ? venueInItsCase(source, iso) : undefined;
  const raw: RawRecord = compact({
    title,
    madeTitle: madeTitle !== undefined || undefined,
    abstract,
    authors: names.names,
    etAl: names.etAl || undefined,
    literalAuthors: groups.length > 0 ? groups : undefined,
    nameParts: parts.length > 0 ? parts : undefined,
    year: late ? undefined : year,
    doi: badDoi ? undefined : normaliseDoi(di),
    pmid: normalisePmid(first(record, 'PM')),
    venue,
    bibliographic,
    entryType,
    // LA is the article's language; WoS gives a title and an abstract in English beside it: it marks no text here.
    retractedAs: /retracted publication/i.test(first(record, 'DT') ?? '') ? 'its document type (DT)' : undefined,
    // DE: the authors' keywords, "a; b; c"; ID (Keywords Plus) is WoS's own.
    keywords: first(record, 'DE')
      ?.split(';')
      .map((k) => k.trim())
      .filter((k) => k !== ''),
    source: { file, line },
  });
  return { record: decodeRecordTex(raw, { typography: false }), warnings };
}

const LOWER = /\p{Ll}/u;

/** A publisher in capitals ("WILEY-BLACKWELL") in title case ("Wiley-Blackwell"); any other as written. */
function shoutedInTitleCase(text: string | undefined): string | undefined {
  return text === undefined || LOWER.test(text) ? text : inTitleCase(text, () => undefined);
}

/**
 * The headings of a structured abstract (NLM's list: BACKGROUND, OBJECTIVE, METHODS, RESULTS, CONCLUSIONS …), which
 * Web of Science writes in capitals without their colons ("BACKGROUND Many patients … METHODS We randomly …"), given
 * them back, so that the page sets the sections apart and no heading is read as a concept. Only where two or more
 * open a sentence; a heading in prose is left alone.
 */
const HEADING =
  /(?<=^|[.;!?]\s+)(?:BACKGROUND(?: AND (?:AIMS?|OBJECTIVES?|PURPOSE))?|INTRODUCTION|CONTEXT|IMPORTANCE|OBJECTIVES?|AIMS?|PURPOSE|HYPOTHESIS|(?:MATERIALS? AND )?METHODS?|METHODOLOGY|DESIGN|SETTINGS?|PARTICIPANTS|PATIENTS|SUBJECTS|POPULATION|INTERVENTIONS?|EXPOSURES?|MEASUREMENTS?|(?:MAIN )?OUTCOMES?(?: AND MEASURES| MEASURES?)?|RESULTS?|FINDINGS|DISCUSSION|CONCLUSIONS?(?: AND RELEVANCE)?|INTERPRETATION|SIGNIFICANCE|LIMITATIONS|IMPLICATIONS|FUNDING|TRIAL REGISTRATION)(?= \p{Lu}| \d)/gu;

function headingsWithColons(abstract: string | undefined): string | undefined {
  if (abstract === undefined || (abstract.match(HEADING)?.length ?? 0) < 2) return abstract;
  return abstract.replace(HEADING, (heading) => `${heading}:`);
}

/** One record given as its fields by tag: a row of the tab-delimited export (./table.ts). */
export function wosRecord(file: string, line: number, fields: Map<string, string[]>, options: IngestOptions = {}): ReadRecord {
  return toRecord(file, { line, fields }, options);
}

export function parseWos(file: string, text: string, options: IngestOptions = {}): ParsedRecords {
  return recordsOf(readRecords(file, text), (r) => toRecord(file, r, options));
}
