/**
 * The lit neighbourhood of the pointed-at or selected node, and the labels drawn for it, for found papers
 * and for the selection, placed so that they neither cover each other nor run off the canvas.
 */
import type cytoscape from 'cytoscape';
import { DOT_MIDDLE_PX, LABEL_OUTLINE, LABEL_PLACES, placeNeighbourhoodLabels, type DrawnDot, type LabelView } from './labels';
import type { Explorer, NodeSingular } from './explorer-state';
import { FONT_SIZE, hoodLabel, textWidth } from './label-text';
import { nodesInView, viewRect, type DotAt, type NodesInView } from './level-of-detail';

/**
 * A highlighted neighbourhood's labels are cut further, to this share of the canvas's width, the focus's
 * (drawn first, in bold) to the larger share. On a phone (a 344 px canvas) a selection zooms in to about
 * 1.5, where most titles cut to LABEL_CHARS were 280-340 px wide: the placement, which leaves out labels
 * that would run off the canvas or cover another, drew 0.8 of a selection's 5 neighbours' labels (2.2
 * cut to this share, over 40 selections of the bundled corpus's papers).
 */
const HOOD_LABEL_SHARE = 0.42;
const FOCUS_LABEL_SHARE = 0.8;
/**
 * Those shares are of the canvas at the view's zoom, or at SELECTION_ZOOM zoomed in further: there the
 * neighbours are further apart too, and the labels grow with them (cut to the canvas's share at each zoom,
 * they were down to a word or two, 'A…' and 'Delvin…', zoomed in as far as the graph goes). Their widths in
 * model units are rounded down to a multiple of LABEL_WIDTH_STEP, so that a view moved by a little cuts no
 * label again, and are no narrower than MIN_LABEL_WIDTH (a word or two) on any canvas.
 */
export const SELECTION_ZOOM = 1.6;
/** Pixels the focus's label keeps from the canvas's edges, halo included, when the zoom cuts it to the canvas. */
const FOCUS_EDGE = 12;
const LABEL_WIDTH_STEP = 8;
const MIN_LABEL_WIDTH = 48;

export function neighbourhoodOf(node: NodeSingular): cytoscape.CollectionReturnValue {
  return node.closedNeighborhood().filter((el) => !el.hasClass('filtered'));
}

/** Light up the neighbourhood of `node` (else of the selection); its labels are placed for `view` (else the view now). */
export function setHover(e: Explorer, node: NodeSingular | undefined, view: LabelView = currentView(e)): void {
  const { cy } = e;
  cy.batch(() => {
    if (e.hood) {
      e.hood.removeClass('nb nb-quiet');
      if (!e.large) cy.elements().removeClass('faded');
      e.hood = undefined;
      e.hoodFocus = undefined;
    }
    const focus = node ?? (e.state.node ? cy.getElementById(e.state.node) : undefined);
    if (focus?.nonempty()) {
      const hood = neighbourhoodOf(focus as NodeSingular);
      hood.addClass('nb');
      e.hood = hood;
      e.hoodFocus = focus as NodeSingular;
      // Fading everything else costs a style pass over every element: only on graphs small enough.
      if (!e.large) cy.elements().not(hood).addClass('faded');
    }
    placeDrawnLabels(e, view);
  });
}

/**
 * A neighbourhood labels every node, and close neighbours' labels covered each other or ran off the canvas
 * (on a phone most of them did): the selection keeps its label, then the focus, found papers and the
 * best-connected neighbours get theirs in that order where they fit inside the canvas beside those placed
 * and off the other drawn nodes' dots (above or beside their node where below covers one), in rendered pixels for `view` (placed in model units, with no canvas, every neighbour's label was drawn
 * wherever it fell). Found papers' labels were drawn whatever the placement too, and after a Find several of
 * them printed over each other and over the neighbours'; one that does not fit is left out (its ring still
 * marks it). Only nodes whose label comes or goes are touched (a style pass each). `shown` gives the nodes
 * `view` shows, where the caller has walked them already (the level of detail, for the same view).
 */
export function placeDrawnLabels(e: Explorer, view: LabelView = currentView(e), shown: () => NodesInView<NodeSingular> = () => nodesShown(e, view)): void {
  const { cy } = e;
  const focus = e.hood && e.hoodFocus && !e.hoodFocus.removed() ? e.hoodFocus : undefined;
  const selected = e.state.node ? cy.getElementById(e.state.node) : undefined;
  const seen = new Set<string>();
  const ranked: NodeSingular[] = [];
  const add = (n: NodeSingular) => {
    if (n.removed() || seen.has(n.id()) || e.filtered.has(n.id())) return;
    seen.add(n.id());
    ranked.push(n);
  };
  const byDegree = (nodes: NodeSingular[]) => nodes.sort((a, b) => (b.data('degree') as number) - (a.data('degree') as number));
  if (selected?.nonempty() && selected.hasClass('is-selected')) add(selected as NodeSingular);
  if (focus) add(focus);
  // A faded node's label is not drawn (a selection fades what is outside its neighbourhood on small graphs).
  byDegree(e.found.filter((n) => !n.removed() && !n.hasClass('faded')).toArray() as NodeSingular[]).forEach(add);
  if (e.hood && focus) byDegree(e.hood.nodes().toArray() as NodeSingular[]).forEach(add);
  // Each label cut to a share of the canvas at this zoom (its `hood` text), so that several fit beside each other.
  const step = (width: number) => Math.max(MIN_LABEL_WIDTH, Math.floor(width / LABEL_WIDTH_STEP) * LABEL_WIDTH_STEP);
  const widest = (share: number) => step((view.width * share) / Math.min(view.zoom, SELECTION_ZOOM));
  // The focus's label is drawn wherever it falls (a selection's is kept): zoomed in past SELECTION_ZOOM it is
  // also cut to the canvas at this zoom, else on a phone it ran off both edges from a zoom of about 2.4.
  const focusWidth = Math.min(widest(FOCUS_LABEL_SHARE), step((view.width - 2 * FOCUS_EDGE) / view.zoom - 2 * LABEL_OUTLINE));
  // Outside the neighbourhood a label reads `short` (the stylesheet's `node.nb` draws `hood`).
  const texts = ranked.map((n) =>
    !n.hasClass('nb') ? (n.data('short') as string) : hoodLabel(n, n === focus || n.hasClass('is-selected') ? focusWidth : widest(HOOD_LABEL_SHARE)),
  );
  const sides = placeNeighbourhoodLabels(
    ranked.map((n, i) => {
      const p = n.position();
      const lit = n.hasClass('nb') || n.hasClass('is-selected');
      return { x: p.x, y: p.y, size: n.data('size') as number, textWidth: textWidth(texts[i]!, n.hasClass('is-selected')), kept: n.hasClass('is-selected'), faint: !lit };
    }),
    view,
    FONT_SIZE,
    ranked.length > 0 ? dotsOf(e, shown(), seen) : [],
    DOT_MIDDLE_PX,
  );
  // A node placed last time and not now (no longer lit or found) draws its label as before.
  for (const id of e.quieted) if (!seen.has(id)) cy.getElementById(id).removeClass('nb-quiet');
  for (const [id, side] of e.litSides) if (!seen.has(id)) cy.getElementById(id).removeClass(side);
  const quieted = new Set<string>();
  const litSides = new Map<string, string>();
  ranked.forEach((n, i) => {
    const quiet = sides[i]! < 0;
    // A quiet label is not drawn: its text is left as it was (each change costs a style pass).
    if (!quiet && n.hasClass('nb') && n.data('hood') !== texts[i]) n.data('hood', texts[i]);
    if (quiet !== n.hasClass('nb-quiet')) n.toggleClass('nb-quiet', quiet);
    if (quiet) quieted.add(n.id());
    const [was, side] = [e.litSides.get(n.id()), quiet ? undefined : LIT_SIDE_CLASS[sides[i]!]];
    if (was !== side) {
      if (was) n.removeClass(was);
      if (side) n.addClass(side);
    }
    if (side) litSides.set(n.id(), side);
  });
  e.quieted = quieted;
  e.litSides = litSides;
}

/** The class that moves a lit label to a side or corner of its node (graph-style.ts), by LABEL_PLACES index; below has none. */
const LIT_SIDE_CLASS: readonly (string | undefined)[] = LABEL_PLACES.map((side) => (side === 'below' ? undefined : `lit-${side}`));

/** A node's dot as drawn, its border (a halo on a small graph) included. */
export function dotSize(e: Explorer, n: NodeSingular): number {
  return (n.data('size') as number) + (e.large ? 0 : 2);
}

/** A node's dot as drawn, in model units; none for a node the filters hide. */
function drawnDot(e: Explorer, n: NodeSingular): DotAt | undefined {
  if (e.filtered.has(n.id())) return undefined;
  const p = n.position();
  return { x: p.x, y: p.y, r: dotSize(e, n) / 2 };
}

/** The nodes drawn in `view` (or reaching into it): a walk over every node, thousands on a big graph. */
export function nodesShown(e: Explorer, view: LabelView): NodesInView<NodeSingular> {
  return nodesInView(e.cy.nodes(), (n) => drawnDot(e, n), viewRect(view));
}

/** The dots of the nodes `shown` other than `labelled`, in model units, those outside the lit neighbourhood faint (FaintDisc). */
function dotsOf(e: Explorer, shown: NodesInView<NodeSingular>, labelled: ReadonlySet<string>): DrawnDot[] {
  const dots: DrawnDot[] = [];
  for (const n of [...shown.inView, ...shown.near]) {
    if (labelled.has(n.id())) continue;
    const p = n.position();
    dots.push({ x: p.x, y: p.y, size: dotSize(e, n), faint: !n.hasClass('nb') });
  }
  return dots;
}

export function currentView(e: Explorer): LabelView {
  const { cy } = e;
  return { zoom: cy.zoom(), pan: cy.pan(), width: cy.width(), height: cy.height() };
}

/**
 * What a progressively drawn graph draws over its picture, bottom first, in the order the stylesheet's
 * z-indexes give elsewhere: labels, the neighbourhood (links, then nodes), search matches, the selection.
 */
export function foreground(e: Explorer): cytoscape.SingularElementArgument[] {
  const { cy } = e;
  const out: cytoscape.SingularElementArgument[] = [];
  for (const id of e.labelled.keys()) out.push(cy.getElementById(id));
  if (e.hood) {
    e.hood.edges().forEach((edge) => void out.push(edge));
    e.hood.nodes().forEach((node) => void out.push(node));
  }
  for (const id of e.highlighted) out.push(cy.getElementById(`p:${id}`));
  if (e.state.node) out.push(cy.getElementById(e.state.node));
  return out.filter((ele) => ele.nonempty());
}
