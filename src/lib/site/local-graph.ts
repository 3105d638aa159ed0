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

/** A page view whose local graph is `G`: its layout on the page, the layout's input in the page's cache key. */
export type WithGraph<V extends { graphLayout: LocalGraphLayout }, G> = Omit<V, 'graphLayout'> & { graphLayout: G };

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
  const angles: number[] = [];
  const place = (node: LocalNodeInput, ring: 0 | 1 | 2, angle: number, radius: number, r: number): void => {
    if (placed.has(node.id)) return;
    const x = cx + Math.cos(angle) * radius * (ring === 2 ? OUTER_X_STRETCH : X_STRETCH);
    const y = cy + Math.sin(angle) * radius * Y_SQUASH;
    angles.push(angle);
    // The label is placed once every node is (placeLabels): it may not cover another node's mark.
    placed.set(node.id, { ...node, x: round(x), y: round(y), r, ring, shortLabel: '', labelX: 0, labelY: 0, anchor: 'middle' });
  };
  place(input.center, 0, Math.PI / 2, 0, 14);
  const inner = input.inner.filter((n) => n.id !== input.center.id);
  inner.forEach((node, i) => place(node, 1, ringAngle(i, inner.length, 0), INNER_RADIUS, 9));
  const outer = (input.outer ?? []).filter((n) => !placed.has(n.id));
  // Offset by half a step so outer nodes sit between inner ones rather than behind them.
  outer.forEach((node, i) => place(node, 2, ringAngle(i, outer.length, 0.5), OUTER_RADIUS, 6));
  const nodes = [...placed.values()];
  placeLabels(nodes, angles, labelChars, WIDTH, height);

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
  return { width: WIDTH, height, nodes, edges };
}

/** A rectangle of the drawing: a label's estimated extent, or a node's mark. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Font size of each ring's labels, as LocalGraph.astro's styles set them (the middle one is bold too). */
const LABEL_FONT_SIZE = [14, 13, 12] as const;
/** Above its baseline a label's glyphs reach at most this much of its font size (capitals, ascenders, accents) … */
const LABEL_ASCENT = 0.8;
/** … and below it this much (descenders). */
const LABEL_DESCENT = 0.24;
/**
 * Room kept around every label and mark: a label is drawn over a 4-unit halo of the background (2 units each
 * side), which would erase what lay under it, and a mark's 2-unit stroke adds 1 unit to its radius.
 */
const LABEL_PAD = 1.5;

/**
 * Advance widths of the printable ASCII characters (space to tilde) in thousandths of an em, as DejaVu Sans
 * has them: Debian's system-ui, and wider than the other sans-serif faces the page may get (Segoe UI, SF,
 * Roboto, Noto Sans, Liberation Sans, Arial), so a box estimated with it errs wide.
 */
const ASCII_WIDTHS = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, // space ! " # $ % & ' ( ) * + , - . /
  636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, // 0-9 : ; < = > ?
  1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, // @ A-O
  603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, // P-Z [ \ ] ^ _
  500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, // ` a-o
  635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838, // p-z { | } ~
];
/** DejaVu Sans Bold is about this much wider than its regular face (most letters 10–13%). */
const BOLD_FACTOR = 1.15;
/**
 * Room for rounding: Chromium drew the bundled site's 2,960 mini-graph labels in DejaVu Sans 0.998–1.14 times
 * as wide as the table above (to within 0.2%: hinting), so a label's box is taken this much wider still.
 */
const WIDTH_MARGIN = 1.04;

/** The estimated width of `text` set at `fontSize`, erring wide (see ASCII_WIDTHS). */
export function labelWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) continue; // the second half of a surrogate pair: counted with the first
    // Other characters: a full em for the ellipsis and the em dash, for ideographs, kana and hangul, and for
    // symbols beyond the basic plane; as wide as a wide capital for the rest (accented and Greek letters).
    em += code >= 32 && code <= 126 ? ASCII_WIDTHS[code - 32]! : code >= 0x2e80 || code === 0x2026 || code === 0x2014 ? 1000 : 800;
  }
  return (em / 1000) * fontSize * (bold ? BOLD_FACTOR : 1) * WIDTH_MARGIN;
}

/** The box a node's label takes as placed, its halo included (see LABEL_PAD). */
export function labelBox(node: Pick<PlacedNode, 'ring' | 'shortLabel' | 'labelX' | 'labelY' | 'anchor'>): Box {
  const size = LABEL_FONT_SIZE[node.ring];
  return textBox(node.labelX, node.labelY, node.anchor, labelWidth(node.shortLabel, size, node.ring === 0), size);
}

/** The box a node's mark (circle or square) takes, its stroke included. */
export function markBox(node: Pick<PlacedNode, 'x' | 'y' | 'r'>): Box {
  const r = node.r + LABEL_PAD;
  return { x1: node.x - r, y1: node.y - r, x2: node.x + r, y2: node.y + r };
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

function textBox(x: number, y: number, anchor: PlacedNode['anchor'], width: number, size: number): Box {
  const x1 = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width;
  return { x1: x1 - LABEL_PAD, y1: y - size * LABEL_ASCENT - LABEL_PAD, x2: x1 + width + LABEL_PAD, y2: y + size * LABEL_DESCENT + LABEL_PAD };
}

/** Where a label may go beside its node: the direction it lies in from the node, and its text's anchor. */
const SPOT_DX = [1, -1, 0, 0] as const;
const SPOT_DY = [0, 0, -1, 1] as const;
const SPOT_ANCHOR = ['start', 'end', 'middle', 'middle'] as const;

/**
 * Gives each node its label so that no label covers another or another node's mark, nor leaves the drawing.
 * Labels are placed in the nodes' order: the middle one, then the inner ring, most important first, then the
 * outer ring, so where two would collide the later one gives way. A label first goes where it always did (away
 * from the middle: beside its node, or above or below one near the top or bottom), else to the other spots
 * around its node, those pointing away from the middle first; where it fits nowhere, it is shortened a whole
 * word at a time (its visible text stays a run of whole words of its full label, which names the link: WCAG
 * 2.5.3) and the spots tried again; where not even its first word fits, no label is drawn (the node keeps its
 * link, named by its full label, and its tooltip). About 30 nodes, each tried at up to 4 spots for each of its
 * few word counts against the others' boxes: microseconds a graph. No closure is made per node: a build made
 * one per node and spot for 25,000 pages at 10,000 papers.
 */
function placeLabels(nodes: PlacedNode[], angles: readonly number[], labelChars: number, width: number, height: number): void {
  const marks = nodes.map(markBox);
  const taken: Box[] = [];
  const order = [0, 1, 2, 3];
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    const cos = Math.cos(angles[index]!);
    const sin = Math.sin(angles[index]!);
    // Its usual spot first, as before labels could collide: the middle node's below it, a ring node's beside it
    // on the side away from the middle, or above or below it where it is near the top or bottom.
    const usual = node.ring === 0 || Math.abs(cos) < 0.2 ? (node.ring === 0 || sin >= 0 ? 3 : 2) : cos > 0 ? 0 : 1;
    spotOrder(order, usual, cos, sin);
    const size = LABEL_FONT_SIZE[node.ring];
    const gap = node.r + 5;
    const max = node.ring === 0 ? labelChars + 12 : node.ring === 2 ? Math.min(labelChars, OUTER_LABEL_CHARS) : labelChars;
    let text = '';
    let spot = usual;
    for (let run: string | undefined = shorten(node.label, max); run !== undefined && text === ''; run = shorterRun(run)) {
      const runWidth = labelWidth(run, size, node.ring === 0);
      for (const s of order) {
        const box = textBox(node.x + SPOT_DX[s]! * gap, spotY(node.y, gap, s), SPOT_ANCHOR[s]!, runWidth, size);
        if (fits(box, index, marks, taken, width, height)) {
          taken.push(box);
          text = run;
          spot = s;
          break;
        }
      }
    }
    // Where it fits nowhere it is not drawn (text ''), its place left where it would usually be.
    node.shortLabel = text;
    node.labelX = round(node.x + SPOT_DX[spot]! * gap);
    node.labelY = round(spotY(node.y, gap, spot));
    node.anchor = SPOT_ANCHOR[spot]!;
  }
}

/** The baseline of a label at spot `s` of a node at height `y` whose label keeps `gap` from its centre. */
function spotY(y: number, gap: number, s: number): number {
  return SPOT_DY[s] === 0 ? y + 4 : SPOT_DY[s]! < 0 ? y - gap - 3 : y + gap + 11;
}

/** Fills `order` with the spots to try: the usual one, then the others, those pointing away from the middle first. */
function spotOrder(order: number[], usual: number, cos: number, sin: number): void {
  order[0] = usual;
  let n = 1;
  for (let s = 0; s < 4; s++) {
    if (s === usual) continue;
    const score = SPOT_DX[s]! * cos + SPOT_DY[s]! * sin;
    let i = n++;
    // Insertion by score, highest first; ties keep the spots' own order.
    for (; i > 1 && SPOT_DX[order[i - 1]!]! * cos + SPOT_DY[order[i - 1]!]! * sin < score; i--) order[i] = order[i - 1]!;
    order[i] = s;
  }
}

function fits(box: Box, own: number, marks: readonly Box[], taken: readonly Box[], width: number, height: number): boolean {
  if (box.x1 < 0 || box.y1 < 0 || box.x2 > width || box.y2 > height) return false;
  for (let i = 0; i < marks.length; i++) if (i !== own && boxesOverlap(box, marks[i]!)) return false;
  for (const other of taken) if (boxesOverlap(box, other)) return false;
  return true;
}

/**
 * The label `short` (as `shorten` gives it) one whole word shorter, ending in an ellipsis, or undefined where
 * it is one word: "Aligning Language Models…" → "Aligning Language…" → "Aligning…" → undefined.
 */
export function shorterRun(short: string): string | undefined {
  const visible = short.endsWith('…') ? short.slice(0, -1) : short;
  let end = visible.lastIndexOf(' ');
  // Without the punctuation and spaces the cut leaves at its end, as `shorten` drops them.
  while (end > 0 && TRAILING.includes(visible[end - 1]!)) end--;
  return end > 0 ? `${visible.slice(0, end)}…` : undefined;
}

const TRAILING = ' .,:;–-';

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
