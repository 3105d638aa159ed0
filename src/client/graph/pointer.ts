/**
 * The pointer on the canvas: the tooltip and the neighbourhood lit on hover (where the pointer rests, on a
 * big graph), taps and Shift+clicks that select or open a node, and on a big graph without a GPU wheel
 * zooms and drags that move the picture first (wheel-zoom.ts).
 */
import { hideEmptyLayers, type StackedCanvases } from './canvas-layers';
import { framesOnPick } from './hover-tip';
import { deferredWheelZoom } from './wheel-zoom';
import { tapOnClusterName } from './cluster-names';
import type { Explorer, NodeSingular } from './explorer-state';
import { FONT_SIZE, LABEL_MIN_PX } from './label-text';
import { setHover } from './neighbourhood';
import { select } from './selection';
import { pageOf } from './selection-panel';
import { quietly } from './state-history';
import { announceSelection, selectionStatus } from './status-line';
import { hideTip, showTip } from './tooltip';
import { levelOfDetail } from './zoom-detail';

/** On big graphs, a node's neighbourhood lights up once the pointer has rested on it this long. */
const HOVER_REST_MS = 150;

export function deferPictureMoves(e: Explorer, picture: HTMLElement, container: HTMLElement): void {
  const { cy } = e;
  const deferred = deferredWheelZoom(cy, container, picture, () => levelOfDetail(e));
  e.settleWheel = deferred.commit;
  e.pictureMoving = deferred.moving;
  // Fewer canvases for the browser to composite on each frame of a gesture (canvas-layers.ts).
  hideEmptyLayers((cy as unknown as { renderer(): StackedCanvases<HTMLCanvasElement> }).renderer(), cy);
  // Mouse drags, from the background or a node (nodes cannot be moved: a drag on one pans, as in Cytoscape);
  // touch gestures (pinch as well as pan) stay Cytoscape's.
  cy.on('tapstart', (event) => {
    const original = event.originalEvent as MouseEvent | undefined;
    if (original?.type !== 'mousedown' || original.button !== 0) return;
    cy.userPanningEnabled(false);
    void deferred.drag(original.clientX, original.clientY).then((moved) => {
      cy.userPanningEnabled(true);
      if (!moved) return;
      e.justPanned = true;
      setTimeout(() => {
        e.justPanned = false;
      }, 0);
    });
  });
}

export function wireGraphEvents(e: Explorer): void {
  const { cy } = e;
  // The tooltip shows at once, on any graph: it is one HTML element, no frame of the graph.
  cy.on('mouseover', 'node', (event) => showTip(e, event.target as NodeSingular));
  cy.on('mouseout', 'node', () => hideTip(e));
  // A deferred wheel zoom or drag moves the picture before Cytoscape's view (no viewport event yet).
  cy.container()?.addEventListener('wheel', () => hideTip(e), { passive: true });
  cy.container()?.addEventListener('mousedown', () => hideTip(e));
  // A pointer that leaves a node straight off the drawing (out of the box, or onto its rounded corner, where
  // the box and not Cytoscape's canvas is under it) gets no node mouseout: the tip stayed up.
  cy.container()?.addEventListener('mouseleave', () => hideTip(e));
  cy.container()?.addEventListener('mouseover', (event) => {
    if (event.target === event.currentTarget) hideTip(e);
  });
  if (e.large) {
    // Every highlight costs a full frame, which on a big graph without a GPU is half a second: a pointer
    // crossing the graph would stall on each node it passes. Highlight where the pointer rests instead.
    let resting: ReturnType<typeof setTimeout> | undefined;
    let shown = false;
    cy.on('mouseover', 'node', (event) => {
      clearTimeout(resting);
      const node = event.target as NodeSingular;
      const light = () => {
        // Not while the wheel turns or the view is dragged: that frame would stall the gesture.
        if (e.pictureMoving()) {
          resting = setTimeout(light, HOVER_REST_MS);
          return;
        }
        shown = true;
        setHover(e, node);
      };
      resting = setTimeout(light, HOVER_REST_MS);
    });
    cy.on('mouseout', 'node', () => {
      clearTimeout(resting);
      if (!shown) return;
      shown = false;
      setHover(e, undefined);
    });
  } else {
    cy.on('mouseover', 'node', (event) => setHover(e, event.target as NodeSingular));
    cy.on('mouseout', 'node', () => setHover(e, undefined));
  }
  cy.on('tap', 'node', (event) => {
    // The release that ends a drag begun on a node is no click on it.
    if (e.justPanned) return;
    // A cluster's name drawn over the node is what was clicked (review 21 finding 4).
    if (tapOnClusterName(e, event)) return;
    const node = event.target as NodeSingular;
    const original = event.originalEvent as (MouseEvent & { pointerType?: string }) | TouchEvent | undefined;
    const touch = typeof TouchEvent !== 'undefined' && original instanceof TouchEvent;
    const shift = !!original && 'shiftKey' in original && original.shiftKey;
    // A touch has no hover: the first tap selects and shows the neighbours, a second tap opens the page.
    hideTip(e);
    if (shift || (touch && e.state.node !== node.id())) {
      const before = selectionStatus(e);
      // At the overview the picked node is a dot among many: framed with its neighbours, as Find frames it.
      select(e, node.id(), framesOnPick(cy.zoom(), FONT_SIZE, LABEL_MIN_PX));
      announceSelection(e, before);
      return;
    }
    // Marked for a return to the graph, in the entry the page is opened from: no step of its own.
    quietly(e, () => select(e, node.id(), false));
    const href = pageOf(e, node);
    if (original && 'metaKey' in original && (original.metaKey || original.ctrlKey)) window.open(href, '_blank', 'noopener');
    else location.assign(href);
  });
  cy.on('tap', (event) => {
    if (event.target !== cy || e.justPanned) return;
    if (tapOnClusterName(e, event)) return;
    const before = selectionStatus(e);
    select(e, undefined, false);
    if (before) announceSelection(e, before);
  });
}
