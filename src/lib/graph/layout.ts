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
  /** The "Other papers" remainder's cluster id: its disc goes at the edge, after the named clusters. */
  remainder?: number;
}

/** What a cached cluster layout depends on besides its inputs: the code that makes it. */
export const CLUSTER_LAYOUT_SOURCES = [
  'src/lib/graph/layout.ts',
  'src/lib/graph/cooccurrence.ts',
  'src/lib/graph/graph-keys.ts',
  'src/lib/graph/node-size.ts',
  'src/lib/graph/seeded-random.ts',
  'node_modules/graphology/package.json',
  'node_modules/graphology-layout-forceatlas2/package.json',
  'node_modules/graphology-layout-noverlap/package.json',
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
 * iterations) and scaled to a disc whose area follows its size; the discs are then packed by the cluster
 * graph (clusters linked by the links between their papers, {@link packDiscs}): clusters read as separate
 * regions, and clusters that share many links sit side by side.
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
    options.remainder,
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

export interface Disc {
  c: number;
  x: number;
  y: number;
  r: number;
}

/**
 * Arrange the cluster discs so that clusters with more links between them sit nearer each other, in a tight
 * bunch: discs are placed one at a time, each touching discs already placed, at the spot that keeps it
 * nearest (link-weighted) the clusters it links to and near the middle of the bunch. The cluster most
 * linked to the others goes first, then always the one most linked to those placed; the `last` cluster (the
 * "Other papers" remainder, papers of no cluster) goes at the edge after all the named ones, beside the
 * clusters it links to. Before, the biggest disc went in the middle (the remainder, usually: a grey disc of
 * 351 unnamed papers was the centre of 1,500 Inspec abstracts) and links only nudged a sunflower spiral, so
 * neighbouring discs meant nothing: 2 of those 20 clusters had the cluster they link to most among their
 * three nearest (by chance about 3), now 9; link-weighted, linked clusters sat at 0.88 of the plain mean
 * distance between clusters, now 0.78 (test/lib/graph/placement-measure.ts; a mixed library's clusters
 * all link to each other a little). No randomness: the same discs and links give the same places. A few
 * dozen discs, so plain loops over every spot beside one placed disc or touching two.
 */
export function packDiscs(discs: readonly Disc[], between: ReadonlyMap<string, number>, last?: number, gap = SPACING * 2): Disc[] {
  const weight = new Map<number, Map<number, number>>(discs.map((d) => [d.c, new Map()]));
  for (const [key, w] of between) {
    const [a, b] = key.split('|').map(Number) as [number, number];
    if (a === b || !weight.has(a) || !weight.has(b) || !(w > 0)) continue;
    weight.get(a)!.set(b, (weight.get(a)!.get(b) ?? 0) + w);
    weight.get(b)!.set(a, (weight.get(b)!.get(a) ?? 0) + w);
  }
  const total = (c: number) => [...weight.get(c)!].reduce((s, [o, w]) => (o === last ? s : s + w), 0);
  const unplaced = [...discs].sort((a, b) => b.r - a.r || a.c - b.c);
  const placed: Disc[] = [];
  const towardsPlaced = (c: number) => placed.reduce((s, p) => s + (weight.get(c)!.get(p.c) ?? 0), 0);
  while (unplaced.length > 0) {
    // The next disc: the one most linked to those placed (to the others, for the first); the remainder last.
    let best = -1;
    let bestKey: [number, number] = [-Infinity, -Infinity];
    unplaced.forEach((d, i) => {
      if (d.c === last && unplaced.length > 1) return;
      const key: [number, number] = [placed.length === 0 ? total(d.c) : towardsPlaced(d.c), total(d.c)];
      if (key[0] > bestKey[0] || (key[0] === bestKey[0] && key[1] > bestKey[1])) {
        best = i;
        bestKey = key;
      }
    });
    const disc = unplaced.splice(best, 1)[0]!;
    const spot = bestSpot(disc, placed, weight.get(disc.c)!, gap, disc.c === last);
    placed.push({ ...disc, ...spot });
  }
  swapDiscs(placed, weight, last, gap);
  // Centre the bunch on the origin.
  const middle = areaCentre(placed);
  const byId = new Map(placed.map((d) => [d.c, { ...d, x: d.x - middle.x, y: d.y - middle.y }]));
  return discs.map((d) => byId.get(d.c)!);
}

/**
 * Greedy placement leaves pairs that would do better in each other's spot (a disc placed early cannot know
 * the clusters placed after it): swap two discs' places while that shortens the link-weighted distances and
 * neither then covers another disc. Bounded rounds over all pairs; the remainder keeps its place at the edge.
 */
function swapDiscs(placed: Disc[], weight: ReadonlyMap<number, ReadonlyMap<number, number>>, last: number | undefined, gap: number): void {
  const discOf = new Map(placed.map((d) => [d.c, d]));
  const pull = (d: Disc, x: number, y: number, skip: Disc) => {
    let s = 0;
    for (const [o, w] of weight.get(d.c)!) {
      if (o === skip.c) continue;
      const p = discOf.get(o)!;
      s += w * Math.hypot(x - p.x, y - p.y);
    }
    return s;
  };
  const fits = (d: Disc, x: number, y: number, skip: Disc) =>
    placed.every((p) => p === d || p === skip || Math.hypot(x - p.x, y - p.y) >= p.r + d.r + gap - 1e-6);
  for (let round = 0; round < 20; round++) {
    let swapped = false;
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const a = placed[i]!;
        const b = placed[j]!;
        if (a.c === last || b.c === last) continue;
        const gain = pull(a, a.x, a.y, b) + pull(b, b.x, b.y, a) - pull(a, b.x, b.y, b) - pull(b, a.x, a.y, a);
        if (gain <= 1e-9 || !fits(a, b.x, b.y, b) || !fits(b, a.x, a.y, a)) continue;
        [a.x, a.y, b.x, b.y] = [b.x, b.y, a.x, a.y];
        swapped = true;
      }
    }
    if (!swapped) return;
  }
}

/** The discs' middle, each weighted by its area. */
function areaCentre(discs: readonly Disc[]): Point {
  const area = discs.reduce((s, d) => s + d.r * d.r, 0) || 1;
  return { x: discs.reduce((s, d) => s + d.x * d.r * d.r, 0) / area, y: discs.reduce((s, d) => s + d.y * d.r * d.r, 0) / area };
}

/** How much being near the bunch's middle counts beside being near linked clusters (both distances). */
const COMPACTNESS = 0.5;

/**
 * The free spot touching the placed discs where `disc` is cheapest: near its linked clusters and the bunch's
 * middle; for the remainder (`edge`), where the drawing's bounding box grows least (the canvas fits that box),
 * then nearest its linked clusters.
 */
function bestSpot(disc: Disc, placed: readonly Disc[], links: ReadonlyMap<number, number>, gap: number, edge: boolean): Point {
  if (placed.length === 0) return { x: 0, y: 0 };
  const { x: mx, y: my } = areaCentre(placed);
  const box = placed.reduce<[number, number, number, number]>(
    ([x0, y0, x1, y1], d) => [Math.min(x0, d.x - d.r), Math.min(y0, d.y - d.r), Math.max(x1, d.x + d.r), Math.max(y1, d.y + d.r)],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
  const linked = placed.filter((p) => (links.get(p.c) ?? 0) > 0);
  const linkWeight = linked.reduce((s, p) => s + links.get(p.c)!, 0);
  let best: Point = { x: 0, y: 0 };
  let bestCost: [number, number] = [Infinity, Infinity];
  const consider = (x: number, y: number) => {
    for (const p of placed) if (Math.hypot(x - p.x, y - p.y) < p.r + disc.r + gap - 1e-6) return;
    let cost = edge ? 0 : COMPACTNESS * Math.hypot(x - mx, y - my);
    for (const p of linked) cost += (links.get(p.c)! / linkWeight) * Math.hypot(x - p.x, y - p.y);
    // The box's area, to a thousandth of what it was: spots that grow it alike are told apart by their links.
    const width = Math.max(box[2], x + disc.r) - Math.min(box[0], x - disc.r);
    const height = Math.max(box[3], y + disc.r) - Math.min(box[1], y - disc.r);
    const grown = edge ? Math.round((1000 * width * height) / ((box[2] - box[0]) * (box[3] - box[1]))) : 0;
    if (grown < bestCost[0] || (grown === bestCost[0] && cost < bestCost[1] - 1e-9)) {
      bestCost = [grown, cost];
      best = { x, y };
    }
  };
  for (let i = 0; i < placed.length; i++) {
    const a = placed[i]!;
    const ra = a.r + disc.r + gap;
    for (let k = 0; k < 12; k++) {
      const angle = (2 * Math.PI * k) / 12;
      consider(a.x + ra * Math.cos(angle), a.y + ra * Math.sin(angle));
    }
    for (let j = i + 1; j < placed.length; j++) {
      // The two spots touching both a and b.
      const b = placed[j]!;
      const rb = b.r + disc.r + gap;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const d = Math.hypot(dx, dy);
      if (d === 0 || d > ra + rb || d < Math.abs(ra - rb)) continue;
      const along = (ra * ra - rb * rb + d * d) / (2 * d);
      const h = Math.sqrt(Math.max(0, ra * ra - along * along));
      const px = a.x + (dx * along) / d;
      const py = a.y + (dy * along) / d;
      consider(px - (dy * h) / d, py + (dx * h) / d);
      consider(px + (dy * h) / d, py - (dx * h) / d);
    }
  }
  return best;
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
