import { describe, expect, it } from 'vitest';
import { clusterKey, NO_CLUSTER_LABEL } from '../../../src/lib/site/cluster-key';
import { UNCLUSTERED_COLOR } from '../../../src/lib/site/cluster-swatch';

const clusters = new Map([
  [0, { label: 'Graphs', color: '#4d5fd6' }],
  [1, { label: 'Databases', color: '#00849c' }],
  [2, { label: 'Robotics', color: '#b91e73' }],
]);

describe('clusterKey (the names of the cluster colours a paper page shows, review 19 M5)', () => {
  it("names each cluster once, the page's own first and marked, the others in the order shown", () => {
    const key = clusterKey(clusters, 1, [1, 2, 0, 2, 1]);
    expect(key.entries).toEqual([
      { label: 'Databases', color: '#00849c', own: true },
      { label: 'Robotics', color: '#b91e73', own: false },
      { label: 'Graphs', color: '#4d5fd6', own: false },
    ]);
    expect([1, 2, 0].map(key.indexOf)).toEqual([0, 1, 2]);
  });

  it('names the neutral colour of papers in no cluster, or in one the graph does not know, once', () => {
    const key = clusterKey(clusters, 0, [undefined, 7, 0]);
    expect(key.entries).toEqual([
      { label: 'Graphs', color: '#4d5fd6', own: true },
      { label: NO_CLUSTER_LABEL, color: UNCLUSTERED_COLOR, own: false },
    ]);
    expect(key.indexOf(7)).toBe(1);
    expect(key.indexOf(undefined)).toBe(1);
    // A page in no cluster: its own entry is that one.
    expect(clusterKey(clusters, undefined, [2]).entries).toEqual([
      { label: NO_CLUSTER_LABEL, color: UNCLUSTERED_COLOR, own: true },
      { label: 'Robotics', color: '#b91e73', own: false },
    ]);
  });

  it('refuses a cluster it was not given', () => {
    expect(() => clusterKey(clusters, 0, [1]).indexOf(2)).toThrow(/not in the key/);
  });
});
