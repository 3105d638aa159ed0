/**
 * Where node labels go and which of them fit: the explorer draws a label centred below its node (or beside
 * it, where below would cover another node), and a label that would cover another label or node, or run off
 * the canvas, is better left out (the panel and a hover name every node anyway).
 */
import { DiscGrid, type Disc } from './hit-grid';

/** [x1, y1, x2, y2]. */
export type Box = [number, number, number, number];

/** Where a label sits against its node. */
export type LabelSide = 'below' | 'above' | 'right' | 'left';
/** The sides a label is tried on, in order: below reads best (and is where a neighbourhood draws it). */
export const LABEL_SIDES: readonly LabelSide[] = ['below', 'above', 'right', 'left'];
/** Past a corner of its node's box: beside the node and below or above it, touching it only at the corner. */
export type LabelCorner = 'below-right' | 'below-left' | 'above-right' | 'above-left';
/**
 * Where a label may go, by the index a placement gives: the sides, then the corners, which only the selection's
 * label is tried at (placeNeighbourhoodLabels). A corner reads as the node's less plainly than a side, but
 * where a neighbour's dot lies against every side a corner is often clear of them all.
 */
export const LABEL_PLACES: readonly (LabelSide | LabelCorner)[] = [...LABEL_SIDES, 'below-right', 'below-left', 'above-right', 'above-left'];
/** Model units between a node's edge and its label's text (`text-margin-x`/`-y`). */
export const LABEL_GAP = 3;

/**
 * Average glyph width of the label font, as a share of its size: a stand-in where text cannot be measured.
 * Measured text is better: in DejaVu Sans (system-ui on Linux) a tenth of the corpus's labels are wider
 * than this, capitals up to 0.72, which is how labels placed inside the canvas were still cut at its edge.
 */
const GLYPH_WIDTH = 0.55;
/**
 * The halo drawn round label text (`text-outline-width`), in model units. It has the background's colour:
 * past the canvas edge it does not show, but drawn over another label it rubs part of it out.
 */
export const LABEL_OUTLINE = 2;
/** Of a dot bigger than this radius (screen pixels) a label keeps only the middle this big clear (LabelPlacement `middle`). */
export const DOT_MIDDLE_PX = 12;
/** Of the dots under a kept label (the selection's) that no side keeps clear of, the middle this big (pixels) is. */
const KEPT_MIDDLE_PX = 4;
/** Room kept beside a label's text, in the box's units (rendered pixels), or its halo where that is wider. */
const ROOM = 4;

/** A label's text width at `fontSize` when it cannot be measured. */
export function estimatedTextWidth(chars: number, fontSize: number): number {
  return chars * fontSize * GLYPH_WIDTH;
}

/**
 * The box of a node's label, with a few pixels of room around its text (its halo, zoomed in far enough for
 * that to be wider). `x` and `y` are in the units the box is wanted in; `size` and `textWidth` (the label's
 * text as measured in its font) are in model units, and `scale` turns model units into the box's (the zoom,
 * for rendered pixels).
 */
export function labelBox(x: number, y: number, size: number, textWidth: number, fontSize: number, scale = 1, side: LabelSide | LabelCorner = 'below'): Box {
  const room = Math.max(ROOM, LABEL_OUTLINE * scale);
  const edge = (size / 2 + LABEL_GAP) * scale;
  // Below its node: centred on it, or past its edge at a corner (as right of it is).
  const [below, above] = [side === 'below' || side.startsWith('below-'), side === 'above' || side.startsWith('above-')];
  if (below || above) {
    const top = y + edge;
    const [y1, y2] = [top - Math.max(2, LABEL_OUTLINE * scale), top + fontSize * 1.3 * scale + 2];
    const [cx1, cx2] = [x + edge - room, x + edge + textWidth * scale + room];
    const half = (textWidth / 2) * scale + room;
    const [x1, x2] = side.endsWith('-right') ? [cx1, cx2] : side.endsWith('-left') ? [2 * x - cx2, 2 * x - cx1] : [x - half, x + half];
    // Above mirrors below about the node's centre.
    return below ? [x1, y1, x2, y2] : [x1, 2 * y - y2, x2, 2 * y - y1];
  }
  // Beside the node, centred on it.
  const halfHeight = (fontSize * 1.3 * scale) / 2 + Math.max(2, LABEL_OUTLINE * scale);
  const [x1, x2] = [x + edge - room, x + edge + textWidth * scale + room];
  return side === 'right' ? [x1, y - halfHeight, x2, y + halfHeight] : [2 * x - x2, y - halfHeight, 2 * x - x1, y + halfHeight];
}

export function overlaps(a: Box, b: Box): boolean {
  return a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
}

/** What a placement keeps its labels to and off. */
export interface LabelPlacement {
  /**
   * The canvas. A label wider than it cannot fit anywhere: zoomed in that far (labels grow with the zoom) it
   * is placed when its middle is inside, since part of a title still names the node and none would leave the
   * deepest zoom without a label. Wider means its text is (give or take the halo zoomed in beyond twice): a
   * label that is wider only with the room kept beside it fits the canvas somewhere, and is placed only
   * inside it like any other. On a phone many titles are about as wide as the canvas once a node is
   * selected; those were drawn cut at its edge.
   */
  within?: Box | undefined;
  /** Labels placed at most. */
  limit?: number;
  /** Labels drawn whatever the placement. */
  taken?: readonly Box[];
  /**
   * Nodes as drawn, in the boxes' units: label `i` belongs to disc `i` (more discs may follow, nodes that
   * get no label). A label covering another node's disc hides the dot under its text and halo and is
   * itself hard to read, and at the overview almost every label below its node covered one or more.
   */
  discs?: readonly FaintDisc[];
  /**
   * Of a disc bigger than this radius only the middle this big is kept clear. Zoomed in, dots are tens of
   * pixels across and labels grow with them: held off whole dots, the bundled corpus kept half as many
   * labels two zoom steps in; a dot with its middle clear still reads as a dot.
   */
  middle?: number;
}

/**
 * A node's dot as a placement keeps labels off it; a `faint` one (a node outside the lit neighbourhood) only
 * where a label has a place clear of it, else the label is placed over it. Held off every dot, a hub's
 * neighbours on the bundled corpus lost most of their labels to the faded dots between them, and after a Find
 * that lit 69 papers none was named; held off none, a neighbour's title was drawn over a lit neighbour's dot.
 */
export interface FaintDisc extends Disc {
  faint?: boolean;
}

/**
 * Greedy placement with a choice of places, in the order given (most important first): for each label, the
 * index of the first of its boxes (tried in order, LABEL_SIDES for a node's) that stays inside `within`,
 * off the labels placed before it and `taken`, and off every disc of `discs` but its own node's (their
 * `middle`); -1 when none does or `limit` labels are placed. Until one label is placed, a box wider than
 * `within` that is left out only for the dots is placed over them: it crosses the whole canvas, so hardly
 * any place keeps it off them, and zoomed in that far the view would have no label at all (see
 * `within`); one is enough to name a node. Each box is tested against the discs through a grid, not
 * every disc: a big graph zoomed in has hundreds of nodes in view.
 */
export function placeLabelsAround(candidates: readonly (readonly Box[])[], { within, limit = Infinity, taken = [], discs, middle = Infinity }: LabelPlacement): number[] {
  const placed: Box[] = [...taken];
  const dots = dotsClear(discs, middle);
  const someFaint = discs?.some((d) => d.faint) ?? false;
  let count = 0;
  return candidates.map((boxes, own) => {
    if (count >= limit) return -1;
    const free = (box: Box) => (!within || inside(box, within)) && !placed.some((b) => overlaps(box, b));
    const clearOfDots = (box: Box) => !dots?.covers(box, own, false);
    let at = boxes.findIndex((box) => free(box) && !dots?.covers(box, own, true));
    if (at < 0 && someFaint) at = boxes.findIndex((box) => free(box) && clearOfDots(box));
    if (at < 0 && within && count === 0) at = boxes.findIndex((box) => wider(box, within) && free(box));
    if (at < 0) return -1;
    placed.push(boxes[at]!);
    count++;
    return at;
  });
}

/**
 * Dots a label keeps clear (of a big one only the `middle`), looked up through a grid: whether a box covers one
 * but its own node's (`own`), the faint ones too where `faint` says so.
 */
function dotsClear(discs: readonly FaintDisc[] | undefined, middle: number): { covers(box: Box, own: number, faint: boolean): boolean } | undefined {
  if (!discs || discs.length === 0) return undefined;
  const clear = discs.map((d) => (d.r > middle ? { ...d, r: middle } : d));
  const grid = new DiscGrid(clear);
  return { covers: (box, own, faint) => grid.someInBox(box[0], box[1], box[2], box[3], (i) => i !== own && (faint || !clear[i]!.faint) && boxMeetsDisc(box, clear[i]!)) };
}

/** Whether a box and a disc share any point but their edges. */
export function boxMeetsDisc(box: Box, disc: Disc): boolean {
  const dx = disc.x - Math.max(box[0], Math.min(disc.x, box[2]));
  const dy = disc.y - Math.max(box[1], Math.min(disc.y, box[3]));
  return dx * dx + dy * dy < disc.r * disc.r;
}

/** Whether a label's text is wider than `area` (the room kept beside it aside). */
function wider(box: Box, area: Box): boolean {
  return box[2] - box[0] - 2 * ROOM > area[2] - area[0];
}

function inside(box: Box, area: Box): boolean {
  const vertically = box[1] >= area[1] && box[3] <= area[3];
  if (wider(box, area)) {
    const middle = (box[0] + box[2]) / 2;
    return vertically && middle >= area[0] && middle <= area[2];
  }
  return vertically && box[0] >= area[0] && box[2] <= area[2];
}

/** A node whose label may be drawn, in model units; `textWidth` is its label's width in the label font. */
export interface LabelledNode {
  x: number;
  y: number;
  size: number;
  textWidth: number;
  /** Drawn whatever the placement (the selection): the others keep off it. */
  kept?: boolean;
  /** Its dot is faint to the other labels (FaintDisc): a found paper outside the neighbourhood. */
  faint?: boolean;
}

/** A node drawn without a label of this placement, in model units: the labels keep off its dot. */
export interface DrawnDot {
  x: number;
  y: number;
  size: number;
  /** Outside the lit neighbourhood (FaintDisc): a label covers it only where none of its places is clear of it. */
  faint?: boolean;
}

/** The view the labels are placed for: Cytoscape's zoom and pan, and the canvas size in CSS pixels. */
export interface LabelView {
  zoom: number;
  pan: { x: number; y: number };
  width: number;
  height: number;
}

/**
 * Where the labels of a highlighted neighbourhood go, the most important first (the focus, then the
 * best-connected neighbours): for each, the index in LABEL_PLACES of the first side that stays inside the
 * canvas, off the labels placed before it and off the other labelled nodes' dots and `dots` (the other nodes
 * drawn; faint ones where a side is clear of them, see FaintDisc), in rendered pixels for `view`; -1 where
 * none does. Kept labels are always drawn and placed first: where no side is clear, on the side clear of the
 * dots' middles, else past a corner of the node, else below. Placed for the
 * view the reader will see, so after a selection centres its node this is the view it animates to, not the
 * one it leaves. Of a dot bigger than `middle` rendered pixels only its middle is kept clear.
 *
 * Held off labels only, a neighbour's title below its node was drawn over a lit neighbour's dot (and the
 * selection's over one of its neighbours'), hiding it under the text and its halo.
 */
export function placeNeighbourhoodLabels(nodes: readonly LabelledNode[], view: LabelView, fontSize: number, dots: readonly DrawnDot[] = [], middle = Infinity): number[] {
  const at = (n: { x: number; y: number }) => [n.x * view.zoom + view.pan.x, n.y * view.zoom + view.pan.y] as const;
  const boxes = (n: LabelledNode, places: readonly (LabelSide | LabelCorner)[]) => places.map((side) => labelBox(...at(n), n.size, n.textWidth, fontSize, view.zoom, side));
  const sides = (n: LabelledNode) => boxes(n, LABEL_SIDES);
  const boxAt = (n: LabelledNode, place: number) => labelBox(...at(n), n.size, n.textWidth, fontSize, view.zoom, LABEL_PLACES[place]!);
  const disc = (n: { x: number; y: number; size: number; faint?: boolean }): FaintDisc => {
    const [x, y] = at(n);
    return { x, y, r: (n.size / 2) * view.zoom, ...(n.faint ? { faint: true } : {}) };
  };
  const within: Box = [0, 0, view.width, view.height];
  const kept = nodes.filter((n) => n.kept);
  const free = nodes.filter((n) => !n.kept);
  const others = dots.map(disc);
  const corners = LABEL_PLACES.slice(LABEL_SIDES.length);
  // Where no side is clear of the dots, the side that leaves their middles clear (the dot still reads as one);
  // else a corner clear of them, or of their middles; else below, over a dot's middle.
  const tries: [readonly (LabelSide | LabelCorner)[], number][] = [
    [LABEL_SIDES, middle],
    [LABEL_SIDES, Math.min(middle, KEPT_MIDDLE_PX)],
    [corners, middle],
    [corners, Math.min(middle, KEPT_MIDDLE_PX)],
  ];
  const keptSides = kept.map(() => -1);
  for (const [places, clear] of tries) {
    const open = kept.flatMap((_, k) => (keptSides[k]! < 0 ? [k] : []));
    if (open.length === 0) break;
    const done = kept.flatMap((_, k) => (keptSides[k]! >= 0 ? [k] : []));
    // Label `i` of a placement belongs to disc `i`: each placement lists its own nodes' discs first.
    const placed = placeLabelsAround(
      open.map((k) => boxes(kept[k]!, places)),
      { within, taken: done.map((k) => boxAt(kept[k]!, keptSides[k]!)), discs: [...open, ...done].map((k) => kept[k]!).concat(free).map(disc).concat(others), middle: clear },
    );
    placed.forEach((place, i) => {
      if (place >= 0) keptSides[open[i]!] = LABEL_PLACES.indexOf(places[place]!);
    });
  }
  const keptAt = keptSides.map((side) => Math.max(0, side));
  const freeSides = placeLabelsAround(free.map(sides), {
    within,
    taken: kept.map((n, k) => boxAt(n, keptAt[k]!)),
    discs: [...free, ...kept].map(disc).concat(others),
    middle,
  });
  let [k, f] = [0, 0];
  return nodes.map((n) => (n.kept ? keptAt[k++]! : freeSides[f++]!));
}

/**
 * A label cut to at most `maxWidth` of text (as `measure` finds it): its first words with an ellipsis, as
 * many as fit, the whole label when it fits. Only a first word wider than that is cut inside it. On a phone
 * most titles, even cut to a few dozen characters, were about as wide as the canvas once a node was
 * selected, and a neighbourhood could place one or two of them; cut to a share of the canvas, most fit.
 * `measure` is called a few times (a binary search over the word ends), not once per word.
 */
export function fitLabel(label: string, maxWidth: number, measure: (text: string) => number): string {
  const clean = label.replace(/\s+/g, ' ').trim();
  if (measure(clean) <= maxWidth) return clean;
  const cut = (end: number) => {
    const kept = clean.slice(0, end).replace(/[\s.,:;·–-]+$/, '');
    return kept ? `${kept}…` : '';
  };
  const ends: number[] = [];
  for (let i = 1; i < clean.length; i++) if (clean[i] === ' ') ends.push(i);
  // The most words that fit: a longer run of words is never narrower.
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const text = cut(ends[mid - 1]!);
    if (text && measure(text) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  // A cut right after a function word reads as broken ("Observation of…", review 15 L5): one word fewer.
  while (lo > 1 && FUNCTION_WORD.test(clean.slice(clean.lastIndexOf(' ', ends[lo - 1]! - 1) + 1, ends[lo - 1]!).replace(/[.,:;]$/, ''))) lo--;
  if (lo > 0) return cut(ends[lo - 1]!);
  // Not even the first word fits: as many of its characters as do (one at least).
  const word = ends[0] ?? clean.length;
  let a = 1;
  let b = word - 1;
  while (a < b) {
    const mid = (a + b + 1) >> 1;
    if (measure(`${clean.slice(0, mid)}…`) <= maxWidth) a = mid;
    else b = mid - 1;
  }
  return `${clean.slice(0, Math.max(1, a))}…`;
}

/**
 * A title's first words, for a label with little room: the name it opens with ("SPIRAL: Self-Play on…"
 * reads "SPIRAL…") when that is at most `max` characters, else as many words as fit in `max`, two at least
 * (three after an article) and not ending on a function word. Cut between words to 16 characters, one in
 * three of the bundled corpus's titles read one word such as "Can…", "Deep…" or "Towards…", which names
 * nothing.
 */
const FUNCTION_WORD = /^(a|an|the|of|in|on|for|to|and|or|with|by|from|at|as|via|into|is|are)$/i;

export function briefLabel(label: string, max: number): string {
  const clean = label.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const name = /^([^\s:]+(?: [^\s:]+)*):/.exec(clean)?.[1];
  if (name && name.length <= max) return `${name}…`;
  const words = clean.split(' ');
  // An article names nothing either: "A bright…", "A General…".
  let n = Math.min(/^(a|an|the)$/i.test(words[0]!) ? 3 : 2, words.length);
  while (n < words.length && words.slice(0, n + 1).join(' ').length <= max) n++;
  // Nor does a cut after a function word ("Results of a…", "Studies of…"): the next word comes too.
  while (n < words.length && FUNCTION_WORD.test(words[n - 1]!)) n++;
  if (n >= words.length) return clean;
  return `${words.slice(0, n).join(' ').replace(/[\s.,:;–-]+$/, '')}…`;
}

/**
 * Each label cut by `shorten` to `max` characters, except where different labels would read the same cut:
 * those run on to the end of the first word where they differ from all the others that read the same, or,
 * where that is far on, add that word after the cut ("Approximation theory of fuzzy… MIMO…"). Two titles
 * of a collection, "Approximation theory of fuzzy systems based upon genuine many-valued implications -
 * MIMO case" and "… - SISO case", both read "Approximation theory of fuzzy…", with nothing on the canvas
 * to tell them apart. The same title twice stays the same.
 */
/** Characters a label that would read as another's may run on past the cut before the word is added instead. */
const RUN_ON = 16;

export function distinctShortLabels(labels: readonly string[], max: number, shorten: (label: string, max: number) => string): string[] {
  const clean = labels.map((l) => l.replace(/\s+/g, ' ').trim());
  const short = clean.map((l) => shorten(l, max));
  const groups = new Map<string, number[]>();
  short.forEach((s, i) => groups.set(s, [...(groups.get(s) ?? []), i]));
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const texts = [...new Set(members.map((i) => clean[i]!))];
    if (texts.length < 2) continue;
    for (const i of members) {
      const own = clean[i]!;
      // Where the last of the others parts from this one; the cut runs to the end of that word.
      let apart = 0;
      for (const other of texts) {
        if (other === own) continue;
        let k = 0;
        while (k < own.length && k < other.length && own[k] === other[k]) k++;
        apart = Math.max(apart, k);
      }
      const start = own.lastIndexOf(' ', apart) + 1;
      const end = own.indexOf(' ', apart + 1) < 0 ? own.length : own.indexOf(' ', apart + 1);
      const runOn = shorten(own, Math.max(max, end));
      short[i] = runOn.length <= max + RUN_ON ? runOn : `${short[i]!} ${own.slice(start, end)}${end < own.length ? '…' : ''}`;
    }
  }
  return short;
}
