import { describe, expect, it } from 'vitest';
import { installProgressiveDrawing, nextTask, type LayeredRenderer, type PictureCanvas, type PictureContext } from '../../../src/client/graph/progressive-draw';

interface Ele {
  id: string;
  shown: boolean;
  visible(): boolean;
}

const ele = (id: string, shown = true): Ele => ({ id, shown, visible: () => shown });

type Call = { op: 'image'; from: string; args: number[] } | { op: 'element'; id: string };

/** A 2D context that records what is drawn on it, and keeps the transform the way a canvas does. */
class FakeContext implements PictureContext {
  calls: Call[] = [];
  m = { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 };
  #saved: (typeof this.m)[] = [];
  constructor(readonly name: string) {}
  getTransform() {
    return { ...this.m };
  }
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number) {
    this.m = { a, b, c, d, e, f };
  }
  clearRect() {
    this.calls = [];
  }
  drawImage(image: PictureCanvas, dx: number, dy: number, dw: number, dh: number) {
    this.calls.push({ op: 'image', from: (image as FakeCanvas).name, args: [dx, dy, dw, dh] });
  }
  save() {
    this.#saved.push({ ...this.m });
  }
  restore() {
    this.m = this.#saved.pop()!;
  }
}

let canvases = 0;
class FakeCanvas implements PictureCanvas {
  width = 0;
  height = 0;
  readonly name = `picture${++canvases}`;
  readonly context = new FakeContext(this.name);
  options: unknown[] = [];
  getContext(_kind: '2d', options?: unknown) {
    this.options.push(options);
    return this.context;
  }
}

/** Cytoscape's renderer as far as the module uses it; drawing an element costs `cost` ms of a fake clock. */
function setup(elements: Ele[], { cost = 0.1, budgetMs = 24, foreground = [] as Ele[] } = {}) {
  let clock = 0;
  const screen = new FakeContext('screen');
  const drag = new FakeContext('drag');
  const steps: (() => void)[] = [];
  const original: string[] = [];
  let redraws = 0;
  const renderer: LayeredRenderer<Ele, FakeContext> = {
    NODE: 0,
    canvasWidth: 300,
    canvasHeight: 200,
    data: { contexts: [screen, drag] },
    drawLayeredElements: (context) => void original.push(`layered:${context.name}`),
    drawCachedNodes: (context) => void original.push(`nodes:${context.name}`),
    drawCachedElement: (context, e) => {
      clock += cost;
      context.calls.push({ op: 'element', id: e.id });
    },
    redrawHint: () => {},
    redraw: () => void redraws++,
  };
  const drawing = installProgressiveDrawing(renderer, {
    foreground: () => foreground,
    budgetMs,
    makeCanvas: () => new FakeCanvas(),
    schedule: (step) => void steps.push(step),
    now: () => clock,
  });
  /** What Cytoscape's render does for the main layer: clear, set the view, draw. */
  const render = (scale = 1, x = 0, y = 0, list = elements) => {
    screen.setTransform(1, 0, 0, 1, 0, 0);
    screen.clearRect();
    screen.setTransform(scale, 0, 0, scale, x, y);
    renderer.drawLayeredElements(screen, list, 1, undefined);
  };
  const runSteps = () => {
    let n = 0;
    while (steps.length > 0) {
      steps.shift()!();
      n++;
    }
    return n;
  };
  return { renderer, drawing, screen, drag, steps, render, runSteps, original, redraws: () => redraws, clock: () => clock };
}

const ids = (calls: Call[]) => calls.flatMap((c) => (c.op === 'element' ? [c.id] : []));

describe('progressive drawing', () => {
  it('draws a scene that fits the budget at once, through a picture, in the given order', async () => {
    const elements = [ele('a'), ele('b'), ele('c')];
    const t = setup(elements);
    t.render();
    expect(t.drawing.pending()).toBe(false);
    expect(t.steps).toHaveLength(0);
    expect(t.screen.calls).toEqual([{ op: 'image', from: expect.stringMatching(/^picture/), args: [0, 0, 300, 200] }]);
    const picture = t.screen.calls[0]!.op === 'image' ? t.screen.calls[0]!.from : '';
    expect(picture).not.toBe('');
    await expect(t.drawing.settled()).resolves.toBeUndefined();
    expect(t.drawing.stats()).toEqual({ started: 1, completed: 1, drawn: 3 });
  });

  it('draws a big scene a budget at a time, then shows it whole', async () => {
    const elements = Array.from({ length: 1000 }, (_, i) => ele(`e${i}`));
    const t = setup(elements, { cost: 0.1, budgetMs: 24 });
    let settled = false;
    void t.drawing.settled().then(() => (settled = true));
    t.render();
    expect(t.drawing.pending()).toBe(true);
    // Nothing complete yet: nothing on screen.
    expect(t.screen.calls).toEqual([]);
    const before = t.clock();
    expect(before).toBeLessThanOrEqual(24 + 64 * 0.1);
    // One step per frame, each within the budget (checked every 64 elements).
    let last = t.clock();
    let frames = 0;
    while (t.steps.length > 0) {
      t.steps.shift()!();
      frames++;
      expect(t.clock() - last).toBeLessThanOrEqual(24 + 64 * 0.1 + 1e-9);
      last = t.clock();
    }
    expect(frames).toBeGreaterThan(2);
    expect(t.redraws()).toBe(1);
    t.render();
    await Promise.resolve();
    expect(settled).toBe(true);
    expect(t.screen.calls).toHaveLength(1);
    expect(t.drawing.stats()).toMatchObject({ started: 1, completed: 1, drawn: 1000 });
  });

  it('shows the last picture moved and scaled to the new view, the foreground over it, while the new one is drawn', () => {
    const elements = Array.from({ length: 1000 }, (_, i) => ele(`e${i}`));
    const t = setup(elements, { foreground: [ele('hood-edge'), ele('hood-node'), ele('hidden', false)] });
    t.render(0.5, 10, 20);
    t.runSteps();
    t.render(0.5, 10, 20);
    // Zoom in by 2 about some point: model point q shows at 1 · q + (-30, -40) instead of 0.5 · q + (10, 20).
    t.render(1, -30, -40);
    expect(t.drawing.pending()).toBe(true);
    const [image, ...rest] = t.screen.calls;
    // Picture pixel p ↦ 2p + (-30 - 2 · 10, -40 - 2 · 20).
    expect(image).toEqual({ op: 'image', from: expect.any(String), args: [-50, -80, 600, 400] });
    expect(ids(rest)).toEqual(['hood-edge', 'hood-node']);
    // The view's transform is left as Cytoscape set it.
    expect(t.screen.getTransform()).toMatchObject({ a: 1, e: -30, f: -40 });
  });

  it('starts over when told elements changed, or when the list of elements is another', () => {
    const elements = [ele('a'), ele('b', false), ele('c')];
    const t = setup(elements);
    t.render();
    expect(t.drawing.stats()).toMatchObject({ started: 1, completed: 1, drawn: 3 });
    t.render();
    expect(t.drawing.stats().started).toBe(1);
    t.drawing.invalidate();
    t.render();
    expect(t.drawing.stats().started).toBe(2);
    t.render(1, 0, 0, [...elements]);
    expect(t.drawing.stats().started).toBe(3);
  });

  it('skips hidden elements', () => {
    const t = setup([ele('a'), ele('b', false), ele('c')]);
    const drawn: string[] = [];
    const draw = t.renderer.drawCachedElement;
    t.renderer.drawCachedElement = (context, e, ...rest) => {
      drawn.push(e.id);
      draw(context, e, ...rest);
    };
    t.render();
    expect(drawn).toEqual(['a', 'c']);
  });

  it('keeps one chain of steps while views change faster than pictures are drawn', () => {
    const elements = Array.from({ length: 2000 }, (_, i) => ele(`e${i}`));
    const t = setup(elements);
    t.render(1, 0, 0);
    t.render(1, 5, 0);
    t.render(1, 10, 0);
    expect(t.steps).toHaveLength(1);
    expect(t.drawing.stats().started).toBe(3);
    t.runSteps();
    expect(t.drawing.stats().completed).toBe(1);
    t.render(1, 10, 0);
    expect(t.screen.calls).toEqual([{ op: 'image', from: expect.any(String), args: [0, 0, 300, 200] }]);
  });

  it("asks for canvases the CPU draws, its own and those of Cytoscape's element textures", () => {
    const t = setup([ele('a')]);
    const texture = new FakeCanvas();
    t.renderer.makeOffscreenCanvas = () => texture;
    // Installed again on this renderer, now that it makes texture canvases.
    installProgressiveDrawing(t.renderer, { foreground: () => [] });
    expect(t.renderer.makeOffscreenCanvas!(10, 10)).toBe(texture);
    expect(texture.options[0]).toEqual({ willReadFrequently: true });
  });

  it('leaves every other canvas to Cytoscape', () => {
    const t = setup([ele('a')]);
    t.renderer.drawLayeredElements(t.drag, [], 1, undefined);
    t.renderer.drawCachedNodes(t.drag, [], 1, undefined);
    expect(t.original).toEqual(['layered:drag', 'nodes:drag']);
    t.renderer.drawCachedNodes(t.screen, [ele('a')], 1, undefined);
    expect(t.original).toHaveLength(2);
  });
});

describe('next task', () => {
  it('runs each step later, as a task of its own, in the order given, without waiting for a frame', async () => {
    const schedule = nextTask();
    const ran: string[] = [];
    // A frame that never comes: the steps must not depend on one.
    const raf = globalThis.requestAnimationFrame;
    globalThis.requestAnimationFrame = () => 0;
    try {
      schedule(() => ran.push('a'));
      schedule(() => {
        ran.push('b');
        schedule(() => ran.push('d'));
      });
      ran.push('now');
      await Promise.resolve();
      // Not a microtask either: the browser gets to handle input and frames between two steps.
      expect(ran).toEqual(['now']);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(ran).toEqual(['now', 'a', 'b', 'd']);
    } finally {
      globalThis.requestAnimationFrame = raf;
    }
  });
});
