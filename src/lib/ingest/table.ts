/**
 * A table of papers, one a row under a header row: a spreadsheet saved as CSV (or with tabs, or the semicolons a
 * European Excel writes), Zotero's, Scopus's, Lens.org's and Dimensions' CSV exports, and Web of Science's
 * tab-delimited `savedrecs.txt` (whose header row holds its field tags, read as its plain-text records are:
 * ./wos.ts). Columns are found by their header's name, whatever its case and punctuation ("Title", "Source title",
 * "Author full names", "Author Keywords", "Abstract Note"); a column no one names is not read.
 */
import { parse } from 'csv-parse/sync';
import type { RawRecord } from '../model/paper';
import type { IngestProblem } from '../model/source';
import type { EntryType } from '../cite/entry-type';
import { withoutOthers } from '../cite/authors';
import { compactBibliographic, locatorText } from '../cite/bibliographic';
import { missingAbstract } from './abstract-field';
import { splitAuthors } from './author-list';
import { risHtml } from './bibtex-html';
import { familyCommaGiven, nameWithoutComma } from './family-comma-given';
import { compact, decodeRecordTex, isDatabaseRecordPage, lateYear, normaliseArxiv, normaliseDoi, normalisePmid, notAnIdentifier, parseYear } from './fields';
import type { ParsedRecords } from './listing';
import { excerpt } from './position';
import { recordsOf } from './tagged-records';
import { TITLE_EXPECTED, untitledTitle, untitledWarning, type IngestOptions } from './untitled';
import { wosRecord } from './wos';

/** A header cell as compared: "Author full names" → "authorfullnames", "Art. No." → "artno". */
const key = (header: string) => header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Each field's columns by their compared names, the first a table has being read. */
const COLUMNS = {
  title: ['title', 'articletitle', 'documenttitle', 'papertitle'],
  abstract: ['abstract', 'abstractnote', 'summary', 'description'],
  // Scopus's full names ("Smith, John (57190000000)") before its short ones ("Smith J.").
  authors: ['authorfullnames', 'authors', 'author', 'authorss', 'creators'],
  year: ['year', 'publicationyear', 'pubyear', 'date', 'publicationdate', 'issued'],
  venue: ['sourcetitle', 'journal', 'venue', 'publicationtitle', 'journaltitle', 'source', 'containertitle', 'booktitle'],
  doi: ['doi'],
  url: ['url', 'link'],
  pmid: ['pmid', 'pubmedid'],
  arxiv: ['arxiv', 'arxivid'],
  keywords: ['authorkeywords', 'keywords', 'manualtags', 'tags'],
  volume: ['volume'],
  issue: ['issue', 'number'],
  pages: ['pages', 'pagerange'],
  pageStart: ['pagestart', 'startpage'],
  pageEnd: ['pageend', 'endpage'],
  articleNumber: ['artno', 'articlenumber'],
  type: ['documenttype', 'itemtype', 'type', 'publicationtype'],
  id: ['id', 'citationkey'],
} as const;
type Field = keyof typeof COLUMNS;

/** Web of Science's tab-delimited export: a header row of its field tags. */
const WOS_HEADER = /^\uFEFF?PT\tAU\t/;

/** Whether a text is Web of Science's tab-delimited export, which a `.txt` may be. */
export function looksLikeWosTable(text: string): boolean {
  return WOS_HEADER.test(text);
}

/** How many rows above the header an export may put (Dimensions: one about the export). */
const LEAD_ROWS = 2;

/** The delimiter of a line: the one of tab, comma and semicolon it holds most of, outside quotes. */
function delimiterOf(line: string): string {
  const outside = line.replace(/"[^"]*"/g, '');
  const counts = ['\t', ',', ';'].map((d) => [d, outside.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

/** The most times one line of `lines` holds `delimiter` outside quotes. */
function count(lines: readonly string[], delimiter: string): number {
  return lines.reduce((most, l) => Math.max(most, l.replace(/"[^"]*"/g, '').split(delimiter).length - 1), 0);
}

/** The types of Scopus's, Zotero's and Lens.org's exports that a citation tells apart; any other is an article. */
const TYPES: ReadonlyMap<string, EntryType> = new Map([
  ['conferencepaper', 'inproceedings'],
  ['proceedingsarticle', 'inproceedings'],
  ['bookchapter', 'incollection'],
  ['booksection', 'incollection'],
  ['book', 'book'],
  ['thesis', 'phdthesis'],
  ['dissertation', 'phdthesis'],
  ['report', 'techreport'],
  ['preprint', 'misc'],
]);

interface Row {
  line: number;
  cells: Map<Field, string>;
  /**
   * The authors' column lists its people apart by semicolons: Scopus's "Author full names", or any column in which
   * some row has a semicolon (Zotero's "Author" column writes "Family, Given; Family, Given"), so that a row with
   * one person in it, "Okafor, Chidi N.", is that one person too.
   */
  semicolonLists: boolean;
}

function authorsOf(cell: string | undefined, semicolonLists: boolean): { names: string[]; literal: string[]; etAl: boolean } {
  // Scopus's full names carry each author's id, "Smith, John (57190000000)", and are apart by semicolons, one too.
  const text = (cell ?? '').replace(/\s*\(\d{6,}\)/g, '');
  const written = semicolonLists ? text.split(';').map((t) => ({ text: t.trim(), inverted: true })).filter((a) => a.text !== '') : splitAuthors(text);
  const read = written.map((a) =>
    a.text.includes(',')
      ? // A comma the list's shape does not explain ("Lovelace, Ada" alone in a column of such) is shown as written.
        { ...((a.inverted ? familyCommaGiven(a.text) : undefined) ?? { name: a.text }), literal: false }
      : (nameWithoutComma(a.text) ?? { name: a.text, literal: false }),
  );
  const names = withoutOthers(read.map((r) => r.name));
  return { names: names.names, literal: read.filter((r) => r.literal).map((r) => r.name), etAl: names.etAl };
}

const text = (value: string | undefined) => (value === undefined ? undefined : risHtml.htmlText(value));

function toRecord(file: string, row: Row, options: IngestOptions): { record?: RawRecord; problem?: IngestProblem } {
  const { line, cells } = row;
  const cell = (field: Field) => cells.get(field);
  // Scopus's CSV writes sub- and superscripts as in its RIS (`CO<inf>2</inf>`); any other `<` is the character typed.
  const abstract = text(cell('abstract'));
  const written = text(cell('title'));
  const madeTitle = written ? undefined : untitledTitle(options.untitled, abstract);
  const title = madeTitle ?? written;
  if (!title) return { problem: { file, line, severity: 'error', dropped: true, reason: `row not read: no title in its "title" column; ${TITLE_EXPECTED}` } };
  if (abstract === undefined) return { problem: missingAbstract(file, line, `row ${excerpt(title)}`) };

  const warnings: string[] = [];
  if (madeTitle !== undefined) warnings.push(untitledWarning(madeTitle));
  const yearCell = cell('year');
  const year = parseYear(yearCell);
  if (yearCell !== undefined && year === undefined) warnings.push(`year ${JSON.stringify(yearCell)} is not a year; expected one such as 2021 (the paper is kept without a year)`);
  const late = lateYear(year, options.currentYear, `year ${JSON.stringify(yearCell)}`);
  if (late) warnings.push(late);
  const badDoi = notAnIdentifier('DOI', cell('doi'), 'DOI');
  if (badDoi) warnings.push(badDoi);
  const { names, literal, etAl } = authorsOf(cell('authors'), row.semicolonLists);
  const start = cell('pageStart');
  const end = cell('pageEnd');
  const pages = cell('pages') ?? (start ? (end ? `${start}-${end}` : start) : undefined);
  const url = cell('url');
  const raw: RawRecord = compact({
    title,
    madeTitle: madeTitle !== undefined || undefined,
    abstract,
    id: cell('id'),
    authors: names,
    etAl: etAl || undefined,
    literalAuthors: literal.length > 0 ? literal : undefined,
    year: late ? undefined : year,
    doi: badDoi ? undefined : normaliseDoi(cell('doi')),
    url: url && /^https?:\/\//i.test(url) && !isDatabaseRecordPage(url) ? url : undefined,
    pmid: normalisePmid(cell('pmid')),
    arxiv: normaliseArxiv(cell('arxiv')),
    venue: cell('venue'),
    bibliographic: compactBibliographic({
      volume: locatorText(cell('volume')),
      number: locatorText(cell('issue')),
      pages: locatorText(pages),
      articleNumber: pages === undefined ? locatorText(cell('articleNumber')) : undefined,
    }),
    entryType: TYPES.get(key(cell('type') ?? '')) ?? (cell('type') === undefined ? undefined : 'article'),
    keywords: cell('keywords')
      ?.split(/\s*;\s*/)
      .filter((k) => k !== ''),
    source: { file, line },
  });
  const problem: IngestProblem | undefined = warnings.length > 0 ? { file, line, severity: 'warning', reason: warnings.join('; ') } : undefined;
  return { record: decodeRecordTex(raw, { typography: false }), ...(problem ? { problem } : {}) };
}

/** The line each row starts on: the lines before it, as the parser counts them, less the row's own line breaks. */
function rowsOf(text: string, delimiter: string, toLine?: number): { rows: { line: number; cells: string[] }[]; problem?: { line: number; message: string } } {
  try {
    const parsed = parse(text, {
      delimiter,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      raw: true,
      info: true,
      ...(toLine === undefined ? {} : { to_line: toLine }),
    }) as unknown as Array<{ record: string[]; raw: string; info: { lines: number } }>;
    return { rows: parsed.map(({ record, raw, info }) => ({ line: info.lines - (raw.match(/\r\n|\r|\n/g)?.length ?? 0) + 1, cells: record })) };
  } catch (error) {
    // A quote left open swallows the rest of the file: the rows before the line the parser stopped at are read.
    const at = Math.max(1, (error as { lines?: number }).lines ?? 1);
    const before = toLine === undefined && at > 1 ? rowsOf(text, delimiter, at - 1).rows : [];
    return { rows: before, problem: { line: at, message: (error as Error).message } };
  }
}

const NO_HEADER = 'no header row: expected one naming the columns (title, abstract, …)';

export function parseTable(file: string, text: string, options: IngestOptions = {}): ParsedRecords {
  // The delimiter of the line that holds most of one among the first few: Dimensions puts a line about the
  // export ("About the data: Exported on …") above its header.
  const firstLines = text.replace(/^\uFEFF/, '').split(/\r?\n/, LEAD_ROWS + 1);
  const delimiter = firstLines.map(delimiterOf).sort((a, b) => count(firstLines, b) - count(firstLines, a))[0] ?? ',';
  const { rows, problem } = rowsOf(text, delimiter);
  const problems: IngestProblem[] = [];
  if (problem) problems.push({ file, line: problem.line, severity: 'error', reason: `table not read from here on: ${problem.message}` });
  if (rows.length === 0) return { records: [], problems: [...problems, { file, line: 1, severity: 'error', reason: NO_HEADER }] };
  if (WOS_HEADER.test(text)) {
    const [header, ...body] = rows;
    const names = header!.cells.map((h) => h.trim());
    return recordsOf({ records: body, problems }, (row) => wosRecord(file, row.line, new Map(names.map((tag, i) => [tag, splitWosCell(tag, row.cells[i] ?? '')])), options));
  }
  return tableRecords(file, rows, problems, options);
}

/** Each field's column in a header row, by the names of its cells. */
function columnsIn(cells: readonly string[]): Record<Field, number | undefined> {
  const keys = cells.map((h) => key(h.trim()));
  return Object.fromEntries(Object.entries(COLUMNS).map(([field, candidates]) => [field, candidates.map((c) => keys.indexOf(c)).find((i) => i !== -1)])) as Record<Field, number | undefined>;
}

/** Whether one of a table's first rows (where a header may be) names a title column. */
export function namesTitleColumn(rows: readonly TableRow[]): boolean {
  return rows.slice(0, LEAD_ROWS + 1).some((r) => columnsIn(r.cells).title !== undefined);
}

/** A row of a table as read, its cells as text, at the line (a spreadsheet's row number) it is shown at. */
export interface TableRow {
  line: number;
  cells: string[];
}

/**
 * A table's records: its header found among its first rows, each row below it read by the columns the header
 * names. What a CSV file and a spreadsheet's sheet share once their cells are text; `rows` holds no empty row.
 */
export function tableRecords(file: string, rows: readonly TableRow[], earlier: readonly IngestProblem[], options: IngestOptions): ParsedRecords {
  const problems = [...earlier];
  if (rows.length === 0) return { records: [], problems: [...problems, { file, line: 1, severity: 'error', reason: NO_HEADER }] };
  // The header: the first of the first rows that names a title and an abstract column; else the first row.
  const named = (r: TableRow) => {
    const c = columnsIn(r.cells);
    return c.title !== undefined && c.abstract !== undefined;
  };
  const at = Math.max(0, rows.slice(0, LEAD_ROWS + 1).findIndex(named));
  const header = rows[at]!;
  const body = rows.slice(at + 1);
  const names = header.cells.map((h) => h.trim());
  const keys = names.map(key);
  const columnOf = columnsIn(header.cells);
  if (columnOf.title === undefined || columnOf.abstract === undefined) {
    const missing = [columnOf.title === undefined ? '"title"' : '', columnOf.abstract === undefined ? '"abstract"' : ''].filter((m) => m !== '').join(' and ');
    problems.push({ file, line: header.line, severity: 'error', reason: `no ${missing} column in the header row (${excerpt(names.join(', '), 120)}); expected columns named so (or "Article Title", "Abstract Note", …)` });
    return { records: [], problems };
  }
  const authorsColumn = columnOf.authors;
  const semicolonLists =
    authorsColumn !== undefined && (keys[authorsColumn] === 'authorfullnames' || body.some((row) => row.cells[authorsColumn]?.includes(';') === true));
  const read: Row[] = body.map((row) => {
    const cells = new Map<Field, string>();
    for (const [field, column] of Object.entries(columnOf) as [Field, number | undefined][]) {
      const value = column === undefined ? undefined : row.cells[column]?.trim();
      if (value) cells.set(field, value);
    }
    return { line: row.line, cells, semicolonLists };
  });
  return recordsOf({ records: read, problems }, (row) => toRecord(file, row, options));
}

/** Web of Science's tab-delimited cells: a list field's people apart by "; ", any other the whole text. */
function splitWosCell(tag: string, cell: string): string[] {
  const value = cell.trim();
  if (value === '') return [];
  return ['AU', 'AF', 'BE', 'CA', 'BA', 'BF'].includes(tag) ? value.split(/\s*;\s*/).filter((v) => v !== '') : [value];
}
