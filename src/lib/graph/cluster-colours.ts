/**
 * Cluster colours that survive a re-run. Cluster ids are ranks by size, so one changed abstract that moves
 * a few papers can swap two clusters' ranks, and with them their colours: thousands of papers would change
 * colour on the site (and every page showing them would be rendered again) for no reason a reader could
 * see. A cluster of the new run that is mostly made of one cluster of the previous run keeps that
 * cluster's colour; a new cluster takes the first palette colour nobody uses. Ids, labels and members are
 * left as the graph stage made them.
 */
import type { GraphFile } from '../content/schema';
import { clusterColor, OTHER_CLUSTER_COLOR } from './palette';

function clusterSizes(graph: GraphFile): Map<number, number> {
  const out = new Map<number, number>();
  for (const node of graph.papers.nodes) out.set(node.cluster, (out.get(node.cluster) ?? 0) + 1);
  return out;
}

const isOther = (c: { color: string }) => c.color === OTHER_CLUSTER_COLOR;

export function keepClusterColours(previous: GraphFile | undefined, next: GraphFile): GraphFile {
  if (!previous) return next;
  const previousColour = new Map(previous.clusters.filter((c) => !isOther(c)).map((c) => [c.id, c.color]));
  const previousCluster = new Map(previous.papers.nodes.map((node) => [node.id, node.cluster]));
  const nextClusters = new Set(next.clusters.filter((c) => !isOther(c)).map((c) => c.id));

  // Papers each (new, previous) pair of clusters shares, counted in one pass over the new run's papers.
  const sharedBy = new Map<number, Map<number, number>>();
  for (const node of next.papers.nodes) {
    const prev = previousCluster.get(node.id);
    if (prev === undefined || !previousColour.has(prev) || !nextClusters.has(node.cluster)) continue;
    let row = sharedBy.get(node.cluster);
    if (!row) sharedBy.set(node.cluster, (row = new Map()));
    row.set(prev, (row.get(prev) ?? 0) + 1);
  }

  // Most shared first; each side is matched at most once, and only when the previous cluster holds the
  // majority of the new one's papers.
  const size = clusterSizes(next);
  const pairs: Array<{ next: number; prev: number; shared: number }> = [];
  for (const [nextId, row] of sharedBy) {
    for (const [prevId, shared] of row) if (shared * 2 > (size.get(nextId) ?? 0)) pairs.push({ next: nextId, prev: prevId, shared });
  }
  pairs.sort((a, b) => b.shared - a.shared || a.next - b.next || a.prev - b.prev);
  const colourOf = new Map<number, string>();
  const takenPrev = new Set<number>();
  for (const pair of pairs) {
    if (colourOf.has(pair.next) || takenPrev.has(pair.prev)) continue;
    colourOf.set(pair.next, previousColour.get(pair.prev)!);
    takenPrev.add(pair.prev);
  }
  const used = new Set(colourOf.values());
  let i = 0;
  const freshColour = (): string => {
    for (; ; i++) {
      const colour = clusterColor(i);
      if (!used.has(colour)) {
        used.add(colour);
        return colour;
      }
    }
  };
  const clusters = next.clusters.map((c) => (isOther(c) ? c : { ...c, color: colourOf.get(c.id) ?? freshColour() }));
  return { ...next, clusters };
}
