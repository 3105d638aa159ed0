/**
 * Build-time positions. The browser never runs a force layout: it draws these coordinates as they are.
 *
 * Papers: ForceAtlas2 (Barnes–Hut above a few hundred nodes) for a bounded number of iterations, started
 * from a seeded placement that already groups each cluster, so few iterations suffice; then a bounded
 * overlap-removal pass. Papers without links are laid out in rows under the drawing, where they do not
 * blur the structure. Concepts: at the weighted centre of their papers, so both views share the paper
 * positions and switching views keeps the reader's bearings.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { WeightedEdge } from './clusters';
import { compareIds } from './cooccurrence';
import { nodeDiameter } from './node-size';
import { seededRandom } from './seeded-random';
import { graphKey, paperOfKey } from './graph-keys';
import type { KeyedCache } from '../cache/keyed-cache';

export interface Point {
  x: number;
  y: number;
}

export interface LayoutNode {
  id: string;
  cluster: number;
  degree: number;
}

export interface LayoutOptions {
  seed: number;
  /** ForceAtlas2 iterations; default scales down with the graph size to keep the stage fast. */
  iterations?: number;
  /**
   * Big graphs' per-cluster layouts by their inputs (see {@link clusterLayoutKey}): a re-run after a small
   * edit lays out again only the clusters whose papers or links changed, and the others keep their shape.
   */
  clusterLayouts?: KeyedCache<ClusterLayout>;
}

/** What a cached cluster layout depends on besides its inputs: the code that makes it. */
export const CLUSTER_LAYOUT_SOURCES = [
  'src/lib/graph/layout.ts',
  'src/lib/graph/graph-keys.ts',
  'src/lib/graph/node-size.ts',
  'src/lib/graph/seeded-random.ts',
  'node_modules/graphology/package.json',
  'node_modules/graphology-layout-forceatlas2/package.json',
] as const;

/** One cluster's own layout, before it is placed among the others: each member's position, in member order. */
export type ClusterLayout = Array<[id: string, x: number, y: number]>;

/** A cached {@link ClusterLayout} as read back, or undefined when it is not one. */
export function checkClusterLayout(value: unknown): ClusterLayout | undefined {
  if (!Array.isArray(value)) return undefined;
  for (const p of value) {
    if (!Array.isArray(p) || p.length !== 3 || typeof p[0] !== 'string' || !Number.isFinite(p[1]) || !Number.isFinite(p[2])) return undefined;
  }
  return value as ClusterLayout;
}

/**
 * Everything a cluster's own layout depends on: the seed of its start, its iterations, its members (in
 * order, with the degree that sizes them) and its links (in order, with weights).
 */
export function clusterLayoutKey(seed: number, iterations: number, members: readonly LayoutNode[], links: readonly WeightedEdge[]): string {
  return JSON.stringify([seed, iterations, members.map((m) => [m.id, m.degree]), links.map((e) => [e.source, e.target, e.weight])]);
}

/**
 * A cluster's own layout sees its links' weights in steps of {@link WEIGHT_STEP}. Changing one abstract
 * shifts the term statistics of the whole collection, and with them the weights of links in clusters far
 * from that paper, by a thousandth or so: no drawing shows that, yet as inputs of the cached layouts such
 * shifts made 8 of 21 clusters lay out again at 10,000 papers where 2 had a link added or removed.
 */
export function layoutWeight(weight: number): number {
  return Math.max(1, Math.round(weight / WEIGHT_STEP)) * WEIGHT_STEP;
}
const WEIGHT_STEP = 0.05;

/** Each cluster starts from a random stream of its own, so its layout does not depend on the others'. */
function clusterSeed(seed: number, cluster: number): number {
  return (seed ^ Math.imul(cluster + 1, 0x9e3779b1)) >>> 0;
}

/** Average room per node in graph units: sets the drawing's scale so nodes have space around them. */
const SPACING = 40;

/**
 * Iterations shrink as the graph grows so the stage stays within a few seconds at 10,000 papers (one
 * Barnes–Hut iteration costs O(n log n)); graphs that big are laid out cluster by cluster anyway.
 */
export function defaultIterations(nodeCount: number): number {
  if (nodeCount <= 300) return 300;
  if (nodeCount <= 2000) return 150;
  return Math.max(30, Math.round(400_000 / nodeCount));
}

export function layoutPapers(nodes: readonly LayoutNode[], edges: readonly WeightedEdge[], options: LayoutOptions): Map<string, Point> {
  const random = seededRandom(options.seed);
  const linked = new Set<string>();
  for (const e of edges) {
    if (e.source === e.target) continue;
    linked.add(e.source);
    linked.add(e.target);
  }
  const connected = nodes.filter((n) => linked.has(n.id));
  const isolated = nodes.filter((n) => !linked.has(n.id));
  const positions = new Map<string, Point>();

  if (connected.length > TWO_LEVEL_ABOVE) {
    layoutByCluster(connected, edges, options, positions);
  } else if (connected.length > 0) {
    const start = clusteredStart(connected, random);
    const graph = forceLayout(connected, edges, start, options.iterations ?? defaultIterations(connected.length));
    // Bring the drawing to a known scale (area ≈ nodes × SPACING²), then push apart what still overlaps.
    rescale(graph, Math.sqrt(graph.order) * SPACING);
    noverlap.assign(graph, { maxIterations: 30, settings: { margin: 3, ratio: 1, speed: 3, gridSize: 20 } });
    graph.forEachNode((key, attr) => positions.set(paperOfKey(key), { x: attr.x as number, y: attr.y as number }));
  }

  if (isolated.length > 0) placeInRows(isolated, positions);
  for (const [id, p] of positions) positions.set(id, { x: Math.round(p.x), y: Math.round(p.y) });
  return positions;
}

/**
 * Above this many linked papers, the two-level layout. One force layout of the whole graph draws a few
 * hundred loosely linked papers (a mixed library, where most links are weak) as one disc of touching
 * wedges, and past 2,000 it would need more iterations than the stage can afford; cluster by cluster, each
 * topic is a region of its own at any size (1,600 Inspec abstracts: 21 separate discs, in half the time).
 * Small collections keep the single layout, where links between clusters still show as paths.
 */
const TWO_LEVEL_ABOVE = 400;

function forceLayout(nodes: readonly LayoutNode[], edges: readonly WeightedEdge[], start: ReadonlyMap<string, Point>, iterations: number): Graph {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const node of nodes) {
    const p = start.get(node.id)!;
    graph.addNode(graphKey(node.id), { x: p.x, y: p.y, size: nodeDiameter('paper', node.degree) / 2 });
  }
  for (const e of edges) {
    const [source, target] = [graphKey(e.source), graphKey(e.target)];
    if (source === target || !graph.hasNode(source) || !graph.hasNode(target) || graph.hasEdge(source, target)) continue;
    graph.addEdge(source, target, { weight: e.weight });
  }
  const n = graph.order;
  if (graph.size === 0) return graph;
  forceAtlas2.assign(graph, {
    iterations,
    settings: {
      ...forceAtlas2.inferSettings(n),
      barnesHutOptimize: n > 400,
      barnesHutTheta: 0.6,
      linLogMode: true,
      outboundAttractionDistribution: true,
      edgeWeightInfluence: 1,
      adjustSizes: false,
    },
    getEdgeWeight: 'weight',
  });
  return graph;
}

/**
 * Two levels: each cluster is laid out on its own (small graphs, so ForceAtlas2 converges in few
 * iterations) and scaled to a disc whose area follows its size; the discs are then arranged by a force
 * layout of the cluster graph (clusters linked by the links between their papers) and pushed apart until
 * none overlap. Clusters read as separate regions, neighbouring clusters sit side by side.
 */
function layoutByCluster(
  nodes: readonly LayoutNode[],
  edges: readonly WeightedEdge[],
  options: LayoutOptions,
  positions: Map<string, Point>,
): void {
  const clusterOf = new Map(nodes.map((n) => [n.id, n.cluster]));
  const groups = new Map<number, LayoutNode[]>();
  for (const n of nodes) {
    const list = groups.get(n.cluster);
    if (list) list.push(n);
    else groups.set(n.cluster, [n]);
  }
  const clusters = [...groups.keys()].sort((a, b) => a - b);
  // Each cluster's own links, in input order: a cluster's layout never looks at the others' links.
  const inside = new Map<number, WeightedEdge[]>(clusters.map((c) => [c, []]));
  for (const e of edges) {
    const a = clusterOf.get(e.source);
    if (a !== undefined && a === clusterOf.get(e.target)) inside.get(a)!.push({ ...e, weight: layoutWeight(e.weight) });
  }
  const local = new Map<string, Point>();
  const radius = new Map<number, number>();
  for (const c of clusters) {
    const members = groups.get(c)!;
    const links = inside.get(c)!;
    const seed = clusterSeed(options.seed, c);
    const iterations = options.iterations ?? Math.min(100, defaultIterations(members.length));
    const key = options.clusterLayouts && clusterLayoutKey(seed, iterations, members, links);
    let layout = key === undefined ? undefined : options.clusterLayouts!.get(key);
    if (layout && (layout.length !== members.length || layout.some(([id], i) => id !== members[i]!.id))) layout = undefined;
    if (!layout) {
      layout = layoutCluster(members, links, seed, iterations);
      if (key !== undefined) options.clusterLayouts!.put(key, layout);
    }
    radius.set(c, clusterRadius(members.length));
    for (const [id, x, y] of layout) local.set(id, { x, y });
  }

  // The cluster graph: one node per cluster, links weighted by the links between their papers.
  const between = new Map<string, number>();
  for (const e of edges) {
    const a = clusterOf.get(e.source);
    const b = clusterOf.get(e.target);
    if (a === undefined || b === undefined || a === b) continue;
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    between.set(key, (between.get(key) ?? 0) + e.weight);
  }
  const centres = packDiscs(
    clusters.map((c) => ({ c, x: 0, y: 0, r: radius.get(c)! })),
    between,
  );
  for (const { c, x, y } of centres) {
    for (const m of groups.get(c)!) {
      const p = local.get(m.id)!;
      positions.set(m.id, { x: x + p.x, y: y + p.y });
    }
  }
}

function clusterRadius(members: number): number {
  return SPACING * Math.sqrt(members / Math.PI);
}

/** A cluster laid out on its own, centred on the origin and scaled to its disc. */
function layoutCluster(members: readonly LayoutNode[], links: readonly WeightedEdge[], seed: number, iterations: number): ClusterLayout {
  const random = seededRandom(seed);
  const start = new Map<string, Point>();
  const r0 = Math.sqrt(members.length);
  for (const m of members) {
    const a = 2 * Math.PI * random();
    const r = r0 * Math.sqrt(random());
    start.set(m.id, { x: r * Math.cos(a), y: r * Math.sin(a) });
  }
  const graph = forceLayout(members, links, start, iterations);
  rescale(graph, 2 * clusterRadius(members.length));
  return members.map((m) => {
    const attr = graph.getNodeAttributes(graphKey(m.id));
    return [m.id, attr.x as number, attr.y as number];
  });
}

/**
 * Arrange the cluster discs: largest in the middle on a sunflower spiral, then rounds of pulling linked
 * clusters together and everything towards the centre, each followed by pushing overlaps apart. A few
 * dozen discs at most, so plain loops, bounded and deterministic.
 */
function packDiscs(discs: { c: number; x: number; y: number; r: number }[], between: ReadonlyMap<string, number>): typeof discs {
  const order = [...discs].sort((a, b) => b.r - a.r || a.c - b.c);
  const mean = order.reduce((sum, d) => sum + d.r, 0) / Math.max(1, order.length);
  order.forEach((d, i) => {
    const angle = i * 2.399963;
    const r = 2 * mean * Math.sqrt(i);
    d.x = r * Math.cos(angle);
    d.y = r * Math.sin(angle);
  });
  const byId = new Map(discs.map((d) => [d.c, d]));
  const links = [...between]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([key, w]) => {
      const [a, b] = key.split('|').map(Number) as [number, number];
      return { a: byId.get(a)!, b: byId.get(b)!, w };
    });
  const strongest = links.reduce((m, l) => Math.max(m, l.w), 0);
  const gap = SPACING * 2;
  for (let round = 0; round < 60; round++) {
    for (const { a, b, w } of links) {
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const d = Math.hypot(dx, dy);
      const slack = d - a.r - b.r - gap;
      if (d === 0 || slack <= 0) continue;
      const step = (0.15 * (w / strongest) * slack) / d;
      a.x += dx * step;
      a.y += dy * step;
      b.x -= dx * step;
      b.y -= dy * step;
    }
    for (const d of discs) {
      d.x *= 0.9;
      d.y *= 0.9;
    }
    separateDiscs(discs, gap);
  }
  return discs;
}

/** Push overlapping discs apart (bounded, deterministic), then scale out whatever overlap is left. */
function separateDiscs(discs: { x: number; y: number; r: number }[], gap: number): void {
  for (let round = 0; round < 200; round++) {
    let moved = false;
    for (let i = 0; i < discs.length; i++) {
      for (let j = i + 1; j < discs.length; j++) {
        const a = discs[i]!;
        const b = discs[j]!;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let d = Math.hypot(dx, dy);
        if (d < 1e-6) {
          dx = 1;
          dy = 0;
          d = 1;
        }
        const overlap = a.r + b.r + gap - d;
        if (overlap <= 0) continue;
        moved = true;
        const push = overlap / 2 / d;
        a.x -= dx * push;
        a.y -= dy * push;
        b.x += dx * push;
        b.y += dy * push;
      }
    }
    if (!moved) return;
  }
  let k = 1;
  for (let i = 0; i < discs.length; i++) {
    for (let j = i + 1; j < discs.length; j++) {
      const a = discs[i]!;
      const b = discs[j]!;
      const d = Math.hypot(b.x - a.x, b.y - a.y);
      if (d > 0) k = Math.max(k, (a.r + b.r + gap) / d);
    }
  }
  for (const disc of discs) {
    disc.x *= k;
    disc.y *= k;
  }
}

/** Clusters on a circle, each cluster's papers scattered in a disc whose area follows its size. */
function clusteredStart(nodes: readonly LayoutNode[], random: () => number): Map<string, Point> {
  const sizes = new Map<number, number>();
  for (const n of nodes) sizes.set(n.cluster, (sizes.get(n.cluster) ?? 0) + 1);
  const clusters = [...sizes.keys()].sort((a, b) => a - b);
  const total = nodes.length;
  const ring = clusters.length > 1 ? Math.sqrt(total) * 2 : 0;
  const centres = new Map<number, Point>();
  clusters.forEach((c, i) => {
    const angle = (2 * Math.PI * i) / clusters.length;
    centres.set(c, { x: ring * Math.cos(angle), y: ring * Math.sin(angle) });
  });
  const start = new Map<string, Point>();
  for (const n of nodes) {
    const centre = centres.get(n.cluster)!;
    const radius = Math.sqrt(sizes.get(n.cluster)!) * Math.sqrt(random());
    const angle = 2 * Math.PI * random();
    start.set(n.id, { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
  }
  return start;
}

/** Centre the drawing on the origin and scale it so its longer side is `side`. */
function rescale(graph: Graph, side: number): void {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_, a) => {
    minX = Math.min(minX, a.x as number);
    maxX = Math.max(maxX, a.x as number);
    minY = Math.min(minY, a.y as number);
    maxY = Math.max(maxY, a.y as number);
  });
  const extent = Math.max(maxX - minX, maxY - minY) || 1;
  const k = side / extent;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  graph.updateEachNodeAttributes((_, a) => ({ ...a, x: ((a.x as number) - cx) * k, y: ((a.y as number) - cy) * k }));
}

/** Unlinked papers in rows under the drawing (or centred when nothing is linked), grouped by cluster. */
function placeInRows(nodes: readonly LayoutNode[], positions: Map<string, Point>): void {
  let minX = 0;
  let maxX = 0;
  let maxY = 0;
  for (const p of positions.values()) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  const sorted = [...nodes].sort((a, b) => a.cluster - b.cluster || compareIds(a.id, b.id));
  const step = SPACING * 1.2;
  const width = positions.size > 0 ? Math.max(maxX - minX, step * 8) : Math.sqrt(sorted.length) * step;
  const perRow = Math.max(1, Math.floor(width / step) + 1);
  const left = positions.size > 0 ? minX : -width / 2;
  const top = positions.size > 0 ? maxY + SPACING * 3 : -(Math.ceil(sorted.length / perRow) * step) / 2;
  sorted.forEach((node, i) => {
    positions.set(node.id, { x: left + (i % perRow) * step, y: top + Math.floor(i / perRow) * step });
  });
}

/**
 * Each concept at the weighted centre of the papers it is drawn linked to, nudged by a small seeded offset
 * so concepts with the same papers do not sit exactly on top of each other.
 */
export function placeConcepts(
  concepts: readonly string[],
  tagged: readonly WeightedEdge[],
  paperPositions: ReadonlyMap<string, Point>,
  seed: number,
): Map<string, Point> {
  const random = seededRandom(seed ^ 0x9e3779b9);
  const sums = new Map<string, { x: number; y: number; w: number }>();
  for (const e of tagged) {
    const p = paperPositions.get(e.source);
    if (!p) continue;
    const s = sums.get(e.target) ?? { x: 0, y: 0, w: 0 };
    const w = Math.max(e.weight, 1e-3);
    s.x += p.x * w;
    s.y += p.y * w;
    s.w += w;
    sums.set(e.target, s);
  }
  const result = new Map<string, Point>();
  for (const id of concepts) {
    const s = sums.get(id);
    const angle = 2 * Math.PI * random();
    const r = SPACING * (0.4 + 0.6 * random());
    const base = s && s.w > 0 ? { x: s.x / s.w, y: s.y / s.w } : { x: 0, y: 0 };
    result.set(id, { x: Math.round(base.x + r * Math.cos(angle)), y: Math.round(base.y + r * Math.sin(angle)) });
  }
  return result;
}
