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
 * placed is skipped. A label wider than `within` cannot fit anywhere: zoomed in that far (labels grow with the
 * zoom) it is placed when its middle is inside, since part of a title still names the node and none would
 * leave the deepest zoom without a label.
 */
export function placeLabels(boxes: readonly Box[], within?: Box, limit = Infinity): boolean[] {
  const placed: Box[] = [];
  return boxes.map((box) => {
    if (placed.length >= limit) return false;
    if (within && !inside(box, within)) return false;
    if (placed.some((b) => overlaps(box, b))) return false;
    placed.push(box);
    return true;
  });
}

function inside(box: Box, area: Box): boolean {
  const vertically = box[1] >= area[1] && box[3] <= area[3];
  if (box[2] - box[0] > area[2] - area[0]) {
    const middle = (box[0] + box[2]) / 2;
    return vertically && middle >= area[0] && middle <= area[2];
  }
  return vertically && box[0] >= area[0] && box[2] <= area[2];
}
