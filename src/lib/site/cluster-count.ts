import { isOtherCluster } from '../graph/cluster-identity';

/**
 * How many clusters the collection has, as the home and graph pages count them: the named ones. The "Other
 * papers" bucket holds the papers in no cluster (the canvas names it so), so it is counted apart: with it,
 * 2,000 Inspec and SemEval-2017 papers read "in 38 clusters" beside a legend of 37 names and a grey remainder.
 */
export function clusterCounts(clusters: readonly { label: string; color: string; size: number }[]): { named: number; unclustered: number } {
  const other = clusters.filter(isOtherCluster);
  return { named: clusters.length - other.length, unclustered: other.reduce((sum, c) => sum + c.size, 0) };
}

/**
 * "in 37 clusters (206 in none)": where the papers are, as the graph page's lede and description say it, or with
 * `after` the word (" of related work") and numbers written by `format`, as the papers list does.
 */
export function inClustersPhrase(counts: { named: number; unclustered: number }, after = '', format: (n: number) => string = String): string {
  const none = counts.unclustered > 0 ? ` (${format(counts.unclustered)} in none)` : '';
  return `in ${format(counts.named)} ${counts.named === 1 ? 'cluster' : 'clusters'}${after}${none}`;
}
