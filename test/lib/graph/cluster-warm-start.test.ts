/**
 * A re-run's clusters start from the previous run's communities and fall back to a fresh Louvain start only
 * when that scores clearly better (clusters.ts). In a small graph "clearly" must be more than Louvain's own
 * chaos between equally good local optima: one edited abstract in a 40-paper library (the incremental build
 * test) let a fresh start beat the unchanged previous communities by 0.012, a gap it had on the graph before
 * the edit as well, and every cluster changed.
 */
import { describe, expect, it } from 'vitest';
import { findClusters, WARM_START_MAX_MODULARITY_LOSS, warmStartTolerance, type WeightedEdge } from '../../../src/lib/graph/clusters';
import { previousClusters } from '../../../src/lib/graph/cluster-identity';
import { modularity } from '../../../src/lib/graph/local-moving';
import { seededRandom } from '../../../src/lib/graph/seeded-random';
import { clusterGraph } from '../../support/cluster-graph';

/**
 * A small, weakly structured graph, as related-paper links of a small library are: `n` papers, each linked to
 * `k` random others, a bit more strongly within one of `groups` planted groups than across them.
 */
function weakGraph(n: number, k: number, groups: number, seed: number): { ids: string[]; edges: WeightedEdge[] } {
  const random = seededRandom(seed);
  const ids = Array.from({ length: n }, (_, i) => `p${String(i).padStart(2, '0')}`);
  const byPair = new Map<string, WeightedEdge>();
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < k; j++) {
      const t = Math.floor(random() * n);
      if (t === i) continue;
      const same = i % groups === t % groups;
      const weight = Math.round((same ? 0.1 + 0.2 * random() : 0.05 + 0.1 * random()) * 1000) / 1000;
      const [a, b] = i < t ? [ids[i]!, ids[t]!] : [ids[t]!, ids[i]!];
      if (!byPair.has(`${a} ${b}`)) byPair.set(`${a} ${b}`, { source: a, target: b, weight });
    }
  }
  return { ids, edges: [...byPair.values()] };
}

/** The communities (as sorted member lists) of a run, the other bucket's papers each alone. */
function communities(run: ReturnType<typeof findClusters>): Set<string> {
  const members = new Map<number, string[]>();
  for (const [id, c] of run.clusterOf) {
    const key = c === run.otherId ? -1 - (run.otherCommunityOf.get(id) ?? 0) : c;
    members.set(key, [...(members.get(key) ?? []), id]);
  }
  return new Set([...members.values()].map((m) => m.sort().join(' ')));
}

describe('warm start of a small graph', () => {
  const { ids, edges } = weakGraph(20, 2, 3, 76);
  const options = { seed: 1, maxClusters: 20, minClusterSize: 2 };
  const first = findClusters(ids, edges, options);
  // One paper's links all 10% stronger, as after an edit of its abstract; no other link changes.
  const edited = ids[1]!;
  const changed = edges.map((e) => (e.source === edited || e.target === edited ? { ...e, weight: Math.round(e.weight * 1.1 * 1000) / 1000 } : e));
  const near = new Set(changed.filter((e) => e.source === edited || e.target === edited).flatMap((e) => [e.source, e.target]));

  it('is a case where a fresh start keeps none of the communities and beats them by more than 0.01', () => {
    const fresh = findClusters(ids, changed, options);
    const before = communities(first);
    expect(before.size).toBeGreaterThanOrEqual(4);
    expect([...communities(fresh)].filter((c) => before.has(c))).toEqual([]);
    // Papers far from the edited one change cluster too.
    expect(ids.filter((id) => !near.has(id) && fresh.clusterOf.get(id) !== first.clusterOf.get(id)).length).toBeGreaterThan(3);
    // The previous communities on the changed graph, against the fresh start.
    const linked = new Set(changed.flatMap((e) => [e.source, e.target]));
    let alone = 10_000;
    const previous = new Map(
      [...first.clusterOf].filter(([id]) => linked.has(id)).map(([id, c]) => [id, c === first.otherId ? (first.otherCommunityOf.get(id) ?? alone++) + 1000 : c]),
    );
    const integer = changed.map((e) => ({ ...e, weight: Math.round(e.weight * 1000) }));
    const gap = fresh.report.modularity - modularity(integer, previous);
    expect(gap).toBeGreaterThan(WARM_START_MAX_MODULARITY_LOSS);
    expect(gap).toBeLessThan(1 / ids.length);
  });

  it('keeps the previous communities and moves only papers linked to the edited one', () => {
    const warm = findClusters(ids, changed, { ...options, previous: previousClusters(clusterGraph(first)) });
    expect(warm.report.start).toBe('previous');
    expect(warm.report.modularity).toBeGreaterThanOrEqual(warm.report.freshModularity - warmStartTolerance(ids.length));
    const moved = ids.filter((id) => warm.clusterOf.get(id) !== first.clusterOf.get(id));
    expect(moved.length).toBeLessThanOrEqual(2);
    for (const id of moved) expect(near.has(id), `${id} moved, far from the edited paper`).toBe(true);
  });
});

describe('warmStartTolerance', () => {
  it('is one paper’s share of the links in a small graph and 0.01 from 100 papers on', () => {
    expect(warmStartTolerance(40)).toBe(1 / 40);
    expect(warmStartTolerance(100)).toBe(WARM_START_MAX_MODULARITY_LOSS);
    expect(warmStartTolerance(5000)).toBe(WARM_START_MAX_MODULARITY_LOSS);
    expect(warmStartTolerance(0)).toBe(WARM_START_MAX_MODULARITY_LOSS);
  });
});
