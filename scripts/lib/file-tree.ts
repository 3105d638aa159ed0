/** Listing a folder's files, for the steps that hash or copy a whole folder. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dir`, as `/`-separated paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * Every file under `dir` with its bytes, named `<label>/<path>` in {@link listFiles} order: the parts of a step's
 * key over a whole code folder (a list of the modules a step imports would drift).
 */
export function folderParts(dir: string, label: string): Array<[string, Buffer]> {
  return listFiles(dir).map((file) => [`${label}/${file}`, readFileSync(join(dir, file))]);
}
