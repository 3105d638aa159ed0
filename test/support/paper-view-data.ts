/**
 * Small atlas data for pure page-view tests (src/lib/site/paper-page.ts `paperPageView`): a paper's frontmatter
 * and a concept entry with everything a test leaves out filled in, and the view data made from a few of each.
 */
import type { ConceptEntry, GraphFile, PaperFrontmatter } from '../../src/lib/content/schema';
import { citationKeys } from '../../src/lib/site/bibtex';
import { clusterNeighbours } from '../../src/lib/site/cluster-order';

export const paper = (id: string, title: string, over: Partial<PaperFrontmatter> = {}): PaperFrontmatter => ({
  id,
  title,
  authors: ['Ada Lovelace'],
  year: 2024,
  concepts: ['graph-neural-network'],
  keywords: [],
  related: [],
  cluster: 0,
  links: [],
  source: { file: 'papers.bib', line: 1 },
  duplicates: [],
  hash: `h-${id}`,
  abstract: `Abstract of ${title}.`,
  ...over,
});

export const concept = (id: string, label: string, papers: string[], over: Partial<ConceptEntry> = {}): ConceptEntry => ({
  id,
  label,
  aliases: [],
  df: papers.length,
  papers,
  cooccurs: [],
  cluster: 0,
  ...over,
});

export function atlas(papers: PaperFrontmatter[], concepts: ConceptEntry[], clusters = [{ id: 0, label: 'Graphs', color: '#4d5fd6' }], graph?: GraphFile) {
  return {
    graph,
    paperById: new Map(papers.map((p) => [p.id, { data: p }])),
    conceptById: new Map(concepts.map((c) => [c.id, c])),
    clusters: new Map(clusters.map((c) => [c.id, c])),
    neighbours: clusterNeighbours(papers),
    citationKeys: citationKeys(papers),
  };
}
