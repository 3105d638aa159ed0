/**
 * A clustering as the graph file keeps it, for tests of the cluster stage's next run, which reads it back
 * (src/lib/graph/cluster-identity.ts `previousClusters`).
 */
import type { GraphFile } from '../../src/lib/content/schema';
import { OTHER_CLUSTER_LABEL, type NamedClusters } from '../../src/lib/graph/cluster-identity';
import { assignClusterColours } from '../../src/lib/graph/cluster-colours';
import { OTHER_CLUSTER_COLOR } from '../../src/lib/graph/palette';

/** The colours a run gives these named clusters, drawn with no cluster touching another. */
export const clusterColours = (named: NamedClusters) =>
  assignClusterColours([...new Set(named.clusterOf.values())].filter((id) => id !== named.otherId), named.carriedColourOf);

/**
 * The graph file a run with these named clusters would write (only what the cluster stage reads back): each
 * cluster with its colour (`colourOf`, by default the run's), the other bucket as such, each paper's cluster
 * and, in the other bucket, its community.
 */
export function clusterGraph(named: NamedClusters, colourOf: (id: number) => string = (id) => clusterColours(named).get(id)!): GraphFile {
  const ids = [...new Set(named.clusterOf.values())].sort((a, b) => a - b);
  return {
    version: 1,
    clusters: ids.map((id) => ({
      id,
      label: id === named.otherId ? OTHER_CLUSTER_LABEL : `Cluster ${id}`,
      topConcepts: [],
      size: [...named.clusterOf.values()].filter((c) => c === id).length,
      color: id === named.otherId ? OTHER_CLUSTER_COLOR : colourOf(id),
    })),
    papers: {
      nodes: [...named.clusterOf].map(([id, cluster]) => {
        const community = named.otherCommunityOf.get(id);
        return { id, kind: 'paper' as const, label: id, x: 0, y: 0, cluster, degree: 1, ...(community !== undefined ? { community } : {}) };
      }),
      edges: [],
    },
    concepts: { nodes: [], edges: [] },
  };
}
