/**
 * The level of detail, redone as the view moves: node labels once text is legible (the biggest nodes in
 * view first, none covering another) and minor links in view once zoomed in (level-of-detail.ts).
 */
import { segmentMeetsRect, viewRect, type NodesInView } from './level-of-detail';
import { DOT_MIDDLE_PX, LABEL_SIDES, labelBox, placeLabelsAround } from './labels';
import { drawClusterLabels } from './cluster-names';
import type { Explorer, NodeSingular } from './explorer-state';
import { FONT_SIZE, LABEL_MIN_PX, labelWidth, textWidth } from './label-text';
import { currentView, dotSize, nodesShown, placeDrawnLabels } from './neighbourhood';

/** Labels drawn at most at once (the biggest nodes in view win). */
const MAX_LABELS = 150;

/** Minor links show from this many times the zoom that fits the whole graph. */
const MINOR_ZOOM = 2.5;
/**
 * Minor links shown at most at once. Showing or hiding one costs Cytoscape a style pass: 4,600 of them (the
 * view just past MINOR_ZOOM at 10,000 papers) froze the page for 200–400 ms without a GPU.
 */
const MAX_MINOR_LINKS = 1200;

/**
 * Labels: once text would be legible, the biggest nodes in view get a label, greedily, skipping any label
 * that would overlap one already placed or another node's dot, so the graph never drowns in text at any
 * zoom. A label that would cover something below its node goes above, right or left of it, or reads its
 * brief text on one of those sides (LABEL_SIDES, full text first).
 */
export function levelOfDetail(e: Explorer): void {
  const { cy } = e;
  drawClusterLabels(e);
  const view = currentView(e);
  const { zoom } = view;
  const ext = viewRect(view);
  // The nodes in view, walked once for this placement and the neighbourhood's after it, and only if either wants them.
  let walked: NodesInView<NodeSingular> | undefined;
  const shown = () => (walked ??= nodesShown(e, view));
  const wanted = new Map<string, string>();
  if (zoom * FONT_SIZE >= LABEL_MIN_PX) {
    // Nodes beside the view reach into it: their dots are kept clear too.
    const { near } = shown();
    const inView = [...shown().inView].sort((a, b) => (b.data('degree') as number) - (a.data('degree') as number));
    const candidates = inView.map((n) => {
      const p = n.renderedPosition();
      const size = n.data('size') as number;
      const short = n.data('short') as string;
      const brief = n.data('brief') as string;
      const widths = [labelWidth(n), ...(brief !== short ? [textWidth(brief, n.hasClass('is-selected'))] : [])];
      return widths.flatMap((width) => LABEL_SIDES.map((side) => labelBox(p.x, p.y, size, width, FONT_SIZE, zoom, side)));
    });
    const discs = [...inView, ...near].map((n) => {
      const p = n.renderedPosition();
      return { x: p.x, y: p.y, r: (dotSize(e, n) / 2) * zoom };
    });
    // Inside the canvas only: a label cut at its edge reads as a different title.
    const at = placeLabelsAround(candidates, { within: [0, 0, view.width, view.height], limit: MAX_LABELS, discs, middle: DOT_MIDDLE_PX });
    inView.forEach((n, i) => {
      const k = at[i]!;
      if (k < 0) return;
      const side = LABEL_SIDES[k % LABEL_SIDES.length]!;
      const classes = ['lod-label', ...(k >= LABEL_SIDES.length ? ['lod-brief'] : []), ...(side === 'below' ? [] : [`lod-${side}`])];
      wanted.set(n.id(), classes.join(' '));
    });
  }
  // Minor links in view only: showing or hiding an element costs a style pass, and zoomed in enough to want
  // them the view holds a small part of the graph (a sixth at the threshold, less deeper in).
  let inView: [string, number][] = [];
  if (e.minorEdges && zoom >= e.fitZoom * MINOR_ZOOM) {
    e.minorEdges.forEach((edge) => {
      const a = edge.source().position();
      const b = edge.target().position();
      if (segmentMeetsRect(a.x, a.y, b.x, b.y, ext)) inView.push([edge.id(), edge.data('weight') as number]);
    });
  }
  // Just past the threshold thousands cross the view: the strongest of them, as each shown costs a style pass.
  if (inView.length > MAX_MINOR_LINKS) inView = inView.sort((x, y) => y[1] - x[1]).slice(0, MAX_MINOR_LINKS);
  const minorWanted = new Set(inView.map(([id]) => id));
  cy.batch(() => {
    for (const [id, classes] of e.labelled) if (wanted.get(id) !== classes) cy.getElementById(id).removeClass(classes);
    for (const [id, classes] of wanted) if (e.labelled.get(id) !== classes) cy.getElementById(id).addClass(classes);
  });
  e.labelled = wanted;
  // The neighbourhood's and found papers' labels were placed for the view they were lit in: place them again
  // for this one. (Not for elements a switch of view has just removed: the selection lights the new ones up next.)
  cy.batch(() => placeDrawnLabels(e, view, shown));
  const changes: [string, boolean][] = [];
  for (const id of e.minorShown) if (!minorWanted.has(id)) changes.push([id, false]);
  for (const id of minorWanted) if (!e.minorShown.has(id)) changes.push([id, true]);
  // `minorShown` follows what is applied, so the next pass works from what the page shows.
  e.minorSlices.run(changes, (slice) =>
    cy.batch(() => {
      for (const [id, show] of slice) {
        const edge = cy.getElementById(id);
        if (show) {
          edge.removeClass('lod-hidden');
          e.minorShown.add(id);
        } else {
          edge.addClass('lod-hidden');
          e.minorShown.delete(id);
        }
      }
    }),
  );
}
