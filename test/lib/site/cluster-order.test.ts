import { describe, expect, it } from 'vitest';
import { byClusterReadingOrder, clusterNeighbours } from '../../../src/lib/site/cluster-order';
import { OTHER_CLUSTER_COLOR } from '../../../src/lib/graph/palette';

describe('clusterNeighbours', () => {
  const papers = [
    { id: 'c', title: 'Chemistry reasoning', cluster: 0 },
    { id: 'a', title: 'attention heads', cluster: 0 },
    { id: 'm', title: 'Medical RAG', cluster: 1 },
    { id: 'b', title: 'Beyond aha', cluster: 0 },
    { id: 'x', title: 'Unclustered', cluster: undefined },
  ];
  const neighbours = clusterNeighbours(papers);

  it('walks each cluster A–Z, case-insensitively, without crossing clusters', () => {
    expect(neighbours.get('a')).toEqual({ next: papers[3] });
    expect(neighbours.get('b')).toEqual({ previous: papers[1], next: papers[0] });
    expect(neighbours.get('c')).toEqual({ previous: papers[3] });
    expect(neighbours.get('m')).toEqual({});
  });

  it('gives papers without a cluster no neighbours', () => {
    expect(neighbours.has('x')).toBe(false);
  });
});

describe('byClusterReadingOrder', () => {
  it('puts the largest clusters first and the "Other papers" bucket last, ties by id', () => {
    const clusters = [
      { id: 3, size: 6, label: 'Cohomology · Purity theorem', color: '#145ad2' },
      { id: 7, size: 9, label: 'Other papers', color: OTHER_CLUSTER_COLOR },
      { id: 1, size: 6, label: 'Linguistic change', color: '#b91e73' },
      { id: 0, size: 10, label: 'Judiciary', color: '#fa5f2d' },
    ];
    expect([...clusters].sort(byClusterReadingOrder).map((c) => c.id)).toEqual([0, 1, 3, 7]);
  });
});
