import { describe, expect, it } from 'vitest';
import { DiscGrid, installGridHitTest, type Disc, type HitElement } from '../../../src/client/graph/hit-grid';

/** Deterministic pseudo-random numbers in [0, 1). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function bruteNear(discs: readonly Disc[], x: number, y: number, margin: number): number[] {
  return discs.flatMap((d, i) => (Math.abs(d.x - x) <= d.r + margin && Math.abs(d.y - y) <= d.r + margin ? [i] : []));
}

describe('DiscGrid', () => {
  it('lists exactly the discs whose grown box holds the point, in index order', () => {
    const rnd = random(7);
    // Clustered and spread, big and tiny, some on top of each other: a force layout's output.
    const discs: Disc[] = Array.from({ length: 2000 }, (_, i) =>
      i % 3 === 0
        ? { x: 500 + rnd() * 40, y: -200 + rnd() * 40, r: 1 + rnd() * 4 }
        : { x: rnd() * 8000 - 4000, y: rnd() * 3000, r: 2 + rnd() * 30 },
    );
    discs.push({ ...discs[5]! }, { ...discs[6]! });
    const grid = new DiscGrid(discs);
    for (let k = 0; k < 500; k++) {
      const x = rnd() * 9000 - 4500;
      const y = rnd() * 3400 - 200;
      const margin = rnd() * 60;
      expect(grid.near(x, y, margin)).toEqual(bruteNear(discs, x, y, margin));
    }
    // Points on discs always find them.
    for (const [i, d] of discs.entries()) expect(grid.near(d.x, d.y, 0)).toContain(i);
  });

  it('finds a disc whose box meets a box exactly when a brute-force test does, looking only near the box', () => {
    const rnd = random(11);
    const discs: Disc[] = Array.from({ length: 3000 }, () => ({ x: rnd() * 4000, y: rnd() * 3000, r: 2 + rnd() * 20 }));
    const grid = new DiscGrid(discs);
    let looked = 0;
    for (let k = 0; k < 400; k++) {
      const x1 = rnd() * 4400 - 200;
      const y1 = rnd() * 3400 - 200;
      const [x2, y2] = [x1 + rnd() * 300, y1 + rnd() * 40];
      const hits = new Set<number>();
      expect(grid.someInBox(x1, y1, x2, y2, (i) => (looked++, hits.add(i), false))).toBe(false);
      const brute = discs.flatMap((d, i) => (d.x + d.r > x1 && d.x - d.r < x2 && d.y + d.r > y1 && d.y - d.r < y2 ? [i] : []));
      expect([...hits].sort((a, b) => a - b)).toEqual(brute);
      // Stops at the first disc the test accepts.
      if (brute.length > 1) {
        let calls = 0;
        expect(grid.someInBox(x1, y1, x2, y2, () => (calls++, true))).toBe(true);
        expect(calls).toBe(1);
      }
    }
    // Each query tests only discs that meet its box: a handful, not the 3,000.
    expect(looked / 400).toBeLessThan(10);
    expect(new DiscGrid([]).someInBox(0, 0, 10, 10, () => true)).toBe(false);
  });

  it('copes with no discs, one disc, and all discs in one place', () => {
    expect(new DiscGrid([]).near(0, 0, 10)).toEqual([]);
    expect(new DiscGrid([{ x: 3, y: 4, r: 1 }]).near(3.5, 4.5, 0)).toEqual([0]);
    expect(new DiscGrid([{ x: 3, y: 4, r: 1 }]).near(30, 4, 0)).toEqual([]);
    const same = Array.from({ length: 50 }, () => ({ x: 1, y: 1, r: 2 }));
    expect(new DiscGrid(same).near(2, 2, 0)).toHaveLength(50);
  });
});

/** An element as Cytoscape's hit test sees it. */
class FakeEle implements HitElement {
  constructor(
    readonly id: number,
    readonly kind: 'node' | 'edge',
    readonly pos: { x: number; y: number },
    readonly size: number,
    readonly textEvents = 'no',
  ) {}
  isNode() {
    return this.kind === 'node';
  }
  position() {
    return this.pos;
  }
  outerWidth() {
    return this.size;
  }
  outerHeight() {
    return this.size;
  }
  pstyle() {
    return { strValue: this.textEvents };
  }
}

type List = FakeEle[] & { interactive: FakeEle[] };

/** Cytoscape's canvas hit test in miniature: every listed element, topmost first; counts what it looked at. */
class FakeRenderer {
  examined = 0;
  constructor(
    public list: List,
    readonly zoom = 1,
  ) {}
  getCachedZSortedEles(): List {
    return this.list;
  }
  findNearestElements(x: number, y: number, interactiveOnly: boolean, isTouch: boolean): FakeEle[] {
    const eles = interactiveOnly ? this.getCachedZSortedEles().interactive : this.getCachedZSortedEles();
    // Cytoscape's tolerance is in screen pixels.
    const th = (isTouch ? 8 : 2) / this.zoom;
    for (let i = eles.length - 1; i >= 0; i--) {
      this.examined++;
      const e = eles[i]!;
      if (e.isNode() && Math.hypot(e.pos.x - x, e.pos.y - y) <= e.size / 2 + th) return [e];
    }
    return [];
  }
}

function listOf(eles: FakeEle[]): List {
  return Object.assign(eles, { interactive: eles.filter((e) => e.id % 10 !== 9) });
}

describe('installGridHitTest', () => {
  const rnd = random(11);
  const nodes = Array.from({ length: 3000 }, (_, i) => new FakeEle(i, 'node', { x: rnd() * 5000, y: rnd() * 5000 }, 4 + rnd() * 40));

  it('answers as Cytoscape would, after looking at a few nodes instead of all of them', () => {
    // Zoomed out, where the tolerance is widest in model units.
    const plain = new FakeRenderer(listOf(nodes), 0.1);
    const fast = new FakeRenderer(listOf(nodes), 0.1);
    installGridHitTest(fast, () => fast.zoom);
    let hits = 0;
    for (let k = 0; k < 400; k++) {
      // Half the points near a node, half anywhere.
      const aim = k % 4 < 2 ? nodes[Math.floor(rnd() * nodes.length)]!.pos : undefined;
      const x = aim ? aim.x + rnd() * 200 - 100 : rnd() * 5200 - 100;
      const y = aim ? aim.y + rnd() * 200 - 100 : rnd() * 5200 - 100;
      const touch = k % 2 === 0;
      const want = plain.findNearestElements(x, y, true, touch);
      expect(fast.findNearestElements(x, y, true, touch)).toEqual(want);
      hits += want.length;
    }
    expect(hits).toBeGreaterThan(100);
    expect(fast.examined).toBeLessThan(plain.examined / 20);
    // Cytoscape's own list is back in place after every query.
    expect(fast.getCachedZSortedEles()).toBe(plain.getCachedZSortedEles());
    expect(Object.hasOwn(fast, 'getCachedZSortedEles')).toBe(false);
  });

  it('sees nodes moved once told, and a new list of elements on its own', () => {
    const moved = nodes.slice(0, 100).map((n) => new FakeEle(n.id, 'node', { ...n.pos }, n.size));
    const r = new FakeRenderer(listOf(moved));
    const hit = installGridHitTest(r, () => 0.5);
    const target = moved[3]!;
    expect(r.findNearestElements(target.pos.x, target.pos.y, true, false)).toEqual([target]);
    target.pos.x += 3000;
    hit.invalidate();
    expect(r.findNearestElements(target.pos.x, target.pos.y, true, false)).toEqual([target]);
    // Cytoscape's next list (another order, one node gone): answered from it without being told.
    const gone = moved[4]!;
    r.list = listOf(moved.filter((n) => n !== gone).reverse());
    expect(r.findNearestElements(gone.pos.x, gone.pos.y, true, false)).not.toContain(gone);
    expect(r.findNearestElements(target.pos.x, target.pos.y, true, false)).toEqual([target]);
  });

  it('leaves Cytoscape to test everything when links or labels take events, or for non-interactive queries', () => {
    for (const odd of [new FakeEle(-1, 'edge', { x: 0, y: 0 }, 1), new FakeEle(-2, 'node', { x: 0, y: 0 }, 1, 'yes')]) {
      const r = new FakeRenderer(listOf([...nodes.slice(0, 200), odd]));
      installGridHitTest(r, () => 1);
      r.findNearestElements(-500, -500, true, false);
      expect(r.examined).toBe(r.getCachedZSortedEles().interactive.length);
    }
    const r = new FakeRenderer(listOf(nodes.slice(0, 200)));
    installGridHitTest(r, () => 1);
    r.findNearestElements(-500, -500, false, false);
    expect(r.examined).toBe(200);
  });
});
