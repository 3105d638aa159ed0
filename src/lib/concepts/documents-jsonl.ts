/** Reads the `npm run concepts` input: JSONL of {id, title?, abstract}. */
import type { DocumentText } from '../model/paper';
import { LocatedError } from '../model/source';

export function parseDocumentsJsonl(text: string, file: string): DocumentText[] {
  const docs: DocumentText[] = [];
  const seen = new Set<string>();
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const where = i + 1;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      throw new LocatedError(file, where, `expected a JSON object {"id", "title"?, "abstract"} (${(e as Error).message})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new LocatedError(file, where, 'expected a JSON object {"id", "title"?, "abstract"}');
    }
    const r = value as Record<string, unknown>;
    const id = typeof r.id === 'number' ? String(r.id) : r.id;
    if (typeof id !== 'string' || !id) throw new LocatedError(file, where, 'expected "id" to be a non-empty string');
    if (typeof r.abstract !== 'string') throw new LocatedError(file, where, 'expected "abstract" to be a string');
    if (r.title !== undefined && r.title !== null && typeof r.title !== 'string') {
      throw new LocatedError(file, where, 'expected "title" to be a string when present');
    }
    if (seen.has(id)) throw new LocatedError(file, where, `duplicate id "${id}"`);
    seen.add(id);
    docs.push({ id, title: typeof r.title === 'string' ? r.title : '', abstract: r.abstract });
  });
  return docs;
}
