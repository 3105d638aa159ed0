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

function membersByCluster(graph: GraphFile): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const node of graph.papers.nodes) {
    let set = out.get(node.cluster);
    if (!set) out.set(node.cluster, (set = new Set()));
    set.add(node.id);
  }
  return out;
}

const isOther = (c: { color: string }) => c.color === OTHER_CLUSTER_COLOR;

export function keepClusterColours(previous: GraphFile | undefined, next: GraphFile): GraphFile {
  if (!previous) return next;
  const before = membersByCluster(previous);
  const after = membersByCluster(next);
  const previousColour = new Map(previous.clusters.filter((c) => !isOther(c)).map((c) => [c.id, c.color]));

  // Every (new, previous) pair that shares papers, most shared first; each side is matched at most once,
  // and only when the previous cluster holds the majority of the new one's papers.
  const pairs: Array<{ next: number; prev: number; shared: number }> = [];
  for (const cluster of next.clusters) {
    if (isOther(cluster)) continue;
    const members = after.get(cluster.id) ?? new Set<string>();
    for (const prevId of previousColour.keys()) {
      const prevMembers = before.get(prevId);
      if (!prevMembers) continue;
      let shared = 0;
      for (const id of members) if (prevMembers.has(id)) shared++;
      if (shared * 2 > members.size) pairs.push({ next: cluster.id, prev: prevId, shared });
    }
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
