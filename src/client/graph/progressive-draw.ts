/**
 * Drawing a big graph a slice at a time. Without a GPU, Cytoscape's canvas renderer needs 300–600 ms to
 * draw 10,000 nodes and their links, all in one task: every new view (the wheel resting, a drag released)
 * and every highlight froze the page that long. Its own remedy, a cache of the scene as layered textures,
 * is thrown away on any style change and never completed here between two of them.
 *
 * Here the main canvas gets, at once, the last complete picture moved and scaled to the new view, and over
 * it the few elements that must be right immediately and on top (highlighted neighbourhood, selection,
 * search matches, labels); the whole scene is drawn again by Cytoscape's own element drawing into a canvas off screen, a few
 * milliseconds' worth at a time between the browser's other work, and shown once complete. A change to the elements (style, position,
 * elements added or removed), a new view or a resized canvas starts that drawing over. The caller says
 * when elements changed: Cytoscape's own signals (its layered textures' invalidation, the `style` event)
 * also fire as an element is first measured or its texture first made, which drawing the picture does,
 * so the picture would start over and over.
 *
 * Only the renderer's main layer on screen is drawn this way; pictures made for export and everything else
 * still go through Cytoscape unchanged.
 */

/** A canvas this draws into (an HTMLCanvasElement in the browser). */
export interface PictureCanvas {
  width: number;
  height: number;
  getContext(kind: '2d', options?: { willReadFrequently?: boolean }): PictureContext | null;
}

/** The parts of a 2D context used here (and by Cytoscape's element drawing on the off-screen canvas). */
export interface PictureContext {
  getTransform(): { a: number; b: number; c: number; d: number; e: number; f: number };
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
  clearRect(x: number, y: number, w: number, h: number): void;
  drawImage(image: PictureCanvas, dx: number, dy: number, dw: number, dh: number): void;
  save(): void;
  restore(): void;
}

/** What this needs of Cytoscape's canvas renderer (internal: not in Cytoscape's types). */
export interface LayeredRenderer<E extends DrawnElement, C extends PictureContext = PictureContext> {
  NODE: number;
  canvasWidth: number;
  canvasHeight: number;
  data: { contexts: C[] };
  drawLayeredElements(context: C, eles: E[], pxRatio: number, extent: unknown): void;
  drawCachedNodes(context: C, eles: E[], pxRatio: number, extent: unknown): void;
  drawCachedElement(context: C, ele: E, pxRatio: number, extent: unknown, lvl?: number, requestHighQuality?: boolean): void;
  redrawHint(group: 'eles', on: boolean): void;
  redraw(): void;
  /** Makes the canvases of Cytoscape's element textures. */
  makeOffscreenCanvas?(width: number, height: number): PictureCanvas;
}

/** What this needs of an element. */
export interface DrawnElement {
  visible(): boolean;
}

export interface ProgressiveOptions<E> {
  /** Elements drawn over the picture (a stand-in or complete), bottom first: highlights, labels. */
  foreground(): Iterable<E>;
  /** Drawing time per step, in milliseconds. */
  budgetMs?: number;
  makeCanvas?: () => PictureCanvas;
  schedule?: (step: () => void) => void;
  now?: () => number;
}

export interface ProgressiveDrawing {
  /**
   * To be called whenever elements change how they look or where they are (classes, positions, the
   * stylesheet): the picture is drawn again. Elements added or removed, a new view or canvas size are
   * noticed without it.
   */
  invalidate(): void;
  /** Resolves once the view on screen is the complete picture of the scene as it is now. */
  settled(): Promise<void>;
  /** True while a newer picture is being drawn (the one on screen stands in for it). */
  pending(): boolean;
  /** Pictures started and completed, elements drawn into them: for tests and the benchmark's diagnosis. */
  stats(): { started: number; completed: number; drawn: number };
}

interface Picture<E> {
  canvas: PictureCanvas;
  key: string;
  /** The view it was drawn for: canvas pixel = scale · model + (x, y). */
  scale: number;
  x: number;
  y: number;
  eles: E[];
  pxRatio: number;
  extent: unknown;
  next: number;
}

/**
 * A canvas drawn by the CPU. Chromium may draw a canvas on the GPU, and where this drawing is used there is
 * none, or one emulated on the CPU (WebGL is used otherwise): each of the picture's many small draws then
 * went through the emulation and the compositor, and kept frames waiting. Asking for a context that is
 * read often keeps the canvas on the CPU. Measured with the benchmark's gestures at 10,000 papers: frame
 * gaps over 200 ms 3–4 → 0–2 a run, for this canvas and those of Cytoscape's element textures.
 */
function cpuCanvas<T extends PictureCanvas>(canvas: T): T {
  canvas.getContext('2d', { willReadFrequently: true });
  return canvas;
}

/**
 * Runs each step as a task of its own, as soon as the browser has handled what came in meanwhile (input,
 * a due frame). Slices were first drawn one per animation frame, but each frame also carries Cytoscape's
 * own work for what the last slice drew, so a frame took about 110 ms and the slice 24 of it: at 10,000
 * papers a third of the first picture's drawing was spent waiting for the next frame. As tasks, the
 * slices fill that time; frames come as often as before (the longest gap while drawing 117–167 ms
 * against 100–133 ms, once 467 ms), and the first picture is complete about a second sooner (the graph
 * ready in 5.9–6.6 s against 6.5–7.9 s, six pairs; docs/bench/analysis.md, nineteenth round).
 */
export function nextTask(): (step: () => void) => void {
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  return (step) => {
    queue.push(step);
    channel.port2.postMessage(undefined);
  };
}

const BUDGET_MS = 24;
/** Elements drawn between two looks at the clock. */
const CHUNK = 64;

export function installProgressiveDrawing<E extends DrawnElement, C extends PictureContext>(renderer: LayeredRenderer<E, C>, options: ProgressiveOptions<E>): ProgressiveDrawing {
  const budget = options.budgetMs ?? BUDGET_MS;
  const makeCanvas = options.makeCanvas ?? (() => cpuCanvas(document.createElement('canvas') as unknown as PictureCanvas));
  const schedule = options.schedule ?? nextTask();
  const now = options.now ?? (() => performance.now());
  const makeTexture = renderer.makeOffscreenCanvas;
  if (makeTexture) renderer.makeOffscreenCanvas = (width, height) => cpuCanvas(makeTexture.call(renderer, width, height));
  const originalLayered = renderer.drawLayeredElements;
  const originalNodes = renderer.drawCachedNodes;

  let version = 0;
  const listIds = new WeakMap<E[], number>();
  let lists = 0;
  let shown: Picture<E> | undefined;
  let job: Picture<E> | undefined;
  let spare: PictureCanvas | undefined;
  let scheduled = false;
  let waiting: (() => void)[] = [];
  const stats = { started: 0, completed: 0, drawn: 0 };

  const listId = (eles: E[]) => {
    let id = listIds.get(eles);
    if (id === undefined) listIds.set(eles, (id = ++lists));
    return id;
  };

  const settle = () => {
    const done = waiting;
    waiting = [];
    for (const resolve of done) resolve();
  };

  /** Draws on until the budget is spent; true once the picture is complete. */
  const work = (picture: Picture<E>): boolean => {
    const context = picture.canvas.getContext('2d') as C | null;
    if (!context) return true;
    context.setTransform(picture.scale, 0, 0, picture.scale, picture.x, picture.y);
    const end = now() + budget;
    const { eles } = picture;
    while (picture.next < eles.length) {
      const stop = Math.min(eles.length, picture.next + CHUNK);
      // High quality: the element's texture is made for this zoom now, rather than a blurry one now and a
      // sharper one later (which would need the picture drawn again).
      for (let i = picture.next; i < stop; i++) {
        const ele = eles[i]!;
        // Asked for its box, a hidden element reports itself changed (Cytoscape keeps no box for it),
        // which would start the picture over: hidden ones are skipped first.
        if (ele.visible()) renderer.drawCachedElement(context, ele, picture.pxRatio, picture.extent, undefined, true);
      }
      stats.drawn += stop - picture.next;
      picture.next = stop;
      if (now() >= end) break;
    }
    return picture.next >= eles.length;
  };

  const finish = (picture: Picture<E>) => {
    stats.completed++;
    spare = shown?.canvas;
    shown = picture;
    job = undefined;
  };

  const drop = () => {
    if (!job) return;
    spare ??= job.canvas;
    job = undefined;
  };

  // One chain of steps at a time, whichever picture is being drawn.
  const kick = () => {
    if (scheduled) return;
    scheduled = true;
    schedule(step);
  };

  const step = () => {
    scheduled = false;
    const picture = job;
    if (!picture) return;
    if (!work(picture)) {
      kick();
      return;
    }
    finish(picture);
    renderer.redrawHint('eles', true);
    renderer.redraw();
  };

  const begin = (key: string, scale: number, x: number, y: number, eles: E[], pxRatio: number, extent: unknown): Picture<E> => {
    const canvas = job?.canvas ?? spare ?? makeCanvas();
    spare = undefined;
    stats.started++;
    if (canvas.width !== renderer.canvasWidth) canvas.width = renderer.canvasWidth;
    if (canvas.height !== renderer.canvasHeight) canvas.height = renderer.canvasHeight;
    const context = canvas.getContext('2d');
    context?.setTransform(1, 0, 0, 1, 0, 0);
    context?.clearRect(0, 0, canvas.width, canvas.height);
    return { canvas, key, scale, x, y, eles, pxRatio, extent, next: 0 };
  };

  const blit = (context: C, picture: Picture<E>, scale: number, x: number, y: number) => {
    // The picture's pixel p shows model point (p - t₀) / s₀, which the view draws at s · that + t.
    const f = scale / picture.scale;
    context.save();
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.drawImage(picture.canvas, x - picture.x * f, y - picture.y * f, picture.canvas.width * f, picture.canvas.height * f);
    context.restore();
  };

  const draw = (context: C, eles: E[], pxRatio: number, extent: unknown) => {
    // Cytoscape has set the context to the view: canvas pixel = scale · model + (x, y).
    const { a: scale, e: x, f: y } = context.getTransform();
    const key = `${version} ${listId(eles)} ${scale} ${x} ${y} ${renderer.canvasWidth}×${renderer.canvasHeight}`;
    const started = job?.key === key;
    if (shown?.key === key) {
      drop();
    } else if (!started) {
      job = begin(key, scale, x, y, eles, pxRatio, extent);
      // A view with few elements in it is drawn whole at once.
      if (work(job)) finish(job);
      else kick();
    }
    if (shown) blit(context, shown, scale, x, y);
    // Over the complete picture too: then the foreground is on top without a z-index, whose every change
    // has Cytoscape sort all elements again.
    for (const ele of options.foreground()) if (ele.visible()) renderer.drawCachedElement(context, ele, pxRatio, extent);
    if (!job) settle();
  };

  const onScreen = (context: C) => context === renderer.data.contexts[renderer.NODE];
  renderer.drawLayeredElements = function (context, eles, pxRatio, extent) {
    if (!onScreen(context)) return originalLayered.call(renderer, context, eles, pxRatio, extent);
    draw(context, eles, pxRatio, extent);
  };
  // Used instead of the above while the view moves under Cytoscape's own gestures (touch) or animations.
  renderer.drawCachedNodes = function (context, eles, pxRatio, extent) {
    if (!onScreen(context)) return originalNodes.call(renderer, context, eles, pxRatio, extent);
    draw(context, eles, pxRatio, extent);
  };

  return {
    settled: () => (job || !shown ? new Promise<void>((resolve) => waiting.push(resolve)) : Promise.resolve()),
    invalidate: () => {
      version++;
    },
    pending: () => !!job,
    stats: () => ({ ...stats }),
  };
}
