/** Finds the input files a run reads: the files named, and every supported file inside named folders. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, isAbsolute, resolve } from 'node:path';
import { isSupportedFile } from '../../src/lib/ingest/index';

export class InputError extends Error {}

export function listInputFiles(inputs: string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    if (!existsSync(input)) throw new InputError(`${input}: no such file or folder`);
    if (statSync(input).isDirectory()) {
      const found = walk(input).filter(isSupportedFile).sort();
      if (found.length === 0) throw new InputError(`${input}: no supported files in this folder (see README: file formats)`);
      for (const file of found) files.push(file);
    } else {
      files.push(input);
    }
  }
  return [...new Set(files.map((f) => resolve(f)))];
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

/** Paths in messages and in the ledger: relative to the project when inside it, so they read the same on every machine. */
export function displayPath(file: string, root = process.cwd()): string {
  const rel = relative(root, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : file;
}
