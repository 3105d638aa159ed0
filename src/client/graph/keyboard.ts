/**
 * Keys on the focused graph canvas (review 21 finding 7: the drawing could not be zoomed or moved without a
 * mouse or touch): + and − zoom about the canvas's middle, the arrow keys pan (Shift: further), Escape
 * clears the selection. Pure: the explorer applies the view it returns.
 */
import type { Viewport } from './framing';

/** One key press zooms by this factor. */
export const KEY_ZOOM = 1.25;
/** One arrow press pans by this share of the canvas (Shift: KEY_PAN_FAR). */
export const KEY_PAN = 0.1;
export const KEY_PAN_FAR = 0.4;

export type KeyAction = { view: Viewport } | { clear: true } | undefined;

/** The view a zoom by `factor` about the canvas's middle gives, within the zoom's limits. */
export function zoomAbout(view: Viewport, factor: number, width: number, height: number, minZoom: number, maxZoom: number): Viewport {
  const zoom = Math.min(maxZoom, Math.max(minZoom, view.zoom * factor));
  const k = zoom / view.zoom;
  const cx = width / 2;
  const cy = height / 2;
  return { zoom, pan: { x: cx - (cx - view.pan.x) * k, y: cy - (cy - view.pan.y) * k } };
}

/** What `key` (KeyboardEvent.key) does to the graph's view, or undefined for a key the graph leaves alone. */
export function keyAction(key: string, shift: boolean, view: Viewport, width: number, height: number, minZoom: number, maxZoom: number): KeyAction {
  const step = shift ? KEY_PAN_FAR : KEY_PAN;
  const pan = (dx: number, dy: number): KeyAction => ({ view: { zoom: view.zoom, pan: { x: view.pan.x + dx, y: view.pan.y + dy } } });
  switch (key) {
    case '+':
    case '=':
      return { view: zoomAbout(view, KEY_ZOOM, width, height, minZoom, maxZoom) };
    case '-':
    case '_':
    case '−':
      return { view: zoomAbout(view, 1 / KEY_ZOOM, width, height, minZoom, maxZoom) };
    // An arrow moves the view's window that way, so the drawing moves the other way.
    case 'ArrowLeft':
      return pan(width * step, 0);
    case 'ArrowRight':
      return pan(-width * step, 0);
    case 'ArrowUp':
      return pan(0, height * step);
    case 'ArrowDown':
      return pan(0, -height * step);
    case 'Escape':
      return { clear: true };
    default:
      return undefined;
  }
}
