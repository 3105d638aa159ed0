/**
 * The concept-analysis cache is versioned by the files listed in DOCUMENT_ANALYSIS_SOURCES: a module the
 * analysis runs that is not listed can change without the cache noticing, and a library built before the change
 * keeps the old analyses. non-prose.ts (what of an abstract is math, markup or a URL) was not listed, so its
 * review 17 fixes ($p$-adic, display math) reached no library analysed before them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_ANALYSIS_SOURCES } from '../../../src/lib/cache/document-analysis';
import { ROOT } from '../../support/build-site';

/** Relative imports that bring values (an `import type` changes no analysis), JSON tables included. */
const VALUE_IMPORT = /^(?:import|export)\s+(?!type\b)[^'"]*?from\s+'(\.[^']+)'/gm;

function closure(entry: string): Set<string> {
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
      if (found && !seen.has(found)) todo.push(relative('.', found));
    }
  }
  return seen;
}

describe('DOCUMENT_ANALYSIS_SOURCES', () => {
  it('lists every module a document analysis runs (concept-analysis.ts, rank.ts and what they import)', () => {
    const listed = new Set<string>(DOCUMENT_ANALYSIS_SOURCES);
    // concept-analysis.ts turns the ranking into the cached flags (scholarly-phrases.ts), so its imports decide the analysis too.
    const missing = [...closure('src/lib/concepts/concept-analysis.ts')].filter((f) => !listed.has(f)).sort();
    expect(missing).toEqual([]);
  });
});
