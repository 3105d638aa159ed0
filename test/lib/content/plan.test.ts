import { describe, expect, it } from 'vitest';
import { fileScore, planContent } from '../../../src/lib/content/plan';
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
    ledger: buildLedger({ files: [{ file: 'in.jsonl', format: 'jsonl' }], papers, merged: [], rejected: [], warnings: [] }),
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

  it('writes what the Cite box needs into the frontmatter, and nothing when the input gave none of it', () => {
    const cited: PaperRecord = {
      ...paper('c', 'Reward models for dialogue.', 3),
      authors: ['Wei Zhang', 'The RLHF Consortium', 'Gabriel García Márquez'],
      literalAuthors: ['The RLHF Consortium'],
      nameParts: [{ name: 'Gabriel García Márquez', given: 'Gabriel', family: 'García Márquez' }],
      etAl: true,
      entryType: 'inproceedings',
      citationKey: 'zhang2022rl',
    };
    const out = planContent({
      papers: [cited, papers[1]!],
      index,
      related: {},
      graph: buildGraph([cited, papers[1]!], index, {}),
      cooccurs: {},
      ledger: buildLedger({ files: [], papers: [cited], merged: [], rejected: [], warnings: [] }),
      edits: new Map(),
    });
    expect(parsePaperFile(out.get('papers/c.md')!).data).toMatchObject({
      literalAuthors: ['The RLHF Consortium'],
      nameParts: [{ name: 'Gabriel García Márquez', given: 'Gabriel', family: 'García Márquez' }],
      etAl: true,
      entryType: 'inproceedings',
      citationKey: 'zhang2022rl',
    });
    expect(out.get('papers/b.md')).not.toMatch(/literalAuthors|nameParts|etAl|entryType|citationKey|bibliographic/);
  });

  it('writes into concepts.json the papers that name a registry concept without carrying it, and nothing for a concept none names', () => {
    const mentionedIn = new Map([
      ['rag', { count: 3, papers: ['c', 'd'] }],
      ['chess-engine', { count: 1, papers: ['b'] }],
    ]);
    const out = planContent({
      papers,
      index,
      related,
      graph: buildGraph(papers, index, related),
      cooccurs: {},
      mentionedIn,
      ledger: buildLedger({ files: [], papers, merged: [], rejected: [], warnings: [] }),
      edits: new Map(),
    });
    const registry = conceptsFileSchema.parse(JSON.parse(out.get('concepts.json')!));
    expect(registry.map((c) => [c.id, c.mentionedIn])).toEqual([['rag', { count: 3, papers: ['c', 'd'] }]]);
    expect(files.get('concepts.json')).not.toContain('mentionedIn');
  });

  it("writes the paper's author keywords into its frontmatter, which reads back the same; none when it has none", () => {
    const keyed: PaperRecord = { ...paper('k', 'Workers on Mechanical Turk label images.', 4), keywords: ['Mechanical Turk', 'Hand, foot and mouth disease', "<script>alert('x')</script>"] };
    const out = planContent({
      papers: [keyed, papers[1]!],
      index,
      related: {},
      graph: buildGraph([keyed, papers[1]!], index, {}),
      cooccurs: {},
      ledger: buildLedger({ files: [], papers: [keyed], merged: [], rejected: [], warnings: [] }),
      edits: new Map(),
    });
    expect(parsePaperFile(out.get('papers/k.md')!).data.authorKeywords).toEqual(keyed.keywords);
    expect(out.get('papers/b.md')).not.toContain('authorKeywords');
  });

  it('writes every generated file', () => {
    expect([...files.keys()].sort()).toEqual(['concepts.json', 'graph.json', 'ledger.json', 'papers/a.md', 'papers/b.md']);
  });
});

describe('planContent with rendered files from an earlier run', () => {
  const papers = [paper('a', 'We use RAG for chess engines.', 1), paper('b', 'RAG helps retrieval.', 2)];
  const index = (label: string, aliases = ['RAG']): ConceptIndex => ({
    concepts: [{ id: 'rag', label, aliases, ...(aliases.includes('RAG') ? { abbreviation: 'RAG' } : {}), df: 2, papers: ['a', 'b'] }],
    byPaper: { a: [{ id: 'rag', score: 1 }], b: [{ id: 'rag', score: 1 }] },
  });
  const related = { a: [{ id: 'b', score: 0.5, shared: ['rag'] }], b: [{ id: 'a', score: 0.5, shared: ['rag'] }] };
  const input = (ps: PaperRecord[], idx: ConceptIndex, edits = new Map()) => ({
    papers: ps,
    index: idx,
    related,
    graph: buildGraph(ps, idx, related),
    cooccurs: {},
    ledger: buildLedger({ files: [{ file: 'in.jsonl', format: 'jsonl' }], papers: ps, merged: [], rejected: [], warnings: [] }),
    edits,
  });
  /** A cache that counts what it is asked and hands back exactly what was put. */
  const counting = () => {
    const store = new Map<string, string>();
    const c = { hits: 0, misses: 0, get: (k: string) => { const v = store.get(k); if (v === undefined) c.misses++; else c.hits++; return v; }, put: (k: string, v: string) => void store.set(k, v) };
    return c;
  };

  it('renders once, then takes unchanged files from the cache, and renders again what changed', () => {
    const rendered = counting();
    const plain = planContent(input(papers, index('Retrieval-augmented generation')));
    expect(planContent({ ...input(papers, index('Retrieval-augmented generation')), rendered })).toEqual(plain);
    expect([rendered.hits, rendered.misses]).toEqual([0, 2]);
    expect(planContent({ ...input(papers, index('Retrieval-augmented generation')), rendered })).toEqual(plain);
    expect([rendered.hits, rendered.misses]).toEqual([2, 2]);

    // A changed abstract re-renders that paper only.
    const edited = [paper('a', 'We use RAG for chess engines and for Go.', 1), papers[1]!];
    const afterEdit = planContent({ ...input(edited, index('Retrieval-augmented generation')), rendered });
    expect(afterEdit).toEqual(planContent(input(edited, index('Retrieval-augmented generation'))));
    expect(afterEdit.get('papers/a.md')).toContain('and for Go');
    expect([rendered.hits, rendered.misses]).toEqual([3, 3]);

    // A concept renamed (an overrides edit): the label is not in the paper files, whose bodies link "RAG"
    // as before, so they stay. With "retrieval" as its only other form, both bodies change.
    const renamed = planContent({ ...input(papers, index('Retrieval augmentation')), rendered });
    expect(renamed).toEqual(planContent(input(papers, index('Retrieval augmentation'))));
    expect(renamed.get('papers/a.md')).toBe(plain.get('papers/a.md'));
    expect([rendered.hits, rendered.misses]).toEqual([5, 3]);
    const merged = planContent({ ...input(papers, index('Retrieval augmentation', ['retrieval'])), rendered });
    expect(merged).toEqual(planContent(input(papers, index('Retrieval augmentation', ['retrieval']))));
    expect(merged.get('papers/b.md')).toContain('RAG helps [retrieval](../../concepts/rag/)');
    expect([rendered.hits, rendered.misses]).toEqual([5, 5]);
  });

  it('keeps the abstract body when only the frontmatter changed', () => {
    const rendered = counting();
    const bodies = counting();
    planContent({ ...input(papers, index('Retrieval-augmented generation')), rendered, bodies });
    expect([bodies.hits, bodies.misses]).toEqual([0, 2]);
    // A new year on paper b: its file is rendered again around the body it had.
    const newer = [papers[0]!, { ...papers[1]!, year: 2025 }];
    const files = planContent({ ...input(newer, index('Retrieval-augmented generation')), rendered, bodies });
    expect(files).toEqual(planContent(input(newer, index('Retrieval-augmented generation'))));
    expect(files.get('papers/b.md')).toContain('year: 2025');
    expect([bodies.hits, bodies.misses]).toEqual([2, 2]);
    expect([rendered.hits, rendered.misses]).toEqual([1, 3]);
  });

  it('always renders a paper whose file carries user edits', () => {
    const rendered = counting();
    planContent({ ...input(papers, index('Retrieval-augmented generation')), rendered });
    const edits = new Map([['a', { extra: { my_rating: 5 }, notes: '## Notes\n\nRead again.\n' }]]);
    const files = planContent({ ...input(papers, index('Retrieval-augmented generation'), edits), rendered });
    expect(files.get('papers/a.md')).toContain('Read again.');
    expect(files.get('papers/a.md')).toContain('my_rating: 5');
    expect([rendered.hits, rendered.misses]).toEqual([1, 2]);
  });
});

describe('fileScore (review 20 L2: every re-run rewrote every paper file)', () => {
  it('keeps two significant digits, so that a small move of a score leaves the file as it was', () => {
    expect(fileScore(0.3851)).toBe(0.39);
    expect(fileScore(0.3857)).toBe(0.39);
    expect(fileScore(0.0559)).toBe(0.056);
    expect(fileScore(1)).toBe(1);
    expect(fileScore(0)).toBe(0);
  });
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
