/**
 * Fast "which node is under the pointer" for Cytoscape's canvas renderer. Cytoscape answers it by testing
 * every element, on every mouse move, press and release: about 40 ms for 10,000 nodes here (80 ms with the
 * links), so a mouse moving over a big graph kept the page busy and a drag across it froze it. Cytoscape's
 * WebGL renderer replaces the same function with a picking buffer; this replaces it with a grid of node
 * positions, and leaves the exact test (shape, borders, thresholds) to Cytoscape, run on the few nodes near
 * the point.
 */

/** A node as the grid sees it: centre and the half-size of its box. */
export interface Disc {
  x: number;
  y: number;
  r: number;
}

/** Nodes bucketed by position; a query lists the ones whose box comes near a point. */
export class DiscGrid {
  readonly #discs: readonly Disc[];
  readonly #x0: number;
  readonly #y0: number;
  readonly #cell: number;
  readonly #cols: number;
  readonly #rows: number;
  /** Cell `c` holds `#items[#starts[c] .. #starts[c + 1])`, disc indices in ascending order. */
  readonly #starts: Int32Array;
  readonly #items: Int32Array;
  readonly #maxR: number;

  constructor(discs: readonly Disc[]) {
    this.#discs = discs;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    let maxR = 0;
    for (const d of discs) {
      x0 = Math.min(x0, d.x);
      y0 = Math.min(y0, d.y);
      x1 = Math.max(x1, d.x);
      y1 = Math.max(y1, d.y);
      maxR = Math.max(maxR, d.r);
    }
    if (discs.length === 0) x0 = y0 = x1 = y1 = 0;
    // About one node per cell when they are spread evenly.
    const side = Math.max(1, Math.ceil(Math.sqrt(discs.length)));
    this.#cell = Math.max(1e-9, Math.max(x1 - x0, y1 - y0) / side, maxR);
    this.#x0 = x0;
    this.#y0 = y0;
    this.#cols = Math.floor((x1 - x0) / this.#cell) + 1;
    this.#rows = Math.floor((y1 - y0) / this.#cell) + 1;
    this.#maxR = maxR;
    const cellOf = discs.map((d) => this.#row(d.y) * this.#cols + this.#col(d.x));
    this.#starts = new Int32Array(this.#cols * this.#rows + 1);
    for (const c of cellOf) this.#starts[c + 1]!++;
    for (let c = 0; c < this.#cols * this.#rows; c++) this.#starts[c + 1]! += this.#starts[c]!;
    const fill = this.#starts.slice(0, -1);
    this.#items = new Int32Array(discs.length);
    cellOf.forEach((c, i) => {
      this.#items[fill[c]!++] = i;
    });
  }

  #col(x: number): number {
    return Math.min(this.#cols - 1, Math.max(0, Math.floor((x - this.#x0) / this.#cell)));
  }

  #row(y: number): number {
    return Math.min(this.#rows - 1, Math.max(0, Math.floor((y - this.#y0) / this.#cell)));
  }

  /** Indices, ascending, of the discs whose box grown by `margin` on every side holds (x, y). */
  near(x: number, y: number, margin: number): number[] {
    const out: number[] = [];
    this.#walk(x - margin, y - margin, x + margin, y + margin, (i, d) => {
      const grown = d.r + margin;
      if (Math.abs(d.x - x) <= grown && Math.abs(d.y - y) <= grown) out.push(i);
      return false;
    });
    return out.sort((a, b) => a - b);
  }

  /**
   * Whether `test` holds for a disc whose box meets the box [x1, y1, x2, y2]; stops at the first. The
   * label placement asks this of every label it tries: only the cells under the box are looked at.
   */
  someInBox(x1: number, y1: number, x2: number, y2: number, test: (i: number) => boolean): boolean {
    return this.#walk(x1, y1, x2, y2, (i, d) => d.x + d.r > x1 && d.x - d.r < x2 && d.y + d.r > y1 && d.y - d.r < y2 && test(i));
  }

  /**
   * Each disc of the cells a disc meeting the box [x1, y1, x2, y2] can sit in (the box grown by the largest
   * radius), until `visit` returns true; whether it did.
   */
  #walk(x1: number, y1: number, x2: number, y2: number, visit: (i: number, d: Disc) => boolean): boolean {
    if (this.#discs.length === 0) return false;
    const reach = this.#maxR;
    const c0 = this.#col(x1 - reach);
    const c1 = this.#col(x2 + reach);
    const r0 = this.#row(y1 - reach);
    const r1 = this.#row(y2 + reach);
    for (let row = r0; row <= r1; row++) {
      for (let col = c0; col <= c1; col++) {
        const cell = row * this.#cols + col;
        for (let k = this.#starts[cell]!; k < this.#starts[cell + 1]!; k++) {
          const i = this.#items[k]!;
          if (visit(i, this.#discs[i]!)) return true;
        }
      }
    }
    return false;
  }
}

/** Cytoscape's z-sorted element list: every element, bottom first, and the ones that take events. */
type ZSorted<E> = E[] & { interactive: E[] };

/** What this needs of Cytoscape's canvas renderer (internal: not in Cytoscape's types). */
export interface HitTestingRenderer<E> {
  findNearestElements(x: number, y: number, interactiveOnly: boolean, isTouch: boolean): E[];
  getCachedZSortedEles(forceRecalc?: boolean): ZSorted<E>;
}

/** What this needs of an element. */
export interface HitElement {
  isNode(): boolean;
  position(): { x: number; y: number };
  outerWidth(): number;
  outerHeight(): number;
  pstyle(name: 'text-events'): { strValue: string };
}

/**
 * Room for a node to grow after the grid was made without the grid knowing: a highlight or selection
 * border (4 at most in the explorer's style) adds to a node's outer size.
 */
const SLACK = 8;
/** Cytoscape's own tolerance around a node for a touch (the mouse gets 2), in screen pixels. */
const TOUCH_TOLERANCE = 8;

/**
 * Replaces `renderer.findNearestElements` for pointer hit tests (interactive elements only) when every
 * interactive element is a node whose label takes no events: the grid picks the nodes near the point and Cytoscape's own test decides
 * among them, on a list in the same stacking order, so the answer is the one it would give. The grid is made
 * on first use and again whenever Cytoscape's list changes or `invalidate` is called (nodes moved).
 */
export function installGridHitTest<E extends HitElement>(renderer: HitTestingRenderer<E>, zoom: () => number): { invalidate(): void } {
  const original = renderer.findNearestElements;
  const ownList = Object.hasOwn(renderer, 'getCachedZSortedEles');
  const listOf = renderer.getCachedZSortedEles;
  let made: { list: E[]; grid: DiscGrid | undefined } | undefined;
  // Cytoscape makes a new list whenever the stacking order may have changed (a label shown, a highlight),
  // with the same nodes where they were: their discs are kept until nodes move.
  let discOf = new WeakMap<E, Disc>();

  const disc = (ele: E): Disc => {
    let d = discOf.get(ele);
    if (!d) {
      const p = ele.position();
      d = { x: p.x, y: p.y, r: Math.max(ele.outerWidth(), ele.outerHeight()) / 2 + SLACK };
      discOf.set(ele, d);
    }
    return d;
  };

  const gridFor = (list: E[]): DiscGrid | undefined => {
    if (made?.list !== list) {
      // A label that takes events can be hit far from its node's box: then Cytoscape tests everything.
      const nodesOnly = list.every((ele) => ele.isNode() && ele.pstyle('text-events').strValue !== 'yes');
      made = { list, grid: nodesOnly ? new DiscGrid(list.map(disc)) : undefined };
    }
    return made.grid;
  };

  renderer.findNearestElements = function (x, y, interactiveOnly, isTouch) {
    const list = interactiveOnly ? listOf.call(renderer).interactive : undefined;
    const grid = list && gridFor(list);
    if (!list || !grid) return original.call(renderer, x, y, interactiveOnly, isTouch);
    const near = grid.near(x, y, TOUCH_TOLERANCE / zoom());
    const subset = near.map((i) => list[i]!) as ZSorted<E>;
    subset.interactive = subset;
    renderer.getCachedZSortedEles = () => subset;
    try {
      return original.call(renderer, x, y, interactiveOnly, isTouch);
    } finally {
      if (ownList) renderer.getCachedZSortedEles = listOf;
      else delete (renderer as Partial<HitTestingRenderer<E>>).getCachedZSortedEles;
    }
  };
  return {
    invalidate: () => {
      made = undefined;
      discOf = new WeakMap();
    },
  };
}
