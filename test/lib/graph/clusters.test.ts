import { describe, expect, it } from 'vitest';
import { findClusters, namedClusterLimit, type WeightedEdge } from '../../../src/lib/graph/clusters';
import { previousClusters } from '../../../src/lib/graph/cluster-identity';
import { modularity } from '../../../src/lib/graph/local-moving';
import { clusterColours, clusterGraph } from '../../support/cluster-graph';
import { seededRandom } from '../../../src/lib/graph/seeded-random';
import { syntheticCorpus } from './synthetic-corpus';

/** One edge per related pair, weights in thousandths as the graph stage rounds them. */
function edgesOf(related: Record<string, { id: string; score: number }[]>): WeightedEdge[] {
  const byPair = new Map<string, WeightedEdge>();
  for (const [id, list] of Object.entries(related)) {
    for (const r of list) {
      const [source, target] = id < r.id ? [id, r.id] : [r.id, id];
      const key = `${source} ${target}`;
      const weight = Math.round(r.score * 1000) / 1000;
      if (!byPair.has(key) || byPair.get(key)!.weight < weight) byPair.set(key, { source, target, weight });
    }
  }
  return [...byPair.values()].sort((a, b) => (a.source + a.target < b.source + b.target ? -1 : 1));
}

const moved = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>) => [...b].filter(([id, c]) => a.get(id) !== c).length;

describe('findClusters', () => {
  // Many loosely separated topics: more communities than named clusters, as in a real collection.
  const corpus = syntheticCorpus(1500, 40, 5);
  const ids = corpus.papers.map((p) => p.slug).sort();
  const edges = edgesOf(corpus.related);
  const options = { seed: 1, maxClusters: 20, minClusterSize: 3 };
  const first = findClusters(ids, edges, options);

  it('starts a first run from Louvain and ends at a local optimum', () => {
    expect(first.report.start).toBe('fresh');
    expect(first.report.modularity).toBeGreaterThan(0.3);
    expect([...first.clusterOf.keys()].sort()).toEqual(ids);
    expect(new Set(first.clusterOf.values()).size).toBe(21);
  });

  it('names more clusters by default in a collection past 1,000 linked papers: one per 50 of them', () => {
    const linked = new Set(edges.flatMap((e) => [e.source, e.target])).size;
    const found = findClusters(ids, edges, { seed: 1, minClusterSize: 3 });
    const named = (c: typeof found) => new Set([...c.clusterOf.values()].filter((id) => id !== c.otherId)).size;
    const others = (c: typeof found) => [...c.clusterOf.values()].filter((id) => id === c.otherId).length;
    expect(named(first)).toBe(20);
    expect(named(found)).toBe(namedClusterLimit(linked));
    expect(named(found)).toBeGreaterThan(20);
    // The same communities, more of them named: fewer papers left grey.
    expect(others(found)).toBeLessThan(others(first));
  });

  it('reproduces itself exactly when started from its own output', () => {
    const again = findClusters(ids, edges, { ...options, previous: previousClusters(clusterGraph(first)) });
    expect(again.report).toMatchObject({ start: 'previous', moves: 0, modularity: first.report.modularity });
    expect(again.clusterOf).toEqual(first.clusterOf);
    expect(clusterColours(again)).toEqual(clusterColours(first));
    expect(again.otherCommunityOf).toEqual(first.otherCommunityOf);
    expect(again.otherId).toBe(first.otherId);
  });

  it('moves only papers near a changed link, where Louvain from scratch reshuffles many', () => {
    // One paper's strongest link changes partner, as after one edited abstract.
    const changed = edges.filter((e) => !(e.source === ids[10] || e.target === ids[10]) || e.weight < 0.5);
    changed.push({ source: ids[10]!, target: ids[1400]!, weight: 1 });
    const warm = findClusters(ids, changed, { ...options, previous: previousClusters(clusterGraph(first)) });
    const fresh = findClusters(ids, changed, { ...options, seed: 2 });
    expect(warm.report.start).toBe('previous');
    expect(moved(first.clusterOf, warm.clusterOf)).toBeLessThanOrEqual(10);
    expect(clusterColours(warm)).toEqual(clusterColours(first));
    expect(warm.report.modularity).toBeGreaterThanOrEqual(warm.report.freshModularity - 0.01);
    // What the warm start saves: a fresh start (another seed standing in for another Louvain trajectory).
    expect(moved(first.clusterOf, fresh.clusterOf)).toBeGreaterThan(100);
  });

  it('starts afresh when the previous run shares too few papers with this one', () => {
    const half = ids.slice(0, 1300);
    const previous = previousClusters(clusterGraph(findClusters(half, edges.filter((e) => half.includes(e.source) && half.includes(e.target)), options)));
    expect(findClusters(ids, edges, { ...options, previous }).report.start).toBe('fresh');
  });

  it('starts afresh when the carried-over communities score clearly below a fresh start', () => {
    const random = seededRandom(3);
    const scrambled = new Map([...first.clusterOf].map(([id]) => [id, Math.floor(random() * 20)]));
    const previous = { ...previousClusters(clusterGraph(first)), communityOf: scrambled };
    const result = findClusters(ids, edges, { ...options, previous });
    expect(result.report.start).toBe('fresh');
    expect(result.report.modularity).toBe(first.report.modularity);
  });

  it('reports the modularity of the partition it returns', () => {
    const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
    const community = new Map([...first.clusterOf].filter(([id]) => linked.has(id)).map(([id, c]) => [id, first.otherCommunityOf.get(id) ?? c]));
    // Papers alone in the bucket have no community number: give each its own.
    let next = 10_000;
    for (const id of linked) if (community.get(id) === first.otherId) community.set(id, next++);
    expect(modularity(edges.map((e) => ({ ...e, weight: Math.round(e.weight * 1000) })), community)).toBeCloseTo(first.report.modularity, 12);
  });
});

describe('namedClusterLimit', () => {
  it('is 20 up to 1,000 papers with links, then one per 50 of them, 40 at most', () => {
    expect([0, 119, 1000, 1001, 1500, 1845, 2000, 2001, 10000].map(namedClusterLimit)).toEqual([20, 20, 20, 21, 30, 37, 40, 40, 40]);
  });
});
