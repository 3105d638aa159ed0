/**
 * Node-level modularity local moving: from a given partition, move single nodes to the neighbouring
 * community that raises modularity most, pass after pass in a fixed node order, until no single move
 * raises it. The result is a single-move local optimum, which is what makes clusters stable across runs:
 * started from the previous run's partition on a graph that changed in a few edges, only nodes near the
 * change have anything to gain, so only they move (Louvain from scratch, by contrast, is chaotic: one
 * changed edge reorders its merges and reshuffles thousands of nodes). Started from its own output on an
 * unchanged graph it moves nothing, so a re-run is an exact fixed point.
 *
 * Gains are compared exactly: with integer weights and resolution 1 every quantity below is an integer
 * far below 2^53, so no rounding can make a move look like a gain in one run and not in the next.
 */

export interface LocalMovingEdge {
  source: string;
  target: string;
  /** A positive integer (scale and round real weights first). */
  weight: number;
}

export interface LocalMovingResult {
  /** Community of every node that has an edge, numbered 0, 1, ... in order of each community's first node. */
  communityOf: Map<string, number>;
  moves: number;
  passes: number;
}

interface Csr {
  nodes: string[];
  offsets: Int32Array;
  neighbours: Int32Array;
  weights: Float64Array;
  degree: Float64Array;
  /** Twice the total edge weight. */
  twoM: number;
}

/** Nodes that have an edge, in the given order; self-loops and repeated pairs are rejected, not merged. */
function compressedGraph(order: readonly string[], edges: readonly LocalMovingEdge[]): Csr {
  const indexOf = new Map<string, number>();
  for (const id of order) if (!indexOf.has(id)) indexOf.set(id, indexOf.size);
  const count = new Int32Array(indexOf.size);
  const ends: Array<[number, number, number]> = [];
  for (const e of edges) {
    const a = indexOf.get(e.source);
    const b = indexOf.get(e.target);
    if (a === undefined || b === undefined) throw new Error(`local moving: edge ${e.source} – ${e.target} names a node outside the node list`);
    if (a === b) throw new Error(`local moving: self-loop on ${e.source}`);
    if (!Number.isSafeInteger(e.weight) || e.weight <= 0) throw new Error(`local moving: weight of ${e.source} – ${e.target} must be a positive integer, got ${e.weight}`);
    count[a]!++;
    count[b]!++;
    ends.push([a, b, e.weight]);
  }
  // Only nodes with an edge take part; they keep the given order.
  const kept: number[] = [];
  const compact = new Int32Array(indexOf.size).fill(-1);
  for (let i = 0; i < indexOf.size; i++) if (count[i]! > 0) compact[i] = kept.push(i) - 1;
  const all = [...indexOf.keys()];
  const n = kept.length;
  const offsets = new Int32Array(n + 1);
  for (let j = 0; j < n; j++) offsets[j + 1] = offsets[j]! + count[kept[j]!]!;
  const fill = offsets.slice(0, n);
  const neighbours = new Int32Array(offsets[n]!);
  const weights = new Float64Array(offsets[n]!);
  const degree = new Float64Array(n);
  let twoM = 0;
  for (const [a0, b0, w] of ends) {
    const a = compact[a0]!;
    const b = compact[b0]!;
    neighbours[fill[a]!] = b;
    weights[fill[a]!++] = w;
    neighbours[fill[b]!] = a;
    weights[fill[b]!++] = w;
    degree[a]! += w;
    degree[b]! += w;
    twoM += 2 * w;
  }
  // Neighbours in node order, so the scan (and with it every tie) does not depend on the edge order.
  for (let j = 0; j < n; j++) {
    const from = offsets[j]!;
    const to = offsets[j + 1]!;
    const pairs = [...neighbours.subarray(from, to)].map((v, k) => [v, weights[from + k]!] as const).sort((x, y) => x[0] - y[0]);
    for (let k = 0; k < pairs.length; k++) {
      if (k > 0 && pairs[k]![0] === pairs[k - 1]![0]) throw new Error(`local moving: two edges between ${all[kept[j]!]} and ${all[kept[pairs[k]![0]]!]}`);
      neighbours[from + k] = pairs[k]![0];
      weights[from + k] = pairs[k]![1];
    }
  }
  let maxDegree = 0;
  for (const d of degree) maxDegree = Math.max(maxDegree, d);
  if (!Number.isSafeInteger(twoM * maxDegree)) throw new Error('local moving: total edge weight too large for exact gains; scale the weights down');
  return { nodes: kept.map((i) => all[i]!), offsets, neighbours, weights, degree, twoM };
}

/**
 * Local moving from `start` (node → any community label; nodes it lacks start alone). Nodes are visited in
 * `order` (callers pass ids sorted, so the result depends on the graph and the start only). A node moves
 * only on a strict gain, to the best neighbouring community (first in neighbour order on a tie).
 */
export function localMoving(
  order: readonly string[],
  edges: readonly LocalMovingEdge[],
  start: ReadonlyMap<string, number>,
  options: { maxPasses?: number } = {},
): LocalMovingResult {
  const g = compressedGraph(order, edges);
  const n = g.nodes.length;
  const community = new Int32Array(n);
  const labels = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const label = start.get(g.nodes[i]!);
    if (label === undefined) community[i] = -1;
    else {
      let c = labels.get(label);
      if (c === undefined) labels.set(label, (c = labels.size));
      community[i] = c;
    }
  }
  let communities = labels.size;
  for (let i = 0; i < n; i++) if (community[i] === -1) community[i] = communities++;
  // Σ_C, the total degree of each community.
  const total = new Float64Array(communities);
  for (let i = 0; i < n; i++) total[community[i]!]! += g.degree[i]!;
  // k_i,C, the weight from the node being visited to each community (zeroed again after each visit).
  const scratch = new Float64Array(communities);
  const touched: number[] = [];
  let moves = 0;
  let passes = 0;
  const maxPasses = options.maxPasses ?? Number.POSITIVE_INFINITY;
  for (let moved = true; moved && passes < maxPasses; ) {
    moved = false;
    passes++;
    for (let i = 0; i < n; i++) {
      const own = community[i]!;
      const k = g.degree[i]!;
      for (let e = g.offsets[i]!; e < g.offsets[i + 1]!; e++) {
        const c = community[g.neighbours[e]!]!;
        if (scratch[c] === 0) touched.push(c);
        scratch[c]! += g.weights[e]!;
      }
      total[own]! -= k;
      // Gain of joining community C, times 2m: 2m·k_i,C − k_i·Σ_C (Σ_C without node i); integers, exact.
      const gain = (c: number) => g.twoM * scratch[c]! - k * total[c]!;
      // Staying alone (gain 0) is never better than the best neighbouring community: their Σ_C sum to less
      // than 2m while their k_i,C sum to k_i, so one of them has 2m·k_i,C > k_i·Σ_C. No need to try it.
      let best = own;
      let bestGain = gain(own);
      for (const c of touched) {
        if (c === own) continue;
        const value = gain(c);
        if (value > bestGain) {
          best = c;
          bestGain = value;
        }
      }
      total[best]! += k;
      for (const c of touched) scratch[c] = 0;
      touched.length = 0;
      if (best !== own) {
        community[i] = best;
        moves++;
        moved = true;
      }
    }
  }

  const renumber = new Map<number, number>();
  const communityOf = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    let c = renumber.get(community[i]!);
    if (c === undefined) renumber.set(community[i]!, (c = renumber.size));
    communityOf.set(g.nodes[i]!, c);
  }
  return { communityOf, moves, passes };
}

/**
 * Modularity (resolution 1) of a partition of the nodes that have an edge: the share of edge weight inside
 * communities minus the share expected at random for the same degrees.
 */
export function modularity(edges: readonly { source: string; target: string; weight: number }[], communityOf: ReadonlyMap<string, number>): number {
  let twoM = 0;
  let inside = 0;
  const total = new Map<number, number>();
  const add = (node: string, w: number) => {
    const c = communityOf.get(node);
    if (c === undefined) throw new Error(`modularity: ${node} has no community`);
    total.set(c, (total.get(c) ?? 0) + w);
    return c;
  };
  for (const e of edges) {
    twoM += 2 * e.weight;
    if (add(e.source, e.weight) === add(e.target, e.weight)) inside += 2 * e.weight;
  }
  if (twoM === 0) return 0;
  let expected = 0;
  for (const t of total.values()) expected += (t / twoM) ** 2;
  return inside / twoM - expected;
}
