/**
 * Ingest: one file's bytes → RawRecords plus located problems. The format is chosen by extension and then
 * checked against the content (a `.json` file holding JSON Lines, a `.txt` holding BibTeX), so a misnamed
 * export is still read. Nothing here throws for bad input.
 */
import type { RawRecord } from '../model/paper';
import type { IngestProblem, UsedRecord } from '../model/source';
import { looksLikeAtom, parseAtom } from './atom';
import { looksLikeBibtex, parseBibtex } from './bibtex';
import { decodeBytes } from './decode';
import { looksLikeJsonLines, parseJsonDocument, parseJsonLines } from './json';
import { parseListing, type ParsedRecords } from './listing';
import { looksLikeMedline, parseMedline } from './medline';
import { looksLikeRis, parseRis } from './ris';
import { isWorkbookFile, parseWorkbook } from './spreadsheet';
import { looksLikeWos, parseWos } from './wos';
import { looksLikeWosTable, parseTable } from './table';
import type { IngestOptions } from './untitled';

export type { IngestOptions, UntitledPolicy } from './untitled';

export { isSupportedFile } from './folder-files';

export type SourceFormat = 'listing' | 'json' | 'jsonl' | 'bibtex' | 'csl-json' | 'atom' | 'ris' | 'medline' | 'wos' | 'table' | 'xlsx';
/** The formats of text files, told by extension and content. */
type TextFormat = Exclude<SourceFormat, 'xlsx'>;

export interface IngestResult {
  file: string;
  format: SourceFormat | 'unknown';
  records: RawRecord[];
  problems: IngestProblem[];
  /** Records that make no page but serve others' (a BibTeX crossref parent); absent when there are none. */
  used?: UsedRecord[];
  /** Why nothing of the file was read (a `.txt` that is no listing), when so: the summary says this, not a format. */
  notRead?: string;
}

function baseName(path: string): string {
  return path.replace(/\\/g, '/').split('/').pop() ?? path;
}

/** The format an extension promises; content sniffing may overrule it. */
function formatByExtension(path: string): TextFormat | undefined {
  const name = baseName(path).toLowerCase();
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) return 'jsonl';
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.bib')) return 'bibtex';
  if (name.endsWith('.atom') || name.endsWith('.xml')) return 'atom';
  if (name.endsWith('.ris')) return 'ris';
  if (name.endsWith('.nbib')) return 'medline';
  if (name.endsWith('.ciw')) return 'wos';
  if (name.endsWith('.csv') || name.endsWith('.tsv')) return 'table';
  if (name.endsWith('.txt')) return 'listing';
  return undefined;
}

/** What the content looks like; undefined when it could be anything (then the extension decides). */
export function sniffFormat(text: string): 'json' | 'jsonl' | 'bibtex' | 'atom' | 'ris' | 'medline' | 'wos' | 'table' | undefined {
  const start = text.trimStart();
  if (start.startsWith('<')) return looksLikeAtom(text) ? 'atom' : undefined;
  if (start.startsWith('[')) return 'json';
  if (start.startsWith('{')) return looksLikeJsonLines(text) ? 'jsonl' : 'json';
  if (/^(?:%[^\n]*\n\s*)*@/.test(start) || (start.startsWith('%') && looksLikeBibtex(text))) return 'bibtex';
  // EndNote saves RIS as .txt as often as .ris.
  if (looksLikeRis(start)) return 'ris';
  // PubMed's "Save" in its own format gives a .txt.
  if (looksLikeMedline(start)) return 'medline';
  // Web of Science's plain-text export is savedrecs.txt.
  if (looksLikeWos(start)) return 'wos';
  if (looksLikeWosTable(start)) return 'table';
  return undefined;
}

export function detectFormat(file: string, text: string): TextFormat | 'unknown' {
  const byExtension = formatByExtension(file);
  const sniffed = sniffFormat(text);
  if (byExtension === 'jsonl' && sniffed === 'json' && !text.trimStart().startsWith('[')) return 'jsonl';
  if (byExtension === 'bibtex') return 'bibtex';
  // A .json of JSON Lines that opens with a line no record is (a tool's comment) sniffs as nothing.
  if (byExtension === 'json' && sniffed === undefined && looksLikeJsonLines(text)) return 'jsonl';
  return sniffed ?? byExtension ?? 'unknown';
}

function parseAs(format: TextFormat, file: string, text: string, options: IngestOptions): { format: SourceFormat; parsed: ParsedRecords } {
  switch (format) {
    case 'listing':
      return { format, parsed: parseListing(file, text) };
    case 'jsonl':
      return { format, parsed: parseJsonLines(file, text, options) };
    case 'json':
    case 'csl-json': {
      const parsed = parseJsonDocument(file, text, options);
      return { format: parsed.csl ? 'csl-json' : 'json', parsed };
    }
    case 'bibtex':
      return { format, parsed: parseBibtex(file, text, options) };
    case 'atom':
      return { format, parsed: parseAtom(file, text, options) };
    case 'ris':
      return { format, parsed: parseRis(file, text, options) };
    case 'medline':
      return { format, parsed: parseMedline(file, text, options) };
    case 'wos':
      return { format, parsed: parseWos(file, text, options) };
    case 'table':
      return { format, parsed: parseTable(file, text, options) };
  }
}

/**
 * Any input file: a workbook is read asynchronously (its reader unzips it so), every other file as `ingestFile`
 * reads it. Nothing here rejects for bad input.
 */
export async function ingestInput(file: string, bytes: Uint8Array, options: IngestOptions = {}): Promise<IngestResult> {
  if (!isWorkbookFile(file)) return ingestFile(file, bytes, options);
  try {
    const parsed = await parseWorkbook(file, bytes, options);
    return { file, format: 'xlsx', records: parsed.records, problems: parsed.problems };
  } catch (e) {
    return { file, format: 'xlsx', records: [], problems: [{ file, line: 1, severity: 'error', reason: `internal error while reading this workbook: ${e instanceof Error ? e.message : String(e)}` }] };
  }
}

/** A text file's records (a workbook is read by `ingestInput`). */
export function ingestFile(file: string, bytes: Uint8Array, options: IngestOptions = {}): IngestResult {
  const decoded = decodeBytes(file, bytes);
  if (decoded.text === undefined) return { file, format: 'unknown', records: [], problems: decoded.problems };
  const text = decoded.text;
  if (text.trim() === '') {
    return { file, format: formatByExtension(file) ?? 'unknown', records: [], problems: [...decoded.problems, { file, line: 1, severity: 'warning', reason: 'empty file: no records' }] };
  }
  const detected = detectFormat(file, text);
  if (detected === 'unknown') {
    return {
      file,
      format: 'unknown',
      records: [],
      problems: [...decoded.problems, { file, line: 1, severity: 'error', reason: 'unrecognised format: expected a listing, JSON, JSON Lines, BibTeX, CSL-JSON, RIS, PubMed (MEDLINE), Web of Science, CSV or arXiv Atom file' }],
    };
  }
  try {
    const { format, parsed } = parseAs(detected, file, text, options);
    return {
      file,
      format,
      records: parsed.records,
      problems: [...decoded.problems, ...parsed.problems],
      ...(parsed.used?.length ? { used: parsed.used } : {}),
      ...(parsed.notRead !== undefined ? { notRead: parsed.notRead } : {}),
    };
  } catch (e) {
    // Parsers report bad input as problems; reaching this is a bug, but it must still not end the run unlocated.
    return {
      file,
      format: detected,
      records: [],
      problems: [...decoded.problems, { file, line: 1, severity: 'error', reason: `internal error while reading this ${detected} file: ${e instanceof Error ? e.message : String(e)}` }],
    };
  }
}
