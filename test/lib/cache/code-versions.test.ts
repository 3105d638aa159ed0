/**
 * Each cache of the content stage is versioned by a list of the files whose content decides what it holds: a
 * module on the path that is not listed can change without the cache noticing, and a library built before the
 * change keeps the old results. non-prose.ts (what of an abstract is math, markup or a URL) was not listed, so
 * its review 17 fixes ($p$-adic, display math) reached no library analysed before them; the renderers' section
 * labels, italics and text hash were missing from the rendered files' list the same way.
 */
import { describe, expect, it } from 'vitest';
import { DOCUMENT_ANALYSIS_SOURCES } from '../../../src/lib/cache/document-analysis';
import { RENDERED_FILE_SOURCES } from '../../../src/lib/cache/rendered-files';
import { USER_EDITS_SOURCES } from '../../../src/lib/content/paper-file';
import { CLUSTER_LAYOUT_SOURCES } from '../../../src/lib/graph/layout';
import { moduleClosure } from '../../support/module-closure';

/** What `entries` run that `listed` does not name, sorted. */
function unlisted(listed: readonly string[], entries: readonly string[]): string[] {
  const names = new Set(listed);
  return [...new Set(entries.flatMap((e) => [...moduleClosure(e)]))].filter((f) => !names.has(f)).sort();
}

describe('cache code versions', () => {
  it('DOCUMENT_ANALYSIS_SOURCES lists every module a document analysis runs (concept-analysis.ts, rank.ts and what they import)', () => {
    // concept-analysis.ts turns the ranking into the cached flags (scholarly-phrases.ts), so its imports decide the analysis too.
    expect(unlisted(DOCUMENT_ANALYSIS_SOURCES, ['src/lib/concepts/concept-analysis.ts'])).toEqual([]);
  });

  it('RENDERED_FILE_SOURCES lists every module that renders a paper file or its body (plan.ts runs them; its inputs are in the key)', () => {
    expect(unlisted(RENDERED_FILE_SOURCES, ['src/lib/content/markdown.ts', 'src/lib/content/paper-file.ts'])).toEqual([]);
    expect(RENDERED_FILE_SOURCES).toEqual(expect.arrayContaining(['src/lib/content/plan.ts', 'src/lib/cache/rendered-files.ts']));
  });

  it('CLUSTER_LAYOUT_SOURCES lists every module a cluster layout runs, and the layout packages it imports', () => {
    expect(unlisted(CLUSTER_LAYOUT_SOURCES, ['src/lib/graph/layout.ts'])).toEqual([]);
    expect(CLUSTER_LAYOUT_SOURCES).toEqual(
      expect.arrayContaining(['graphology', 'graphology-layout-forceatlas2', 'graphology-layout-noverlap'].map((p) => `node_modules/${p}/package.json`)),
    );
  });

  it('USER_EDITS_SOURCES lists every module that reads the user edits of a paper file', () => {
    expect(unlisted(USER_EDITS_SOURCES, ['src/lib/content/paper-file.ts'])).toEqual([]);
  });
});
