/**
 * The small neighbourhood graph on paper and concept pages, laid out at build time as plain SVG geometry:
 * the node in the middle, its neighbours on a ring around it and, optionally, a second ring further out.
 * Deterministic (same input, same picture) and independent of corpus size, since callers pass only the
 * few nodes they want drawn.
 */

export interface LocalNodeInput {
  id: string;
  label: string;
  href: string;
  kind: 'paper' | 'concept';
  color: string;
  /** Its colour's entry in the page's cluster key (./cluster-key.ts), which names it: its description. */
  keyEntry?: number | undefined;
}

export interface LocalEdgeInput {
  source: string;
  target: string;
  /** In (0, 1]: drawn thicker when stronger. */
  weight: number;
}

export interface LocalGraphInput {
  center: LocalNodeInput;
  /** Inner ring, most important first (drawn starting at the top, clockwise). */
  inner: LocalNodeInput[];
  /** Optional outer ring. */
  outer?: LocalNodeInput[];
  edges: LocalEdgeInput[];
}

export interface PlacedNode extends LocalNodeInput {
  x: number;
  y: number;
  r: number;
  ring: 0 | 1 | 2;
  /** Short label drawn next to the node (the full one goes in its tooltip). */
  shortLabel: string;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface PlacedEdge {
  source: string;
  target: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  /** Links among the neighbours themselves are context, drawn fainter than links to the centre. */
  secondary: boolean;
}

export interface LocalGraphLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

const WIDTH = 760;
const INNER_RADIUS = 120;
const OUTER_RADIUS = 185;
/** The rings are ellipses so the picture uses the page's width instead of leaving its sides empty. */
const X_STRETCH = 1.38;
/** The outer ring is stretched less, so its labels still fit beside it. */
const OUTER_X_STRETCH = 1.24;
const OUTER_LABEL_CHARS = 20;
const Y_SQUASH = 0.82;
/** Room above and below the outermost ring for labels. */
const MARGIN_Y = 36;
const LABEL_CHARS = 26;

export function layoutLocalGraph(input: LocalGraphInput, labelChars = LABEL_CHARS): LocalGraphLayout {
  const hasOuter = (input.outer ?? []).some((n) => n.id !== input.center.id);
  const height = Math.round(2 * ((hasOuter ? OUTER_RADIUS : INNER_RADIUS) * Y_SQUASH + MARGIN_Y));
  const cx = WIDTH / 2;
  const cy = height / 2;
  const placed = new Map<string, PlacedNode>();
  const place = (node: LocalNodeInput, ring: 0 | 1 | 2, angle: number, radius: number, r: number): void => {
    if (placed.has(node.id)) return;
    const x = cx + Math.cos(angle) * radius * (ring === 2 ? OUTER_X_STRETCH : X_STRETCH);
    const y = cy + Math.sin(angle) * radius * Y_SQUASH;
    const side = Math.cos(angle);
    const anchor = ring === 0 || Math.abs(side) < 0.2 ? 'middle' : side > 0 ? 'start' : 'end';
    const gap = r + 5;
    const labelX = anchor === 'middle' ? x : anchor === 'start' ? x + gap : x - gap;
    const labelY = anchor === 'middle' ? (ring === 0 || Math.sin(angle) >= 0 ? y + gap + 11 : y - gap - 3) : y + 4;
    placed.set(node.id, {
      ...node,
      x: round(x),
      y: round(y),
      r,
      ring,
      shortLabel: shorten(node.label, ring === 0 ? labelChars + 12 : ring === 2 ? Math.min(labelChars, OUTER_LABEL_CHARS) : labelChars),
      labelX: round(labelX),
      labelY: round(labelY),
      anchor,
    });
  };
  place(input.center, 0, Math.PI / 2, 0, 14);
  const inner = input.inner.filter((n) => n.id !== input.center.id);
  inner.forEach((node, i) => place(node, 1, ringAngle(i, inner.length, 0), INNER_RADIUS, 9));
  const outer = (input.outer ?? []).filter((n) => !placed.has(n.id));
  // Offset by half a step so outer nodes sit between inner ones rather than behind them.
  outer.forEach((node, i) => place(node, 2, ringAngle(i, outer.length, 0.5), OUTER_RADIUS, 6));

  const seen = new Set<string>();
  const edges: PlacedEdge[] = [];
  for (const edge of input.edges) {
    const a = placed.get(edge.source);
    const b = placed.get(edge.target);
    const key = [edge.source, edge.target].sort().join('\u0000');
    if (!a || !b || a === b || seen.has(key)) continue;
    seen.add(key);
    const weight = Math.min(1, Math.max(0, edge.weight));
    edges.push({ source: a.id, target: b.id, x1: a.x, y1: a.y, x2: b.x, y2: b.y, width: round(1 + weight * 4), secondary: a.ring !== 0 && b.ring !== 0 });
  }
  return { width: WIDTH, height, nodes: [...placed.values()], edges };
}

/** One SVG path drawing every edge of the same look: `d` holds a move and a line per edge. */
export interface EdgeStroke {
  d: string;
  width: number;
  secondary: boolean;
}

/** Widest stroke of a secondary edge: context stays thin whatever its weight. */
const SECONDARY_MAX_WIDTH = 1.5;

/**
 * The edges as few paths, one per stroke width and kind, in the order each look first occurs. An element per
 * edge spelled its five attributes out every time: about 20 edges a page, 1.7 kB of each page's 17–23 kB at
 * 10,000 papers. A path strokes its segments as one shape, so where two edges of one look cross, the crossing
 * is no darker than the edges (with an element each, their opacities added up there).
 */
export function edgeStrokes(edges: readonly PlacedEdge[]): EdgeStroke[] {
  const strokes = new Map<string, { width: number; secondary: boolean; segments: string[] }>();
  for (const e of edges) {
    const width = e.secondary ? Math.min(e.width, SECONDARY_MAX_WIDTH) : e.width;
    const look = `${e.secondary ? 's' : 'p'}${width}`;
    let stroke = strokes.get(look);
    if (!stroke) strokes.set(look, (stroke = { width, secondary: e.secondary, segments: [] }));
    stroke.segments.push(`M${e.x1} ${e.y1}L${e.x2} ${e.y2}`);
  }
  return [...strokes.values()].map(({ width, secondary, segments }) => ({ d: segments.join(''), width, secondary }));
}

/** Angle of the i-th of n nodes, starting at the top and going clockwise. */
function ringAngle(i: number, n: number, offset: number): number {
  return -Math.PI / 2 + ((i + offset) * 2 * Math.PI) / Math.max(n, 1);
}

export function shorten(label: string, max: number): string {
  const clean = label.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  // Cut between words: the visible text must stay a run of whole words of the full label, which is the
  // link's accessible name (WCAG 2.5.3, label in name). Only a single over-long word is cut inside.
  const cut = clean.slice(0, max);
  const atSpace = clean[max] === ' ' ? max : cut.lastIndexOf(' ');
  // A long hyphenated word after a short one is cut at one of its hyphens, its parts being words of the label
  // too: "Scalable Reinforcement-Learning-Based Neural…" read "Scalable…" on the graph.
  const atHyphen = clean[max] === '-' ? max : cut.lastIndexOf('-');
  const atWord = atSpace * 2 < max && atHyphen > atSpace + 1 ? atHyphen : atSpace;
  return `${(atWord > 0 ? cut.slice(0, atWord) : cut.slice(0, max - 1)).replace(/[\s.,:;–-]+$/, '')}…`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
