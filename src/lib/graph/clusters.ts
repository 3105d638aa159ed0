/**
 * Clusters of the paper graph: communities of maximal modularity (resolution 1), named by the concepts
 * that set each apart from the rest of the collection (./cluster-names.ts).
 *
 * A first run starts from Louvain (seeded, so the same input gives the same clusters); a re-run starts from
 * the previous run's communities, with new papers alone. Both then go through the same node-level local
 * moving (local-moving.ts) until no single move raises modularity, so both end at a local optimum, and a
 * re-run on the same graph moves nothing at all (but the misfits below). Louvain runs on every run anyway, as a check: if the
 * communities carried over score clearly below a fresh start (papers added or removed en masse, or drift
 * over many runs), the fresh ones are taken instead, so stability never costs more than a bounded loss
 * (`warmStartTolerance`: 0.01, more in a graph so small that two equally good optima differ by more).
 * Last, papers that hardly belong to the community local moving gave them are placed by their strongest links
 * (misfits.ts): a re-run moves them back in its local moving and the same rule moves them again, so it ends
 * the same.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { ConceptIndex } from '../model/concepts';
import { compareIds } from './cooccurrence';
import { seededRandom } from './seeded-random';
import { graphKey, paperOfKey } from './graph-keys';
import { localMoving, modularity, type LocalMovingEdge } from './local-moving';
import { placeMisfits } from './misfits';
import { nameClusters, type NamedClusters, type PreviousClusters } from './cluster-identity';


export interface WeightedEdge {
  source: string;
  target: string;
  weight: number;
}

export interface ClusterOptions {
  seed: number;
  /**
   * At most this many named clusters; smaller communities go to the "other" bucket. By default
   * {@link namedClusterLimit} of the papers with links.
   */
  maxClusters?: number | undefined;
  /** Communities smaller than this go to the "other" bucket. */
  minClusterSize: number;
  /** The previous run's clusters: the start of the local moving, and the ids and colours to keep. */
  previous?: PreviousClusters | undefined;
}

/**
 * A previous run is a usable start when it shares this share of its papers with this run, both ways
 * (shared ≥ 0.9 · max(papers now, papers then)); below, too much of the graph is new or gone for its
 * communities to be a better start than Louvain.
 */
export const WARM_START_MIN_OVERLAP = 0.9;
/**
 * Carried-over communities are kept while their modularity is at most this far below a fresh start's, or
 * one paper's worth below it in a small graph (`warmStartTolerance`).
 */
export const WARM_START_MAX_MODULARITY_LOSS = 0.01;

/**
 * How far below a fresh start's modularity the carried-over communities may score and still be kept: 0.01,
 * or the average paper's share of the link weight (1 / papers with links) when that is more. Modularity is
 * a share of link weight, and moving one paper changes it by up to twice that paper's share, so in a small
 * graph two local optima that differ in where a few papers go are further apart than 0.01, and which one
 * Louvain finds depends on its chaotic merge order, which any edit reorders: in a 40-paper library one
 * extended abstract let a fresh start beat the unchanged previous communities by 0.012, a gap it had
 * already had on the graph before the edit, and every cluster (so every page) changed. From 100 papers
 * with links on, the bound is 0.01.
 */
export function warmStartTolerance(linkedPapers: number): number {
  return linkedPapers > 0 ? Math.max(WARM_START_MAX_MODULARITY_LOSS, 1 / linkedPapers) : WARM_START_MAX_MODULARITY_LOSS;
}
/** Edge weights are in thousandths (scores rounded to 3 places): as integers, gains compare exactly. */
const WEIGHT_SCALE = 1000;

export interface ClusterReport {
  /** Where the local moving started: Louvain, or the previous run's communities. */
  start: 'fresh' | 'previous';
  modularity: number;
  /** Modularity of the fresh start (after local moving), the benchmark of the check. */
  freshModularity: number;
  /** Single-node moves of the local moving from the chosen start. */
  moves: number;
  /** Papers then placed by their strongest links (misfits.ts): moved to another community, or left alone. */
  misfits: { moved: number; detached: number };
}

/** Named clusters at the least (a small collection names every community it has, up to this many). */
export const MIN_NAMED_CLUSTERS = 20;
/** Papers with links per named cluster, in a collection large enough to have more than the least. */
export const LINKED_PAPERS_PER_CLUSTER = 50;
/**
 * Named clusters at the most: as many as the palette keeps apart at ΔE_OK 0.06 (palette.ts) and the legend
 * lists readably.
 */
export const MAX_NAMED_CLUSTERS = 40;

/**
 * How many communities get a name (and a colour, a legend row, a label on the canvas): one per
 * {@link LINKED_PAPERS_PER_CLUSTER} papers with links, between {@link MIN_NAMED_CLUSTERS} and
 * {@link MAX_NAMED_CLUSTERS}. A fixed 20 left well-formed communities of 20–40 papers in the grey remainder
 * once a collection has a few thousand papers: on Inspec and SemEval-2017 together (2,000 papers, 1,845 with
 * links) 633 papers were other papers, 478 of them linked, in communities such as "Cellular automata" or
 * "Supply chain · Pervasive computing"; naming 37 leaves 206, 155 of them papers without any link.
 */
export function namedClusterLimit(linkedPapers: number): number {
  return Math.min(MAX_NAMED_CLUSTERS, Math.max(MIN_NAMED_CLUSTERS, Math.ceil(linkedPapers / LINKED_PAPERS_PER_CLUSTER)));
}

/** Cluster id of every paper, the other bucket's id, the colours carried over and what the next run needs (cluster-identity.ts). */
export interface FoundClusters extends NamedClusters {
  report: ClusterReport;
}

/**
 * Cluster id of every paper. Named clusters are the largest communities (at least `minClusterSize`
 * papers, at most `maxClusters` of them, by default {@link namedClusterLimit}); papers without links and
 * members of smaller communities share one more id, the "other" bucket, which exists only when it is not
 * empty. Ids and colours follow cluster-identity.ts: ranks by size on a first run, carried over from the
 * previous run after that.
 */
export function findClusters(paperIds: readonly string[], edges: readonly WeightedEdge[], options: ClusterOptions): FoundClusters {
  const links = integerLinks(edges);
  const order = [...new Set(links.flatMap((e) => [e.source, e.target]))].sort(compareIds);

  const fresh = localMoving(order, links, louvainCommunities(links, options.seed));
  const freshModularity = modularity(links, fresh.communityOf);
  let chosen = fresh;
  let report: Omit<ClusterReport, 'misfits'> = { start: 'fresh', modularity: freshModularity, freshModularity, moves: fresh.moves };
  const previous = options.previous;
  if (previous && overlaps(paperIds, previous.papers)) {
    const warm = localMoving(order, links, previous.communityOf);
    const warmModularity = modularity(links, warm.communityOf);
    if (warmModularity >= freshModularity - warmStartTolerance(order.length)) {
      chosen = warm;
      report = { start: 'previous', modularity: warmModularity, freshModularity, moves: warm.moves };
    }
  }

  const placed = placeMisfits(links, chosen.communityOf);
  const communities = new Map<number, string[]>();
  for (const [node, c] of placed.communityOf) {
    const members = communities.get(c);
    if (members) members.push(node);
    else communities.set(c, [node]);
  }
  const named = nameClusters(paperIds, [...communities.values()], {
    maxClusters: options.maxClusters ?? namedClusterLimit(order.length),
    minClusterSize: options.minClusterSize,
    previous,
  });
  return { ...named, report: { ...report, misfits: { moved: placed.moved.length, detached: placed.detached.length } } };
}

/** One edge per pair (the first given), no self-loops, weights as positive integers (thousandths). */
function integerLinks(edges: readonly WeightedEdge[]): LocalMovingEdge[] {
  const seen = new Set<string>();
  const out: LocalMovingEdge[] = [];
  for (const e of edges) {
    if (e.source === e.target) continue;
    const weight = Math.round(e.weight * WEIGHT_SCALE);
    if (!(weight > 0)) continue;
    const [a, b] = compareIds(e.source, e.target) < 0 ? [e.source, e.target] : [e.target, e.source];
    const key = `${a}\u0000${b}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ source: e.source, target: e.target, weight });
  }
  return out;
}

function louvainCommunities(links: readonly LocalMovingEdge[], seed: number): Map<string, number> {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const edge of links) {
    const [source, target] = [graphKey(edge.source), graphKey(edge.target)];
    if (!graph.hasNode(source)) graph.addNode(source);
    if (!graph.hasNode(target)) graph.addNode(target);
    graph.addEdge(source, target, { weight: edge.weight });
  }
  const result = new Map<string, number>();
  if (graph.size === 0) return result;
  const mapping = louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(seed), resolution: 1 });
  for (const [key, community] of Object.entries(mapping)) result.set(paperOfKey(key), community);
  return result;
}

function overlaps(paperIds: readonly string[], previous: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const id of new Set(paperIds)) if (previous.has(id)) shared++;
  return shared >= WARM_START_MIN_OVERLAP * Math.max(new Set(paperIds).size, previous.size);
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
