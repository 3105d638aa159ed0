/**
 * Cluster names on the canvas where node labels are too small to draw (the overview of a big graph): at
 * 2,493 papers the fitted view was twenty discs of dots with no word on them, and which disc was which
 * cluster needed the legend, below the fold and in close hues (review 18 L2). Each cluster's name goes at
 * the middle of its drawn nodes, the biggest clusters first, and a name that would cover another or run off
 * the canvas is left out. The "Other papers" remainder (papers of no cluster) is named too, last and as a
 * remainder, where its papers form a group of their own (a disc of the big graphs' layout): at 1,500 Inspec
 * abstracts it was the biggest disc on the canvas and the only one without a word on it (review 21).
 */
import { estimatedTextWidth, placeLabels, type Box } from './labels';
import { median } from '../../lib/graph/median';

export interface ClusterNode {
  cluster: number;
  x: number;
  y: number;
}

/** Where a cluster's name goes, in the nodes' coordinates, and how many of its nodes are drawn. */
export interface ClusterSpot {
  cluster: number;
  x: number;
  y: number;
  members: number;
  /** The "Other papers" remainder: named last, as what no cluster took ({@link clusterLabelText}). */
  remainder?: true;
}

/** A cluster needs this many drawn nodes to be named on the canvas: one or two dots are no group to name. */
export const CLUSTER_LABEL_MIN_MEMBERS = 3;
/** The names' font size in pixels. */
export const CLUSTER_LABEL_FONT_PX = 12;

/**
 * The widest a name is drawn, in pixels (a longer one ends in an ellipsis): 200, and on a narrow canvas a
 * third of its width, where names of 200 px covered the clusters they named.
 */
export function clusterLabelMaxWidth(canvasWidth: number): number {
  return Math.max(60, Math.min(200, Math.round(canvasWidth / 3)));
}

/**
 * The middle of each cluster's nodes (the median of x and of y: a few members drawn away from the group do
 * not pull its name off it), biggest cluster first (ties: lower id). The `remainder` cluster comes last, and
 * only when most of its nodes lie together about as tightly as a cluster's ({@link densestHalf}, at most twice
 * the clusters' median): in a small graph's single layout its papers lie all over the canvas, and a name at
 * their middle would sit on some other cluster.
 */
export function clusterSpots(nodes: Iterable<ClusterNode>, minMembers = CLUSTER_LABEL_MIN_MEMBERS, remainder?: number): ClusterSpot[] {
  const byCluster = new Map<number, { xs: number[]; ys: number[] }>();
  for (const n of nodes) {
    let c = byCluster.get(n.cluster);
    if (!c) byCluster.set(n.cluster, (c = { xs: [], ys: [] }));
    c.xs.push(n.x);
    c.ys.push(n.y);
  }
  const named = [...byCluster]
    .filter(([cluster, c]) => cluster !== remainder && c.xs.length >= minMembers)
    .map(([cluster, c]) => ({ cluster, x: median(c.xs), y: median(c.ys), members: c.xs.length }))
    .sort((a, b) => b.members - a.members || a.cluster - b.cluster);
  const rest = remainder === undefined ? undefined : byCluster.get(remainder);
  if (!rest || rest.xs.length < minMembers) return named;
  const group = densestHalf(rest.xs, rest.ys);
  if (named.length > 0) {
    const typical = median(named.map((s) => densestHalf(byCluster.get(s.cluster)!.xs, byCluster.get(s.cluster)!.ys).spread));
    if (!(group.spread <= 2 * typical)) return named;
  }
  return [...named, { cluster: remainder!, x: group.x, y: group.y, members: rest.xs.length, remainder: true }];
}

/**
 * Where most of a group's nodes lie and how tightly: the half of its nodes nearest its median point, their
 * median point, and their median distance from it over the square root of their number (a disc of n dots
 * spreads as √n). The remainder's papers that have no link are drawn in rows under the drawing, away from
 * its disc: most of its nodes still lie in the disc, and its name goes there. A remainder scattered over a
 * small graph's single layout spreads several times as far as a cluster does, and is not named.
 */
function densestHalf(xs: readonly number[], ys: readonly number[]): { x: number; y: number; spread: number } {
  const [mx, my] = [median(xs), median(ys)];
  const distance = xs.map((x, i) => Math.hypot(x - mx, ys[i]! - my));
  const cut = median(distance);
  const near = xs.map((_, i) => i).filter((i) => distance[i]! <= cut);
  const [x, y] = [median(near.map((i) => xs[i]!)), median(near.map((i) => ys[i]!))];
  return { x, y, spread: median(near.map((i) => Math.hypot(xs[i]! - x, ys[i]! - y))) / Math.sqrt(near.length) };
}

/** The name drawn for a spot: the cluster's label, and for the remainder its count and that it is no cluster. */
export function clusterLabelText(label: string, spot: Pick<ClusterSpot, 'members' | 'remainder'>): string {
  return spot.remainder ? `${label} (${spot.members}, no cluster)` : label;
}

/** The box of a name of `chars` characters centred on (x, y), at most `maxWidth` wide, in pixels, with room for its background. */
export function clusterLabelBox(x: number, y: number, chars: number, maxWidth: number): Box {
  const half = Math.min(estimatedTextWidth(chars, CLUSTER_LABEL_FONT_PX), maxWidth) / 2 + 6;
  const halfHeight = CLUSTER_LABEL_FONT_PX * 0.65 + 3;
  return [x - half, y - halfHeight, x + half, y + halfHeight];
}

/**
 * Which names are drawn: `spots` in pixels (as clusterSpots orders them) with their names' lengths; a name is
 * drawn when its box lies inside `within` (the canvas) and off the names drawn before it.
 */
export function placeClusterLabels(spots: ReadonlyArray<{ x: number; y: number; chars: number }>, within: Box): boolean[] {
  const maxWidth = clusterLabelMaxWidth(within[2] - within[0]);
  return placeLabels(
    spots.map((s) => clusterLabelBox(s.x, s.y, s.chars, maxWidth)),
    within,
  );
}
