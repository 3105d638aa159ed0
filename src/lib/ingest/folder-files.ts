/**
 * Which files found in a sources folder are inputs, which are passed over without a word, and which are
 * skipped with a warning. A folder is where a researcher drops exports, so a file of a type Paper Atlas does
 * not read (a RIS export, a PDF) is most likely papers they expect to see: it is named, never dropped silently.
 * Only what no one keeps papers in stays quiet: hidden files, the files an operating system leaves in
 * folders, and a folder's own README or licence.
 */
import type { IngestProblem } from '../model/source';

const EXTENSIONS = ['.txt', '.json', '.jsonl', '.ndjson', '.bib', '.atom', '.xml'];

/** Files Finder, Explorer and the like put in any folder. */
const SYSTEM_FILES = new Set(['thumbs.db', 'ehthumbs.db', 'desktop.ini', 'icon\r']);

/** The folder's own description or licence, in any format (`README`, `readme.txt`, `LICENSE.md`). */
const FOLDER_DOCUMENT = /^(?:readme|licen[cs]e|copying)(?:\.[a-z0-9]+)?$/;

/** Formats people export papers in, or keep them as, by extension: named in the warning. */
const FORMAT_NAMES: Record<string, { name: string; reference?: true }> = {
  ris: { name: 'RIS', reference: true },
  enw: { name: 'EndNote tagged', reference: true },
  nbib: { name: 'PubMed MEDLINE', reference: true },
  ciw: { name: 'Web of Science', reference: true },
  pdf: { name: 'PDF' },
  doc: { name: 'Word' },
  docx: { name: 'Word' },
  odt: { name: 'OpenDocument text' },
  rtf: { name: 'RTF' },
  md: { name: 'Markdown' },
  html: { name: 'HTML' },
  htm: { name: 'HTML' },
  csv: { name: 'CSV' },
  xls: { name: 'Excel' },
  xlsx: { name: 'Excel' },
  tex: { name: 'LaTeX' },
  bbl: { name: 'BibTeX output' },
};

const READ = 'it reads .bib, .json, .jsonl, .ndjson, .atom, .xml and .txt (see README: file formats)';

function baseName(path: string): string {
  return path.replace(/\\/g, '/').split('/').pop() ?? path;
}

export type FolderFile = { kind: 'input' } | { kind: 'ignored' } | { kind: 'skipped'; reason: string };

/** What a run does with a file it finds in a folder (`.csl.json` is a `.json`). */
export function classifyFolderFile(path: string): FolderFile {
  const name = baseName(path).toLowerCase();
  if (name.startsWith('.') || SYSTEM_FILES.has(name) || FOLDER_DOCUMENT.test(name)) return { kind: 'ignored' };
  if (EXTENSIONS.some((ext) => name.endsWith(ext) && name.length > ext.length)) return { kind: 'input' };
  const extension = /\.([a-z0-9]+)$/.exec(name)?.[1];
  const format = extension === undefined ? undefined : FORMAT_NAMES[extension];
  const advice = format?.reference ? 'export BibTeX or CSL-JSON from your reference manager instead' : READ;
  return { kind: 'skipped', reason: `not a format Paper Atlas reads${format ? ` (${format.name})` : ''}; skipped — ${advice}` };
}

/** Input files by name: what a folder walk reads. */
export function isSupportedFile(path: string): boolean {
  return classifyFolderFile(path).kind === 'input';
}

/** The warning for a file a folder walk passes over; `file` as it is shown in messages. */
export function skippedFileWarning(file: string, reason: string): IngestProblem {
  return { file, line: 1, severity: 'warning', reason };
}
