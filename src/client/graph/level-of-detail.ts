/**
 * Pieces of the explorer's level of detail that need no Cytoscape: which nodes and which minor links are in
 * the view, which links are minor, and how their showing and hiding is spread over frames.
 */
import type { LabelView } from './labels';

export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** What `view` shows, in model units (Cytoscape's `extent()` for it). */
export function viewRect(view: LabelView): Rect {
  const [x1, y1] = [-view.pan.x / view.zoom, -view.pan.y / view.zoom];
  return { x1, y1, x2: x1 + view.width / view.zoom, y2: y1 + view.height / view.zoom };
}

/** A node's dot as drawn, in model units: its centre, and its radius with its border or halo. */
export interface DotAt {
  x: number;
  y: number;
  r: number;
}

/** The nodes a view shows: those whose centre is in it, and those beside it whose dot reaches into it. */
export interface NodesInView<T> {
  inView: T[];
  near: T[];
}

/**
 * The nodes of `nodes` that `rect` shows (NodesInView), in the order given; `dot` places each, undefined for
 * a node not drawn. Walked once per move of the view for both of its users: the level of detail labels the
 * nodes in view and keeps its labels off every dot shown, and a neighbourhood's labels keep off the same dots
 * (the nodes of both lists). A big graph has 10,000 nodes, and each walked them with a test of its own.
 */
export function nodesInView<T>(nodes: { forEach(each: (n: T) => void): void }, dot: (n: T) => DotAt | undefined, rect: Rect): NodesInView<T> {
  const inView: T[] = [];
  const near: T[] = [];
  nodes.forEach((n) => {
    const d = dot(n);
    if (!d) return;
    if (d.x >= rect.x1 && d.x <= rect.x2 && d.y >= rect.y1 && d.y <= rect.y2) inView.push(n);
    else if (d.x >= rect.x1 - d.r && d.x <= rect.x2 + d.r && d.y >= rect.y1 - d.r && d.y <= rect.y2 + d.r) near.push(n);
  });
  return { inView, near };
}

/**
 * Whether the segment a–b passes through `rect` (Liang–Barsky clipping). A box test would also take long
 * links that only pass near a corner: zoomed far in, most of the thousand links it took were such.
 */
export function segmentMeetsRect(ax: number, ay: number, bx: number, by: number, rect: Rect): boolean {
  // Most links of a big graph are nowhere near the view: the box test settles them without clipping.
  if (Math.max(ax, bx) < rect.x1 || Math.min(ax, bx) > rect.x2 || Math.max(ay, by) < rect.y1 || Math.min(ay, by) > rect.y2) return false;
  const dx = bx - ax;
  const dy = by - ay;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, ax - rect.x1],
    [dx, rect.x2 - ax],
    [-dy, ay - rect.y1],
    [dy, rect.y2 - ay],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
  }
  return true;
}

export interface SlicedChanges {
  /**
   * Applies `items` a slice at a time, one slice now and one per following frame; a new call drops what an
   * earlier one had not applied yet (its caller works from the new state).
   */
  run<T>(items: readonly T[], apply: (slice: readonly T[]) => void): void;
  /** Whether slices are still waiting. */
  pending(): boolean;
}

/**
 * Each shown or hidden link costs Cytoscape a style pass and a new projection: a thousand at once held one
 * frame for 100–150 ms on a CPU without a GPU, so they go `perSlice` a frame.
 */
export function slicedChanges(perSlice: number, schedule: (step: () => void) => unknown = requestAnimationFrame): SlicedChanges {
  let generation = 0;
  let waiting = false;
  return {
    run(items, apply) {
      const mine = ++generation;
      let at = 0;
      const step = () => {
        if (mine !== generation) return;
        const slice = items.slice(at, at + perSlice);
        at += slice.length;
        if (slice.length > 0) apply(slice);
        waiting = at < items.length;
        if (waiting) schedule(step);
      };
      step();
    },
    pending: () => waiting,
  };
}

/** Minor links shown or hidden per frame (each costs a style pass). */
export const MINOR_LINKS_PER_FRAME = 200;

/**
 * In big graphs a link is minor unless it is the strongest of one of its ends; minor links are drawn only
 * when zoomed in. Worked out on the flat triples, before any element exists, so it costs no style pass.
 * `offset` separates the two index spaces of the concepts view (papers, then concepts).
 */
export function minorEdges(triples: readonly number[], offset = 0): boolean[] {
  const best = new Map<number, { edge: number; w: number }>();
  for (let k = 0; k < triples.length; k += 3) {
    const w = triples[k + 2]!;
    for (const end of [triples[k]!, triples[k + 1]! + offset]) {
      const known = best.get(end);
      if (!known || w > known.w) best.set(end, { edge: k / 3, w });
    }
  }
  const minor = new Array<boolean>(triples.length / 3).fill(true);
  for (const { edge } of best.values()) minor[edge] = false;
  return minor;
}
