import { describe, expect, it } from 'vitest';
import { localMoving, modularity, type LocalMovingEdge } from '../../../src/lib/graph/local-moving';
import { seededRandom } from '../../../src/lib/graph/seeded-random';

const sorted = (ids: Iterable<string>) => [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** Planted groups: denser inside (weight 3..9) than between (weight 1..3), integer weights. */
function plantedGraph(groups: number, size: number, seed: number, inside = 0.3, between = 0.01): { nodes: string[]; edges: LocalMovingEdge[] } {
  const random = seededRandom(seed);
  const nodes = Array.from({ length: groups * size }, (_, i) => `n${String(i).padStart(4, '0')}`);
  const edges: LocalMovingEdge[] = [];
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const same = Math.floor(i / size) === Math.floor(j / size);
      if (random() < (same ? inside : between)) edges.push({ source: nodes[i]!, target: nodes[j]!, weight: same ? 3 + Math.floor(random() * 7) : 1 + Math.floor(random() * 3) });
    }
  }
  return { nodes, edges };
}

function partitionOf(map: ReadonlyMap<string, number>): string[] {
  const groups = new Map<number, string[]>();
  for (const [node, c] of map) groups.set(c, [...(groups.get(c) ?? []), node]);
  return [...groups.values()].map((g) => sorted(g).join(',')).sort();
}

/** Nodes not in the community matched to theirs (communities paired greedily by overlap). */
function movedNodes(before: ReadonlyMap<string, number>, after: ReadonlyMap<string, number>): number {
  const overlap = new Map<string, number>();
  for (const [node, c] of after) overlap.set(`${before.get(node)}:${c}`, (overlap.get(`${before.get(node)}:${c}`) ?? 0) + 1);
  const pairedBefore = new Set<string>();
  const pairedAfter = new Set<string>();
  let kept = 0;
  for (const [key, n] of [...overlap].sort((x, y) => y[1] - x[1])) {
    const [b, a] = key.split(':') as [string, string];
    if (pairedBefore.has(b) || pairedAfter.has(a)) continue;
    pairedBefore.add(b);
    pairedAfter.add(a);
    kept += n;
  }
  return after.size - kept;
}

describe('localMoving', () => {
  it('splits two triangles joined by one edge, from all nodes alone', () => {
    const edges = [
      ['a', 'b'], ['b', 'c'], ['a', 'c'],
      ['x', 'y'], ['y', 'z'], ['x', 'z'],
      ['c', 'x'],
    ].map(([source, target]) => ({ source: source!, target: target!, weight: 1 }));
    const { communityOf } = localMoving(['a', 'b', 'c', 'x', 'y', 'z'], edges, new Map());
    expect(partitionOf(communityOf)).toEqual(['a,b,c', 'x,y,z']);
    expect(modularity(edges, communityOf)).toBeCloseTo(5 / 14, 10);
  });

  it('ends where no single move (to a neighbouring community or alone) raises modularity', () => {
    const { nodes, edges } = plantedGraph(4, 12, 3);
    const { communityOf } = localMoving(nodes, edges, new Map());
    const base = modularity(edges, communityOf);
    const labels = new Set(communityOf.values());
    for (const node of communityOf.keys()) {
      for (const target of [...labels, -1]) {
        if (target === communityOf.get(node)) continue;
        const moved = new Map(communityOf).set(node, target);
        expect(modularity(edges, moved), `${node} to ${target}`).toBeLessThanOrEqual(base + 1e-12);
      }
    }
  });

  it('is an exact fixed point on its own result', () => {
    const { nodes, edges } = plantedGraph(5, 30, 5);
    const first = localMoving(nodes, edges, new Map());
    expect(first.moves).toBeGreaterThan(0);
    const again = localMoving(nodes, edges, first.communityOf);
    expect(again.moves).toBe(0);
    expect(again.passes).toBe(1);
    expect(partitionOf(again.communityOf)).toEqual(partitionOf(first.communityOf));
  });

  it('never lowers modularity, from any start', () => {
    const { nodes, edges } = plantedGraph(4, 25, 9);
    const random = seededRandom(42);
    for (let trial = 0; trial < 10; trial++) {
      const start = new Map(nodes.map((n) => [n, Math.floor(random() * (2 + trial))]));
      const { communityOf } = localMoving(nodes, edges, start);
      expect(modularity(edges, communityOf)).toBeGreaterThanOrEqual(modularity(edges, start) - 1e-12);
    }
  });

  it('gives the same partition whatever the edge order and the start labels', () => {
    const { nodes, edges } = plantedGraph(4, 25, 11);
    const start = new Map(nodes.map((n, i) => [n, i % 7]));
    const a = localMoving(nodes, edges, start);
    const flipped = edges.map((e) => ({ source: e.target, target: e.source, weight: e.weight })).reverse();
    const relabelled = new Map([...start].map(([n, c]) => [n, 1000 - c * 13]));
    const b = localMoving(nodes, flipped, relabelled);
    expect(b.communityOf).toEqual(a.communityOf);
  });

  it('moves only a few nodes when one edge changes, started from the previous result', () => {
    // Groups only loosely planted, so the local optimum is one of many.
    const { nodes, edges } = plantedGraph(6, 40, 13, 0.08, 0.04);
    const before = localMoving(nodes, edges, new Map(nodes.map((n, i) => [n, Math.floor(i / 40)])));
    // A new strong edge between two groups, and one edge inside a group dropped.
    const changed = [...edges.slice(1).filter((e) => !(e.source === nodes[5] && e.target === nodes[205])), { source: nodes[5]!, target: nodes[205]!, weight: 9 }];
    const after = localMoving(nodes, changed, before.communityOf);
    expect(movedNodes(before.communityOf, after.communityOf)).toBeLessThanOrEqual(2);
    expect(modularity(changed, after.communityOf)).toBeGreaterThanOrEqual(modularity(changed, before.communityOf));
  });

  it('pulls a node out of a start community it has no link to', () => {
    // `p` starts with a and b but links only to q.
    const edges = [
      { source: 'a', target: 'b', weight: 100 },
      { source: 'b', target: 'q', weight: 1 },
      { source: 'p', target: 'q', weight: 50 },
    ];
    const { communityOf, moves } = localMoving(['a', 'b', 'p', 'q'], edges, new Map([['a', 0], ['b', 0], ['p', 0], ['q', 1]]));
    expect(partitionOf(communityOf)).toEqual(['a,b', 'p,q']);
    expect(moves).toBe(1);
  });

  it('takes user text as node ids without touching Object.prototype', () => {
    const ids = ['__proto__', 'constructor', 'toString', 'valueOf'];
    const edges = [
      { source: '__proto__', target: 'constructor', weight: 2 },
      { source: 'toString', target: 'valueOf', weight: 2 },
    ];
    expect(partitionOf(localMoving(ids, edges, new Map()).communityOf)).toEqual(['__proto__,constructor', 'toString,valueOf']);
  });

  it('rejects weights that would make the gains inexact, and edges it cannot place', () => {
    expect(() => localMoving(['a', 'b'], [{ source: 'a', target: 'b', weight: 0.5 }], new Map())).toThrow(/positive integer/);
    expect(() => localMoving(['a'], [{ source: 'a', target: 'b', weight: 1 }], new Map())).toThrow(/outside the node list/);
    expect(() => localMoving(['a', 'b'], [{ source: 'a', target: 'b', weight: 1 }, { source: 'b', target: 'a', weight: 1 }], new Map())).toThrow(/two edges/);
  });
});
