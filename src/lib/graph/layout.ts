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
}

/** Average room per node in graph units: sets the drawing's scale so nodes have space around them. */
const SPACING = 40;

/**
 * Iterations shrink as the graph grows so the stage stays within a few seconds at 10,000 papers (one
 * Barnes–Hut iteration costs O(n log n)); the clustered start makes up for the fewer iterations.
 */
export function defaultIterations(nodeCount: number): number {
  if (nodeCount <= 300) return 400;
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

  if (connected.length > 0) {
    const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
    const start = clusteredStart(connected, random);
    for (const node of connected) {
      const p = start.get(node.id)!;
      graph.addNode(node.id, { x: p.x, y: p.y, size: nodeDiameter('paper', node.degree) / 2 });
    }
    for (const e of edges) {
      if (e.source === e.target || graph.hasEdge(e.source, e.target)) continue;
      graph.addEdge(e.source, e.target, { weight: e.weight });
    }
    const n = graph.order;
    const settings = {
      ...forceAtlas2.inferSettings(n),
      barnesHutOptimize: n > 400,
      // A coarser approximation for big graphs: about twice as fast per iteration, indistinguishable drawn.
      barnesHutTheta: n > 2000 ? 1.0 : 0.6,
      linLogMode: true,
      outboundAttractionDistribution: true,
      edgeWeightInfluence: 1,
      adjustSizes: false,
    };
    forceAtlas2.assign(graph, {
      iterations: options.iterations ?? defaultIterations(n),
      settings,
      getEdgeWeight: 'weight',
    });
    // Bring the drawing to a known scale (area ≈ nodes × SPACING²), then push apart what still overlaps.
    rescale(graph, Math.sqrt(n) * SPACING);
    // Overlap removal is quadratic within crowded grid cells; above a few thousand nodes it would cost more
    // than the force layout itself, and nodes there are seen zoomed out anyway.
    if (n <= 2000) noverlap.assign(graph, { maxIterations: 30, settings: { margin: 3, ratio: 1, speed: 3, gridSize: 20 } });
    graph.forEachNode((id, attr) => positions.set(id, { x: attr.x as number, y: attr.y as number }));
  }

  if (isolated.length > 0) placeInRows(isolated, positions);
  for (const [id, p] of positions) positions.set(id, { x: Math.round(p.x), y: Math.round(p.y) });
  return positions;
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
