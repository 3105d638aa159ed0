/**
 * The node under the pointer, named in a tooltip over the canvas (review 21 finding 5): at the overview of a
 * big graph the labels Cytoscape draws are about 3 px high, and the status line never named the hovered node.
 * The tooltip is an HTML element in the page's font size, placed once per hover (no work per frame).
 */

export interface TipPlace {
  left: number;
  top: number;
}

/**
 * Where a tooltip `tip` wide and high goes for a node drawn at (`x`, `y`) with radius `r` (canvas pixels):
 * centred above the node, `gap` pixels off its dot; below it where there is no room above; always inside the
 * canvas (kept `gap` from its edges where it fits).
 */
export function tipPosition(x: number, y: number, r: number, tip: { width: number; height: number }, canvas: { width: number; height: number }, gap = 6): TipPlace {
  const clamp = (v: number, lo: number, hi: number) => (hi < lo ? Math.max(0, (lo + hi) / 2) : Math.min(Math.max(v, lo), hi));
  const left = clamp(x - tip.width / 2, gap, canvas.width - tip.width - gap);
  const above = y - r - gap - tip.height;
  const top = above >= gap ? above : clamp(y + r + gap, gap, canvas.height - tip.height - gap);
  return { left, top };
}

/**
 * Whether a node picked on the canvas (a first tap, Shift+click) should be framed, as Find and Back from its
 * page frame it: where node labels are too small to draw (`zoom × fontSize` under `minPx`), the picked node
 * was a slightly bigger dot among a thousand others. Zoomed in to where labels read, the view stays.
 */
export function framesOnPick(zoom: number, fontSize: number, minPx: number): boolean {
  return zoom * fontSize < minPx;
}
