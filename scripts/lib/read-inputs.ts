/** Finds the input files a run reads: the files named, and every input file inside named folders. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, isAbsolute, resolve, sep } from 'node:path';
import { classifyFolderFile, skippedFileWarnings, type SkippedFile } from '../../src/lib/ingest/folder-files';
import type { IngestProblem } from '../../src/lib/model/source';

export class InputError extends Error {}

export interface InputFiles {
  files: string[];
  /** Warnings for the files in named folders that are not read (src/lib/ingest/folder-files.ts says which and how). */
  skipped: IngestProblem[];
}

/** `contentDir`: the content folder, for the paths shown (`displayPath`). */
export function listInputFiles(inputs: string[], contentDir?: string): InputFiles {
  const files: string[] = [];
  const skipped = new Map<string, SkippedFile>();
  for (const input of inputs) {
    if (!existsSync(input)) throw new InputError(`${input}: no such file or folder`);
    if (statSync(input).isDirectory()) {
      const found: string[] = [];
      const passed: string[] = [];
      for (const file of walk(input).sort()) {
        const kind = classifyFolderFile(file);
        if (kind.kind === 'input') found.push(file);
        else if (kind.kind === 'skipped') {
          const shown = displayPath(resolve(file), contentDir);
          passed.push(shown);
          // Counted under the named folder for a file directly in it, else under the subfolder it is in there.
          const top = relative(input, file).split(sep)[0]!;
          const folder = top === relative(input, file) ? input : join(input, top);
          skipped.set(resolve(file), { file: shown, folder: displayPath(resolve(folder), contentDir) });
        }
      }
      if (found.length === 0) {
        const named = passed.length > 0 ? `; not read: ${passed.slice(0, 5).join(', ')}${passed.length > 5 ? ` and ${passed.length - 5} more` : ''}` : '';
        throw new InputError(`${input}: no supported files in this folder${named} (see README: file formats)`);
      }
      for (const file of found) files.push(file);
    } else {
      files.push(input);
    }
  }
  const read = new Set(files.map((f) => resolve(f)));
  // A file also named on its own is read (and reported) as such.
  return { files: [...read], skipped: skippedFileWarnings([...skipped].filter(([file]) => !read.has(file)).map(([, entry]) => entry)) };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const file of walk(path)) out.push(file);
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/**
 * Paths in messages, in the ledger and in the paper files' `source`: relative to the project when inside it;
 * a file of a content folder kept elsewhere, relative to the folder that holds it (`~/atlas/sources/a.bib`
 * is `atlas/sources/a.bib`), so the committed content reads the same on every machine. Other files keep
 * their absolute path.
 */
export function displayPath(file: string, contentDir?: string, root = process.cwd()): string {
  const inside = (base: string) => {
    const rel = relative(base, file);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : undefined;
  };
  return inside(root) ?? (contentDir !== undefined && inside(resolve(contentDir)) !== undefined ? inside(dirname(resolve(contentDir))) : undefined) ?? file;
}
