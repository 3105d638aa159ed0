/**
 * RIS, the tagged format Scopus, Web of Science, EndNote, Mendeley and Zotero export: a record is a run of
 * `TG  - value` lines, opened by `TY` (its type) and closed by `ER`; a tag may come again (`AU`, `KW`), and a line
 * with no tag carries on the value before it, as some exports wrap a long abstract. The text is plain: a `<` is the
 * character it was typed as, except for the sub/superscript and italic tags some publishers' exports hold, read as
 * in IEEE's BibTeX (./bibtex-html.ts).
 */
import type { RawRecord } from '../model/paper';
import type { IngestProblem } from '../model/source';
import type { EntryType } from '../cite/entry-type';
import { withoutOthers } from '../cite/authors';
import { compactBibliographic, locatorText, parseMonth, reportVenue } from '../cite/bibliographic';
import type { NameParts } from '../cite/person-name';
import { splitKeywords } from '../normalise/keywords';
import { missingAbstract } from './abstract-field';
import { risHtml } from './bibtex-html';
import { familyCommaGiven, nameWithoutComma } from './family-comma-given';
import { compact, decodeRecordTex, isDatabaseRecordPage, italicsOf, lateYear, normaliseArxiv, normaliseDoi, normalisePmid, notAnIdentifier, parseYear } from './fields';
import type { ParsedRecords } from './listing';
import { fieldWarning, recordsOf, type ReadRecord } from './tagged-records';
import { excerpt } from './position';
import { TITLE_EXPECTED, untitledTitle, untitledWarning, type IngestOptions } from './untitled';

/** `TY  - JOUR`, `ER  -`: two capitals or a capital and a digit, two spaces, a hyphen, then a space or the line's end. */
const TAG_LINE = /^([A-Z][A-Z0-9]) {2}-(?: (.*))?$/;
/** `TI - …` with one space, as some hand-made files write it: read as a tag line for a tag RIS defines only. */
const HAND_MADE_TAG_LINE = /^([A-Z][A-Z0-9]) -(?: (.*))?$/;

/**
 * The tags RIS defines, and those exports are seen to write beside them: `CT` (older RIS's title, read above), Web
 * of Science's `FU`, `FX`, `PU`, `PI`, `PA`, `J9`, `JI` and `WE`, Citavi's `TS` and `M4` and Ovid's `AI` (in the
 * exports asreview/citation-file-formatting publishes). A line shaped as a tag line with any other tag, inside a
 * record, is a wrapped value that happens to open so ("… in the\nUS  - Mexico border region"): an export with a
 * tag of its own unknown here loses that field into the one before, which beats cutting an abstract short.
 */
const KNOWN_TAGS: ReadonlySet<string> = new Set(
  [
    'TY ER AU AB AD AN AV BT CA CN CT CY DA DB DO DP ED EP ET ID IS J1 J2 JA JF JO KW LA LB LK N1 N2 NV OP PB PP PY RI RN RP SE SN SP ST TA TI TT UR VL VO Y1 Y2',
    'A1 A2 A3 A4 C1 C2 C3 C4 C5 C6 C7 C8 L1 L2 L3 L4 M1 M2 M3 T1 T2 T3 U1 U2 U3 U4 U5',
    'FU FX PU PI PA J9 JI WE TS M4 AI',
  ]
    .join(' ')
    .split(' '),
);

/**
 * The tag and value of a tag line, or undefined for a line that carries on a value. An unknown tag is a tag where
 * there is no value to carry on (outside a record, or before a record's first field).
 */
function tagLine(content: string, valueOpen: boolean): { tag: string; value: string } | undefined {
  const strict = TAG_LINE.exec(content);
  const read = strict ?? HAND_MADE_TAG_LINE.exec(content);
  if (read && KNOWN_TAGS.has(read[1]!)) return { tag: read[1]!, value: (read[2] ?? '').trim() };
  return strict && !valueOpen ? { tag: strict[1]!, value: (strict[2] ?? '').trim() } : undefined;
}

const { htmlText, htmlItalics } = risHtml;

/**
 * The lines JSTOR, Taylor & Francis, Wiley and ProQuest put before each record ("Provider: JSTOR
 * http://www.jstor.org", "Database: JSTOR", "Content: text/plain; charset=\"UTF-8\""): passed over.
 */
const EXPORT_HEADER = /^(?:Provider|Database|Content):\s/;

/** Whether the text opens as RIS does: its first line that is not blank (after an export's header lines) is a `TY` line. */
export function looksLikeRis(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const at = lines.findIndex((l) => !EXPORT_HEADER.test(l.replace(/^\uFEFF/, '')));
  return at !== -1 && at <= 3 && /^\uFEFF?\s*TY {1,2}- ?\S/.test(lines[at]!);
}

interface Field {
  tag: string;
  value: string;
  line: number;
}

/** One record as read: its `TY` line and its fields by tag, in the order written. */
interface RisRecord {
  line: number;
  fields: Map<string, Field[]>;
}

/** RIS's reference types → the BibTeX type a citation takes; any other (`GEN`, `ELEC`, `DATA`) is a `@misc`. */
const TYPES: ReadonlyMap<string, EntryType> = new Map([
  ['JOUR', 'article'],
  ['EJOUR', 'article'],
  ['JFULL', 'article'],
  ['ABST', 'article'],
  ['INPR', 'article'],
  ['MGZN', 'article'],
  ['NEWS', 'article'],
  ['CONF', 'inproceedings'],
  ['CPAPER', 'inproceedings'],
  ['BOOK', 'book'],
  ['EBOOK', 'book'],
  ['EDBOOK', 'book'],
  ['CHAP', 'incollection'],
  ['ECHAP', 'incollection'],
  ['THES', 'phdthesis'],
  ['RPRT', 'techreport'],
  ['UNPB', 'unpublished'],
  ['MANSCPT', 'unpublished'],
]);

/** Types whose `A2` names the editors of the book or proceedings the work is in (elsewhere `A2` is another role). */
const EDITED_CONTAINER = new Set(['CHAP', 'ECHAP', 'CONF', 'CPAPER']);
const BOOKS = new Set(['BOOK', 'EBOOK', 'EDBOOK']);

/** The file's records, and a located problem for every line that belongs to none or record left open. */
function readRecords(file: string, text: string): { records: RisRecord[]; problems: IngestProblem[] } {
  const records: RisRecord[] = [];
  const problems: IngestProblem[] = [];
  let open: RisRecord | undefined;
  let last: Field | undefined;
  /** The first line of a run of lines outside any record: one error per run, not per line. */
  let stray: number | undefined;
  const lines = text.split('\n');
  const unclosed = (record: RisRecord, where: string) =>
    problems.push({ file, line: record.line, severity: 'warning', reason: `RIS record opened here is not closed by an "ER  -" line before ${where}; read as far as that` });
  lines.forEach((raw, i) => {
    const line = i + 1;
    // A BOM inside the text: files appended to one another (`cat a.ris b.ris`), each with its own.
    const content = raw.replace(/^\uFEFF/, '').replace(/\s+$/, '');
    if (content.trim() === '') return;
    const tagged = tagLine(content, last !== undefined);
    if (tagged?.tag === 'TY') {
      if (open) {
        unclosed(open, `the next "TY" (line ${line})`);
        records.push(open);
      }
      open = { line, fields: new Map([['TY', [{ tag: 'TY', value: tagged.value, line }]]]) };
      last = undefined;
      stray = undefined;
      return;
    }
    if (!open) {
      if (EXPORT_HEADER.test(content)) return;
      if (stray === undefined) {
        stray = line;
        problems.push({ file, line, severity: 'error', reason: `expected "TY  - " to open a RIS record, found ${excerpt(content.trim())}; lines up to the next "TY" are not read` });
      }
      return;
    }
    if (tagged?.tag === 'ER') {
      records.push(open);
      open = undefined;
      last = undefined;
      return;
    }
    if (tagged) {
      last = { tag: tagged.tag, value: tagged.value, line };
      const list = open.fields.get(tagged.tag);
      if (list) list.push(last);
      else open.fields.set(tagged.tag, [last]);
      return;
    }
    // A wrapped value goes on; a line with no tag before any field has nothing to go on.
    if (last) last.value = `${last.value} ${content.trim()}`.trim();
  });
  if (open) {
    unclosed(open, 'the end of the file');
    records.push(open);
  }
  return { records, problems };
}

const values = (record: RisRecord, ...tags: string[]): Field[] => tags.flatMap((t) => record.fields.get(t) ?? []).filter((f) => f.value !== '');
/** The first of `tags` the record gives, in that order of preference. */
const first = (record: RisRecord, ...tags: string[]): Field | undefined => tags.map((t) => values(record, t)[0]).find((f) => f !== undefined);

/**
 * A name as RIS writes it, "Family, Given[, Suffix]"; without a comma, a body's ("World Health Organization"), kept
 * whole, or a person's as IEEE ("A. Author-One") and Embase ("Zhang Z.") write them.
 */
function risPerson(written: string): { name: string; parts?: NameParts; literal: boolean } | undefined {
  const text = htmlText(written).trim();
  if (text === '') return undefined;
  if (!text.includes(',')) return nameWithoutComma(text);
  const read = familyCommaGiven(text);
  return read ? { ...read, literal: false } : undefined;
}

/** `DA  - 2019/05/01/`, `PY  - 2019///`: the part after the first slash; Web of Science's `DA  - MAR 2021`: the name. */
function monthOf(date: string | undefined): number | undefined {
  if (date === undefined) return undefined;
  if (!date.includes('/')) return /[a-z]/i.test(date) ? parseMonth(date) : undefined;
  const part = date.split('/')[1];
  return part ? parseMonth(Number(part)) : undefined;
}

/** Types whose `SP` is the number of pages, as Zotero writes a book's or a thesis's. */
const PAGE_COUNT_IN_SP = new Set(['BOOK', 'EBOOK', 'EDBOOK', 'THES']);

/** Pages as `SP` and `EP` give them; some exports put the whole range in `SP`. */
function pagesOf(record: RisRecord): string | undefined {
  const start = first(record, 'SP')?.value;
  const end = first(record, 'EP')?.value;
  if (start === undefined) return end;
  return end === undefined || /[-–]/.test(start) ? start : `${start}-${end}`;
}

const DOI_LINK = /^https?:\/\/(?:dx\.)?doi\.org\/(10\..+)$/i;
const PUBMED_LINK = /^https?:\/\/(?:www\.)?(?:ncbi\.nlm\.nih\.gov\/pubmed|pubmed\.ncbi\.nlm\.nih\.gov)\/(\d+)/i;

/**
 * The web addresses in `UR` and `L2` (some exports put several in one, separated by `;` or spaces): the first that
 * is the paper's own page, and the DOI and PubMed id that a doi.org or PubMed address gives (Mendeley writes them so).
 */
function linksOf(record: RisRecord): { url?: string; doi?: string; pmid?: string } {
  const found: { url?: string; doi?: string; pmid?: string } = {};
  for (const { value } of values(record, 'UR', 'L2')) {
    for (const [address] of value.matchAll(/https?:\/\/[^\s;]+/g)) {
      found.doi ??= DOI_LINK.exec(address)?.[1];
      found.pmid ??= PUBMED_LINK.exec(address)?.[1];
      if (!isDatabaseRecordPage(address)) found.url ??= address;
    }
  }
  return found;
}

/** Types whose `C2` RIS's own list gives a date: a conference paper's year of publication, a patent's date of issue. */
const DATE_IN_C2 = new Set(['CONF', 'CPAPER', 'PAT']);

/**
 * Scopus writes a record's PubMed id in `C2` ("C2  - 38580657", beside "DB  - Scopus"). Elsewhere `C2` is a
 * PMCID ("PMC7318295", EndNote), a book's authors (Zotero) or a date, so an id of digits alone is read there only
 * where no PubMed id is given otherwise (the caller's order) and it cannot be a year.
 */
function c2Pmid(record: RisRecord, type: string, database: string): string | undefined {
  const value = first(record, 'C2')?.value.trim() ?? '';
  if (!/^\d{1,8}$/.test(value)) return undefined;
  if (/^scopus$/i.test(database.trim())) return normalisePmid(value);
  return DATE_IN_C2.has(type) || /^(?:1[5-9]|20)\d\d$/.test(value) ? undefined : normalisePmid(value);
}

/** `KW` lines: one keyword each, as most exports write them; a line holding a list ("a; b") is split. */
function keywordsOf(record: RisRecord): string[] | undefined {
  const lines = values(record, 'KW').map((f) => htmlText(f.value));
  const keywords = lines.length === 1 ? splitKeywords(lines[0]!) : lines.flatMap((k) => (k.includes(';') ? splitKeywords(k) : [k.trim()]));
  return keywords.length > 0 ? keywords : undefined;
}

function toRecord(file: string, record: RisRecord, options: IngestOptions): ReadRecord {
  const { line } = record;
  const type = first(record, 'TY')?.value.toUpperCase() ?? '';
  const abstractField = values(record, 'AB').length > 0 ? values(record, 'AB') : values(record, 'N2');
  const rawAbstract = abstractField.map((f) => f.value).join(' ');
  const abstract = rawAbstract.trim() === '' ? undefined : htmlText(rawAbstract);
  // EndNote's exports may give the short title alone.
  const rawTitle = first(record, 'TI', 'T1', 'CT', 'ST')?.value;
  const madeTitle = rawTitle ? undefined : untitledTitle(options.untitled, abstract);
  const title = madeTitle ?? (rawTitle ? htmlText(rawTitle) : undefined);
  if (!title) return { problem: { file, line, severity: 'error', dropped: true, reason: `RIS record not read: no "TI" (or "T1") line; ${TITLE_EXPECTED}` } };
  if (abstract === undefined) return { problem: missingAbstract(file, line, `RIS record ${excerpt(title)}`) };

  const warnings: IngestProblem[] = [];
  if (madeTitle !== undefined) warnings.push({ file, line, severity: 'warning', reason: untitledWarning(madeTitle) });
  const named = `RIS record ${excerpt(title)}`;
  const date = first(record, 'PY', 'Y1', 'DA');
  const readYear = parseYear(date?.value);
  const written = date ? JSON.stringify(`${date.tag}  - ${date.value}`) : '';
  const badYear =
    date && readYear === undefined
      ? `${written} is not a year; expected one such as "PY  - 2019" or "PY  - 2019/05/01/" (the paper is kept without a year)`
      : lateYear(readYear, options.currentYear, written);
  if (date && badYear) warnings.push(fieldWarning(file, date.line, named, badYear));
  const year = badYear === undefined ? readYear : undefined;
  const doiField = first(record, 'DO');
  const badDoi = notAnIdentifier('DO  -', doiField?.value, 'DOI');
  if (doiField && badDoi) warnings.push(fieldWarning(file, doiField.line, named, badDoi));
  const links = linksOf(record);
  const genre = first(record, 'M3')?.value;
  // Older Mendeley and EndNote exports put the DOI in M3 ("doi: 10.1136/…") or give it as a doi.org address only.
  const doi = (badDoi ? undefined : normaliseDoi(doiField?.value)) ?? (genre && /^(?:doi:\s*)?10\.\d/i.test(genre) ? normaliseDoi(genre) : undefined) ?? normaliseDoi(links.doi);
  const url = links.url;
  // Zotero keeps a PubMed record's id in AN, with "DB  - PubMed".
  const database = first(record, 'DB')?.value ?? '';
  const pmid = normalisePmid(links.pmid) ?? (/pubmed|medline/i.test(database) ? normalisePmid(first(record, 'AN')?.value) : undefined) ?? c2Pmid(record, type, database);

  const people = values(record, 'AU').length > 0 ? values(record, 'AU') : values(record, 'A1');
  const persons = people.map((f) => risPerson(f.value)).filter((p) => p !== undefined);
  const names = withoutOthers(persons.map((p) => p.name));
  const kept = names.etAl ? persons.slice(0, -1) : persons;
  // Zotero writes an edited book's editors in A3 (its A2 are the series' editors), a chapter's book's in A2.
  const editorTags = EDITED_CONTAINER.has(type) ? ['A2'] : BOOKS.has(type) ? ['A3'] : [];
  const editors = values(record, 'ED', ...editorTags).flatMap((f) => risPerson(f.value)?.name ?? []);

  let entryType = TYPES.get(type) ?? (type === '' ? undefined : 'misc');
  if (entryType === 'phdthesis' && genre && /\bmaster|\bm\.?\s?sc\b/i.test(genre)) entryType = 'mastersthesis';
  const report = entryType === 'techreport';
  const thesis = entryType === 'phdthesis' || entryType === 'mastersthesis';
  const publisher = first(record, 'PB')?.value;
  const isbn = first(record, 'SN')?.value;
  const bibliographic = compactBibliographic({
    volume: locatorText(first(record, 'VL')?.value),
    number: locatorText(first(record, 'IS')?.value),
    pages: PAGE_COUNT_IN_SP.has(type) ? undefined : locatorText(pagesOf(record)),
    pageCount: PAGE_COUNT_IN_SP.has(type) ? locatorText(first(record, 'SP')?.value) : undefined,
    // Scopus writes an article number (Elsevier's e-journals have no pages) in C7.
    articleNumber: pagesOf(record) === undefined ? locatorText(first(record, 'C7')?.value) : undefined,
    month: monthOf(first(record, 'DA')?.value) ?? monthOf(date?.value),
    publisher: publisher && !report && !thesis ? htmlText(publisher) : undefined,
    editors,
    institution: publisher && report ? htmlText(publisher) : undefined,
    reportType: report ? genre : undefined,
    // A book's T2 is its series (Zotero); a chapter's series is its T3.
    series: first(record, ...(BOOKS.has(type) ? ['T2'] : []), 'T3')?.value,
    address: first(record, 'CY')?.value,
    edition: locatorText(first(record, 'ET')?.value),
    // SN holds an ISSN (8 characters) as often as an ISBN: only an ISBN has a place in a citation.
    isbn: isbn && /^(?:97[89][-\s]?)?(?:\d[-\s]?){9}[\dX]$/i.test(isbn.trim()) ? isbn.trim() : undefined,
  });
  // T2 is the journal of an article, the book of a chapter, the proceedings of a paper (Zotero: the conference,
  // with the proceedings in C3); older exports use JF or JO, Nature's the abbreviation JA alone.
  const container = BOOKS.has(type) ? undefined : first(record, ...(type === 'CONF' || type === 'CPAPER' ? ['C3'] : []), 'T2', 'JF', 'JO', 'JA', 'J2', 'BT')?.value;
  const venue = container ? htmlText(container) : thesis && publisher ? htmlText(publisher) : report && bibliographic ? reportVenue(bibliographic) : undefined;
  const raw: RawRecord = compact({
    title,
    madeTitle: madeTitle !== undefined || undefined,
    abstract,
    // EndNote numbers its records in ID ("1", "2", … in every file): no id of the paper's.
    id: ((id) => (id === undefined || /^\d+$/.test(id) ? undefined : id))(first(record, 'ID')?.value),
    authors: names.names,
    etAl: names.etAl || undefined,
    literalAuthors: nonEmpty(kept.filter((p) => p.literal).map((p) => p.name)),
    nameParts: nonEmpty(kept.flatMap((p) => p.parts ?? [])),
    year,
    url,
    doi,
    arxiv: normaliseArxiv(doi?.match(/^10\.48550\/arxiv\.(.+)$/i)?.[1]) ?? normaliseArxiv(url),
    venue,
    bibliographic,
    entryType,
    // Zotero writes the language of the item's text as a code ("en", "fr"); Scopus and Web of Science write the
    // article's by name ("Spanish") beside a title and abstract they give in English: only a code marks the text.
    language: ((la) => (la !== undefined && /^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/.test(la) ? la : undefined))(first(record, 'LA')?.value),
    retractedAs: genre && /^retract/i.test(genre) ? 'its type of work (M3)' : undefined,
    pmid,
    italics: italicsOf(rawTitle ? htmlItalics(rawTitle, (t) => t) : undefined, htmlItalics(rawAbstract, (t) => t)),
    keywords: keywordsOf(record),
    source: { file, line },
  });
  // TeX's escapes are read in every format (`\%`, accents); its typography only where the text is TeX.
  return { record: decodeRecordTex(raw, { typography: false }), warnings };
}

const nonEmpty = <T>(list: T[]): T[] | undefined => (list.length > 0 ? list : undefined);

export function parseRis(file: string, text: string, options: IngestOptions = {}): ParsedRecords {
  const read = readRecords(file, text);
  if (read.records.length === 0 && !read.problems.some((p) => p.severity === 'error')) {
    read.problems.push({ file, line: 1, severity: 'error', reason: 'no RIS record: expected records opened by "TY  - " and closed by "ER  - "' });
  }
  return recordsOf(read, (r) => toRecord(file, r, options));
}
