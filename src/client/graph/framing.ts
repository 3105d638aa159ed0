/**
 * Which part of the drawing a filter or a find opens on. Framing every node shown fails with the two-level
 * layout: a concept's papers sit in a core group in one cluster's disc and one or two stragglers in far
 * discs, so their bounding box is nearly the whole drawing and on a phone the papers were 3 px dots (review
 * 8: `?concept=wavelet`, 11 papers in one disc and 3 elsewhere, framed at zoom 0.15). When the whole set
 * cannot be framed with its nodes drawn big enough to tap, the view frames the densest group that can be,
 * and says how many shown nodes it leaves out.
 */

/** A node to frame: its position and diameter in graph units. */
export interface FramePoint {
  x: number;
  y: number;
  d: number;
  /**
   * Its label's box ([x1, y1, x2, y2] about the node's middle, graph units: labels grow with the zoom), to
   * frame whole as well: the selection's. Framed by its disc only, a selected paper at the left of the papers
   * a Find lit had its bold title cut at the canvas edge ("ero: Training Tool-Augmented…").
   */
  label?: readonly [number, number, number, number] | undefined;
}

export interface Canvas {
  width: number;
  height: number;
  /** Screen pixels kept free at each edge. */
  padding: number;
  minZoom: number;
  maxZoom: number;
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

export interface Framing {
  viewport: Viewport;
  /** Indexes of the points whose middle the view holds. */
  inView: number[];
  /** How many points lie outside it. */
  outside: number;
}

/**
 * A box about a node's middle ([x1, y1, x2, y2] relative to it) grown to be symmetric about it: framed with
 * it, a node framed alone stays in the canvas's middle (Find centres the paper it selects, and the highlight
 * of the one paper it finds frames it again), its label below it whole.
 */
export function aboutMiddle(box: readonly [number, number, number, number]): [number, number, number, number] {
  const [w, h] = [Math.max(-box[0], box[2]), Math.max(-box[1], box[3])];
  return [-w, -h, w, h];
}

/**
 * Window origins tried per window side: a group that fits in (CELLS - 1) / CELLS of the window lies whole
 * in one of them, and each point adds to CELLS² origins only, so a cluster filter showing thousands of
 * papers costs a few milliseconds.
 */
const CELLS = 4;

/** The view that holds every point, discs and labels whole, in the canvas less its padding (undefined for none). */
export function fitBox(points: readonly FramePoint[], canvas: Canvas, which?: readonly number[]): Viewport | undefined {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const i of which ?? points.keys()) {
    const p = points[i]!;
    const r = p.d / 2;
    x1 = Math.min(x1, p.x - r);
    y1 = Math.min(y1, p.y - r);
    x2 = Math.max(x2, p.x + r);
    y2 = Math.max(y2, p.y + r);
    if (p.label) {
      x1 = Math.min(x1, p.x + p.label[0]);
      y1 = Math.min(y1, p.y + p.label[1]);
      x2 = Math.max(x2, p.x + p.label[2]);
      y2 = Math.max(y2, p.y + p.label[3]);
    }
  }
  if (!Number.isFinite(x1)) return undefined;
  const w = Math.max(1, canvas.width - 2 * canvas.padding);
  const h = Math.max(1, canvas.height - 2 * canvas.padding);
  const zoom = Math.min(canvas.maxZoom, Math.max(canvas.minZoom, Math.min(w / Math.max(x2 - x1, 1), h / Math.max(y2 - y1, 1))));
  return { zoom, pan: { x: canvas.width / 2 - ((x1 + x2) / 2) * zoom, y: canvas.height / 2 - ((y1 + y2) / 2) * zoom } };
}

/**
 * The view for `points` in which the smallest of them is drawn at least `minPx` wide: all of them when
 * their fit allows it, else the most points a view at that size holds (of equal counts, the group that
 * lies closest together, drawn biggest), framed.
 */
export function frameReadable(points: readonly FramePoint[], canvas: Canvas, minPx: number): Framing | undefined {
  const all = fitBox(points, canvas);
  if (!all) return undefined;
  let smallest = Infinity;
  let largest = 0;
  for (const p of points) {
    smallest = Math.min(smallest, p.d);
    largest = Math.max(largest, p.d);
  }
  const zoom = Math.min(canvas.maxZoom, minPx / smallest);
  if (all.zoom >= zoom - 1e-9) return { viewport: all, inView: [...points.keys()], outside: 0 };

  // The window the middles of the framed nodes may span at that zoom, their discs whole inside the padding.
  const spanX = Math.max(1, (canvas.width - 2 * canvas.padding) / zoom - largest);
  const spanY = Math.max(1, (canvas.height - 2 * canvas.padding) / zoom - largest);
  const cellX = spanX / CELLS;
  const cellY = spanY / CELLS;
  const cells = new Map<string, { cx: number; cy: number; members: number[] }>();
  points.forEach((p, i) => {
    const cx = Math.floor(p.x / cellX);
    const cy = Math.floor(p.y / cellY);
    const key = `${cx},${cy}`;
    const cell = cells.get(key);
    if (cell) cell.members.push(i);
    else cells.set(key, { cx, cy, members: [i] });
  });
  // A window starting at cell (ox, oy) covers CELLS × CELLS cells: spanX × spanY exactly.
  const windows = new Map<string, { ox: number; oy: number; count: number }>();
  for (const { cx, cy, members } of cells.values()) {
    for (let dx = 0; dx < CELLS; dx++) {
      for (let dy = 0; dy < CELLS; dy++) {
        const key = `${cx - dx},${cy - dy}`;
        const win = windows.get(key);
        if (win) win.count += members.length;
        else windows.set(key, { ox: cx - dx, oy: cy - dy, count: members.length });
      }
    }
  }
  let most = 0;
  for (const w of windows.values()) most = Math.max(most, w.count);
  let best: Viewport | undefined;
  let bestKey = '';
  for (const w of windows.values()) {
    if (w.count < most) continue;
    const members: number[] = [];
    for (let cx = w.ox; cx < w.ox + CELLS; cx++) for (let cy = w.oy; cy < w.oy + CELLS; cy++) for (const m of cells.get(`${cx},${cy}`)?.members ?? []) members.push(m);
    // Windows shifted by a cell often hold the same group: it is framed once.
    const key = members.sort((a, b) => a - b).join(',');
    if (key === bestKey) continue;
    const view = fitBox(points, canvas, members)!;
    if (!best || view.zoom > best.zoom) {
      best = view;
      bestKey = key;
    }
  }
  const viewport = best!;
  // What the view holds, which may be more than the group framed (the canvas is wider or taller than it).
  const [left, top] = [-viewport.pan.x / viewport.zoom, -viewport.pan.y / viewport.zoom];
  const [right, bottom] = [left + canvas.width / viewport.zoom, top + canvas.height / viewport.zoom];
  const inView: number[] = [];
  points.forEach((p, i) => {
    if (p.x >= left && p.x <= right && p.y >= top && p.y <= bottom) inView.push(i);
  });
  return { viewport, inView, outside: points.length - inView.length };
}

/**
 * The pan (in rendered pixels) that brings `box` ([x1, y1, x2, y2], rendered pixels) inside a canvas of
 * `width` × `height` less `margin` at each edge, moving it as little as possible: a node tapped near an edge
 * had its label cut there (review 19 M7: "dapting Image-based RL…" at a phone's left edge). On an axis where
 * the box is too big for the canvas, its middle goes to the canvas's middle.
 */
export function shiftInto(box: readonly [number, number, number, number], width: number, height: number, margin: number): { x: number; y: number } {
  const axis = (lo: number, hi: number, size: number) => {
    if (hi - lo > size - 2 * margin) return size / 2 - (lo + hi) / 2;
    if (lo < margin) return margin - lo;
    if (hi > size - margin) return size - margin - hi;
    return 0;
  };
  return { x: axis(box[0], box[2], width), y: axis(box[1], box[3], height) };
}
