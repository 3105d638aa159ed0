/**
 * Wheel zoom for graphs too big to redraw on every wheel notch. Without a GPU, Cytoscape's canvas renderer
 * needs about half a second for a full frame of 10,000 nodes; its own wheel zoom draws the scene into a
 * texture when the wheel starts and redraws it all 150 ms after the last notch, and once frames take longer
 * than that every notch costs a full redraw: a reader's few notches froze the page for seconds.
 *
 * Here the notches only scale and move the picture already drawn (a CSS transform, which the compositor
 * applies without JavaScript or a redraw); once the wheel has rested, the view is set to the very zoom and
 * pan that picture showed and Cytoscape draws it once. The point under the pointer stays under it
 * throughout, as with Cytoscape's own wheel zoom.
 */

/** What this needs of a Cytoscape core. */
export interface ZoomableView {
  zoom(): number;
  pan(): { x: number; y: number };
  minZoom(): number;
  maxZoom(): number;
  viewport(v: { zoom: number; pan: { x: number; y: number } }): unknown;
  one(event: 'render', handler: () => void): unknown;
}

/** A pending zoom as a screen transform: a point `q` of the drawn picture is shown at `scale · q + (x, y)`. */
export interface ScreenTransform {
  scale: number;
  x: number;
  y: number;
}

export const IDENTITY: ScreenTransform = { scale: 1, x: 0, y: 0 };

/** Zoom factor per 100 pixels of wheel travel (one notch of a mouse wheel in Chromium). */
export const FACTOR_PER_NOTCH = 1.25;
/** The wheel counts as resting after this long without a wheel event (Cytoscape's own wait is 150 ms). */
export const REST_MS = 160;

/** The zoom factor for one wheel event, by its travel in pixels (lines and pages converted). */
export function wheelFactor(deltaY: number, deltaMode: number): number {
  const pixels = deltaMode === 1 ? deltaY * 33 : deltaMode === 2 ? deltaY * 800 : deltaY;
  // One event never jumps more than three notches (some drivers send one huge delta).
  const clamped = Math.max(-300, Math.min(300, pixels));
  return Math.pow(FACTOR_PER_NOTCH, -clamped / 100);
}

/**
 * `t` followed by a zoom by `factor` about the screen point (cx, cy), with the total zoom kept within
 * [minZoom, maxZoom] given the view's zoom `zoom` before any pending transform.
 */
export function zoomAbout(t: ScreenTransform, factor: number, cx: number, cy: number, zoom: number, minZoom: number, maxZoom: number): ScreenTransform {
  const target = Math.min(maxZoom, Math.max(minZoom, zoom * t.scale * factor));
  const f = target / (zoom * t.scale);
  return { scale: t.scale * f, x: f * t.x + cx * (1 - f), y: f * t.y + cy * (1 - f) };
}

/** The view that shows what `t` shows: a model point drawn at `zoom · m + pan` appears at `scale · that + (x, y)`. */
export function committedViewport(t: ScreenTransform, zoom: number, pan: { x: number; y: number }): { zoom: number; pan: { x: number; y: number } } {
  return { zoom: zoom * t.scale, pan: { x: t.scale * pan.x + t.x, y: t.scale * pan.y + t.y } };
}

export function cssTransform(t: ScreenTransform): string {
  return `matrix(${t.scale}, 0, 0, ${t.scale}, ${t.x}, ${t.y})`;
}

export interface DeferredWheelZoom {
  /** Sets the view now for any pending zoom (before another gesture starts). */
  commit(): void;
  detach(): void;
}

/**
 * Takes wheel zoom over from Cytoscape on `container` (which holds Cytoscape's canvases in `picture`).
 * Cytoscape listens on `container` itself, in the capture phase; listening on its parent, also in the
 * capture phase, comes first, and a handled event is stopped there.
 */
export function deferredWheelZoom(view: ZoomableView, container: HTMLElement, picture: HTMLElement): DeferredWheelZoom {
  const host = container.parentElement ?? document;
  let pending = IDENTITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  picture.style.transformOrigin = '0 0';

  const commit = () => {
    clearTimeout(timer);
    timer = undefined;
    if (pending === IDENTITY) return;
    const next = committedViewport(pending, view.zoom(), view.pan());
    pending = IDENTITY;
    // The transform stays until Cytoscape has drawn the new view, so the picture never jumps back first.
    let cleared = false;
    const clear = () => {
      if (cleared) return;
      cleared = true;
      picture.style.transform = '';
    };
    view.one('render', clear);
    setTimeout(clear, 1000);
    view.viewport(next);
  };
  const onWheel = (event: Event) => {
    const wheel = event as WheelEvent;
    if (!(wheel.target instanceof Node) || !container.contains(wheel.target) || wheel.deltaY === 0) return;
    wheel.preventDefault();
    wheel.stopPropagation();
    const box = container.getBoundingClientRect();
    pending = zoomAbout(pending, wheelFactor(wheel.deltaY, wheel.deltaMode), wheel.clientX - box.left, wheel.clientY - box.top, view.zoom(), view.minZoom(), view.maxZoom());
    picture.style.transform = cssTransform(pending);
    clearTimeout(timer);
    timer = setTimeout(commit, REST_MS);
  };
  // A press (to pan, or on a node) first brings the view up to date with what is shown.
  const onPress = (event: Event) => {
    if (event.target instanceof Node && container.contains(event.target)) commit();
  };
  host.addEventListener('wheel', onWheel, { capture: true, passive: false });
  host.addEventListener('pointerdown', onPress, { capture: true });
  return {
    commit,
    detach: () => {
      commit();
      host.removeEventListener('wheel', onWheel, { capture: true });
      host.removeEventListener('pointerdown', onPress, { capture: true });
    },
  };
}
