/**
 * Wheel zoom and drag panning for graphs too big to redraw on every wheel notch or mouse move. Without a
 * GPU, Cytoscape's canvas renderer needs about half a second for a full frame of 10,000 nodes; its own
 * wheel zoom draws the scene into a
 * texture when the wheel starts and redraws it all 150 ms after the last notch, and once frames take longer
 * than that every notch costs a full redraw: a reader's few notches froze the page for seconds.
 *
 * Here the notches only scale and move the picture already drawn (a CSS transform, which the compositor
 * applies without JavaScript or a redraw); once the wheel has rested, the view is set to the very zoom and
 * pan that picture showed and Cytoscape draws it once. The point under the pointer stays under it
 * throughout, as with Cytoscape's own wheel zoom. A drag moves the picture with the pointer the same way
 * and the graph is drawn where it was dropped.
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
/**
 * The wheel counts as resting after this long without a wheel event. Cytoscape waits 150 ms, but Chromium
 * hands wheel events over at most once per frame, and a mouse wheel's notches came about 80 ms apart on a
 * busy machine: a shorter wait took a turning wheel for a resting one and drew the graph between notches.
 */
export const REST_MS = 300;

/** The zoom factor for one wheel event, by its travel in pixels (lines and pages converted). */
export function wheelFactor(deltaY: number, deltaMode: number): number {
  const pixels = deltaMode === 1 ? deltaY * 33 : deltaMode === 2 ? deltaY * 800 : deltaY;
  // A busy page gets several notches merged into one event (Chromium coalesces them): all of them count.
  // Ten notches at most, against a driver that sends one absurd delta.
  const clamped = Math.max(-1000, Math.min(1000, pixels));
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

/**
 * The view that shows what `t` shows: a model point drawn at `zoom · m + pan` appears at `scale · that + (x, y)`.
 * The zoom is held to the limits: `zoomAbout` stops at them, but the product can land a rounding error past
 * one (1.4709… × 4.0790… = 6.000000000000001), and Cytoscape ignores a view whose zoom is out of bounds, so a
 * reader who wheeled to the deepest zoom saw the graph jump back to where the gesture began.
 */
export function committedViewport(
  t: ScreenTransform,
  zoom: number,
  pan: { x: number; y: number },
  minZoom = 0,
  maxZoom = Number.POSITIVE_INFINITY,
): { zoom: number; pan: { x: number; y: number } } {
  return { zoom: Math.min(maxZoom, Math.max(minZoom, zoom * t.scale)), pan: { x: t.scale * pan.x + t.x, y: t.scale * pan.y + t.y } };
}

/**
 * How long to wait for the next notch, given how late this one arrived (ms from the input to its handler).
 * A page that is behind hands the notches of a turning wheel over late and far apart; waiting only the usual
 * rest would draw the graph between them, putting the page further behind.
 */
export function restFor(lateMs: number): number {
  return Math.min(2000, Math.max(REST_MS, 2 * (Number.isFinite(lateMs) ? lateMs : 0)));
}

export function cssTransform(t: ScreenTransform): string {
  return `matrix(${t.scale}, 0, 0, ${t.scale}, ${t.x}, ${t.y})`;
}

export interface DeferredWheelZoom {
  /** Sets the view now for any pending zoom or pan (before another gesture starts). */
  commit(): void;
  /**
   * A mouse drag that pans the view, starting at this pointer position: the picture follows the pointer
   * and the view is set once the button is released. Returns whether the pointer moved (a drag, not a click).
   */
  drag(clientX: number, clientY: number): Promise<boolean>;
  /** True while a zoom or pan is shown only as a moved picture (the graph will be drawn again soon). */
  moving(): boolean;
}

/** A press that moves less than this many pixels is a click, not a drag. */
const DRAG_SLOP = 4;

/**
 * Takes wheel zoom over from Cytoscape on `container` (which holds Cytoscape's canvases in `picture`).
 * Cytoscape listens on `container` itself, in the capture phase; listening on its parent, also in the
 * capture phase, comes first, and a handled event is stopped there. Drag panning is handed over per
 * gesture by the caller (see {@link DeferredWheelZoom.drag}). `onCommit` runs right after each view is set
 * (the explorer's level of detail).
 */
export function deferredWheelZoom(view: ZoomableView, container: HTMLElement, picture: HTMLElement, onCommit: () => void = () => {}): DeferredWheelZoom {
  const host = container.parentElement ?? document;
  let pending = IDENTITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dragging = false;
  picture.style.transformOrigin = '0 0';

  const commit = () => {
    clearTimeout(timer);
    timer = undefined;
    if (pending === IDENTITY) return;
    const next = committedViewport(pending, view.zoom(), view.pan(), view.minZoom(), view.maxZoom());
    pending = IDENTITY;
    // The transform stays until Cytoscape has drawn the new view, so the picture never jumps back first.
    let cleared = false;
    const clear = () => {
      if (cleared) return;
      cleared = true;
      if (pending !== IDENTITY) return;
      picture.style.transform = '';
      picture.style.willChange = '';
    };
    view.one('render', clear);
    setTimeout(clear, 1000);
    view.viewport(next);
    // In the same task, so that what it changes is drawn in the same frame as the new view.
    onCommit();
  };
  const show = (t: ScreenTransform) => {
    pending = t;
    // While the picture is moved, what it holds is scaled as drawn, not drawn again at each new scale.
    // Without a GPU the browser's compositor draws on the CPU too, and it re-rasterised the cluster names
    // (HTML text inside the picture) at every notch's scale: measured at 10,000 papers, 30 zoom steps cost
    // its process 2.6–2.7 s of CPU against 1.5 s with the hint (both without the empty canvases,
    // canvas-layers.ts; with neither, 2.7–3.5 s and a median frame of 78–115 ms against 44–57 ms).
    // Only during the gesture: at rest the hint would let the browser keep the names rasterised at a
    // gesture's scale, blurred. The names are placed and drawn anew for the view once it is set.
    picture.style.willChange = 'transform';
    picture.style.transform = cssTransform(t);
  };
  const onWheel = (event: Event) => {
    const wheel = event as WheelEvent;
    if (!(wheel.target instanceof Node) || !container.contains(wheel.target) || wheel.deltaY === 0) return;
    wheel.preventDefault();
    wheel.stopPropagation();
    if (dragging) return;
    // Cytoscape's coordinates start inside the container's border.
    const box = container.getBoundingClientRect();
    const x = wheel.clientX - box.left - container.clientLeft;
    const y = wheel.clientY - box.top - container.clientTop;
    show(zoomAbout(pending, wheelFactor(wheel.deltaY, wheel.deltaMode), x, y, view.zoom(), view.minZoom(), view.maxZoom()));
    clearTimeout(timer);
    timer = setTimeout(commit, restFor(performance.now() - wheel.timeStamp));
  };
  // A press (to pan, or on a node) first brings the view up to date with what is shown.
  const onPress = (event: Event) => {
    if (event.target instanceof Node && container.contains(event.target)) commit();
  };
  const drag = (startX: number, startY: number) =>
    new Promise<boolean>((done) => {
      commit();
      dragging = true;
      let moved = false;
      const onMove = (event: PointerEvent) => {
        const dx = event.clientX - startX;
        const dy = event.clientY - startY;
        moved ||= Math.abs(dx) > DRAG_SLOP || Math.abs(dy) > DRAG_SLOP;
        if (moved) show({ scale: 1, x: dx, y: dy });
      };
      const onUp = () => {
        window.removeEventListener('pointermove', onMove);
        window.removeEventListener('pointerup', onUp);
        window.removeEventListener('pointercancel', onUp);
        dragging = false;
        commit();
        done(moved);
      };
      window.addEventListener('pointermove', onMove);
      window.addEventListener('pointerup', onUp);
      window.addEventListener('pointercancel', onUp);
    });
  host.addEventListener('wheel', onWheel, { capture: true, passive: false });
  host.addEventListener('pointerdown', onPress, { capture: true });
  return {
    commit,
    drag,
    moving: () => dragging || pending !== IDENTITY,
  };
}
