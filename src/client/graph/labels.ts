/**
 * Where node labels go and which of them fit: the explorer draws a label centred below its node, and a
 * label that would cover another, or run off the canvas, is better left out (the panel and a hover name
 * every node anyway).
 */

/** [x1, y1, x2, y2]. */
export type Box = [number, number, number, number];

/** Average glyph width of the label font, as a share of its size: a cheap stand-in for measuring text. */
const GLYPH_WIDTH = 0.55;

/**
 * The box of a node's label, with a few pixels of room around it. `x`, `y` and `size` are in the units the
 * box is wanted in; `scale` turns model units into them (the zoom, for rendered pixels).
 */
export function labelBox(x: number, y: number, size: number, chars: number, fontSize: number, scale = 1): Box {
  const width = chars * fontSize * GLYPH_WIDTH * scale;
  const top = y + (size / 2 + 3) * scale;
  return [x - width / 2 - 4, top - 2, x + width / 2 + 4, top + fontSize * 1.3 * scale + 2];
}

export function overlaps(a: Box, b: Box): boolean {
  return a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
}

/**
 * Greedy placement, in the order given (most important first): whether each box gets its label. A box is
 * skipped when it overlaps one already placed or leaves `within`, and every box after the first `limit`
 * placed is skipped.
 */
export function placeLabels(boxes: readonly Box[], within?: Box, limit = Infinity): boolean[] {
  const placed: Box[] = [];
  return boxes.map((box) => {
    if (placed.length >= limit) return false;
    if (within && (box[0] < within[0] || box[1] < within[1] || box[2] > within[2] || box[3] > within[3])) return false;
    if (placed.some((b) => overlaps(box, b))) return false;
    placed.push(box);
    return true;
  });
}
