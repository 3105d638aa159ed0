import { describe, expect, it } from 'vitest';
import { clusterCounts, inClustersPhrase } from '../../../src/lib/site/cluster-count';
import { OTHER_CLUSTER_LABEL } from '../../../src/lib/graph/cluster-identity';
import { OTHER_CLUSTER_COLOR } from '../../../src/lib/graph/palette';

describe('clusterCounts', () => {
  it('counts the named clusters, and the papers of the "Other papers" bucket apart', () => {
    const clusters = [
      { label: 'Cellular automata', color: '#9b4b69', size: 11 },
      { label: 'Mixed: Web sites, Students, …', color: '#00a0af', size: 108 },
      { label: OTHER_CLUSTER_LABEL, color: OTHER_CLUSTER_COLOR, size: 206 },
    ];
    expect(clusterCounts(clusters)).toEqual({ named: 2, unclustered: 206 });
  });

  it('counts a cluster that is named "Other papers" but not drawn in the grey of the bucket as a cluster', () => {
    expect(clusterCounts([{ label: OTHER_CLUSTER_LABEL, color: '#145ad2', size: 4 }])).toEqual({ named: 1, unclustered: 0 });
  });

  it('is zero either way without a graph', () => {
    expect(clusterCounts([])).toEqual({ named: 0, unclustered: 0 });
  });
});

describe('inClustersPhrase', () => {
  it('says how many clusters, and how many papers are in none where some are', () => {
    expect(inClustersPhrase({ named: 37, unclustered: 206 })).toBe('in 37 clusters (206 in none)');
    expect(inClustersPhrase({ named: 5, unclustered: 0 })).toBe('in 5 clusters');
    expect(inClustersPhrase({ named: 1, unclustered: 3 })).toBe('in 1 cluster (3 in none)');
  });

  it('takes words after "clusters" and a way to write the numbers, as the papers list has them', () => {
    const count = (n: number) => n.toLocaleString('en');
    expect(inClustersPhrase({ named: 40, unclustered: 14637 }, ' of related work', count)).toBe('in 40 clusters of related work (14,637 in none)');
  });
});
