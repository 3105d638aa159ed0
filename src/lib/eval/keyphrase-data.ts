/** Where the public keyphrase sets live and how to read them. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LocatedError } from '../model/source';

export interface KeyphraseRecord {
  id: string;
  title: string;
  abstract: string;
  keyphrases: string[];
}

/** `../shared/data/keyphrase` beside the repository, or `ATLAS_KEYPHRASE_DATA`. */
export function keyphraseDataDir(root: string = resolve(import.meta.dirname, '../../..')): string {
  return process.env.ATLAS_KEYPHRASE_DATA ?? resolve(root, '../shared/data/keyphrase');
}

export function readKeyphraseSet(file: string): KeyphraseRecord[] {
  if (!existsSync(file)) throw new Error(`keyphrase data not found: ${file} (set ATLAS_KEYPHRASE_DATA to the folder holding it)`);
  const out: KeyphraseRecord[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let rec: unknown;
      try {
        rec = JSON.parse(line);
      } catch {
        throw new LocatedError(file, i + 1, 'expected one JSON object per line');
      }
      const r = rec as Partial<KeyphraseRecord>;
      if (typeof r !== 'object' || r === null || typeof r.id !== 'string' || typeof r.abstract !== 'string' || !Array.isArray(r.keyphrases)) {
        throw new LocatedError(file, i + 1, 'expected {"id": string, "title"?: string, "abstract": string, "keyphrases": string[]}');
      }
      out.push({ id: r.id, title: typeof r.title === 'string' ? r.title : '', abstract: r.abstract, keyphrases: r.keyphrases.map(String) });
    });
  return out;
}
