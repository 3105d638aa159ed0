import { describe, expect, it } from 'vitest';
import type { GraphFile } from '../../../src/lib/content/schema';
import { keepClusterColours } from '../../../src/lib/graph/cluster-colours';
import { clusterColor, OTHER_CLUSTER_COLOR } from '../../../src/lib/graph/palette';

function graph(members: Record<number, string[]>, other?: number): GraphFile {
  const ids = Object.keys(members).map(Number);
  return {
    version: 1,
    clusters: ids.map((id) => ({ id, label: id === other ? 'Other papers' : `Cluster ${id}`, topConcepts: [], size: members[id]!.length, color: id === other ? OTHER_CLUSTER_COLOR : clusterColor(id) })),
    papers: { nodes: ids.flatMap((id) => members[id]!.map((p) => ({ id: p, kind: 'paper' as const, label: p, x: 0, y: 0, cluster: id, degree: 1 }))), edges: [] },
    concepts: { nodes: [], edges: [] },
  };
}
const colours = (g: GraphFile) => Object.fromEntries(g.clusters.map((c) => [c.id, c.color]));

describe('keepClusterColours', () => {
  it('leaves a first run as the graph stage made it', () => {
    const next = graph({ 0: ['a', 'b'], 1: ['c'] });
    expect(keepClusterColours(undefined, next)).toBe(next);
  });

  it('keeps each cluster its colour when two clusters swap ranks', () => {
    const previous = graph({ 0: ['a', 'b', 'c', 'd'], 1: ['e', 'f', 'g'], 2: ['x', 'y'] }, 2);
    // Two papers moved: the clusters swapped ids (ids are ranks by size).
    const next = graph({ 0: ['e', 'f', 'g', 'c', 'd'], 1: ['a', 'b'], 2: ['x', 'y'] }, 2);
    const kept = colours(keepClusterColours(previous, next));
    expect(kept[0]).toBe(clusterColor(1));
    expect(kept[1]).toBe(clusterColor(0));
    expect(kept[2]).toBe(OTHER_CLUSTER_COLOR);
  });

  it('gives a new cluster an unused colour, never the other-papers grey, and never one colour twice', () => {
    const previous = graph({ 0: ['a', 'b', 'c'], 1: ['d', 'e'] });
    const next = graph({ 0: ['a', 'b', 'c'], 1: ['p', 'q', 'r'], 2: ['d', 'e'] });
    const kept = keepClusterColours(previous, next).clusters.map((c) => c.color);
    expect(kept[0]).toBe(clusterColor(0));
    expect(kept[2]).toBe(clusterColor(1));
    expect(new Set(kept).size).toBe(3);
    expect(kept).not.toContain(OTHER_CLUSTER_COLOR);
  });

  it('matches a cluster only to one that holds the majority of its papers', () => {
    const previous = graph({ 0: ['a', 'b'], 1: ['z', 'y'] });
    // New cluster 1 is mostly old cluster 0; new cluster 0 shares one of four papers with it (a minority).
    const next = graph({ 0: ['a', 'c', 'd', 'e'], 1: ['b', 'z', 'y'] });
    const kept = colours(keepClusterColours(previous, next));
    expect(kept[1]).toBe(clusterColor(1));
    // Cluster 0 is new: the first colour nobody uses, here old cluster 0's, which no new cluster took.
    expect(kept[0]).toBe(clusterColor(0));
  });
});
