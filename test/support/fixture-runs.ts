/** The title and abstract of each record of a JSONL corpus under test/fixtures/runs/, in file order. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build-site';

export function runRecords(file: string): Array<{ title: string; abstract: string }> {
  return readFileSync(join(ROOT, 'test/fixtures/runs', file), 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const r = JSON.parse(line) as { title: string; abstract: string };
      return { title: r.title, abstract: r.abstract };
    });
}
