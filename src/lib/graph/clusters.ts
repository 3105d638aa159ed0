/**
 * Clusters of the paper graph: Louvain communities (seeded, so the same input gives the same clusters),
 * renumbered largest first, named by the concepts that set each apart from the rest of the collection.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { ConceptIndex } from '../model/concepts';
import type { Cluster } from '../model/graph';
import { compareIds } from './cooccurrence';
import { clusterColor, OTHER_CLUSTER_COLOR } from './palette';
import { seededRandom } from './seeded-random';
import { graphKey, paperOfKey } from './graph-keys';

export interface WeightedEdge {
  source: string;
  target: string;
  weight: number;
}

export interface ClusterOptions {
  seed: number;
  /** At most this many named clusters; smaller communities go to the "other" bucket. */
  maxClusters: number;
  /** Communities smaller than this go to the "other" bucket. */
  minClusterSize: number;
}

export const OTHER_CLUSTER_LABEL = 'Other papers';

/**
 * Cluster id of every paper. Named clusters are numbered 0, 1, ... by size (largest first, ties by their
 * smallest paper id); papers without links and members of tiny communities share one last id, the
 * "other" bucket, which exists only when it is not empty.
 */
export function findClusters(
  paperIds: readonly string[],
  edges: readonly WeightedEdge[],
  options: ClusterOptions,
): { clusterOf: Map<string, number>; otherId: number | undefined } {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const edge of edges) {
    if (edge.source === edge.target) continue;
    const [source, target] = [graphKey(edge.source), graphKey(edge.target)];
    if (!graph.hasNode(source)) graph.addNode(source);
    if (!graph.hasNode(target)) graph.addNode(target);
    if (!graph.hasEdge(source, target)) graph.addEdge(source, target, { weight: edge.weight });
  }
  const communities = new Map<number, string[]>();
  if (graph.size > 0) {
    const mapping = louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(options.seed), resolution: 1 });
    for (const [key, community] of Object.entries(mapping)) {
      const node = paperOfKey(key);
      const members = communities.get(community);
      if (members) members.push(node);
      else communities.set(community, [node]);
    }
  }
  const groups = [...communities.values()].map((members) => members.sort(compareIds));
  groups.sort((a, b) => b.length - a.length || compareIds(a[0]!, b[0]!));
  const named = groups.filter((g) => g.length >= options.minClusterSize).slice(0, options.maxClusters);
  const clusterOf = new Map<string, number>();
  named.forEach((members, id) => members.forEach((m) => clusterOf.set(m, id)));
  let otherId: number | undefined;
  for (const id of paperIds) {
    if (clusterOf.has(id)) continue;
    otherId = named.length;
    clusterOf.set(id, otherId);
  }
  return { clusterOf, otherId };
}

/**
 * One Cluster record per cluster id in use. A cluster is named by the concepts most typical of it: how
 * often a concept occurs among the cluster's papers, weighted by how rare it is in the whole collection
 * (a class-based tf-idf), so that a concept every paper carries does not name every cluster.
 */
export function describeClusters(
  clusterOf: ReadonlyMap<string, number>,
  otherId: number | undefined,
  index: ConceptIndex,
  topN = 5,
): Cluster[] {
  const members = new Map<number, string[]>();
  for (const [paper, cluster] of clusterOf) {
    const list = members.get(cluster);
    if (list) list.push(paper);
    else members.set(cluster, [paper]);
  }
  const labelOf = new Map(index.concepts.map((c) => [c.id, c.label]));
  const paperCount = clusterOf.size;
  const df = new Map<string, number>();
  for (const paper of clusterOf.keys()) {
    for (const id of uniqueConcepts(index, paper)) df.set(id, (df.get(id) ?? 0) + 1);
  }
  const ids = [...members.keys()].sort((a, b) => a - b);
  const used = new Set<string>();
  return ids.map((id) => {
    const papers = members.get(id)!;
    const counts = new Map<string, number>();
    for (const paper of papers) {
      for (const c of uniqueConcepts(index, paper)) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    const minCount = Math.min(2, papers.length);
    const ranked = [...counts]
      .filter(([, n]) => n >= minCount)
      .map(([c, n]) => ({ id: c, score: (n / papers.length) * Math.log(1 + paperCount / (df.get(c) ?? 1)) }))
      .sort((a, b) => b.score - a.score || compareIds(a.id, b.id))
      .slice(0, topN)
      .map((r) => r.id);
    const isOther = id === otherId;
    let label = isOther ? OTHER_CLUSTER_LABEL : nameFrom(ranked, labelOf, 2);
    // Two clusters must not read the same in the legend: take one more concept, then number it.
    if (!isOther && used.has(label)) label = nameFrom(ranked, labelOf, 3);
    for (let n = 2; used.has(label); n++) label = `${nameFrom(ranked, labelOf, 2)} (${n})`;
    used.add(label);
    return {
      id,
      label,
      topConcepts: ranked,
      size: papers.length,
      color: isOther ? OTHER_CLUSTER_COLOR : clusterColor(id),
    };
  });
}

function nameFrom(ranked: string[], labelOf: Map<string, string>, n: number): string {
  const labels = ranked.slice(0, n).map((id) => labelOf.get(id) ?? id);
  return labels.length > 0 ? labels.join(' · ') : 'Unnamed cluster';
}

function uniqueConcepts(index: ConceptIndex, paper: string): string[] {
  return [...new Set((index.byPaper[paper] ?? []).map((c) => c.id))];
}

/**
 * The cluster of each concept: the cluster most of its papers are in (ties to the lower id), preferring a
 * named cluster over the "other" bucket.
 */
export function conceptClusters(
  index: ConceptIndex,
  paperCluster: ReadonlyMap<string, number>,
  otherId?: number,
): Map<string, number> {
  const result = new Map<string, number>();
  for (const concept of index.concepts) {
    const counts = new Map<number, number>();
    for (const paper of concept.papers) {
      const c = paperCluster.get(paper);
      if (c !== undefined) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    let best: number | undefined;
    let bestCount = 0;
    for (const [c, n] of [...counts].sort((a, b) => a[0] - b[0])) {
      if (c !== otherId && n > bestCount) {
        best = c;
        bestCount = n;
      }
    }
    if (best === undefined && otherId !== undefined && counts.has(otherId)) best = otherId;
    if (best !== undefined) result.set(concept.id, best);
  }
  return result;
}
