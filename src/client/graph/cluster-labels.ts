/**
 * Cluster names on the canvas where node labels are too small to draw (the overview of a big graph): at
 * 2,493 papers the fitted view was twenty discs of dots with no word on them, and which disc was which
 * cluster needed the legend, below the fold and in close hues (review 18 L2). Each cluster's name goes at
 * the middle of its drawn nodes, the biggest clusters first, and a name that would cover another or run off
 * the canvas is left out.
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
 * not pull its name off it), biggest cluster first (ties: lower id).
 */
export function clusterSpots(nodes: Iterable<ClusterNode>, minMembers = CLUSTER_LABEL_MIN_MEMBERS): ClusterSpot[] {
  const byCluster = new Map<number, { xs: number[]; ys: number[] }>();
  for (const n of nodes) {
    let c = byCluster.get(n.cluster);
    if (!c) byCluster.set(n.cluster, (c = { xs: [], ys: [] }));
    c.xs.push(n.x);
    c.ys.push(n.y);
  }
  return [...byCluster]
    .filter(([, c]) => c.xs.length >= minMembers)
    .map(([cluster, c]) => ({ cluster, x: median(c.xs), y: median(c.ys), members: c.xs.length }))
    .sort((a, b) => b.members - a.members || a.cluster - b.cluster);
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
