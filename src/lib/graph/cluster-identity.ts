/**
 * Which communities become named clusters, and which id and colour each one gets — carried over from the
 * previous run wherever a cluster is recognisably the same one. Pages show a paper's cluster (id in the
 * frontmatter, label and colour on the page), so renumbering clusters after a one-abstract change would
 * change thousands of files and pages for nothing a reader could see.
 *
 * Identity: a community is the previous run's cluster X when X holds the majority of its papers (each
 * previous cluster matched at most once, largest overlaps first). A matched community keeps X's id and
 * colour; it also keeps its place among the named clusters unless a community that was not named grows
 * past 5/4 of its size, so two clusters of near-equal size at the cut-off do not trade places (and their
 * papers) on every run. Without a previous run, ids are ranks by size. Colours are given once the papers
 * are laid out (cluster-colours.ts), from the colours carried over here.
 */
import { OTHER_CLUSTER_COLOR } from './palette';
import { compareIds } from './cooccurrence';
import type { GraphFile } from '../content/schema';

/** What the cluster stage needs to know of the previous run, read from its graph.json. */
export interface PreviousClusters {
  /** Every paper of the previous run. */
  papers: ReadonlySet<string>;
  /** Community of each paper that was in one (named clusters and the small communities of the other bucket). */
  communityOf: ReadonlyMap<string, number>;
  /** Named cluster of each paper that was in one. */
  clusterOf: ReadonlyMap<string, number>;
  /** Colour of each named cluster. */
  colourOf: ReadonlyMap<number, string>;
  /** The concepts that named each named cluster, best first. */
  topConceptsOf: ReadonlyMap<number, readonly string[]>;
  otherId: number | undefined;
}

export const OTHER_CLUSTER_LABEL = 'Other papers';
/** The label of a cluster that nothing names: no concept nor word that a fair share of its papers share (cluster-names.ts). */
export const MIXED_CLUSTER_LABEL = 'Mixed topics';
/** How the label of a cluster whose best name is true of too few of its papers begins (cluster-names.ts `NAME_COVERAGE`). */
export const MIXED_PREFIX = 'Mixed: ';
const MORE = ', …';

/**
 * The label of a cluster no name fits enough of, listing the concepts or words that named it best, which are
 * some of its topics among others: "Mixed: Monte Carlo, Cross section, …".
 */
export function mixedLabel(parts: readonly string[]): string {
  return `${MIXED_PREFIX}${parts.join(', ')}${MORE}`;
}

/**
 * What a cluster's label was made of: its concepts, the words its papers share (a cluster no concept names,
 * cluster-words.ts), concepts or words true of too few of its papers to name it (`mixed-named`, `mixedLabel`),
 * nothing (`mixed`), or the other bucket. Read from the label and its concepts' labels, so pages can say how the
 * clusters they list were named.
 */
export function clusterNaming(cluster: { label: string; topConcepts: readonly string[] }, conceptLabel: (id: string) => string): 'concepts' | 'words' | 'mixed-named' | 'mixed' | 'other' {
  const label = cluster.label.replace(/ \(\d+\)$/, '');
  if (label === OTHER_CLUSTER_LABEL) return 'other';
  if (label === MIXED_CLUSTER_LABEL) return 'mixed';
  if (label.startsWith(MIXED_PREFIX) && label.endsWith(MORE)) return 'mixed-named';
  const parts = label.split(' · ');
  return parts.every((part, i) => i < cluster.topConcepts.length && conceptLabel(cluster.topConcepts[i]!) === part) ? 'concepts' : 'words';
}

/** A label of one concept (or word): no " · ", not mixed. */
const oneConceptName = (c: { label: string; topConcepts: readonly string[] }) =>
  c.topConcepts.length > 0 && !c.label.includes(' · ') && !c.label.startsWith(MIXED_PREFIX) && c.label.replace(/ \(\d+\)$/, '') !== MIXED_CLUSTER_LABEL;

/** Whether a cluster record is the "Other papers" bucket (papers in no cluster), not a cluster. */
export const isOtherCluster = (c: { label: string; color: string }): boolean => c.color === OTHER_CLUSTER_COLOR && c.label === OTHER_CLUSTER_LABEL;

/** The id of the "other papers" bucket of a graph file, if it has one. */
export function otherClusterId(graph: Pick<GraphFile, 'clusters'>): number | undefined {
  return graph.clusters.find(isOtherCluster)?.id;
}

/**
 * The previous run's partition: a named cluster is one community; papers of the other bucket carry their
 * community number (`community`), and those without one had no link and start alone.
 */
/**
 * The previous run's graph with its papers under the slugs they have now (`renamed`: old slug → new, papers
 * whose title was corrected). Clusters are matched to the previous run's by their papers' slugs, so without
 * this two corrected titles in a cluster of five made it a new cluster, with another colour (review 20 M1).
 * A new slug that the previous run had for another paper is left alone.
 */
export function renamePreviousPapers(graph: GraphFile | undefined, renamed: ReadonlyMap<string, string>): GraphFile | undefined {
  if (graph === undefined || renamed.size === 0) return graph;
  const had = new Set(graph.papers.nodes.map((n) => n.id));
  const now = (id: string) => {
    const to = renamed.get(id);
    return to !== undefined && !had.has(to) ? to : id;
  };
  return {
    ...graph,
    papers: {
      nodes: graph.papers.nodes.map((n) => ({ ...n, id: now(n.id) })),
      edges: graph.papers.edges.map((e) => ({ ...e, source: now(e.source), target: now(e.target) })),
    },
  };
}

export function previousClusters(graph: GraphFile): PreviousClusters {
  const otherId = otherClusterId(graph);
  const communityOf = new Map<string, number>();
  const clusterOf = new Map<string, number>();
  for (const node of graph.papers.nodes) {
    if (node.community !== undefined) communityOf.set(node.id, node.community);
    else if (node.cluster !== otherId) communityOf.set(node.id, node.cluster);
    if (node.cluster !== otherId) clusterOf.set(node.id, node.cluster);
  }
  return {
    papers: new Set(graph.papers.nodes.map((n) => n.id)),
    communityOf,
    clusterOf,
    colourOf: new Map(graph.clusters.filter((c) => !isOtherCluster(c)).map((c) => [c.id, c.color])),
    // A cluster named by one concept passes on that one alone: its next concepts were no part of its name.
    topConceptsOf: new Map(graph.clusters.filter((c) => !isOtherCluster(c)).map((c) => [c.id, oneConceptName(c) ? c.topConcepts.slice(0, 1) : c.topConcepts])),
    otherId,
  };
}

export interface NamingOptions {
  maxClusters: number;
  minClusterSize: number;
  previous?: PreviousClusters | undefined;
}

export interface NamedClusters {
  /** Cluster id of every paper (the other bucket's id for papers outside the named clusters). */
  clusterOf: Map<string, number>;
  otherId: number | undefined;
  /** The previous run's colour of each named cluster that is the previous run's cluster (by id). */
  carriedColourOf: Map<number, string>;
  /** The previous run's naming concepts of the clusters that are the previous run's clusters (by id). */
  previousTopConcepts: Map<number, readonly string[]>;
  /**
   * Community number of the papers of the other bucket that share a community with another paper, numbered
   * past every cluster id (so no number reads as a named cluster), in order of each community's first paper.
   */
  otherCommunityOf: Map<string, number>;
}

/**
 * Named clusters, ids and carried colours from a partition of the linked papers (`communities`: member lists).
 * Papers of `paperIds` in no named cluster go to the other bucket.
 */
export function nameClusters(paperIds: readonly string[], communities: readonly (readonly string[])[], options: NamingOptions): NamedClusters {
  const groups = communities.map((members) => [...members].sort(compareIds)).filter((m) => m.length > 0);
  groups.sort((a, b) => compareIds(a[0]!, b[0]!));
  const previous = options.previous;
  const matched = previous ? matchPrevious(groups, previous.clusterOf) : new Map<number, number>();

  const candidates = groups.map((members, g) => g).filter((g) => groups[g]!.length >= options.minClusterSize);
  const rank = (g: number) => groups[g]!.length * (matched.has(g) ? 5 : 4);
  candidates.sort((a, b) => rank(b) - rank(a) || groups[b]!.length - groups[a]!.length || compareIds(groups[a]![0]!, groups[b]![0]!));
  const named = candidates.slice(0, options.maxClusters);

  // Ids: a matched cluster keeps its own; the others take the lowest ids nobody holds, largest first (so a
  // first run numbers clusters by size). The previous other bucket's id stays reserved for the bucket.
  const idOf = new Map<number, number>();
  const taken = new Set<number>();
  for (const g of named) {
    const id = matched.get(g);
    if (id !== undefined) {
      idOf.set(g, id);
      taken.add(id);
    }
  }
  const reserved = previous?.otherId;
  let free = 0;
  const nextFree = () => {
    while (taken.has(free) || free === reserved) free++;
    taken.add(free);
    return free;
  };
  const bySize = [...named].sort((a, b) => groups[b]!.length - groups[a]!.length || compareIds(groups[a]![0]!, groups[b]![0]!));
  for (const g of bySize) if (!idOf.has(g)) idOf.set(g, nextFree());

  const clusterOf = new Map<string, number>();
  for (const [g, id] of idOf) for (const m of groups[g]!) clusterOf.set(m, id);
  let otherId: number | undefined;
  for (const id of paperIds) {
    if (clusterOf.has(id)) continue;
    if (otherId === undefined) otherId = reserved !== undefined && !taken.has(reserved) ? reserved : nextFree();
    clusterOf.set(id, otherId);
  }

  const carriedColourOf = new Map<number, string>();
  const previousTopConcepts = new Map<number, readonly string[]>();
  for (const [g, id] of idOf) {
    if (!matched.has(g)) continue;
    const colour = previous?.colourOf.get(id);
    if (colour !== undefined) carriedColourOf.set(id, colour);
    const top = previous?.topConceptsOf.get(id);
    if (top !== undefined) previousTopConcepts.set(id, top);
  }

  const otherCommunityOf = new Map<string, number>();
  let number = [...taken].reduce((m, id) => Math.max(m, id), otherId ?? -1) + 1;
  for (const members of groups) {
    if (members.length < 2 || clusterOf.get(members[0]!) !== otherId) continue;
    for (const m of members) otherCommunityOf.set(m, number);
    number++;
  }
  return { clusterOf, otherId, carriedColourOf, previousTopConcepts, otherCommunityOf };
}

/** Community index → id of the previous named cluster that holds the majority of its papers. */
function matchPrevious(groups: readonly (readonly string[])[], previousCluster: ReadonlyMap<string, number>): Map<number, number> {
  const pairs: Array<{ group: number; id: number; shared: number }> = [];
  groups.forEach((members, group) => {
    const shared = new Map<number, number>();
    for (const m of members) {
      const id = previousCluster.get(m);
      if (id !== undefined) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    for (const [id, n] of shared) if (n * 2 > members.length) pairs.push({ group, id, shared: n });
  });
  pairs.sort((a, b) => b.shared - a.shared || a.group - b.group || a.id - b.id);
  const result = new Map<number, number>();
  const takenIds = new Set<number>();
  for (const p of pairs) {
    if (result.has(p.group) || takenIds.has(p.id)) continue;
    result.set(p.group, p.id);
    takenIds.add(p.id);
  }
  return result;
}
