/**
 * The real abstracts the benchmark corpora are made from: the bundled listing (read with the project's own
 * listing parser) and the keyphrase data sets next to the repository (`../shared/data/keyphrase/*.jsonl`,
 * or ATLAS_BENCH_KEYPHRASE_DIR).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseListing } from '../src/lib/ingest/listing';
import type { SourceDoc } from './corpus';

export const ROOT = resolve(import.meta.dirname, '..');

export function keyphraseDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(ROOT, env.ATLAS_BENCH_KEYPHRASE_DIR || '../shared/data/keyphrase');
}

export function readSourceDocs(env: Record<string, string | undefined> = process.env): SourceDoc[] {
  const docs: SourceDoc[] = [];
  const listing = join(ROOT, 'content', 'sources', 'trending-papers.txt');
  if (existsSync(listing)) {
    const { records } = parseListing('trending-papers.txt', readFileSync(listing, 'utf8'));
    for (const r of records) docs.push({ origin: `trending-papers.txt:${r.source.line}`, title: r.title, abstract: r.abstract });
  }
  const dir = keyphraseDir(env);
  if (existsSync(dir)) {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) {
      const lines = readFileSync(join(dir, name), 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (line.trim() === '') return;
        let item: unknown;
        try {
          item = JSON.parse(line);
        } catch (error) {
          throw new Error(`${join(dir, name)}:${i + 1}: not valid JSON (${(error as Error).message})`);
        }
        const o = item as { title?: unknown; abstract?: unknown };
        if (typeof o.abstract !== 'string' || o.abstract.trim() === '') return;
        docs.push({ origin: `${name}:${i + 1}`, title: typeof o.title === 'string' ? o.title : '', abstract: o.abstract });
      });
    }
  }
  if (docs.length < 100) {
    throw new Error(`benchmark corpus: only ${docs.length} source abstracts found (listing ${listing}, keyphrase folder ${dir}); set ATLAS_BENCH_KEYPHRASE_DIR`);
  }
  return docs;
}
