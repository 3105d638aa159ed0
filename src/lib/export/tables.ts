/**
 * The collection as five CSV tables (api/papers.csv, links.csv, paper-concepts.csv, concepts.csv,
 * clusters.csv) for spreadsheets, R, pandas and Gephi's spreadsheet import: the rows of each, in the shape
 * of its row schema (src/lib/content/schema.ts). Ids join the tables (`links.source` and `.target`,
 * `paper-concepts.paper_id` are `papers.id`; `concept_id` is `concepts.id`; `cluster` is `clusters.id`), and
 * they are the ids `papers.json` and the graph files use (without the graph files' `paper:` prefix).
 */
import type { z } from 'zod';
import type {
  ConceptEntry,
  GraphFile,
  PaperFrontmatter,
  clustersCsvRowSchema,
  conceptsCsvRowSchema,
  linksCsvRowSchema,
  paperConceptsCsvRowSchema,
  papersCsvRowSchema,
} from '../content/schema';
import { compareIds } from '../graph/cooccurrence';
import { unversionedArxiv } from '../cite/arxiv';
import { conceptNodeId, type ExportGraph } from './graph-model';
import { relativePagePaths, type PageUrls } from './page-urls';
import { pairKey } from './related-pairs';
import { paperTags, tagWeight } from './paper-tags';

/** How lists are joined in one cell. */
export const LIST_SEPARATOR = '; ';

export interface TablesInput {
  papers: readonly PaperFrontmatter[];
  concepts: readonly ConceptEntry[];
  /** The graph of the content folder: its clusters, and the paper links the explorer draws. */
  graph: GraphFile;
  /** The export graph made from the same input: each node's cluster as the graph files give it, and the related pairs. */
  exportGraph: ExportGraph;
  urls: PageUrls;
}

type Row<S extends z.ZodType> = z.input<S>;

export interface Tables {
  papers: () => Iterable<Row<typeof papersCsvRowSchema>>;
  links: () => Iterable<Row<typeof linksCsvRowSchema>>;
  paperConcepts: () => Iterable<Row<typeof paperConceptsCsvRowSchema>>;
  concepts: () => Iterable<Row<typeof conceptsCsvRowSchema>>;
  clusters: () => Iterable<Row<typeof clustersCsvRowSchema>>;
}

/** The rows of each table, made when the table is written; papers and concepts by id. */
export function tables({ papers, concepts, graph, exportGraph, urls }: TablesInput): Tables {
  const sortedPapers = [...papers].sort((a, b) => compareIds(a.id, b.id));
  const sortedConcepts = [...concepts].sort((a, b) => compareIds(a.id, b.id));
  const paperIds = new Set(sortedPapers.map((p) => p.id));
  const conceptById = new Map(sortedConcepts.map((c) => [c.id, c]));
  const knownConcepts = (ids: readonly string[]) => paperTags(ids, (id) => conceptById.has(id));
  const label = (id: string) => conceptById.get(id)!.label;
  const clusterById = new Map(graph.clusters.map((c) => [c.id, c]));
  // A paper's cluster as its page and papers.json say it; a concept's as the graph files do (none for their -1).
  const paperCluster = (p: PaperFrontmatter) => (p.cluster !== undefined ? clusterById.get(p.cluster) : undefined);
  // The papers their cluster's name is not true of: in the cluster by their links, about none of its name.
  const offName = new Set(graph.papers.nodes.filter((n) => n.offName === true).map((n) => n.id));
  const nodeCluster = new Map(exportGraph.nodes.filter((n) => n.cluster >= 0).map((n) => [n.id, { id: n.cluster, label: n.clusterLabel }]));

  return {
    *papers() {
      for (const p of sortedPapers) {
        const cluster = paperCluster(p);
        const concepts = knownConcepts(p.concepts);
        yield {
          id: p.id,
          title: p.title,
          year: p.year,
          venue: p.venue,
          authors: p.authors.join(LIST_SEPARATOR),
          et_al: p.etAl === true,
          doi: p.doi,
          arxiv: p.arxiv ? unversionedArxiv(p.arxiv) : undefined,
          external_url: p.url,
          cluster: p.cluster,
          cluster_label: cluster?.label,
          cluster_name_fits: cluster ? !offName.has(p.id) : undefined,
          concept_count: concepts.length,
          concept_ids: concepts.join(LIST_SEPARATOR),
          related_count: p.related.filter((r) => paperIds.has(r.id) && r.id !== p.id).length,
          author_keywords: (p.authorKeywords ?? []).join(LIST_SEPARATOR),
          retraction: p.retraction,
          url: urls.paper(p.id),
          path: relativePagePaths.paper(p.id),
        };
      }
    },
    *links() {
      const drawn = new Set(graph.papers.edges.map((e) => pairKey(e.source, e.target)));
      for (const pair of exportGraph.pairs) {
        yield {
          source: pair.source,
          target: pair.target,
          weight: pair.score,
          shared_concept_ids: pair.shared.join(LIST_SEPARATOR),
          shared_concepts: pair.shared.map(label).join(LIST_SEPARATOR),
          drawn: drawn.has(pairKey(pair.source, pair.target)),
        };
      }
    },
    *paperConcepts() {
      for (const p of sortedPapers) {
        let rank = 0;
        for (const id of knownConcepts(p.concepts)) {
          rank += 1;
          yield { paper_id: p.id, concept_id: id, concept_label: label(id), rank, weight: tagWeight(rank) };
        }
      }
    },
    *concepts() {
      for (const c of sortedConcepts) {
        const cluster = nodeCluster.get(conceptNodeId(c.id));
        yield {
          id: c.id,
          label: c.label,
          abbreviation: c.abbreviation,
          aliases: c.aliases.join(LIST_SEPARATOR),
          paper_count: c.papers.filter((id) => paperIds.has(id)).length,
          cluster: cluster?.id,
          cluster_label: cluster?.label,
          url: urls.concept(c.id),
          path: relativePagePaths.concept(c.id),
        };
      }
    },
    *clusters() {
      const size = new Map<number, number>();
      for (const p of sortedPapers) if (p.cluster !== undefined) size.set(p.cluster, (size.get(p.cluster) ?? 0) + 1);
      for (const c of [...graph.clusters].sort((a, b) => a.id - b.id)) {
        const top = knownConcepts(c.topConcepts);
        yield {
          id: c.id,
          label: c.label,
          size: size.get(c.id) ?? 0,
          top_concept_ids: top.join(LIST_SEPARATOR),
          top_concepts: top.map(label).join(LIST_SEPARATOR),
          color: c.color,
          name_coverage: c.coverage,
        };
      }
    },
  };
}
