/**
 * PubMed's own format (MEDLINE), as *Save → Format: PubMed* writes it (a `.txt`) and *Send to → Citation manager*
 * (a `.nbib`): records apart by a blank line, each a run of `TAG - value` lines with the tag padded to four
 * characters (`PMID- 31978945`, `TI  - …`, `FAU - …`), and a long value carried on by lines indented six spaces.
 * MeSH headings (`MH`) are the indexers' terms, not the authors': only `OT` (other terms) is read as keywords.
 */
import type { RawRecord } from '../model/paper';
import type { IngestProblem } from '../model/source';
import type { EntryType } from '../cite/entry-type';
import { withoutOthers } from '../cite/authors';
import { compactBibliographic, locatorText, parseMonth } from '../cite/bibliographic';
import { missingAbstract } from './abstract-field';
import { familyCommaGiven, nameWithoutComma, type ReadName } from './family-comma-given';
import { compact, decodeRecordTex, lateYear, normaliseDoi, normalisePmid, parseYear } from './fields';
import type { ParsedRecords } from './listing';
import { fieldWarning, recordsOf, type ReadRecord } from './tagged-records';
import { excerpt } from './position';
import { pubmedJournal } from './pubmed-journal';
import { TITLE_EXPECTED, untitledTitle, untitledWarning, type IngestOptions } from './untitled';

/**
 * `PMID- 31978945`, `TI  - …`, `FAU - …`: a tag of two to four capitals padded to four, a hyphen, a space (or the
 * line's end). Only so: a line that lost its indent ("DNA-binding proteins …") is no tag line.
 */
const TAG_LINE = /^(?=[A-Z ]{4}-)([A-Z]{2,4}) *-(?: (.*))?$/;
/** A value carried on: six spaces (some tools trim to fewer; a tab too). */
const CARRIED = /^(?: {2,}|\t)\S/;

/** Whether the text opens as a PubMed export does: its first line that is not blank is a `PMID` line. */
export function looksLikeMedline(text: string): boolean {
  return /^\s*PMID- ?\d/.test(text);
}

interface Field {
  tag: string;
  value: string;
  line: number;
}

interface MedlineRecord {
  line: number;
  fields: Field[];
}

function readRecords(file: string, text: string): { records: MedlineRecord[]; problems: IngestProblem[] } {
  const records: MedlineRecord[] = [];
  const problems: IngestProblem[] = [];
  let open: MedlineRecord | undefined;
  let last: Field | undefined;
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    // A BOM inside the text: files appended to one another, each with its own.
    const content = raw.replace(/^\uFEFF/, '').replace(/\s+$/, '');
    if (content === '') {
      // A blank line ends the record.
      if (open) records.push(open);
      open = undefined;
      last = undefined;
      return;
    }
    if (last && CARRIED.test(content)) {
      last.value = `${last.value} ${content.trim()}`;
      return;
    }
    const tagged = TAG_LINE.exec(content);
    if (!tagged) {
      problems.push({ file, line, severity: 'error', reason: `expected a PubMed line such as "TI  - …" (a tag, a hyphen, the value) or a value carried on by an indented line, found ${excerpt(content.trim())}; the line is not read` });
      return;
    }
    last = { tag: tagged[1]!, value: (tagged[2] ?? '').trim(), line };
    if (!open) open = { line, fields: [] };
    open.fields.push(last);
  });
  if (open) records.push(open);
  return { records, problems };
}

const values = (record: MedlineRecord, tag: string): string[] => record.fields.filter((f) => f.tag === tag && f.value !== '').map((f) => f.value);
const first = (record: MedlineRecord, ...tags: string[]): string | undefined => tags.map((t) => values(record, t)[0]).find((v) => v !== undefined);

/** A title MEDLINE translated into English, set in brackets: "[Depression in old age]." */
const TRANSLATED = /^\[(.+)\]\.?$/;

/**
 * MEDLINE's title without its brackets, and without the full stop every MEDLINE title ends in, which no other
 * format writes; an abbreviation's own stop ("… in the U.S.") is kept.
 */
export function medlineTitle(title: string): string {
  const unbracketed = TRANSLATED.exec(title.trim())?.[1] ?? title.trim();
  return /(?:\b[A-Za-z]\.){2,}$|\.\.$/.test(unbracketed) ? unbracketed : unbracketed.replace(/\.$/, '');
}

/**
 * The authors in the order written: `FAU` names ("Jones, Robert S 3rd"), or `AU`'s short ones ("Smith JA") where a
 * record has none, and `CN` bodies among them.
 */
function authorsOf(record: MedlineRecord): { names: string[]; literal: string[]; parts: NonNullable<ReadName['parts']>[] } {
  const full = record.fields.some((f) => f.tag === 'FAU');
  const names: string[] = [];
  const literal: string[] = [];
  const parts: NonNullable<ReadName['parts']>[] = [];
  for (const f of record.fields) {
    if (f.value === '') continue;
    if (f.tag === (full ? 'FAU' : 'AU')) {
      const read = full ? familyCommaGiven(f.value) : nameWithoutComma(f.value);
      names.push(read?.name ?? f.value);
      if (read?.parts) parts.push(read.parts);
    } else if (f.tag === 'CN') {
      names.push(f.value);
      literal.push(f.value);
    }
  }
  return { names, literal, parts };
}

function journalOf(record: MedlineRecord): string | undefined {
  const full = first(record, 'JT');
  const short = first(record, 'TA');
  return full ? pubmedJournal(full, short) : short;
}

/** `LID - 10.1016/S0140-6736(20)30183-5 [doi]`: the DOI among a record's article ids. */
function doiOf(record: MedlineRecord): string | undefined {
  for (const v of [...values(record, 'LID'), ...values(record, 'AID')]) {
    const m = /^(\S+)\s*\[doi\]$/.exec(v);
    if (m) return normaliseDoi(m[1]);
  }
  return undefined;
}

/** MEDLINE's languages are ISO 639-2 codes; those of most records, as the two-letter tags pages use. */
const LANGUAGES: ReadonlyMap<string, string> = new Map(Object.entries({
  eng: 'en', fre: 'fr', ger: 'de', spa: 'es', ita: 'it', por: 'pt', rus: 'ru', chi: 'zh', jpn: 'ja', kor: 'ko', dut: 'nl',
  pol: 'pl', swe: 'sv', dan: 'da', nor: 'no', fin: 'fi', tur: 'tr', gre: 'el', heb: 'he', ara: 'ar', cze: 'cs', hun: 'hu',
  rum: 'ro', ukr: 'uk', per: 'fa', hrv: 'hr', srp: 'sr', slv: 'sl', slo: 'sk', bul: 'bg', lit: 'lt', lav: 'lv', est: 'et',
  ice: 'is', cat: 'ca', baq: 'eu', glg: 'gl', ind: 'id', tha: 'th', vie: 'vi', hin: 'hi', may: 'ms', afr: 'af', alb: 'sq',
}));

/** `DP  - 2020 Feb 15`, `2019 Winter`, `2020 Jan-Feb`: the year, and the month when it names one. */
function dateOf(dp: string | undefined): { year?: number; month?: number } {
  if (dp === undefined) return {};
  const year = parseYear(dp);
  const rest = dp.replace(/^\s*\d{4}\s*/, '');
  const month = /^[A-Za-z]/.test(rest) ? parseMonth(rest.split(/\s+/)[0]!) : undefined;
  return { ...(year !== undefined ? { year } : {}), ...(month !== undefined ? { month } : {}) };
}

function toRecord(file: string, record: MedlineRecord, options: IngestOptions): ReadRecord {
  const { line } = record;
  const pmid = first(record, 'PMID');
  const abstract = values(record, 'AB').join(' ') || undefined;
  // A book's record names it in BTI; a chapter's has its own TI beside.
  const bookTitle = first(record, 'BTI');
  const written = first(record, 'TI') ?? bookTitle;
  const madeTitle = written ? undefined : untitledTitle(options.untitled, abstract);
  const title = madeTitle ?? (written ? medlineTitle(written) : undefined);
  const named = `PubMed record${pmid ? ` PMID ${pmid}` : ''}`;
  if (!title) return { problem: { file, line, severity: 'error', dropped: true, reason: `${named} not read: no "TI" line; ${TITLE_EXPECTED}` } };
  if (abstract === undefined) return { problem: missingAbstract(file, line, `${named} ${excerpt(title)}`) };

  const warnings: IngestProblem[] = [];
  if (madeTitle !== undefined) warnings.push({ file, line, severity: 'warning', reason: untitledWarning(madeTitle) });
  const dpField = record.fields.find((f) => f.tag === 'DP' && f.value !== '');
  const dp = dpField?.value;
  const date = dateOf(dp);
  const late = lateYear(date.year, options.currentYear, `"DP  - ${dp}"`);
  if (dpField) {
    const label = pmid ? named : `${named} ${excerpt(title)}`;
    if (date.year === undefined) warnings.push(fieldWarning(file, dpField.line, label, `"DP  - ${dp}" is not a date; expected one such as "DP  - 2020 Feb 15" (the paper is kept without a year)`));
    if (late) warnings.push(fieldWarning(file, dpField.line, label, late));
  }

  const { names: people, literal, parts } = authorsOf(record);
  const names = withoutOthers(people);
  // A Bookshelf record of a whole book gives its title as both TI and BTI.
  const chapter = bookTitle !== undefined && first(record, 'TI') !== undefined && medlineTitle(first(record, 'TI')!) !== medlineTitle(bookTitle);
  const entryType: EntryType = bookTitle === undefined ? 'article' : chapter ? 'incollection' : 'book';
  const retractedAs = values(record, 'PT').some((t) => /^retracted publication$/i.test(t))
    ? 'its publication type (PT)'
    : values(record, 'RIN').length > 0
      ? 'its link to a retraction notice (RIN)'
      : undefined;
  const language = first(record, 'LA');
  const bibliographic = compactBibliographic({
    volume: locatorText(first(record, 'VI')),
    number: locatorText(first(record, 'IP')),
    pages: locatorText(first(record, 'PG')),
    month: date.month,
    publisher: first(record, 'PB'),
    editors: record.fields.filter((f) => f.tag === 'FED' && f.value !== '').flatMap((f) => familyCommaGiven(f.value)?.name ?? []),
    series: first(record, 'CTI'),
    isbn: first(record, 'ISBN'),
  });
  const raw: RawRecord = compact({
    title,
    madeTitle: madeTitle !== undefined || undefined,
    abstract,
    authors: names.names,
    etAl: names.etAl || undefined,
    literalAuthors: literal.length > 0 ? literal : undefined,
    nameParts: parts.length > 0 ? parts : undefined,
    year: late ? undefined : date.year,
    doi: doiOf(record),
    pmid: normalisePmid(pmid),
    venue: chapter ? medlineTitle(bookTitle) : journalOf(record),
    bibliographic,
    entryType,
    retractedAs,
    // LA is the article's language; a title MEDLINE translated, and the English abstract such a record carries, are
    // not in it.
    language: language && !TRANSLATED.test(written ?? '') ? (LANGUAGES.get(language.toLowerCase()) ?? language) : undefined,
    keywords: values(record, 'OT').length > 0 ? values(record, 'OT') : undefined,
    source: { file, line },
  });
  return { record: decodeRecordTex(raw, { typography: false }), warnings };
}

export function parseMedline(file: string, text: string, options: IngestOptions = {}): ParsedRecords {
  const { records: read, problems } = readRecords(file, text);
  // PubMed ends every record with its SO (source) line: one without it, where the others have it, was cut short.
  if (read.some((r) => values(r, 'SO').length > 0)) {
    for (const r of read.filter((r) => values(r, 'SO').length === 0)) {
      problems.push({ file, line: r.line, severity: 'warning', reason: `PubMed record${first(r, 'PMID') ? ` PMID ${first(r, 'PMID')}` : ''} has no "SO" line, which PubMed writes last in every record: it may be cut short (read as far as it goes)` });
    }
  }
  return recordsOf({ records: read, problems }, (r) => toRecord(file, r, options));
}
