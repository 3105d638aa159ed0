import { describe, expect, it } from 'vitest';
import { clusterNeighbours } from '../../../src/lib/site/cluster-order';

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
