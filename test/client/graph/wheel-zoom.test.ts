import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  committedViewport,
  cssTransform,
  deferredWheelZoom,
  FACTOR_PER_NOTCH,
  IDENTITY,
  REST_MS,
  restFor,
  wheelFactor,
  zoomAbout,
  type ZoomableView,
} from '../../../src/client/graph/wheel-zoom';

/** Where a model point is drawn on screen: by the view, then by the pending picture transform. */
const onScreen = (m: { x: number; y: number }, zoom: number, pan: { x: number; y: number }, t = IDENTITY) => ({
  x: t.scale * (m.x * zoom + pan.x) + t.x,
  y: t.scale * (m.y * zoom + pan.y) + t.y,
});

describe('wheel zoom arithmetic', () => {
  it('zooms in for a wheel turned away from the reader, one notch at a time', () => {
    expect(wheelFactor(-100, 0)).toBeCloseTo(FACTOR_PER_NOTCH);
    expect(wheelFactor(100, 0)).toBeCloseTo(1 / FACTOR_PER_NOTCH);
    expect(wheelFactor(-3, 1)).toBeCloseTo(wheelFactor(-99, 0));
    // Notches merged into one event all count; a driver's one absurd delta counts as ten.
    expect(wheelFactor(-500, 0)).toBeCloseTo(FACTOR_PER_NOTCH ** 5);
    expect(wheelFactor(-50000, 0)).toBeCloseTo(FACTOR_PER_NOTCH ** 10);
  });

  it('keeps the point under the pointer in place, notch after notch, and the view it commits shows the same', () => {
    const zoom = 0.12;
    const pan = { x: 310, y: -45 };
    const pointer = { x: 640, y: 380 };
    // The model point under the pointer before the gesture.
    const m = { x: (pointer.x - pan.x) / zoom, y: (pointer.y - pan.y) / zoom };
    let t = IDENTITY;
    for (let i = 0; i < 7; i++) t = zoomAbout(t, wheelFactor(-100, 0), pointer.x, pointer.y, zoom, 0.01, 6);
    expect(t.scale).toBeCloseTo(FACTOR_PER_NOTCH ** 7);
    const shown = onScreen(m, zoom, pan, t);
    expect(shown.x).toBeCloseTo(pointer.x);
    expect(shown.y).toBeCloseTo(pointer.y);
    const view = committedViewport(t, zoom, pan);
    for (const point of [m, { x: 0, y: 0 }, { x: -2000, y: 900 }]) {
      const a = onScreen(point, zoom, pan, t);
      const b = onScreen(point, view.zoom, view.pan);
      expect(b.x).toBeCloseTo(a.x);
      expect(b.y).toBeCloseTo(a.y);
    }
  });

  it('stops at the view’s zoom limits', () => {
    let t = IDENTITY;
    for (let i = 0; i < 40; i++) t = zoomAbout(t, wheelFactor(-100, 0), 100, 100, 0.5, 0.01, 6);
    expect(committedViewport(t, 0.5, { x: 0, y: 0 }).zoom).toBeCloseTo(6);
    for (let i = 0; i < 80; i++) t = zoomAbout(t, wheelFactor(100, 0), 100, 100, 0.5, 0.01, 6);
    expect(committedViewport(t, 0.5, { x: 0, y: 0 }).zoom).toBeCloseTo(0.01);
  });

  it('never sets a zoom a rounding error past a limit (Cytoscape would ignore the whole view)', () => {
    // 20 notches from the zoom that fits the bundled corpus's graph: the scale times the zoom came to 6.000000000000001.
    const zoom = 1.4709262238565846;
    let t = IDENTITY;
    for (let i = 0; i < 20; i++) t = zoomAbout(t, wheelFactor(-100, 0), 100, 100, zoom, 0.01, 6);
    expect(committedViewport(t, zoom, { x: 0, y: 0 }, 0.01, 6).zoom).toBeLessThanOrEqual(6);
    for (let i = 0; i < 60; i++) t = zoomAbout(t, wheelFactor(100, 0), 100, 100, zoom, 0.01, 6);
    expect(committedViewport(t, zoom, { x: 0, y: 0 }, 0.01, 6).zoom).toBeGreaterThanOrEqual(0.01);
  });

  it('waits longer for the next notch when notches arrive late (a page behind its input)', () => {
    expect(restFor(15)).toBe(REST_MS);
    expect(restFor(Number.NaN)).toBe(REST_MS);
    expect(restFor(600)).toBe(1200);
    expect(restFor(60_000)).toBe(2000);
  });

  it('writes the picture transform as a CSS matrix', () => {
    expect(cssTransform({ scale: 2, x: -10, y: 5.5 })).toBe('matrix(2, 0, 0, 2, -10, 5.5)');
  });
});

/** Just enough of the DOM: a host listening in the capture phase, the graph container inside it. */
class FakeElement {
  style: Record<string, string> = {};
  clientLeft = 1;
  clientTop = 2;
  listeners = new Map<string, (event: unknown) => void>();
  constructor(
    readonly parentElement: FakeElement | null = null,
    readonly children: FakeElement[] = [],
  ) {}
  addEventListener(type: string, fn: (event: unknown) => void) {
    this.listeners.set(type, fn);
  }
  removeEventListener(type: string) {
    this.listeners.delete(type);
  }
  contains(node: unknown): boolean {
    return node === this || this.children.some((c) => c.contains(node));
  }
  getBoundingClientRect() {
    return { left: 100, top: 50 };
  }
}

function fakeView(): ZoomableView & { current: { zoom: number; pan: { x: number; y: number } }; renders: Array<() => void> } {
  const v = {
    current: { zoom: 0.2, pan: { x: 40, y: 30 } },
    renders: [] as Array<() => void>,
    zoom: () => v.current.zoom,
    pan: () => ({ ...v.current.pan }),
    minZoom: () => 0.01,
    maxZoom: () => 6,
    viewport: (next: { zoom: number; pan: { x: number; y: number } }) => {
      v.current = next;
    },
    one: (_event: 'render', handler: () => void) => {
      v.renders.push(handler);
    },
  };
  return v;
}

describe('deferredWheelZoom', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('Node', FakeElement);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  function setUp() {
    const picture = new FakeElement();
    const container = new FakeElement(null, [picture]);
    const host = new FakeElement(null, [container]);
    Object.defineProperty(container, 'parentElement', { value: host });
    const view = fakeView();
    const committed: number[] = [];
    const zoom = deferredWheelZoom(view, container as unknown as HTMLElement, picture as unknown as HTMLElement, () => committed.push(view.current.zoom));
    const wheel = (deltaY: number, target: FakeElement = picture) => {
      const event = { target, deltaY, deltaMode: 0, clientX: 700, clientY: 450, preventDefault: vi.fn(), stopPropagation: vi.fn() };
      host.listeners.get('wheel')!(event);
      return event;
    };
    return { picture, container, host, view, zoom, wheel, committed };
  }

  it('moves only the picture while the wheel turns, then sets the view once it rests and clears the picture once drawn', () => {
    const { picture, view, wheel, committed } = setUp();
    const before = { ...view.current };
    const events = [wheel(-100), wheel(-100), wheel(-100)];
    expect(events.every((e) => e.preventDefault.mock.calls.length === 1 && e.stopPropagation.mock.calls.length === 1)).toBe(true);
    expect(view.current).toEqual(before);
    expect(picture.style.transform).toMatch(/^matrix\(1\.95/);
    // Scaled as drawn while it moves (no new raster of its text at each notch's scale).
    expect(picture.style.willChange).toBe('transform');
    vi.advanceTimersByTime(REST_MS - 1);
    expect(view.current).toEqual(before);
    vi.advanceTimersByTime(1);
    expect(view.current.zoom).toBeCloseTo(before.zoom * FACTOR_PER_NOTCH ** 3);
    // The level of detail ran once, on the new view.
    expect(committed).toEqual([view.current.zoom]);
    // The pointer (700, 450) is (599, 398) inside the container's border; the model point there stays there.
    const m = { x: (599 - before.pan.x) / before.zoom, y: (398 - before.pan.y) / before.zoom };
    expect(m.x * view.current.zoom + view.current.pan.x).toBeCloseTo(599);
    expect(m.y * view.current.zoom + view.current.pan.y).toBeCloseTo(398);
    expect(picture.style.transform).not.toBe('');
    expect(picture.style.willChange).toBe('transform');
    view.renders.forEach((r) => r());
    expect(picture.style.transform).toBe('');
    // At rest the hint is gone, so the browser rasterises the names for the view shown.
    expect(picture.style.willChange).toBe('');
  });

  it('sets the view at once when the graph is pressed, and leaves wheels elsewhere on the page alone', () => {
    const { host, view, wheel } = setUp();
    wheel(-100);
    host.listeners.get('pointerdown')!({ target: new FakeElement() });
    expect(view.current.zoom).toBeCloseTo(0.2);
    host.listeners.get('pointerdown')!({ target: host.children[0] });
    expect(view.current.zoom).toBeCloseTo(0.2 * FACTOR_PER_NOTCH);
    const outside = wheel(-100, new FakeElement());
    expect(outside.preventDefault).not.toHaveBeenCalled();
  });

  it('moves the picture with a dragging pointer and pans the view by as much on release; a click pans nothing', async () => {
    const win = new FakeElement();
    vi.stubGlobal('window', win);
    const { picture, view, zoom, wheel } = setUp();
    wheel(-100);
    const before = { zoom: view.current.zoom * FACTOR_PER_NOTCH, pan: { x: 0, y: 0 } };
    const dragged = zoom.drag(100, 100);
    // The pending wheel zoom was set first.
    expect(view.current.zoom).toBeCloseTo(before.zoom);
    before.pan = { ...view.current.pan };
    win.listeners.get('pointermove')!({ clientX: 130, clientY: 90 });
    expect(picture.style.transform).toBe('matrix(1, 0, 0, 1, 30, -10)');
    expect(view.current.pan).toEqual(before.pan);
    win.listeners.get('pointerup')!({});
    expect(await dragged).toBe(true);
    expect(view.current.pan.x).toBeCloseTo(before.pan.x + 30);
    expect(view.current.pan.y).toBeCloseTo(before.pan.y - 10);
    expect(win.listeners.has('pointermove')).toBe(false);

    const clicked = zoom.drag(100, 100);
    win.listeners.get('pointermove')!({ clientX: 102, clientY: 101 });
    win.listeners.get('pointerup')!({});
    expect(await clicked).toBe(false);
    expect(view.current.pan.x).toBeCloseTo(before.pan.x + 30);
  });

  it('clears the picture even when no frame is drawn (a hidden tab)', () => {
    const { picture, wheel } = setUp();
    wheel(100);
    vi.advanceTimersByTime(REST_MS);
    expect(picture.style.transform).not.toBe('');
    vi.advanceTimersByTime(1000);
    expect(picture.style.transform).toBe('');
    expect(picture.style.willChange).toBe('');
  });
});
