/**
 * Cluster names on the canvas where node labels are too small to draw (the overview of a big graph): at
 * 2,493 papers the fitted view was twenty discs of dots with no word on them, and which disc was which
 * cluster needed the legend, below the fold and in close hues (review 18 L2). Each cluster's name goes at
 * the middle of its drawn nodes, the biggest clusters first; a name that would cover another is tried a line
 * or two higher or lower and to either side on its cluster, then in a box as narrow as its cloud, and one that
 * still does, or runs off the canvas, or covers the dots of another cluster as big as its own or bigger, is left
 * out (reviews 41 and 43). A name two lines cannot hold whole drops its last topics for an ellipsis ("Mixed: Control
 * system, …"), not a topic cut in half ({@link clusterNameFit}). The "Other papers" remainder (papers of no
 * cluster) is named too, last and as a remainder, where its papers form a group of their own (a disc of the
 * big graphs' layout): at 1,500 Inspec abstracts it was the biggest disc on the canvas and the only one without a word on it (review 21).
 */
import { boxMeetsDisc, estimatedTextWidth, fitLabel, placeLabelsAround, type Box } from './labels';
import { DiscGrid } from './hit-grid';
import { median } from '../../lib/graph/median';
import { MIXED_PREFIX } from '../../lib/graph/cluster-identity';

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
  /**
   * How far the name may move up or down from (x, y) and still lie on its cluster, in the nodes' units: the
   * distance of its nodes' y from the middle's that three quarters of them are within (a disc's 0.55 of its
   * radius; a cluster of three dots in a row has little).
   */
  reach?: number;
  /** As `reach`, across: how far the name may move left or right from (x, y) and still lie on its cluster. */
  reachX?: number;
  /** The "Other papers" remainder: named last, as what no cluster took ({@link clusterLabelText}). */
  remainder?: true;
}

/** A cluster needs this many drawn nodes to be named on the canvas: one or two dots are no group to name. */
export const CLUSTER_LABEL_MIN_MEMBERS = 3;
/** The names' font size in pixels. */
export const CLUSTER_LABEL_FONT_PX = 12;

/**
 * The widest a name is drawn, in pixels (a longer one takes two lines, {@link clusterNameLines}): 200, and on a narrow canvas a
 * third of its width, where names of 200 px covered the clusters they named. The remainder's name (named only
 * where its papers lie together, most often the biggest disc) may take half: in a third of a phone's canvas
 * "Other papers (535)" did not fit and read "Other… (535)".
 */
export function clusterLabelMaxWidth(canvasWidth: number, remainder = false): number {
  return Math.max(60, Math.min(200, Math.round(canvasWidth / (remainder ? 2 : 3))));
}

/** The narrowest a name is drawn where its full width finds no place ({@link placeClusterLabels}. `narrow`): about 16 characters a line. */
export const CLUSTER_LABEL_NARROW_MIN = 120;

/**
 * The narrower box a name is tried in where its full width (`maxWidth`) finds no place: as wide as its cluster is
 * drawn (`span`, pixels: where three quarters of its nodes lie across), at least {@link CLUSTER_LABEL_NARROW_MIN};
 * undefined where that is no narrower. On Inspec's overview names 190 px wide over clouds 80 to 120 px across
 * covered the next clouds, and seven clusters of 10 to 20 papers had no name (review 43 finding 7).
 */
export function clusterLabelNarrowWidth(maxWidth: number, span: number): number | undefined {
  const narrow = Math.max(CLUSTER_LABEL_NARROW_MIN, Math.round(span));
  return narrow < maxWidth ? narrow : undefined;
}

/**
 * The middle of each cluster's nodes (the median of x and of y: a few members drawn away from the group do
 * not pull its name off it), biggest cluster first (ties: lower id). The `remainder` cluster comes last, and
 * only when most of its nodes lie together about as tightly as a cluster's ({@link densestHalf}, at most twice
 * the clusters' median): in a small graph's single layout its papers lie all over the canvas, and a name at
 * their middle would sit on some other cluster.
 */
export function clusterSpots(nodes: Iterable<ClusterNode>, minMembers = CLUSTER_LABEL_MIN_MEMBERS, remainder?: number): ClusterSpot[] {
  const byCluster = new Map<number, { xs: number[]; ys: number[] }>();
  for (const n of nodes) {
    let c = byCluster.get(n.cluster);
    if (!c) byCluster.set(n.cluster, (c = { xs: [], ys: [] }));
    c.xs.push(n.x);
    c.ys.push(n.y);
  }
  const named = [...byCluster]
    .filter(([cluster, c]) => cluster !== remainder && c.xs.length >= minMembers)
    .map(([cluster, c]) => {
      const [x, y] = [median(c.xs), median(c.ys)];
      return { cluster, x, y, members: c.xs.length, reach: quarterReach(c.ys, y), reachX: quarterReach(c.xs, x) };
    })
    .sort((a, b) => b.members - a.members || a.cluster - b.cluster);
  const rest = remainder === undefined ? undefined : byCluster.get(remainder);
  if (!rest || rest.xs.length < minMembers) return named;
  const group = densestHalf(rest.xs, rest.ys);
  if (named.length > 0) {
    const typical = median(named.map((s) => densestHalf(byCluster.get(s.cluster)!.xs, byCluster.get(s.cluster)!.ys).spread));
    if (!(group.spread <= 2 * typical)) return named;
  }
  return [...named, { cluster: remainder!, x: group.x, y: group.y, members: rest.xs.length, remainder: true }];
}

/** The distance from `middle` that three quarters of `values` are within. */
function quarterReach(values: readonly number[], middle: number): number {
  const off = values.map((v) => Math.abs(v - middle)).sort((a, b) => a - b);
  return off[Math.floor(0.75 * (off.length - 1))]!;
}

/**
 * Where most of a group's nodes lie and how tightly: the half of its nodes nearest its median point, their
 * median point, and their median distance from it over the square root of their number (a disc of n dots
 * spreads as √n). The remainder's papers that have no link are drawn in rows under the drawing, away from
 * its disc: most of its nodes still lie in the disc, and its name goes there. A remainder scattered over a
 * small graph's single layout spreads several times as far as a cluster does, and is not named.
 */
function densestHalf(xs: readonly number[], ys: readonly number[]): { x: number; y: number; spread: number } {
  const [mx, my] = [median(xs), median(ys)];
  const distance = xs.map((x, i) => Math.hypot(x - mx, ys[i]! - my));
  const cut = median(distance);
  const near = xs.map((_, i) => i).filter((i) => distance[i]! <= cut);
  const [x, y] = [median(near.map((i) => xs[i]!)), median(near.map((i) => ys[i]!))];
  return { x, y, spread: median(near.map((i) => Math.hypot(xs[i]! - x, ys[i]! - y))) / Math.sqrt(near.length) };
}

/**
 * Pixels a name's box adds to its text: the padding either side and the coloured border (the page's CSS for
 * `.explorer__cluster-name`, whose max-width is the box's).
 */
export const CLUSTER_LABEL_CHROME = 13;

/** A text's width in pixels at the names' font size, where it cannot be measured. */
export function estimatedNameWidth(text: string): number {
  return estimatedTextWidth(text.length, CLUSTER_LABEL_FONT_PX);
}

/**
 * The name drawn for a spot: the cluster's label (the CSS ends one too long for `maxWidth` in an ellipsis),
 * and for the remainder its count and that it is no cluster, shortened to fit `maxWidth` (the box, in pixels,
 * as `measure` finds the text) with the count kept: the ellipsis cut it to "Other papers (3343, no clust…" at
 * 10,000 papers and to "Other papers (5…" on a phone. It drops "no cluster" first, then words of the label.
 */
export function clusterLabelText(
  label: string,
  spot: Pick<ClusterSpot, 'members' | 'remainder'>,
  maxWidth = Infinity,
  measure: (text: string) => number = estimatedNameWidth,
): string {
  if (!spot.remainder) return label;
  const room = maxWidth - CLUSTER_LABEL_CHROME;
  const full = `${label} (${spot.members}, no cluster)`;
  if (measure(full) <= room) return full;
  const count = ` (${spot.members})`;
  if (measure(`${label}${count}`) <= room) return `${label}${count}`;
  return `${fitLabel(label, room - measure(count), measure)}${count}`;
}

/**
 * A cluster's name in one line, or in two where one line of `room` pixels of text would cut it: on a phone's
 * overview a third of the canvas held 14 characters, and "Decision-making…", "RLHF · Target d…" and
 * "Reinforcement l…" named nothing (review 22, again in review 41). The first line takes as many whole words as
 * fit, or the words up to a " · " between two concepts (the dot dropped) or a ", " between two topics of a mixed
 * cluster (the comma kept) where the rest then fits whole; the second line is the rest, cut with an ellipsis only
 * where it still does not fit. A first word too wide for a line is cut in one. The ellipsis that ends a shortened
 * name ({@link clusterNameForms}) never starts a line of its own.
 */
export function clusterNameLines(text: string, room: number, measure: (text: string) => number = estimatedNameWidth): string[] {
  return nameLines(text, room, measure).lines;
}

/**
 * {@link clusterNameLines} in at most `most` lines, and whether they hold the whole name (none cut with an ellipsis).
 * With `dots`, a line that ends between two concepts keeps their dot ("learning ·" over "Reinforcement").
 */
function nameLines(text: string, room: number, measure: (text: string) => number, most = 2, dots = false): { lines: string[]; whole: boolean } {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (measure(clean) <= room) return { lines: [clean], whole: true };
  if (most <= 1) return { lines: [fitLabel(clean, room, measure)], whole: false };
  // Where a line may end: at a space (dropped) or after a hyphen inside a word (kept: "Decision-" over "making").
  const breaks: { end: number; next: number; between: boolean }[] = [];
  for (let i = 1; i < clean.length - 1; i++) {
    // At " · " the line break itself parts the two concepts, and the dot goes: "RLHF" over "Target domain".
    if (clean.startsWith(' · ', i)) breaks.push({ end: dots ? i + 2 : i, next: i + 3, between: true });
    else if (clean[i] === ' ' && clean[i - 1] !== '·') breaks.push({ end: i, next: i + 1, between: clean[i - 1] === ',' });
    else if (clean[i - 1] === '-' && clean[i] !== ' ' && clean[i - 2] !== ' ') breaks.push({ end: i, next: i, between: false });
  }
  // A line that opens with the ellipsis says nothing: "Mixed: Security," over "…".
  const fitting = breaks.filter((b) => clean[b.next] !== '…' && measure(clean.slice(0, b.end)) <= room);
  if (fitting.length === 0) return { lines: [fitLabel(clean, room, measure)], whole: false };
  const restOf = (b: { next: number }) => nameLines(clean.slice(b.next), room, measure, most - 1, dots);
  // Break between two concepts where the rest fits whole: "RLHF" over "Target dynamics", not a name cut in two.
  const lastBetween = fitting.filter((b) => b.between).at(-1);
  const between = lastBetween && restOf(lastBetween);
  const [at, rest] = between?.whole ? [lastBetween!, between] : [fitting.at(-1)!, restOf(fitting.at(-1)!)];
  return { lines: [clean.slice(0, at.end), ...rest.lines], whole: rest.whole };
}

/** How a mixed cluster's label ends (cluster-identity.ts `mixedLabel`). */
const MIXED_MORE = ', …';

/**
 * A cluster's label in shorter and shorter forms, the full label first: each drops its last concept (or word) for
 * an ellipsis, down to the first alone: "A · B" then "A · …"; "Mixed: A, B, …" then "Mixed: A, …". A number that
 * tells two clusters of one name apart stays: "A · … (2)". On a phone's overview a third of the canvas holds two
 * lines of about 15 characters, and "Mixed: Control system, Neural networks, …" read "Mixed: Control" over
 * "system, Neural…", a topic cut in half (review 43); the legend and the line a tap on the name writes give the
 * whole label.
 */
export function clusterNameForms(label: string): string[] {
  const number = / \(\d+\)$/.exec(label)?.[0] ?? '';
  const name = label.slice(0, label.length - number.length);
  if (name.startsWith(MIXED_PREFIX) && name.endsWith(MIXED_MORE)) {
    const parts = name.slice(MIXED_PREFIX.length, -MIXED_MORE.length).split(', ');
    return parts.map((_, k) => `${MIXED_PREFIX}${parts.slice(0, parts.length - k).join(', ')}${MIXED_MORE}${number}`);
  }
  const parts = name.split(' · ');
  return parts.map((_, k) => (k === 0 ? label : `${parts.slice(0, parts.length - k).join(' · ')} · …${number}`));
}

/**
 * A cluster's name on the canvas, in lines of `room` pixels ({@link clusterNameLines}): the fullest of its forms
 * ({@link clusterNameForms}) that two lines hold whole, else the shortest on three lines where they hold it whole
 * ("Mixed:" over "Information" over "architecture, …" on a phone), else the shortest on two, cut.
 */
export function clusterNameFit(label: string, room: number, measure: (text: string) => number = estimatedNameWidth): string[] {
  const forms = clusterNameForms(label);
  for (const form of forms) {
    const { lines, whole } = nameLines(form, room, measure);
    if (whole) return lines;
  }
  const three = nameLines(forms.at(-1)!, room, measure, 3);
  return three.whole ? three.lines : clusterNameLines(forms.at(-1)!, room, measure);
}

/** The most lines a whole name takes ({@link clusterNameWhole}): five hold two concepts of two or three words each on a phone. */
export const CLUSTER_NAME_MOST_LINES = 5;

/**
 * A cluster's whole name on more than two lines of `room` pixels, where two lines cannot hold it whole but
 * {@link CLUSTER_NAME_MOST_LINES} can; undefined otherwise. A concept then may take lines of its own, and the
 * dot between two concepts stays at a line's end ("learning ·" over "Reinforcement"), else where one ends and the next
 * begins is a guess. The placement tries it before the name {@link clusterNameFit} shortens: on a phone's overview
 * a third of the canvas held "RLHF · …" and "Large language models · …", each cluster named by one concept of two
 * where there was room for both.
 */
export function clusterNameWhole(label: string, room: number, measure: (text: string) => number = estimatedNameWidth): string[] | undefined {
  if (nameLines(label, room, measure).whole) return undefined;
  const tall = nameLines(label, room, measure, CLUSTER_NAME_MOST_LINES, true);
  return tall.whole ? tall.lines : undefined;
}

const measurers = new WeakMap<Element, (text: string) => number>();

/**
 * Text widths in pixels in the names' font (`element`'s family at their size), measured on a canvas (no page
 * layout) and kept; the estimate where no canvas can be had.
 */
export function nameMeasure(element: Element): (text: string) => number {
  let measure = measurers.get(element);
  if (measure) return measure;
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return estimatedNameWidth;
  context.font = `${CLUSTER_LABEL_FONT_PX}px ${getComputedStyle(element).fontFamily}`;
  const widths = new Map<string, number>();
  measure = (text) => {
    let width = widths.get(text);
    if (width === undefined) widths.set(text, (width = Math.ceil(context.measureText(text).width)));
    return width;
  };
  measurers.set(element, measure);
  return measure;
}

/** The box of a name of text `width` pixels (its widest line) and `lines` lines centred on (x, y), at most `maxWidth` wide, in pixels, with room for its background. */
export function clusterLabelBox(x: number, y: number, width: number, maxWidth: number, lines = 1): Box {
  const half = Math.min(width, maxWidth) / 2 + 6;
  const halfHeight = CLUSTER_LABEL_FONT_PX * 0.65 * lines + 3;
  return [x - half, y - halfHeight, x + half, y + halfHeight];
}

/** A drawn node in pixels (its middle and radius), and how many drawn nodes its cluster has. */
export interface ClusterDot {
  x: number;
  y: number;
  r: number;
  members: number;
  /** Its cluster: a name keeps off the dots of every other cluster as big as its own or bigger. */
  cluster?: number;
}

/**
 * Where names are drawn: `spots` in pixels with their names' text widths (`width`, else estimated from `chars`)
 * and widest boxes (`maxWidth`, else clusterLabelMaxWidth's); a name is drawn, at the point returned, where its
 * box lies inside `within` (the canvas) and off the names drawn before it. Names are placed biggest cluster first
 * (`members`; ties in the order given; the `remainder` last), so where two would meet the smaller cluster's gives way, never the bigger's.
 * A name whose spot is inside the canvas but whose box runs past an edge is moved in just far enough (it still
 * covers its spot): left out, the remainder's name went unsaid where its disc lay at the canvas edge, as a phone's
 * overview draws it.
 *
 * Where a name at its spot would cover a name drawn before it, it is tried a line or two higher or lower and
 * half or all of its `reachX` to either side, nearest first, as far as its `reach` and `reachX` (pixels: where
 * three quarters of its nodes lie) keep it on its own cluster: at the SemEval library's overview four of the eight
 * biggest clusters (31, 27, 25 and 18 papers) lost their names to a bigger one's a few pixels away while
 * three clusters of 3 papers kept theirs (review 41), and on the Inspec test set seven clusters of 10 to 20 papers
 * had none while one of 5 kept its own (review 43). And a name never covers a dot of another cluster as big as its own or bigger
 * (`dots`, with each spot's `members` and `cluster`): a 3-paper cluster's name beside a 25-paper cloud, over its
 * edge, read as that cloud's name, and on a phone an 11-paper cluster's name beside a 21-paper cloud did too.
 * Where no place takes the full name, its `narrow` box (the name on lines as wide as its cloud) is tried in the
 * same places, and the point returned says so. A name drawn whose `whole` form (on more lines, where `lines` hold
 * it shortened) fits in one of those places off every other name drawn is drawn whole, and the point says so too.
 */
export function placeClusterLabels(
  spots: ReadonlyArray<{
    x: number;
    y: number;
    chars?: number;
    width?: number;
    maxWidth?: number;
    reach?: number;
    reachX?: number;
    members?: number;
    lines?: number;
    cluster?: number;
    remainder?: true;
    /** The name in a narrower box (`clusterLabelNarrowWidth`), tried where the full one finds no place. */
    narrow?: { width: number; maxWidth: number; lines: number };
    /** The whole name on more lines ({@link clusterNameWhole}), where `lines` hold a shortened one: tried first. */
    whole?: { width: number; lines: number };
  }>,
  within: Box,
  dots: readonly ClusterDot[] = [],
): ({ x: number; y: number; narrow?: true; whole?: true } | undefined)[] {
  const maxWidth = clusterLabelMaxWidth(within[2] - within[0]);
  // Through a grid, not every dot for every name: a big graph's overview draws thousands of dots.
  const grid = dots.length > 0 ? new DiscGrid(dots) : undefined;
  const order = spots.map((_, i) => i).sort((a, b) => Number(!!spots[a]!.remainder) - Number(!!spots[b]!.remainder) || (spots[b]!.members ?? 0) - (spots[a]!.members ?? 0) || a - b);
  const candidates = order.map((i) => {
    const s = spots[i]!;
    const own = s.members;
    const onBigger = (b: Box) =>
      own !== undefined && !!grid?.someInBox(b[0], b[1], b[2], b[3], (k) => dots[k]!.members >= own && (dots[k]!.cluster === undefined || dots[k]!.cluster !== s.cluster) && boxMeetsDisc(b, dots[k]!));
    const boxes = (width: number, widest: number, lines: number | undefined) => {
      const box = clusterLabelBox(s.x, s.y, width, widest, lines);
      const [dx, dy] = inward(box, [s.x, s.y], within);
      const at: Box = [box[0] + dx, box[1] + dy, box[2] + dx, box[3] + dy];
      // A line of text, and the box's own height: a tall name (a whole one on four lines) moved by its height only
      // left its cluster at once, where a line up or down would have kept it clear of the name below.
      const line = CLUSTER_LABEL_FONT_PX * 1.3;
      const height = at[3] - at[1];
      const steps = [...new Set([line, 2 * line, height, 2 * height].map((d) => Math.round(d * 10) / 10))];
      const ys = [0, ...steps.flatMap((d) => [-d, d])].filter((d) => Math.abs(d) <= (s.reach ?? 0) || d === 0);
      const reachX = s.reachX ?? 0;
      const xs = [0, -0.5, 0.5, -1, 1].map((k) => k * reachX).filter((d, k) => k === 0 || Math.abs(d) >= 1);
      const shifts = ys.flatMap((y) => xs.map((x) => [x, y] as const)).sort((a, b) => Math.hypot(a[0], a[1]) - Math.hypot(b[0], b[1]));
      return shifts.map(([x, y]) => [at[0] + x, at[1] + y, at[2] + x, at[3] + y] as Box).filter((b) => !onBigger(b));
    };
    const whole = s.whole ? boxes(s.whole.width, s.maxWidth ?? maxWidth, s.whole.lines) : [];
    const wide = boxes(s.width ?? estimatedTextWidth(s.chars ?? 0, CLUSTER_LABEL_FONT_PX), s.maxWidth ?? maxWidth, s.lines);
    const narrow = s.narrow ? boxes(s.narrow.width, s.narrow.maxWidth, s.narrow.lines) : [];
    return { whole, wide: wide.length, boxes: [...wide, ...narrow] };
  });
  const drawn = placeLabelsAround(candidates.map((c) => c.boxes), { within });
  const placed = candidates.map((c, k) => c.boxes[drawn[k]!]);
  // Then each name drawn shortened is drawn whole where that fits off all the others: tried in the first
  // placement, the bigger clusters' taller names took the room of a smaller one's, which went unnamed.
  const whole = candidates.map((c, k) => {
    if (!placed[k] || c.whole.length === 0) return false;
    const taken = placed.filter((b, j): b is Box => j !== k && b !== undefined);
    const at = placeLabelsAround([c.whole], { within, taken })[0]!;
    if (at >= 0) placed[k] = c.whole[at]!;
    return at >= 0;
  });
  const out: ({ x: number; y: number; narrow?: true; whole?: true } | undefined)[] = spots.map(() => undefined);
  order.forEach((i, k) => {
    const b = placed[k];
    const form = whole[k] ? { whole: true as const } : drawn[k]! >= candidates[k]!.wide ? { narrow: true as const } : {};
    if (b) out[i] = { x: (b[0] + b[2]) / 2, y: (b[1] + b[3]) / 2, ...form };
  });
  return out;
}

/**
 * The move that brings `box` inside `area` when its `spot` lies inside it (none where it does not, or the box
 * is bigger than the area): a box round a point inside the area, moved in, still holds the point.
 */
export function inward(box: Box, spot: readonly [number, number], area: Box): [number, number] {
  const axis = (lo: number, hi: number, at: number, min: number, max: number) => {
    if (at < min || at > max || hi - lo > max - min) return 0;
    return lo < min ? min - lo : hi > max ? max - hi : 0;
  };
  return [axis(box[0], box[2], spot[0], area[0], area[2]), axis(box[1], box[3], spot[1], area[1], area[3])];
}
