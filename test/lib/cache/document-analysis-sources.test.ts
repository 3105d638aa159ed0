/**
 * The concept-analysis cache is versioned by the files listed in DOCUMENT_ANALYSIS_SOURCES: a module the
 * analysis runs that is not listed can change without the cache noticing, and a library built before the change
 * keeps the old analyses. non-prose.ts (what of an abstract is math, markup or a URL) was not listed, so its
 * review 17 fixes ($p$-adic, display math) reached no library analysed before them.
 */
import { describe, expect, it } from 'vitest';
import { DOCUMENT_ANALYSIS_SOURCES } from '../../../src/lib/cache/document-analysis';
import { moduleClosure } from '../../support/module-closure';

describe('DOCUMENT_ANALYSIS_SOURCES', () => {
  it('lists every module a document analysis runs (concept-analysis.ts, rank.ts and what they import)', () => {
    const listed = new Set<string>(DOCUMENT_ANALYSIS_SOURCES);
    // concept-analysis.ts turns the ranking into the cached flags (scholarly-phrases.ts), so its imports decide the analysis too.
    const missing = [...moduleClosure('src/lib/concepts/concept-analysis.ts')].filter((f) => !listed.has(f)).sort();
    expect(missing).toEqual([]);
  });
});
