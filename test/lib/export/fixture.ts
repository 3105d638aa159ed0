/** A small collection with hostile text in every free-text field, as the content stage would have written it. */
import type { ConceptEntry, PaperFrontmatter } from '../../../src/lib/content/schema';
import { buildGraph } from '../../../src/lib/graph/build';
import type { ConceptIndex } from '../../../src/lib/model/concepts';
import type { PaperRecord } from '../../../src/lib/model/paper';

export const HOSTILE = '</script><script>alert("x")</script> & \'quotes\' "double" <b>bold</b> \u0001\u0007\u000b\uFFFF tab\there\nnewline';

function frontmatter(id: string, title: string, concepts: string[], related: PaperFrontmatter['related'], extra: Partial<PaperFrontmatter> = {}): PaperFrontmatter {
  return {
    id,
    title,
    authors: ['Ada Lovelace', 'Alan <Turing>'],
    concepts,
    keywords: [],
    related,
    links: [{ url: 'https://github.com/example/repo', kind: 'code', label: 'GitHub' }],
    source: { file: 'sources/list.txt', line: 3 },
    duplicates: [],
    hash: `hash-${id}`,
    abstract: `Abstract of ${id}.`,
    ...extra,
  };
}

export const papers: PaperFrontmatter[] = [
  frontmatter('attention-is-all-you-need', 'Attention Is All You Need', ['attention', 'transformer'], [
    { id: 'bert', score: 0.8, shared: ['transformer', 'attention'] },
    { id: 'deleted-paper', score: 0.5, shared: ['attention'] },
  ], { year: 2017, arxiv: '1706.03762', cluster: 0 }),
  frontmatter('bert', 'BERT: Pre-training of Deep Bidirectional Transformers', ['transformer', 'pre-training', 'gone-concept'], [
    { id: 'attention-is-all-you-need', score: 0.6, shared: ['transformer', 'gone-concept'] },
  ], { year: 2019, doi: '10.18653/v1/N19-1423', cluster: 0 }),
  frontmatter('hostile', HOSTILE, ['attention', 'pre-training'], [{ id: 'bert', score: 0.3, shared: ['pre-training'] }], { cluster: 0 }),
  frontmatter('transformer', 'A paper whose slug equals a concept id', ['transformer'], []),
];

export const concepts: ConceptEntry[] = [
  { id: 'attention', label: 'Attention', aliases: ['attention mechanism'], df: 2, papers: ['attention-is-all-you-need', 'hostile'], cooccurs: [] },
  { id: 'pre-training', label: HOSTILE, aliases: [HOSTILE], abbreviation: 'PT', df: 2, papers: ['bert', 'hostile'], cooccurs: [] },
  { id: 'transformer', label: 'Transformer', aliases: [], df: 3, papers: ['attention-is-all-you-need', 'bert', 'transformer', 'deleted-paper'], cooccurs: [] },
];

const records: PaperRecord[] = papers.map((p) => ({ slug: p.id, title: p.title, abstract: p.abstract, authors: p.authors, links: p.links, sources: [p.source], hash: p.hash }));
const index: ConceptIndex = {
  concepts: concepts.map((c) => ({ id: c.id, label: c.label, aliases: c.aliases, df: c.df, papers: c.papers })),
  byPaper: Object.fromEntries(papers.map((p) => [p.id, p.concepts.map((id, i) => ({ id, score: 10 - i }))])),
};
export const graph = buildGraph(records, index, Object.fromEntries(papers.map((p) => [p.id, p.related])), { minClusterSize: 2 });

export const paperUrl = (id: string) => `https://example.org/atlas/papers/${id}/`;
export const conceptUrl = (id: string) => `https://example.org/atlas/concepts/${id}/`;
