/**
 * Pieces of the explorer's level of detail that need no Cytoscape: which links are minor, which minor links
 * cross the view, and how their showing and hiding is spread over frames.
 */

export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
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
