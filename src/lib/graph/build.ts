/**
 * The graph stage: from papers, their concepts and their related papers to `graph.json` — both views
 * with build-time positions, and the clusters. Pure and deterministic: every random source is seeded,
 * every list is sorted, coordinates are rounded, so the same input gives a byte-identical file.
 *
 * The drawn graph is thinned (each paper keeps its few strongest links, each paper its few best concepts)
 * so the explorer stays responsive at 10,000 papers; the full lists remain on the pages and in the
 * open-data exports.
 */
import { conceptNames, type ConceptIndex } from '../model/concepts';
import type { RelatedPaper } from '../model/graph';
import type { PaperRecord } from '../model/paper';
import { graphFileSchema, type GraphFile } from '../content/schema';
import { findClusters, conceptClusters, type ClusterReport, type WeightedEdge } from './clusters';
import { describeClusters } from './cluster-names';
import { otherClusterId, previousClusters } from './cluster-identity';
import { clusterWordNamer } from './cluster-words';
import { assignClusterColours } from './cluster-colours';
import { clusterContacts } from './cluster-contacts';
import { background } from '../concepts/background';
import { compareIds } from './cooccurrence';
import { layoutPapers, placeConcepts, type ClusterLayout } from './layout';
import type { KeyedCache } from '../cache/keyed-cache';
import type { PaperMentions } from './concept-mentions';

export interface BuildGraphOptions {
  /** Seed of every random choice (Louvain, initial positions). */
  seed?: number;
  /** Drawn `related` edges: each paper keeps its strongest this many (an edge stays if either end keeps it). */
  linksPerPaper?: number;
  /** Drawn `tagged` edges: each paper's best this many concepts among those shared with another paper. */
  conceptsPerPaper?: number;
  /** A concept is drawn only when at least this many papers carry it. */
  minConceptPapers?: number;
  /**
   * Named clusters at most; the rest go to an "other papers" bucket. By default it grows with the collection
   * (clusters.ts `namedClusterLimit`).
   */
  maxClusters?: number;
  minClusterSize?: number;
  /** ForceAtlas2 iterations (default scales with size). */
  layoutIterations?: number;
  /** Cluster layouts kept from earlier runs (see LayoutOptions.clusterLayouts). */
  clusterLayouts?: KeyedCache<ClusterLayout>;
  /**
   * The previous run's graph: clusters start from its communities and keep its ids and colours where
   * they match (see clusters.ts), so a small change of input moves few papers between clusters.
   */
  previous?: GraphFile | undefined;
  /** The concepts each paper's text names (concept-mentions.ts): they count towards what a cluster is about. */
  mentions?: PaperMentions;
  /** Told how the clusters were found (start, modularity, moves). */
  onClusters?: (report: ClusterReport) => void;
}

export const GRAPH_DEFAULTS = {
  seed: 1,
  linksPerPaper: 4,
  conceptsPerPaper: 4,
  minConceptPapers: 2,
  minClusterSize: 2,
} as const;

/**
 * The names of the concepts a paper is about: those it carries and those its text mentions (`mentions`), each by
 * its label, other forms and short form, so that the word namer can tell a word of the papers' topics
 * (cluster-words.ts).
 */
export function aboutNames(index: ConceptIndex, mentions: PaperMentions | undefined): (paper: string) => string[] {
  const names = new Map(index.concepts.map((c) => [c.id, conceptNames(c)]));
  return (paper) => {
    const about = new Set((index.byPaper[paper] ?? []).map((c) => c.id));
    for (const [c, times] of mentions?.get(paper) ?? []) if (times > 0) about.add(c);
    return [...about].flatMap((c) => names.get(c) ?? []);
  };
}

type GraphNode = GraphFile['papers']['nodes'][number];
type GraphEdge = GraphFile['papers']['edges'][number];

export function buildGraph(
  papers: PaperRecord[],
  index: ConceptIndex,
  related: Record<string, RelatedPaper[]>,
  options: BuildGraphOptions = {},
): GraphFile {
  const o = { ...GRAPH_DEFAULTS, ...options };
  const sortedPapers = [...papers].sort((a, b) => compareIds(a.slug, b.slug));
  const paperIds = sortedPapers.map((p) => p.slug);
  const present = new Set(paperIds);

  // Related lists may be one-sided (A lists B, B does not list A): one undirected edge, the stronger score.
  const allLinks = undirectedLinks(paperIds, present, related);
  const { clusterOf, otherId, carriedColourOf, previousTopConcepts, otherCommunityOf, report } = findClusters(paperIds, allLinks, {
    seed: o.seed,
    maxClusters: o.maxClusters,
    minClusterSize: o.minClusterSize,
    previous: o.previous ? previousClusters(o.previous) : undefined,
  });
  o.onClusters?.(report);
  const drawnLinks = strongestPerNode(allLinks, o.linksPerPaper);

  const paperDegree = degrees(drawnLinks);
  const paperPositions = layoutPapers(
    paperIds.map((id) => ({ id, cluster: clusterOf.get(id)!, degree: paperDegree.get(id) ?? 0 })),
    drawnLinks,
    {
      seed: o.seed,
      ...(o.layoutIterations !== undefined ? { iterations: o.layoutIterations } : {}),
      ...(o.clusterLayouts ? { clusterLayouts: o.clusterLayouts } : {}),
      ...(otherId !== undefined ? { remainder: otherId } : {}),
    },
  );

  const named = [...new Set(clusterOf.values())].filter((id) => id !== otherId);
  const colourOf = assignClusterColours(named, carriedColourOf, clusterContacts(paperPositions, clusterOf, otherId));
  const bySlug = new Map(sortedPapers.map((p) => [p.slug, p]));
  const described = describeClusters(clusterOf, otherId, colourOf, index, previousTopConcepts, undefined, clusterWordNamer(bySlug, background(), aboutNames(index, o.mentions)), background(), o.mentions);
  // The papers their cluster's name is not true of, marked on their nodes (the pages word their cluster so).
  const offName = new Set(described.flatMap((c) => c.offName));
  const clusters = described.map(({ offName: _, ...cluster }) => cluster);
  const conceptCluster = conceptClusters(index, clusterOf, otherId);

  const paperNode = (p: PaperRecord, degree: number, papersView = false): GraphNode => {
    const pos = paperPositions.get(p.slug)!;
    const community = papersView ? otherCommunityOf.get(p.slug) : undefined;
    const off = papersView && offName.has(p.slug);
    return { id: p.slug, kind: 'paper', label: p.title, x: pos.x, y: pos.y, cluster: clusterOf.get(p.slug)!, degree, ...(community !== undefined ? { community } : {}), ...(off ? { offName: true as const } : {}) };
  };

  // Concept view.
  const conceptById = new Map(index.concepts.map((c) => [c.id, c]));
  const carriers = new Map<string, number>();
  for (const id of paperIds) {
    for (const c of new Set((index.byPaper[id] ?? []).map((pc) => pc.id))) carriers.set(c, (carriers.get(c) ?? 0) + 1);
  }
  const tagged: WeightedEdge[] = [];
  for (const id of paperIds) {
    const ranked = (index.byPaper[id] ?? []).filter((pc) => conceptById.has(pc.id) && (carriers.get(pc.id) ?? 0) >= o.minConceptPapers);
    const seen = new Set<string>();
    const best = ranked.filter((pc) => !seen.has(pc.id) && seen.add(pc.id)).slice(0, o.conceptsPerPaper);
    const top = best.reduce((m, pc) => Math.max(m, pc.score), 0);
    for (const pc of best) tagged.push({ source: id, target: pc.id, weight: round3(top > 0 ? pc.score / top : 1) });
  }
  const conceptDegree = new Map<string, number>();
  const paperTagDegree = new Map<string, number>();
  for (const e of tagged) {
    conceptDegree.set(e.target, (conceptDegree.get(e.target) ?? 0) + 1);
    paperTagDegree.set(e.source, (paperTagDegree.get(e.source) ?? 0) + 1);
  }
  const drawnConcepts = [...conceptDegree.keys()].sort(compareIds);
  const conceptPositions = placeConcepts(drawnConcepts, tagged, paperPositions, o.seed);

  const graph: GraphFile = {
    version: 1,
    clusters,
    papers: {
      nodes: sortedPapers.map((p) => paperNode(p, paperDegree.get(p.slug) ?? 0, true)),
      edges: drawnLinks.map((e): GraphEdge => ({ ...e, kind: 'related' })),
    },
    concepts: {
      nodes: [
        ...sortedPapers.map((p) => paperNode(p, paperTagDegree.get(p.slug) ?? 0)),
        ...drawnConcepts.map((id): GraphNode => {
          const pos = conceptPositions.get(id)!;
          const concept = conceptById.get(id)!;
          return { id, kind: 'concept', label: concept.label, x: pos.x, y: pos.y, cluster: conceptCluster.get(id) ?? otherId ?? 0, degree: conceptDegree.get(id)! };
        }),
      ],
      edges: tagged
        .sort((a, b) => compareIds(a.source, b.source) || compareIds(a.target, b.target))
        .map((e): GraphEdge => ({ ...e, kind: 'tagged' })),
    },
  };
  return graphFileSchema.parse(graph);
}

function undirectedLinks(paperIds: readonly string[], present: ReadonlySet<string>, related: Record<string, RelatedPaper[]>): WeightedEdge[] {
  const byKey = new Map<string, WeightedEdge>();
  for (const id of paperIds) {
    const list = Object.hasOwn(related, id) ? related[id] : undefined;
    for (const r of list ?? []) {
      if (r.id === id || !present.has(r.id) || !(r.score > 0)) continue;
      const [source, target] = compareIds(id, r.id) < 0 ? [id, r.id] : [r.id, id];
      const key = `${source}\u0000${target}`;
      const weight = round3(Math.min(1, r.score));
      const known = byKey.get(key);
      if (!known) byKey.set(key, { source, target, weight });
      else if (weight > known.weight) known.weight = weight;
    }
  }
  return [...byKey.values()].sort((a, b) => compareIds(a.source, b.source) || compareIds(a.target, b.target));
}

/** Keep an edge when it is among the `k` strongest of either of its ends (ties: the other end's id). */
export function strongestPerNode(edges: readonly WeightedEdge[], k: number): WeightedEdge[] {
  const incident = new Map<string, WeightedEdge[]>();
  for (const e of edges) {
    for (const end of [e.source, e.target]) {
      const list = incident.get(end);
      if (list) list.push(e);
      else incident.set(end, [e]);
    }
  }
  const kept = new Set<WeightedEdge>();
  for (const [node, list] of incident) {
    const other = (e: WeightedEdge) => (e.source === node ? e.target : e.source);
    list
      .sort((a, b) => b.weight - a.weight || compareIds(other(a), other(b)))
      .slice(0, k)
      .forEach((e) => kept.add(e));
  }
  return edges.filter((e) => kept.has(e));
}

function degrees(edges: readonly WeightedEdge[]): Map<string, number> {
  const d = new Map<string, number>();
  for (const e of edges) {
    d.set(e.source, (d.get(e.source) ?? 0) + 1);
    d.set(e.target, (d.get(e.target) ?? 0) + 1);
  }
  return d;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Cluster id of every paper in a built graph (for the papers' frontmatter). */
export function paperClusters(graph: GraphFile): Map<string, number> {
  return new Map(graph.papers.nodes.map((n) => [n.id, n.cluster]));
}

/** Cluster id of every concept of the index (for concepts.json), including concepts too rare to be drawn. */
export function conceptClustersOf(graph: GraphFile, index: ConceptIndex): Map<string, number> {
  return conceptClusters(index, paperClusters(graph), otherClusterId(graph));
}
