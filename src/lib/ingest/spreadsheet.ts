/**
 * A table of papers kept as an Excel workbook (`.xlsx`): a hand-made reading list, or Scopus's, Lens.org's and
 * Dimensions' Excel exports. The workbook is read by read-excel-file (its zip and XML), each cell made the text a
 * user sees in it, and the first sheet whose header names a title column is read as a CSV table is (./table.ts):
 * the same columns, the same records. Problems are located at the sheet's row, its number as the line.
 */
import readXlsxFile from 'read-excel-file/node';
import type { IngestProblem } from '../model/source';
import type { ParsedRecords } from './listing';
import { namesTitleColumn, tableRecords, type TableRow } from './table';
import type { IngestOptions } from './untitled';

/** The extensions read as a workbook; `.xls`, `.ods` and `.numbers` are not (./folder-files.ts advises CSV). */
export const WORKBOOK_EXTENSIONS = ['.xlsx'] as const;

export function isWorkbookFile(path: string): boolean {
  const name = path.toLowerCase();
  return WORKBOOK_EXTENSIONS.some((ext) => name.endsWith(ext));
}

type Cell = string | number | boolean | Date | null;

/** Excel shows a number in its General format to 15 significant digits (0.1 + 0.2 is 0.3 there). */
function numberText(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15)));
}

/** A date cell as its ISO date (the time of day too where it has one): the unambiguous form of what Excel shows in the reader's locale. */
function dateText(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/** The text a user sees in a cell; a formula's is its result as last saved, a hyperlink's its shown text. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return numberText(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return Number.isNaN(cell.getTime()) ? '' : dateText(cell);
}

/** A sheet's rows as text, at their row numbers; empty rows are not rows of the table. */
function sheetRows(data: readonly (readonly Cell[])[]): TableRow[] {
  return data.map((cells, i) => ({ line: i + 1, cells: cells.map(cellText) })).filter((row) => row.cells.some((c) => c.trim() !== ''));
}

/** Why a file read-excel-file refused is not read, in words a user can act on. */
function notAWorkbook(bytes: Uint8Array, error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<')) {
    return 'not read: a web page (HTML or XML) saved with the .xlsx extension, not an Excel workbook, as some tools save one; export the records as CSV, RIS or BibTeX, or open the file in a spreadsheet app and save it as .xlsx or CSV';
  }
  if (code === 'XLS_FILE_NOT_SUPPORTED') return 'not read: an Excel 97–2003 workbook (.xls) named .xlsx; open it in a spreadsheet app and save it as .xlsx or CSV';
  if (code === 'NO_DATA') return 'not read: the workbook holds no sheet';
  const why = error instanceof Error ? error.message : String(error);
  return `not read: not an Excel workbook, or a damaged one (${why}); if it opens in a spreadsheet app, save it again as .xlsx or as CSV`;
}

export async function parseWorkbook(file: string, bytes: Uint8Array, options: IngestOptions = {}): Promise<ParsedRecords> {
  let sheets: { sheet: string; data: Cell[][] }[];
  try {
    sheets = (await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))) as unknown as { sheet: string; data: Cell[][] }[];
  } catch (error) {
    return { records: [], problems: [{ file, line: 1, severity: 'error', reason: notAWorkbook(bytes, error) }] };
  }
  const tables = sheets.map((s) => ({ name: s.sheet, rows: sheetRows(s.data) }));
  // A workbook's other sheets are notes, counts or charts of the list: only the first that looks like a table of papers is read.
  const table = tables.find((t) => namesTitleColumn(t.rows));
  if (!table) {
    const names = tables.map((t) => JSON.stringify(t.name)).join(', ');
    return {
      records: [],
      problems: [{ file, line: 1, severity: 'error', reason: `not read: no sheet (of ${names}) has a header row naming a title column; expected a row of column names such as "Title", "Abstract", "Authors", "Year" at the top of a sheet` }],
    };
  }
  const parsed = tableRecords(file, table.rows, [], options);
  const sheet = JSON.stringify(table.name);
  const located = (p: IngestProblem): IngestProblem => ({ ...p, reason: `sheet ${sheet}, row ${p.line}: ${p.reason}` });
  return { ...parsed, problems: parsed.problems.map(located) };
}
