/**
 * Everything the content stage writes, as a pure function of the stages' results: relative path → file
 * text. The script only has to put these files in place atomically.
 */
import type { PaperRecord } from '../model/paper';
import type { ConceptIndex } from '../model/concepts';
import type { RelatedPaper } from '../model/graph';
import { conceptClustersOf, paperClusters } from '../graph/build';
import { abstractMarkdown } from './markdown';
import { renderPaperFile, type UserEdits } from './paper-file';
import type { KeyedCache } from '../cache/keyed-cache';
import { conceptsFileSchema, graphFileSchema, type ConceptEntry, type GraphFile, type Ledger, ledgerSchema, type PaperFrontmatter } from './schema';

export interface ContentInput {
  papers: PaperRecord[];
  index: ConceptIndex;
  related: Record<string, RelatedPaper[]>;
  graph: GraphFile;
  cooccurs: Record<string, Array<{ id: string; count: number }>>;
  ledger: Ledger;
  /** The user's additions to existing paper files, by slug. */
  edits: Map<string, UserEdits>;
  /** Concepts carried by fewer papers stay keywords of their paper (see AtlasConfig.minConceptPapers). */
  minConceptPapers?: number;
  /**
   * Paper files rendered by an earlier run, by the full text of their inputs (frontmatter and concept
   * forms): on a re-run most papers' inputs are unchanged, and rendering 10,000 files costs seconds.
   * Files with user edits are always rendered.
   */
  rendered?: KeyedCache<string>;
  /** Abstract bodies (Markdown) by abstract and concept forms: a paper's links or cluster change more often. */
  bodies?: KeyedCache<string>;
}

/** JSON that is the same bytes for the same data. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function planContent({ papers, index, related, graph, cooccurs, ledger, edits, minConceptPapers = 2, rendered, bodies }: ContentInput): Map<string, string> {
  const files = new Map<string, string>();
  const allConcepts = new Map(index.concepts.map((c) => [c.id, c]));
  const registry = index.concepts.filter((c) => c.df >= minConceptPapers);
  const conceptById = new Map(registry.map((c) => [c.id, c]));
  const clusterOf = paperClusters(graph);
  const conceptCluster = conceptClustersOf(graph, index);

  for (const paper of papers) {
    const ranked = index.byPaper[paper.slug] ?? [];
    const conceptIds = ranked.map((c) => c.id).filter((id) => conceptById.has(id));
    const keywords = ranked.flatMap((c) => (conceptById.has(c.id) ? [] : (allConcepts.get(c.id)?.label ?? [])));
    const links = (related[paper.slug] ?? []).map((r) => ({ ...r, shared: r.shared.filter((id) => conceptById.has(id)) }));
    const forms = conceptIds.map((id) => {
      const c = conceptById.get(id)!;
      return { id, forms: [c.label, ...c.aliases, ...(c.abbreviation ? [c.abbreviation] : [])] };
    });
    const [source, ...duplicates] = paper.sources;
    const frontmatter: PaperFrontmatter = {
      id: paper.slug,
      title: paper.title,
      authors: paper.authors,
      year: paper.year,
      venue: paper.venue,
      url: paper.url,
      doi: paper.doi,
      arxiv: paper.arxiv,
      concepts: conceptIds,
      keywords,
      related: links,
      cluster: clusterOf.get(paper.slug),
      links: paper.links,
      source: source!,
      duplicates,
      hash: paper.hash,
      abstract: paper.abstract,
    };
    const userEdits = edits.get(paper.slug);
    const noEdits = !userEdits || (userEdits.notes === '' && Object.keys(userEdits.extra).length === 0);
    const bodyKey = bodies && JSON.stringify([paper.abstract, forms]);
    let body = bodyKey === undefined ? undefined : bodies!.get(bodyKey);
    if (body === undefined) {
      body = abstractMarkdown(paper.abstract, forms);
      if (bodyKey !== undefined) bodies!.put(bodyKey, body);
    }
    const key = rendered && noEdits ? JSON.stringify([frontmatter, body]) : undefined;
    let text = key === undefined ? undefined : rendered!.get(key);
    if (text === undefined) {
      text = renderPaperFile(frontmatter, body, userEdits);
      if (key !== undefined) rendered!.put(key, text);
    }
    files.set(`papers/${paper.slug}.md`, text);
  }

  const concepts: ConceptEntry[] = registry.map((c) => ({
    id: c.id,
    label: c.label,
    aliases: c.aliases,
    ...(c.abbreviation ? { abbreviation: c.abbreviation } : {}),
    df: c.df,
    papers: c.papers,
    cooccurs: (cooccurs[c.id] ?? []).filter((o) => conceptById.has(o.id)),
    ...(conceptCluster.has(c.id) ? { cluster: conceptCluster.get(c.id) } : {}),
  }));
  files.set('concepts.json', stableJson(conceptsFileSchema.parse(concepts)));
  files.set('graph.json', stableJson(graphFileSchema.parse(graph)));
  files.set('ledger.json', stableJson(ledgerSchema.parse(ledger)));
  return files;
}
