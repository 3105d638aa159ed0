/**
 * The repository modules an entry module runs: its relative value imports, followed (an `import type` runs
 * nothing), JSON tables included. Cache versions list the files whose content decides what they hold; a test
 * compares such a list with this closure, so a module added to the path cannot change results unnoticed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { ROOT } from './build-site';

const VALUE_IMPORT = /^(?:import|export)\s+(?!type\b)[^'"]*?from\s+'(\.[^']+)'/gm;

/** Repository paths (`src/lib/…`) of `entry` and every module it imports, directly or not. */
export function moduleClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.ts')) continue;
    for (const m of readFileSync(join(ROOT, file), 'utf8').matchAll(VALUE_IMPORT)) {
      const target = normalize(join(dirname(file), m[1]!));
      const found = [target, `${target}.ts`, join(target, 'index.ts')].find((p) => existsSync(join(ROOT, p)) && !p.endsWith('/'));
      if (found && !seen.has(found)) todo.push(found);
    }
  }
  return seen;
}
