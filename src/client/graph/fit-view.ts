/**
 * Moving the view: fits to nodes from their known positions, framing what a filter or a Find shows big
 * enough to tap (framing.ts), and keeping the middle of the view in place when the canvas changes size.
 */
import type cytoscape from 'cytoscape';
import { allInView, framedNote } from './status-text';
import { aboutMiddle, fitBox, frameReadable, type Canvas, type FramePoint, type Viewport } from './framing';
import { moveCamera } from './camera';
import { labelBox } from './labels';
import type { Core, Explorer, NodeSingular } from './explorer-state';
import { FONT_SIZE, labelWidth } from './label-text';
import { setStatus, showOffer } from './status-line';

/** A fit keeps this many screen pixels free at the canvas's edges, and zooms in no deeper than FIT_MAX_ZOOM (a paper about 30 px wide). */
const FIT_PADDING = 30;
const FIT_MAX_ZOOM = 2;
/**
 * A filter or a find frames its nodes so that the smallest is drawn at least this wide (a tap target), or the
 * densest group of them that can be (framing.ts).
 */
const READABLE_PX = 12;

function canvasOf(cy: Core): Canvas {
  return { width: cy.width(), height: cy.height(), padding: FIT_PADDING, minZoom: cy.minZoom(), maxZoom: Math.min(cy.maxZoom(), FIT_MAX_ZOOM) };
}

/** The nodes to frame; the selection's label is framed whole too (its bold text, below it). */
function pointsOf(nodes: cytoscape.NodeCollection): FramePoint[] {
  const label = (n: NodeSingular) => (n.hasClass('is-selected') ? aboutMiddle(labelBox(0, 0, n.data('size') as number, labelWidth(n, true), FONT_SIZE)) : undefined);
  return nodes.map((n) => ({ ...n.position(), d: n.data('size') as number, label: label(n) }));
}

/**
 * Fit the view to the nodes (all, or those given) from their known positions. Cytoscape's own fit asks
 * for the bounding box of every element, which at 10,000 nodes means styling and measuring every label
 * first: seconds, for a box the data already gives.
 */
export function fitTo(e: Explorer, nodes: cytoscape.NodeCollection | undefined, animate: boolean): void {
  const view = fitBox(pointsOf(nodes ?? e.cy.nodes()), canvasOf(e.cy));
  if (view) moveTo(e, view, animate);
}

export function moveTo(e: Explorer, view: Viewport, animate: boolean): void {
  e.settleWheel();
  moveCamera(e.cy, view, animate);
}

/**
 * Frame the nodes a filter or a find shows, big enough to tap (framing.ts). Returns what the status line
 * adds when the view leaves some of them out ('' when it holds all), and `offerAll`, to call once that
 * status is set: a button under it then frames them all.
 */
export function frameReadably(e: Explorer, nodes: cytoscape.NodeCollection, animate: boolean, what: string): { note: string; offerAll: () => void; inView?: number } {
  const framing = frameReadable(pointsOf(nodes), canvasOf(e.cy), READABLE_PX);
  if (framing) moveTo(e, framing.viewport, animate);
  if (!framing || framing.outside === 0) return { note: '', offerAll: () => {} };
  const total = framing.inView.length + framing.outside;
  return {
    // The densest group of them is in view; the note's two numbers add up to those shown (review 21 finding 6).
    note: framedNote(framing.inView.length, framing.outside),
    inView: framing.inView.length,
    offerAll: () => {
      showOffer(e, `Zoom out to all ${total} ${what}`, () => {
        fitTo(e, nodes, true);
        setStatus(allInView(total, what));
      });
      e.framedPart = true;
    },
  };
}

/** What the status line calls these nodes. */
export function nounOf(nodes: cytoscape.NodeCollection): string {
  return nodes.every((n) => n.data('kind') === 'paper') ? 'papers' : 'nodes';
}

/** The nodes the filters leave shown. */
export function shownNodes(e: Explorer): cytoscape.NodeCollection {
  return e.filtered.size === 0 ? e.cy.nodes() : e.cy.nodes().filter((n) => !e.filtered.has(n.id()));
}

/** Fit the view to the nodes the filters leave shown, whole (the graph's whole fit when none are filtered). */
export function fitToShown(e: Explorer, animate: boolean): void {
  if (e.filtered.size === 0) return fitTo(e, undefined, animate);
  const shown = shownNodes(e);
  if (shown.nonempty()) fitTo(e, shown, animate);
}

/**
 * A filter just applied frames what it shows, big enough to tap; the status line (set already) then says
 * how many shown nodes the view leaves out. No filter: the whole graph, as before any.
 */
export function frameShown(e: Explorer, animate: boolean): void {
  const shown = shownNodes(e);
  // Links hidden by strength alone, or every cluster ticked: the whole graph.
  if (shown.length === e.cy.nodes().length) return fitTo(e, undefined, animate);
  if (shown.empty()) return;
  const { note, offerAll } = frameReadably(e, shown, animate, nounOf(shown));
  if (!note) return;
  const status = document.getElementById('graph-status');
  if (status) status.textContent = `${status.textContent ?? ''}${note}`;
  offerAll();
}

/** The canvas's size when Cytoscape was last told it (resizeKeepingCentre). */
const knownSize = new WeakMap<Explorer, { width: number; height: number }>();

/**
 * The canvas's box changed size (full screen on or off, a window resized): Cytoscape is told, and what lay in
 * the middle of the view stays there. Cytoscape keeps its pan, so a bigger canvas showed the same corner.
 */
export function resizeKeepingCentre(e: Explorer): void {
  const { cy } = e;
  const box = cy.container()!;
  const width = box.clientWidth;
  const height = box.clientHeight;
  const before = knownSize.get(e) ?? { width: cy.width(), height: cy.height() };
  knownSize.set(e, { width, height });
  if (width === before.width && height === before.height) return;
  const zoom = cy.zoom();
  const pan = cy.pan();
  const centre = { x: (before.width / 2 - pan.x) / zoom, y: (before.height / 2 - pan.y) / zoom };
  cy.resize();
  moveTo(e, { zoom, pan: { x: width / 2 - centre.x * zoom, y: height / 2 - centre.y * zoom } }, false);
}

export function keepCentreOnResize(e: Explorer): void {
  const box = e.cy.container()!;
  knownSize.set(e, { width: box.clientWidth, height: box.clientHeight });
  if (typeof ResizeObserver === 'function') new ResizeObserver(() => resizeKeepingCentre(e)).observe(box);
}
