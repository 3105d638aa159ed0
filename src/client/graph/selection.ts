/**
 * Selecting a node: its neighbourhood lit, the panel filled, and the view moved so that its label and its
 * neighbours fit the canvas (framed afresh, or moved only as far as keeps its label whole).
 */
import { shiftInto } from './framing';
import { moveCamera } from './camera';
import { labelBox } from './labels';
import type { Explorer, NodeSingular } from './explorer-state';
import { FONT_SIZE, labelWidth } from './label-text';
import { neighbourhoodOf, SELECTION_ZOOM, setHover } from './neighbourhood';
import { renderSelection } from './selection-panel';
import { saveState } from './state-history';

/**
 * A selection zooms out to show its neighbours with this many pixels to spare at the canvas's edges (room
 * for a label's half), but no further than HOOD_MIN_ZOOM, where labels are 12 px high.
 */
const HOOD_ROOM = 40;
const HOOD_MIN_ZOOM = 1.2;
/** A selected node's label is kept this many pixels inside the canvas's edges. */
const LABEL_MARGIN = 6;

export function select(e: Explorer, id: string | undefined, center: boolean): void {
  const { cy } = e;
  cy.elements('.is-selected').removeClass('is-selected');
  const node = id ? cy.getElementById(id) : undefined;
  if (!node || node.empty()) {
    delete e.state.node;
    setHover(e, undefined);
    renderSelection(e, undefined);
    saveState(e);
    return;
  }
  e.state.node = id;
  node.addClass('is-selected');
  if (center) {
    e.settleWheel();
    // No closer than its label and its neighbours' fit the canvas: on a phone the selection's own title was
    // cut at both edges, and neighbours' titles wider than the canvas could only be drawn cut.
    const p = (node as NodeSingular).position();
    let widest = labelWidth(node as NodeSingular, true);
    let dx = 0;
    let dy = 0;
    neighbourhoodOf(node as NodeSingular)
      .nodes()
      .forEach((n) => {
        widest = Math.max(widest, labelWidth(n));
        const q = n.position();
        dx = Math.max(dx, Math.abs(q.x - p.x));
        dy = Math.max(dy, Math.abs(q.y - p.y));
      });
    const label = labelBox(0, 0, node.data('size') as number, widest, FONT_SIZE);
    const labelFits = (cy.width() - 16) / (label[2] - label[0]);
    // And no closer than its neighbours fit the canvas round it, down to a zoom where labels stay legible: on
    // a phone a third of a selection's neighbours were out of view (labels drawn per selection, 40 of them at
    // 375 px: 2.15 -> 2.5, and at 1280 px 3.0 with the cut labels, from 2.65 before either).
    const hoodFits = Math.max(
      HOOD_MIN_ZOOM,
      Math.min((cy.width() / 2 - HOOD_ROOM) / Math.max(dx, 1), (cy.height() / 2 - HOOD_ROOM) / Math.max(dy, 1)),
    );
    const zoom = Math.min(Math.max(cy.zoom(), Math.min(SELECTION_ZOOM, e.fitZoom * 6)), Math.max(Math.min(labelFits, hoodFits), e.fitZoom));
    const pan = { x: cy.width() / 2 - p.x * zoom, y: cy.height() / 2 - p.y * zoom };
    moveCamera(cy, { zoom, pan }, true);
    // The neighbours' labels are placed for the view the animation ends in, not the one it leaves.
    setHover(e, undefined, { zoom, pan, width: cy.width(), height: cy.height() });
  } else {
    // Selected where it lies (a tap, Shift+click): the view moves only as far as keeps its label whole.
    e.settleWheel();
    const zoom = cy.zoom();
    const at = (node as NodeSingular).renderedPosition();
    const shift = shiftInto(labelBox(at.x, at.y, node.data('size') as number, labelWidth(node as NodeSingular, true), FONT_SIZE, zoom), cy.width(), cy.height(), LABEL_MARGIN);
    const pan = { x: cy.pan().x + shift.x, y: cy.pan().y + shift.y };
    if (shift.x || shift.y) moveCamera(cy, { zoom, pan }, true);
    setHover(e, undefined, { zoom, pan, width: cy.width(), height: cy.height() });
  }
  renderSelection(e, node as NodeSingular);
  saveState(e);
}
