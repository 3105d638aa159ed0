import { describe, expect, it } from 'vitest';
import { findClusters, type WeightedEdge } from '../../../src/lib/graph/clusters';
import { previousClusters } from '../../../src/lib/graph/cluster-identity';
import { placeMisfits } from '../../../src/lib/graph/misfits';
import { clusterGraph } from '../../support/cluster-graph';

const options = { seed: 1, maxClusters: 20, minClusterSize: 2 };
const range = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(2, '0')}`);

/**
 * Two fields as a mixed library links them: a big one (`big`, ten papers, each tied to its next three at
 * 0.08, the loose ties of a broad field) and a small one (`small`, four papers, tied to one another at 0.3).
 */
function twoFields(): { big: string[]; small: string[]; edges: WeightedEdge[] } {
  const big = range('b', 10);
  const small = range('s', 4);
  const edges: WeightedEdge[] = [];
  for (let i = 0; i < big.length; i++) for (let d = 1; d <= 3; d++) edges.push({ source: big[i]!, target: big[(i + d) % big.length]!, weight: 0.08 });
  for (let i = 0; i < small.length; i++) for (let j = i + 1; j < small.length; j++) edges.push({ source: small[i]!, target: small[j]!, weight: 0.3 });
  return { big, small, edges };
}

describe('clusters of a mixed library: papers that hardly belong to their community', () => {
  it('puts a paper with a few strong links to a small field there, not in the big field its many weak links reach', () => {
    // The crop-yield paper of a review library: strong links to three agriculture papers, and a weak one
    // ("Climate", "Climate change") to nine papers of a bigger climate field, which sum to more.
    const { big, small, edges } = twoFields();
    edges.push({ source: 'x', target: small[0]!, weight: 0.14 }, { source: 'x', target: small[1]!, weight: 0.12 }, { source: 'x', target: small[2]!, weight: 0.09 });
    for (const b of big.slice(0, 9)) edges.push({ source: 'x', target: b, weight: 0.06 });
    const ids = [...big, ...small, 'x'].sort();
    const found = findClusters(ids, edges, options);
    expect(found.clusterOf.get('x')).toBe(found.clusterOf.get(small[0]!));
    expect(found.clusterOf.get('x')).not.toBe(found.clusterOf.get(big[0]!));
    expect(found.report.misfits).toEqual({ moved: 1, detached: 0 });
    // A re-run from this result ends the same.
    const again = findClusters(ids, edges, { ...options, previous: previousClusters(clusterGraph(found, (id) => `#00000${id}`)) });
    expect(again.clusterOf).toEqual(found.clusterOf);
  });

  it('leaves a paper whose only links are far weaker than its community ties in the other bucket', () => {
    // The banking paper of a review library, in "Higgs boson · LHC" by one link of shared wording.
    const { big, small, edges } = twoFields();
    edges.push({ source: 'y', target: small[0]!, weight: 0.06 }, { source: 'y', target: big[0]!, weight: 0.02 });
    const ids = [...big, ...small, 'y'].sort();
    const found = findClusters(ids, edges, options);
    expect(found.clusterOf.get('y')).toBe(found.otherId);
    expect(found.clusterOf.get(small[0]!)).not.toBe(found.otherId);
    expect(new Set(small.map((s) => found.clusterOf.get(s))).size).toBe(1);
    expect(found.report.misfits).toEqual({ moved: 0, detached: 1 });
    const again = findClusters(ids, edges, { ...options, previous: previousClusters(clusterGraph(found, (id) => `#00000${id}`)) });
    expect(again.clusterOf).toEqual(found.clusterOf);
  });

  it('keeps a paper whose links are as strong as its community ties, weak or strong', () => {
    // Within a field the ties are what they are: the big field's loose members stay, as do a paper's
    // weaker links into a community that holds its strongest.
    const { big, small, edges } = twoFields();
    edges.push({ source: 'z', target: big[0]!, weight: 0.09 }, { source: 'z', target: big[1]!, weight: 0.07 }, { source: 'z', target: small[0]!, weight: 0.05 });
    const ids = [...big, ...small, 'z'].sort();
    const found = findClusters(ids, edges, options);
    expect(found.clusterOf.get('z')).toBe(found.clusterOf.get(big[0]!));
    expect(found.report.misfits).toEqual({ moved: 0, detached: 0 });
  });
});

describe('placeMisfits', () => {
  it('judges every paper on the partition it is given, in one pass', () => {
    const edges = [
      { source: 'a', target: 'b', weight: 10 },
      { source: 'b', target: 'c', weight: 10 },
      { source: 'a', target: 'c', weight: 10 },
      { source: 'd', target: 'a', weight: 9 },
      { source: 'd', target: 'e', weight: 2 },
      { source: 'e', target: 'f', weight: 10 },
      { source: 'f', target: 'g', weight: 10 },
      { source: 'e', target: 'g', weight: 10 },
      { source: 'h', target: 'g', weight: 2 },
    ];
    const start = new Map([['a', 0], ['b', 0], ['c', 0], ['d', 1], ['e', 1], ['f', 1], ['g', 1], ['h', 1]]);
    const placed = placeMisfits(edges, start);
    // d: its strongest link (to a) is in community 0, its best inside (to e) under half of it.
    expect(placed.moved).toEqual(['d']);
    expect(placed.communityOf.get('d')).toBe(0);
    // h: its best link is inside, at a fifth of the community's typical tie (10): alone, under a new number.
    expect(placed.detached).toEqual(['h']);
    expect(placed.communityOf.get('h')).toBe(2);
    for (const p of ['a', 'b', 'c', 'e', 'f', 'g']) expect(placed.communityOf.get(p)).toBe(start.get(p));
  });

  it('changes nothing where every paper is closest to papers of its own community', () => {
    const edges = [
      { source: 'a', target: 'b', weight: 5 },
      { source: 'b', target: 'c', weight: 3 },
      { source: 'c', target: 'd', weight: 1 },
      { source: 'd', target: 'e', weight: 4 },
    ];
    const start = new Map([['a', 0], ['b', 0], ['c', 0], ['d', 1], ['e', 1]]);
    expect(placeMisfits(edges, start)).toEqual({ communityOf: start, moved: [], detached: [] });
  });
});
