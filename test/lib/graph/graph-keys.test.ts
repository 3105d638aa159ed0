import { describe, expect, it } from 'vitest';
import { findClusters } from '../../../src/lib/graph/clusters';
import { layoutPapers } from '../../../src/lib/graph/layout';
import { graphKey, paperOfKey } from '../../../src/lib/graph/graph-keys';

// Papers titled `constructor`, `toString` or `__proto__` get those slugs; graphology keeps neighbours in plain objects.
const ids = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'plain-paper'];
const edges = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => ({ source: a, target: b, weight: 1 })));

describe('graph stage with Object.prototype names as slugs', () => {
  it('clusters them without mistaking them for existing edges', () => {
    const { clusterOf } = findClusters(ids, edges, { seed: 1, maxClusters: 20, minClusterSize: 3 });
    expect([...clusterOf.keys()].sort()).toEqual([...ids].sort());
  });

  it('lays them out with a position each', () => {
    const positions = layoutPapers(ids.map((id) => ({ id, cluster: 0, degree: ids.length - 1 })), edges, { seed: 1 });
    expect([...positions.keys()].sort()).toEqual([...ids].sort());
    for (const p of positions.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it('round-trips keys', () => {
    for (const id of ids) expect(paperOfKey(graphKey(id))).toBe(id);
  });
});
