/**
 * Reading orders: of the clusters, as every list of them shows them (the home page, the papers list, the
 * graph's legend as graph.json stores them), and inside a cluster, for the previous/next links on paper
 * pages: papers of the same cluster sorted by title, so a reader can walk a topic from one end to the other.
 */
import { isOtherCluster } from '../graph/cluster-identity';

export interface OrderablePaper {
  id: string;
  title: string;
  cluster?: number | undefined;
}

export interface Neighbours<T> {
  previous?: T;
  next?: T;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function byTitle<T extends OrderablePaper>(a: T, b: T): number {
  return collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Previous and next paper of each paper in its cluster; papers without a cluster get none. */
export function clusterNeighbours<T extends OrderablePaper>(papers: readonly T[]): Map<string, Neighbours<T>> {
  const byCluster = new Map<number, T[]>();
  for (const paper of papers) {
    if (paper.cluster === undefined) continue;
    const list = byCluster.get(paper.cluster) ?? [];
    list.push(paper);
    byCluster.set(paper.cluster, list);
  }
  const result = new Map<string, Neighbours<T>>();
  for (const list of byCluster.values()) {
    list.sort(byTitle);
    list.forEach((paper, i) => {
      const neighbours: Neighbours<T> = {};
      if (i > 0) neighbours.previous = list[i - 1]!;
      if (i < list.length - 1) neighbours.next = list[i + 1]!;
      result.set(paper.id, neighbours);
    });
  }
  return result;
}

interface ListedCluster {
  id: number;
  size: number;
  label: string;
  color: string;
}

/**
 * Largest first and the "Other papers" bucket last whatever its size, ties by id: the order graph.json keeps
 * and the graph's legend shows, so the home page and the papers list do not put the bucket among the topics
 * (review 17 L5).
 */
export function byClusterReadingOrder(a: ListedCluster, b: ListedCluster): number {
  return Number(isOtherCluster(a)) - Number(isOtherCluster(b)) || b.size - a.size || a.id - b.id;
}
