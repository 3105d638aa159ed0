/**
 * The concept index is the same whether each document's analysis is computed or read from a cache, and
 * a cache never hands back the analysis of other text (changed title or abstract) or a damaged entry.
 */
import { describe, expect, it } from 'vitest';
import { analysisKey } from '../../../src/lib/concepts/concept-analysis';
import { extractConcepts } from '../../../src/lib/concepts/extract';
import { parseOverrides } from '../../../src/lib/concepts/overrides';
import { KeyedCacheFile } from '../../../src/lib/cache/keyed-cache';
import { checkDocumentAnalysis, type DocumentAnalysis } from '../../../src/lib/cache/document-analysis';
import type { DocumentText } from '../../../src/lib/model/paper';
import { runRecords } from '../../support/fixture-runs';

const docs: DocumentText[] = ['ten-papers.jsonl', 'thirty-more.jsonl'].flatMap((f) => runRecords(f).map((r, i) => ({ id: `${f}-${i}`, ...r })));
const options = { perPaper: 8 };

function cacheFrom(text: string | undefined) {
  return new KeyedCacheFile<DocumentAnalysis>(text, 'test', checkDocumentAnalysis);
}

/** A cache file holding the analysis of every document, as a run leaves it. */
function warmText(input: DocumentText[] = docs): string {
  const c = cacheFrom(undefined);
  extractConcepts(input, { ...options, cache: c });
  return c.serialise();
}

describe('extractConcepts with a cache of document analyses', () => {
  const plain = extractConcepts(docs, options);

  it('gives the same index cold, warm (read back from the file) and without a cache', () => {
    const cold = cacheFrom(undefined);
    expect(extractConcepts(docs, { ...options, cache: cold })).toEqual(plain);
    expect(cold.misses).toBe(docs.length);
    const warm = cacheFrom(cold.serialise());
    const index = extractConcepts(docs, { ...options, cache: warm });
    expect(JSON.stringify(index)).toBe(JSON.stringify(plain));
    expect(warm.hits).toBe(docs.length);
    expect(warm.misses).toBe(0);
    expect(warm.changed).toBe(false);
    expect(plain.concepts.length).toBeGreaterThan(20);
  });

  it('analyses a document again when its abstract or title changed', () => {
    const changed = docs.map((d, i) =>
      i === 3 ? { ...d, abstract: d.abstract.replace(/\.\s*$/, '') + '. We also study retrieval-augmented generation (RAG) for chemistry.' } : i === 7 ? { ...d, title: `${d.title}: a survey` } : d,
    );
    const warm = cacheFrom(warmText());
    const index = extractConcepts(changed, { ...options, cache: warm });
    expect(warm.misses).toBe(2);
    expect(warm.hits).toBe(docs.length - 2);
    expect(index).toEqual(extractConcepts(changed, options));
    expect(index).not.toEqual(plain);
    // The key is the text, not the id: a paper renamed (new slug) keeps its analysis.
    expect(analysisKey({ id: 'a', title: 'T', abstract: 'A' })).toBe(analysisKey({ id: 'b', title: 'T', abstract: 'A' }));
    expect(analysisKey({ id: 'a', title: 'T. A', abstract: '' })).not.toBe(analysisKey({ id: 'a', title: 'T', abstract: 'A' }));
  });

  it('applies overrides to cached analyses exactly as to fresh ones', () => {
    const overrides = parseOverrides(
      ['ban:', '  - large language models', 'merge:', '  - [reinforcement learning, RL]', `pin:`, `  ${docs[0]!.id}: [chemical knowledge]`].join('\n'),
      'concepts.yaml',
    );
    const warm = cacheFrom(warmText());
    const withOverrides = extractConcepts(docs, { ...options, overrides, cache: warm });
    expect(warm.hits).toBe(docs.length);
    expect(withOverrides).toEqual(extractConcepts(docs, { ...options, overrides }));
    expect(withOverrides).not.toEqual(plain);
  });

  it('ignores a damaged cache file, whatever the damage, and gives the same index', () => {
    const text = warmText();
    const cuts = [1, 100, Math.floor(text.length / 3), Math.floor(text.length / 2) + 7, text.length - 2];
    for (const cut of cuts) expect(extractConcepts(docs, { ...options, cache: cacheFrom(text.slice(0, cut)) })).toEqual(plain);
    // Entries that parse but are out of shape: an index past the words, a string for a number.
    const lines = text.split('\n');
    const tampered = lines.map((l, i) => {
      if (i === 1) return l.replace(/"titleWords":\d+/, '"titleWords":100000');
      if (i === 2) return l.replace(/"sentences":\[\d+/, '"sentences":["0"');
      if (i === 3) return `${l.slice(0, l.indexOf('\t'))}\tnull`;
      return l;
    });
    const c = cacheFrom(tampered.join('\n'));
    expect(extractConcepts(docs, { ...options, cache: c })).toEqual(plain);
    expect(c.misses).toBe(3);
    expect(() => extractConcepts(docs, { ...options, cache: cacheFrom('\u0000garbage\n\t\t{') })).not.toThrow();
  });
});
