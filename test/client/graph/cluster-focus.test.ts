import { describe, expect, it } from 'vitest';
import { clusterNameAt } from '../../../src/client/graph/cluster-focus';

describe('clusterNameAt', () => {
  const names = [
    { cluster: 3, left: 100, top: 50, right: 180, bottom: 66 },
    { cluster: 7, left: 150, top: 60, right: 260, bottom: 76 },
  ];
  it('finds the cluster whose name holds the point, the name drawn last where two overlap', () => {
    expect(clusterNameAt(names, 120, 58)).toBe(3);
    expect(clusterNameAt(names, 200, 70)).toBe(7);
    expect(clusterNameAt(names, 160, 63)).toBe(7);
  });
  it('finds none off the names (a tap there is on the graph)', () => {
    expect(clusterNameAt(names, 20, 20)).toBeUndefined();
    expect(clusterNameAt([], 120, 58)).toBeUndefined();
  });
});
