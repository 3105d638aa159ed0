/**
 * Which files found in a sources folder are inputs, which are passed over without a word, and which are
 * skipped with a warning. A folder is where a researcher drops exports, so a file of a type Paper Atlas does
 * not read (an EndNote tagged export, a PDF) is most likely papers they expect to see: it is named, never dropped silently.
 * Only what no one keeps papers in stays quiet: hidden files, the files an operating system leaves in
 * folders, and a folder's own README or licence.
 */
import type { IngestProblem } from '../model/source';

const EXTENSIONS = ['.txt', '.json', '.jsonl', '.ndjson', '.bib', '.ris', '.nbib', '.ciw', '.csv', '.tsv', '.xlsx', '.atom', '.xml'];

/** Files Finder, Explorer and the like put in any folder. */
const SYSTEM_FILES = new Set(['thumbs.db', 'ehthumbs.db', 'desktop.ini', 'icon\r']);

/** The folder's own description or licence, in any format (`README`, `readme.txt`, `LICENSE.md`). */
const FOLDER_DOCUMENT = /^(?:readme|licen[cs]e|copying)(?:\.[a-z0-9]+)?$/;

/** Formats people export papers in, or keep them as, by extension: named in the warning. */
interface NamedFormat {
  name: string;
  /** A reference manager's export: the advice is to export one Paper Atlas reads. */
  reference?: true;
  /** A spreadsheet in a format not read (an `.xlsx` is): the advice is to save it as `.xlsx` or CSV. */
  sheet?: true;
}

// A Map, as the key is the user's file name's extension ("notes.constructor" must name nothing).
const FORMAT_NAMES: ReadonlyMap<string, NamedFormat> = new Map(Object.entries({
  enw: { name: 'EndNote tagged', reference: true },
  pdf: { name: 'PDF' },
  doc: { name: 'Word' },
  docx: { name: 'Word' },
  odt: { name: 'OpenDocument text' },
  rtf: { name: 'RTF' },
  md: { name: 'Markdown' },
  html: { name: 'HTML' },
  htm: { name: 'HTML' },
  xls: { name: 'Excel 97–2003', sheet: true },
  ods: { name: 'OpenDocument spreadsheet', sheet: true },
  numbers: { name: 'Numbers', sheet: true },
  tex: { name: 'LaTeX' },
  bbl: { name: 'BibTeX output' },
} satisfies Record<string, NamedFormat>));

const READ = 'it reads .bib, .ris, .nbib, .ciw, .csv, .tsv, .xlsx, .json, .jsonl, .ndjson, .atom, .xml and .txt (see README: file formats)';

function baseName(path: string): string {
  return path.replace(/\\/g, '/').split('/').pop() ?? path;
}

export type FolderFile = { kind: 'input' } | { kind: 'ignored' } | { kind: 'skipped'; reason: string };

/** The format an extension names, if any. */
function formatOf(path: string): NamedFormat | undefined {
  const extension = /\.([a-z0-9]+)$/.exec(baseName(path).toLowerCase())?.[1];
  return extension === undefined ? undefined : FORMAT_NAMES.get(extension);
}

/** What a run does with a file it finds in a folder (`.csl.json` is a `.json`). */
export function classifyFolderFile(path: string): FolderFile {
  const name = baseName(path).toLowerCase();
  // Office's owner file, `~$reading-list.xlsx`, is there while the workbook is open in Excel: a few bytes, no workbook.
  if (name.startsWith('.') || name.startsWith('~$') || SYSTEM_FILES.has(name) || FOLDER_DOCUMENT.test(name)) return { kind: 'ignored' };
  if (EXTENSIONS.some((ext) => name.endsWith(ext) && name.length > ext.length)) return { kind: 'input' };
  const format = formatOf(path);
  const advice = format?.reference ? REFERENCE_ADVICE : format?.sheet ? SHEET_ADVICE : READ;
  return { kind: 'skipped', reason: `not a format Paper Atlas reads${format ? ` (${format.name})` : ''}; skipped — ${advice}` };
}

const REFERENCE_ADVICE = 'export BibTeX, RIS or CSL-JSON from your reference manager instead';
const SHEET_ADVICE = 'save the sheet as Excel (.xlsx) or CSV (a "title" and an "abstract" column at least), which it reads';

/** Input files by name: what a folder walk reads. */
export function isSupportedFile(path: string): boolean {
  return classifyFolderFile(path).kind === 'input';
}

/** The warning for a file a folder walk passes over; `file` as it is shown in messages. */
function skippedFileWarning(file: string, reason: string): IngestProblem {
  return { file, line: 1, severity: 'warning', reason };
}

/** A file a folder walk passed over, and the folder its warning is counted under, both as shown in messages. */
export interface SkippedFile {
  file: string;
  /** The folder named as an input for a file directly in it; else the subfolder of it the file is under. */
  folder: string;
}

/** Up to this many files of one folder are named one by one; more are counted in one warning. */
const NAMED_ONE_BY_ONE = 2;

/**
 * The warnings for the files a walk passed over: each file named when its folder holds one or two, else
 * one warning for the folder that counts them by format and names one. A reference manager's export with
 * its files (Zotero's `files/<n>/Paper.pdf`, `Snapshot.html`) holds hundreds of attachments of records that
 * were read; one warning each buried every other message of every run.
 */
export function skippedFileWarnings(skipped: readonly SkippedFile[]): IngestProblem[] {
  const byFolder = new Map<string, string[]>();
  for (const { file, folder } of skipped) {
    const files = byFolder.get(folder);
    if (files) files.push(file);
    else byFolder.set(folder, [file]);
  }
  const warnings: IngestProblem[] = [];
  for (const [folder, files] of byFolder) {
    if (files.length <= NAMED_ONE_BY_ONE) {
      for (const file of files) {
        const kind = classifyFolderFile(file);
        if (kind.kind === 'skipped') warnings.push(skippedFileWarning(file, kind.reason));
      }
      continue;
    }
    const counts = new Map<string, number>();
    for (const file of files) {
      const name = formatOf(file)?.name ?? 'other';
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    const parts = [...counts].sort(([a, m], [b, n]) => n - m || (a === 'other' ? 1 : b === 'other' ? -1 : byCodeUnits(a, b))).map(([name, n]) => `${n} ${name}`);
    const listed = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]!}`;
    const example = [...files].sort()[0]!;
    const advice = files.some((f) => formatOf(f)?.reference) ? REFERENCE_ADVICE : `attachments and documents are not read, only the records of an export: ${READ}`;
    warnings.push(skippedFileWarning(folder, `${listed} files in this folder not read (e.g. ${example}); skipped — ${advice}`));
  }
  return warnings.sort((a, b) => byCodeUnits(a.file, b.file));
}

/** The same order on every machine, whatever its locale. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
