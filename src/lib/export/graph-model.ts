/**
 * The whole graph as the open-data exports carry it: every paper and every concept, every `related` link
 * (not only the few strongest the explorer draws) and every paper–concept tag, with the build-time
 * positions and clusters. Node ids carry their kind (`paper:<slug>`, `concept:<id>`) because a paper slug
 * and a concept id may be the same string.
 */
import type { ConceptEntry, GraphFile, PaperFrontmatter } from '../content/schema';
import { compareIds } from '../graph/cooccurrence';
import { placeConcepts, type Point } from '../graph/layout';
import { OTHER_CLUSTER_COLOR } from '../graph/palette';
import { relativePagePaths } from './page-urls';
import { relatedPairs, type RelatedPair } from './related-pairs';
import { paperTags, tagWeight } from './paper-tags';

export interface ExportNode {
  id: string;
  kind: 'paper' | 'concept';
  /** The paper slug or concept id, without the kind prefix. */
  key: string;
  label: string;
  x: number;
  y: number;
  cluster: number;
  clusterLabel: string;
  color: string;
  /** Number of edges of this node in the export. */
  degree: number;
  /** Absolute URL of the node's page. */
  url: string;
  /** The page's path relative to the site's base path (`papers/<id>/`, `concepts/<id>/`). */
  path: string;
  year?: number;
  /** Concepts: number of papers that carry it. */
  papers?: number;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  kind: 'related' | 'tagged';
  /** `related`: link strength in (0, 1]. `tagged`: 1 / rank of the concept on the paper (1 = its best). */
  weight: number;
  /** `related`: labels of the concepts both papers share, strongest first. */
  shared?: string[];
}

export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
  /** Every related pair once, by paper id (the `related` edges before they took node ids and labels): links.csv's rows. */
  pairs: RelatedPair[];
}

export interface ExportGraphInput {
  graph: GraphFile;
  papers: readonly PaperFrontmatter[];
  concepts: readonly ConceptEntry[];
  paperUrl: (id: string) => string;
  conceptUrl: (id: string) => string;
}

/** The graph of a content folder that has no graph.json yet. */
export const EMPTY_GRAPH: GraphFile = {
  version: 1,
  clusters: [],
  papers: { nodes: [], edges: [] },
  concepts: { nodes: [], edges: [] },
};

export const paperNodeId = (slug: string) => `paper:${slug}`;
export const conceptNodeId = (id: string) => `concept:${id}`;

export function exportGraph({ graph, papers, concepts, paperUrl, conceptUrl }: ExportGraphInput): ExportGraph {
  const sortedPapers = [...papers].sort((a, b) => compareIds(a.id, b.id));
  const sortedConcepts = [...concepts].sort((a, b) => compareIds(a.id, b.id));
  const paperIds = new Set(sortedPapers.map((p) => p.id));
  const conceptById = new Map(sortedConcepts.map((c) => [c.id, c]));
  const clusterById = new Map(graph.clusters.map((c) => [c.id, c]));
  const fallbackCluster = { id: -1, label: 'Unclustered', color: OTHER_CLUSTER_COLOR };

  const pairs = relatedPairs(sortedPapers, new Set(conceptById.keys()));
  const related: ExportEdge[] = pairs.map((pair) => ({
    id: `related:${pair.source}|${pair.target}`,
    source: paperNodeId(pair.source),
    target: paperNodeId(pair.target),
    kind: 'related',
    weight: pair.score,
    shared: pair.shared.map((c) => conceptById.get(c)!.label),
  }));
  const edges: ExportEdge[] = related.sort((x, y) => compareIds(x.id, y.id));
  const tagged: { source: string; target: string; weight: number }[] = [];
  for (const p of sortedPapers) {
    paperTags(p.concepts, (c) => conceptById.has(c)).forEach((c, i) => {
      tagged.push({ source: p.id, target: c, weight: tagWeight(i + 1) });
      edges.push({ id: `tagged:${p.id}|${c}`, source: paperNodeId(p.id), target: conceptNodeId(c), kind: 'tagged', weight: tagged.at(-1)!.weight });
    });
  }

  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }

  const drawn = new Map<string, GraphFile['papers']['nodes'][number]>();
  for (const n of graph.papers.nodes) drawn.set(paperNodeId(n.id), n);
  for (const n of graph.concepts.nodes) if (n.kind === 'concept') drawn.set(conceptNodeId(n.id), n);
  const paperPositions = new Map<string, Point>();
  for (const p of sortedPapers) {
    const n = drawn.get(paperNodeId(p.id));
    paperPositions.set(p.id, n ? { x: n.x, y: n.y } : { x: 0, y: 0 });
  }
  // Concepts too rare to be drawn in the explorer still get a place: among their papers.
  const undrawn = sortedConcepts.map((c) => c.id).filter((id) => !drawn.has(conceptNodeId(id)));
  const extraPositions = placeConcepts(undrawn, tagged, paperPositions, 1);

  const nodes: ExportNode[] = [];
  for (const p of sortedPapers) {
    const n = drawn.get(paperNodeId(p.id));
    const clusterId = n?.cluster ?? p.cluster;
    const cluster = (clusterId !== undefined ? clusterById.get(clusterId) : undefined) ?? fallbackCluster;
    const pos = paperPositions.get(p.id)!;
    nodes.push({
      id: paperNodeId(p.id),
      kind: 'paper',
      key: p.id,
      label: p.title,
      x: pos.x,
      y: pos.y,
      cluster: cluster.id,
      clusterLabel: cluster.label,
      color: cluster.color,
      degree: degree.get(paperNodeId(p.id)) ?? 0,
      url: paperUrl(p.id),
      path: relativePagePaths.paper(p.id),
      ...(p.year !== undefined ? { year: p.year } : {}),
    });
  }
  for (const c of sortedConcepts) {
    const n = drawn.get(conceptNodeId(c.id));
    const clusterId = n?.cluster ?? c.cluster;
    const cluster = (clusterId !== undefined ? clusterById.get(clusterId) : undefined) ?? fallbackCluster;
    const pos = n ? { x: n.x, y: n.y } : extraPositions.get(c.id)!;
    nodes.push({
      id: conceptNodeId(c.id),
      kind: 'concept',
      key: c.id,
      label: c.label,
      x: pos.x,
      y: pos.y,
      cluster: cluster.id,
      clusterLabel: cluster.label,
      color: cluster.color,
      degree: degree.get(conceptNodeId(c.id)) ?? 0,
      url: conceptUrl(c.id),
      path: relativePagePaths.concept(c.id),
      papers: c.papers.filter((id) => paperIds.has(id)).length,
    });
  }
  return { nodes, edges, pairs };
}
