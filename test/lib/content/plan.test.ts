import { describe, expect, it } from 'vitest';
import { planContent } from '../../../src/lib/content/plan';
import { parsePaperFile } from '../../../src/lib/content/paper-file';
import { buildGraph } from '../../../src/lib/graph/build';
import { buildLedger } from '../../../src/lib/content/ledger';
import { conceptsFileSchema } from '../../../src/lib/content/schema';
import type { PaperRecord } from '../../../src/lib/model/paper';
import type { ConceptIndex } from '../../../src/lib/model/concepts';

const paper = (slug: string, abstract: string, line: number): PaperRecord => ({
  slug,
  title: slug,
  abstract,
  authors: [],
  links: [],
  sources: [{ file: 'in.jsonl', line }],
  hash: slug,
});

describe('planContent', () => {
  const papers = [paper('a', 'We use RAG for chess engines.', 1), paper('b', 'RAG helps retrieval.', 2)];
  const index: ConceptIndex = {
    concepts: [
      { id: 'chess-engine', label: 'Chess engine', aliases: ['chess engines'], df: 1, papers: ['a'] },
      { id: 'rag', label: 'Retrieval-augmented generation', aliases: ['RAG'], abbreviation: 'RAG', df: 2, papers: ['a', 'b'] },
    ],
    byPaper: { a: [{ id: 'chess-engine', score: 2 }, { id: 'rag', score: 1 }], b: [{ id: 'rag', score: 1 }] },
  };
  const related = {
    a: [{ id: 'b', score: 0.5, shared: ['rag', 'chess-engine'] }],
    b: [{ id: 'a', score: 0.5, shared: ['rag'] }],
  };
  const files = planContent({
    papers,
    index,
    related,
    graph: buildGraph(papers, index, related),
    cooccurs: { rag: [{ id: 'chess-engine', count: 1 }] },
    ledger: buildLedger({ files: [{ file: 'in.jsonl', format: 'jsonl', records: 2 }], papers, merged: [], rejected: [], warnings: [] }),
    edits: new Map(),
  });

  it('keeps concepts that one paper alone carries as plain keywords, out of the registry', () => {
    const registry = conceptsFileSchema.parse(JSON.parse(files.get('concepts.json')!));
    expect(registry.map((c) => c.id)).toEqual(['rag']);
    expect(registry[0]!.cooccurs).toEqual([]);
    const a = parsePaperFile(files.get('papers/a.md')!);
    expect(a.data.concepts).toEqual(['rag']);
    expect(a.data.keywords).toEqual(['Chess engine']);
    expect(a.data.related[0]!.shared).toEqual(['rag']);
    // Only registry concepts are linked in the body.
    expect(a.body).toContain('[RAG](../../concepts/rag/)');
    expect(a.body).not.toContain('chess-engine');
  });

  it('writes every generated file', () => {
    expect([...files.keys()].sort()).toEqual(['concepts.json', 'graph.json', 'ledger.json', 'papers/a.md', 'papers/b.md']);
  });
});
