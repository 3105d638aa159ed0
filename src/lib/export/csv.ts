/**
 * CSV files for spreadsheets, R and pandas, written with csv-stringify: RFC 4180 (a header row, fields
 * with a comma, a double quote or a line break quoted, quotes doubled, CRLF between records), UTF-8
 * without a byte-order mark.
 *
 * Formula injection: a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage
 * return, or their full-width forms) as a formula, and titles, names and keywords come from users' files.
 * Such a text cell gets a leading apostrophe (`'=1+1`), which spreadsheets show as text and do not run
 * (csv-stringify's `escape_formulas`, as OWASP advises). Numbers are left alone, so a negative number stays
 * a number. The JSON and graph files carry the text unchanged.
 */
import { stringify, type Options } from 'csv-stringify/sync';
import type { z } from 'zod';
import type { Emit } from './text-pieces';

/** A cell as the row schemas have it: text, a number, a yes/no, or empty. */
type Cell = string | number | boolean | undefined;

const OPTIONS: Options = {
  escape_formulas: true,
  record_delimiter: 'windows',
  cast: { boolean: (value) => (value ? 'true' : 'false') },
};

/** Rows stringified at a time: one piece each, so a file of a million rows is never one string. */
const BATCH = 1000;

/**
 * Writes a CSV file: the columns are the schema's keys, in order; every row is checked against the schema
 * (a row it does not fit stops the export rather than shifting columns).
 */
export function writeCsv<S extends z.ZodObject>(schema: S, rows: Iterable<z.input<S>>, emit: Emit): void {
  const columns = Object.keys(schema.shape);
  emit(stringify([columns], OPTIONS));
  let batch: Cell[][] = [];
  for (const row of rows) {
    const parsed = schema.parse(row) as Record<string, Cell>;
    batch.push(columns.map((column) => parsed[column]));
    if (batch.length >= BATCH) {
      emit(stringify(batch, OPTIONS));
      batch = [];
    }
  }
  if (batch.length > 0) emit(stringify(batch, OPTIONS));
}
