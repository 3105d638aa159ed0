/**
 * The key to the cluster colours a paper page shows (its mini-graph's nodes and its related papers' dots):
 * each cluster once, named, the page's own first. Colour was the only cue there, and two of the six cluster
 * colours looked alike to a deuteranope (review 19 M5). A node of the mini-graph points at its entry, whose
 * text is the node's description for a screen reader.
 */
import { swatchColor } from './cluster-swatch';

/** How the key names the neutral colour of papers in no cluster. */
export const NO_CLUSTER_LABEL = 'No cluster';

export interface ClusterKeyEntry {
  label: string;
  color: string;
  /** The page's own cluster. */
  own: boolean;
}

export interface ClusterKey {
  entries: ClusterKeyEntry[];
  /** The entry of a cluster (`undefined`: none) that `clusterKey` was given. */
  indexOf: (cluster: number | undefined) => number;
}

/** `own` first, then the clusters of `shown` in their order, each once; an unknown cluster id counts as none. */
export function clusterKey(
  clusters: ReadonlyMap<number, { label: string; color: string }>,
  own: number | undefined,
  shown: ReadonlyArray<number | undefined>,
): ClusterKey {
  const known = (cluster: number | undefined) => (cluster !== undefined && clusters.has(cluster) ? cluster : undefined);
  const index = new Map<number | undefined, number>();
  const entries: ClusterKeyEntry[] = [];
  for (const cluster of [own, ...shown].map(known)) {
    if (index.has(cluster)) continue;
    index.set(cluster, entries.length);
    entries.push({
      label: cluster === undefined ? NO_CLUSTER_LABEL : clusters.get(cluster)!.label,
      color: swatchColor(clusters, cluster),
      own: cluster === known(own),
    });
  }
  return {
    entries,
    indexOf: (cluster) => {
      const i = index.get(known(cluster));
      if (i === undefined) throw new Error(`cluster ${String(cluster)} is not in the key`);
      return i;
    },
  };
}
