import { describe, expect, it } from 'vitest';
import { planContent } from '../../../src/lib/content/plan';
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

describe('concepts.json lists a broader concept\'s narrower concepts that have a page', () => {
  const papers = [
    paper('a', 'Electron beam lithography cuts nanopores.', 1),
    paper('b', 'Electron beam lithography and soft lithography.', 2),
    paper('c', 'Nanosphere lithography patterns gold.', 3),
  ];
  const index: ConceptIndex = {
    concepts: [
      { id: 'electron-beam-lithography', label: 'Electron beam lithography', aliases: [], df: 2, papers: ['a', 'b'] },
      { id: 'lithography', label: 'Lithography', aliases: [], df: 3, papers: ['a', 'b', 'c'], narrower: ['electron-beam-lithography', 'nanosphere-lithography'] },
      { id: 'nanosphere-lithography', label: 'Nanosphere lithography', aliases: [], df: 1, papers: ['c'] },
    ],
    byPaper: {
      a: [{ id: 'electron-beam-lithography', score: 2 }, { id: 'lithography', score: 1 }],
      b: [{ id: 'electron-beam-lithography', score: 2 }, { id: 'lithography', score: 1 }],
      c: [{ id: 'nanosphere-lithography', score: 2 }, { id: 'lithography', score: 1 }],
    },
  };
  const files = planContent({
    papers,
    index,
    related: {},
    graph: buildGraph(papers, index, {}),
    cooccurs: {},
    ledger: buildLedger({ files: [{ file: 'in.jsonl', format: 'jsonl' }], papers, merged: [], rejected: [], warnings: [] }),
    edits: new Map(),
  });
  const registry = conceptsFileSchema.parse(JSON.parse(files.get('concepts.json')!));

  it('keeps the narrower concepts of the registry, not a keyword of one paper', () => {
    expect(registry.find((c) => c.id === 'lithography')?.narrower).toEqual(['electron-beam-lithography']);
    expect(registry.find((c) => c.id === 'electron-beam-lithography')?.narrower).toBeUndefined();
  });
});
