/**
 * The status line under the graph's controls (what the graph shows, what a Find lit, the selection) and the
 * button under it that offers the other reading of a Find or a framing; any new status takes the button away.
 */
import { currentExplorer, type Explorer } from './explorer-state';

/** The status line says `text`, and the button under it goes. */
export function setStatus(text: string): void {
  const status = document.getElementById('graph-status');
  if (status) status.textContent = text;
  const offer = document.getElementById('graph-offer');
  if (offer) offer.hidden = true;
  const explorer = currentExplorer();
  if (explorer) {
    explorer.offer = undefined;
    explorer.framedPart = false;
  }
}

/** `text` after what the status line says, the button under it kept: a Find's full text could not be searched. */
export function addToStatus(text: string): void {
  const status = document.getElementById('graph-status');
  if (status) status.textContent = status.textContent ? `${status.textContent} ${text}` : text;
}

/** The button under the status line, offering the other reading of a Find; any new status takes it away. */
export function showOffer(e: Explorer, text: string, action: () => void): void {
  const box = document.getElementById('graph-offer');
  const button = document.getElementById('graph-offer-button');
  if (!box || !button) return;
  button.textContent = text;
  e.offer = action;
  box.hidden = false;
}

/** The selection as the status line announces it ("Selected paper: …."), or '' with none. */
export function selectionStatus(e: Explorer): string {
  const node = e.state.node ? e.cy.getElementById(e.state.node) : undefined;
  if (!node || node.empty()) return '';
  return `Selected ${node.data('kind') as string}: ${node.data('label') as string}${e.filtered.has(node.id()) ? ` ${HIDDEN_MARK}` : ''}.`;
}

/** Beside a selection the filters hide (review 21 finding 14: "Showing 0 nodes" with a paper still selected). */
export const HIDDEN_MARK = '(hidden by the filters)';

/**
 * A tap or Shift+click selected (or dropped) a node: the status line names it after what it said already,
 * as Find's does; it said "Showing 119 nodes and 298 links." (review 19 M7).
 */
export function announceSelection(e: Explorer, before: string): void {
  const status = document.getElementById('graph-status');
  if (!status) return;
  let text = status.textContent ?? '';
  // The selection it named before goes (a Find's or a tap's).
  if (before && text.endsWith(before)) text = text.slice(0, -before.length);
  status.textContent = `${text.trimEnd()} ${selectionStatus(e)}`.trim();
}
