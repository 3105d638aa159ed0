/**
 * How well a drawing places linked clusters near each other: the mean distance between cluster centres
 * weighted by the links between them, over the plain mean distance between centres. 1 means placement pays
 * no attention to links; the lower, the nearer strongly linked clusters sit. Also how compact the drawing is.
 */
import type { WeightedEdge } from '../../../src/lib/graph/clusters';

export interface PlacementMeasure {
  /** Link-weighted mean centre distance / unweighted mean centre distance (lower is better). */
  ratio: number;
  /** Bounding-box area of the linked papers per linked paper, in units of 40² (the layout's spacing). */
  areaPerPaper: number;
  /**
   * Share of clusters whose most-linked cluster is one of its three nearest (by centre): what a reader
   * sees as "neighbouring discs are related". By chance about 3 / (clusters − 1).
   */
  partnerNear: number;
  clusters: number;
}

export function placementMeasure(
  positions: ReadonlyMap<string, { x: number; y: number }>,
  clusterOf: ReadonlyMap<string, number>,
  edges: readonly WeightedEdge[],
  /** Clusters left out of the measure (e.g. the "Other papers" bucket). */
  skip: ReadonlySet<number> = new Set(),
): PlacementMeasure {
  const linked = new Set<string>();
  for (const e of edges) {
    if (e.source === e.target) continue;
    linked.add(e.source);
    linked.add(e.target);
  }
  const sums = new Map<number, { x: number; y: number; n: number }>();
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const id of linked) {
    const p = positions.get(id);
    const c = clusterOf.get(id);
    if (!p || c === undefined) continue;
    minX = Math.min(minX, p.x); maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y); maxY = Math.max(maxY, p.y);
    if (skip.has(c)) continue;
    const s = sums.get(c) ?? { x: 0, y: 0, n: 0 };
    s.x += p.x; s.y += p.y; s.n++;
    sums.set(c, s);
  }
  const centre = new Map([...sums].map(([c, s]) => [c, { x: s.x / s.n, y: s.y / s.n }]));
  const between = new Map<string, number>();
  for (const e of edges) {
    const a = clusterOf.get(e.source);
    const b = clusterOf.get(e.target);
    if (a === undefined || b === undefined || a === b || !centre.has(a) || !centre.has(b)) continue;
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    between.set(key, (between.get(key) ?? 0) + e.weight);
  }
  const ids = [...centre.keys()].sort((a, b) => a - b);
  let plain = 0, pairs = 0, weighted = 0, weight = 0;
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const p = centre.get(ids[i]!)!;
      const q = centre.get(ids[j]!)!;
      const d = Math.hypot(p.x - q.x, p.y - q.y);
      plain += d; pairs++;
      const w = between.get(`${ids[i]}|${ids[j]}`) ?? 0;
      weighted += w * d; weight += w;
    }
  }
  const ratio = pairs > 0 && weight > 0 && plain > 0 ? weighted / weight / (plain / pairs) : 1;
  let near = 0;
  let withPartner = 0;
  for (const a of ids) {
    let partner: number | undefined;
    let strongest = 0;
    for (const b of ids) {
      const w = a === b ? 0 : (between.get(a < b ? `${a}|${b}` : `${b}|${a}`) ?? 0);
      if (w > strongest) [partner, strongest] = [b, w];
    }
    if (partner === undefined) continue;
    withPartner++;
    const p = centre.get(a)!;
    const nearest = ids
      .filter((b) => b !== a)
      .map((b) => ({ b, d: Math.hypot(centre.get(b)!.x - p.x, centre.get(b)!.y - p.y) }))
      .sort((x, y) => x.d - y.d || x.b - y.b)
      .slice(0, 3)
      .map((x) => x.b);
    if (nearest.includes(partner)) near++;
  }
  const partnerNear = withPartner > 0 ? near / withPartner : 0;
  const areaPerPaper = linked.size > 0 ? ((maxX - minX) * (maxY - minY)) / linked.size / 1600 : 0;
  return { ratio, areaPerPaper, partnerNear, clusters: ids.length };
}
