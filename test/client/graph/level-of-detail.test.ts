import { describe, expect, it } from 'vitest';
import { minorEdges, nodesInView, segmentMeetsRect, slicedChanges, viewRect, type DotAt } from '../../../src/client/graph/level-of-detail';

const view = { x1: 0, y1: 0, x2: 100, y2: 50 };

describe('segmentMeetsRect', () => {
  it('takes links with an end in the view or passing through it', () => {
    expect(segmentMeetsRect(10, 10, 500, 500, view)).toBe(true);
    expect(segmentMeetsRect(-50, 25, 150, 25, view)).toBe(true);
    expect(segmentMeetsRect(50, -100, 50, 100, view)).toBe(true);
    expect(segmentMeetsRect(-10, -10, 110, 60, view)).toBe(true);
  });

  it('leaves out long links whose box covers the view but that pass beside it', () => {
    // The box test the explorer used before took this one: it runs past the view's top-right corner.
    expect(segmentMeetsRect(60, -100, 200, 40, view)).toBe(false);
    expect(segmentMeetsRect(-100, 60, 200, 300, view)).toBe(false);
    expect(segmentMeetsRect(-10, 0, -10, 50, view)).toBe(false);
  });

  it('counts touching the border as meeting, and handles links of no length', () => {
    expect(segmentMeetsRect(100, 50, 200, 50, view)).toBe(true);
    expect(segmentMeetsRect(20, 20, 20, 20, view)).toBe(true);
    expect(segmentMeetsRect(120, 20, 120, 20, view)).toBe(false);
  });

  it('agrees with sampling points along random segments', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 400 - 150;
    for (let i = 0; i < 2000; i++) {
      const [ax, ay, bx, by] = [random(), random(), random(), random()];
      let sampled = false;
      for (let k = 0; k <= 4000 && !sampled; k++) {
        const x = ax + ((bx - ax) * k) / 4000;
        const y = ay + ((by - ay) * k) / 4000;
        sampled = x >= view.x1 && x <= view.x2 && y >= view.y1 && y <= view.y2;
      }
      // Sampling can miss a segment that only clips a corner; it never finds one that is not there.
      if (sampled) expect(segmentMeetsRect(ax, ay, bx, by, view)).toBe(true);
    }
  });
});

describe('nodesInView', () => {
  const walk = (dots: readonly (DotAt | undefined)[]) => {
    const seen: number[] = [];
    const shown = nodesInView(
      dots.map((_, i) => i),
      (i) => (seen.push(i), dots[i]),
      view,
    );
    return { ...shown, seen };
  };

  it('takes the nodes whose centre is in view, and beside it those whose dot reaches in, its halo included', () => {
    const { inView, near } = walk([
      { x: 50, y: 25, r: 5 },
      // A dot 6 across with a 1 unit halo, its centre 3.5 past the right edge: only the halo reaches in.
      { x: 103.5, y: 25, r: 4 },
      { x: 104.5, y: 25, r: 4 },
      { x: 100, y: 50, r: 0 },
      { x: -4, y: -4, r: 4 },
      // Not drawn (filtered out), though in the middle of the view.
      undefined,
    ]);
    expect(inView).toEqual([0, 3]);
    expect(near).toEqual([1, 4]);
  });

  it('is one walk: both lists, the labels’ nodes and the dots beside them, come from one look at each node', () => {
    let seed = 3;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 200 - 50;
    const dots = Array.from({ length: 500 }, () => ({ x: random(), y: random(), r: Math.abs(random()) / 10 }));
    const { inView, near, seen } = walk(dots);
    expect(seen).toEqual(dots.map((_, i) => i));
    // The dots a label keeps off (both lists) are exactly those whose dot, halo and all, meets the view's box.
    const meets = dots.flatMap((d, i) => (d.x + d.r >= view.x1 && d.x - d.r <= view.x2 && d.y + d.r >= view.y1 && d.y - d.r <= view.y2 ? [i] : []));
    expect([...inView, ...near].sort((a, b) => a - b)).toEqual(meets);
    expect(inView.every((i) => dots[i]!.x >= view.x1 && dots[i]!.x <= view.x2 && dots[i]!.y >= view.y1 && dots[i]!.y <= view.y2)).toBe(true);
    expect(near.some((i) => inView.includes(i))).toBe(false);
  });

  it('reads a view as Cytoscape’s extent does', () => {
    expect(viewRect({ zoom: 2, pan: { x: -100, y: 40 }, width: 300, height: 200 })).toEqual({ x1: 50, y1: -20, x2: 200, y2: 80 });
  });
});

describe('slicedChanges', () => {
  function frames() {
    const queue: Array<() => void> = [];
    return { schedule: (step: () => void) => queue.push(step), next: () => queue.shift()?.(), get waiting() { return queue.length; } };
  }

  it('applies one slice at once and one per frame after it', () => {
    const f = frames();
    const sliced = slicedChanges(2, f.schedule);
    const applied: number[][] = [];
    sliced.run([1, 2, 3, 4, 5], (s) => applied.push([...s]));
    expect(applied).toEqual([[1, 2]]);
    expect(sliced.pending()).toBe(true);
    f.next();
    f.next();
    expect(applied).toEqual([[1, 2], [3, 4], [5]]);
    expect(sliced.pending()).toBe(false);
    expect(f.waiting).toBe(0);
  });

  it('drops what an earlier run had left when a new one starts', () => {
    const f = frames();
    const sliced = slicedChanges(1, f.schedule);
    const applied: string[] = [];
    sliced.run(['a', 'b', 'c'], (s) => applied.push(...s));
    sliced.run(['x', 'y'], (s) => applied.push(...s));
    while (f.waiting > 0) f.next();
    expect(applied).toEqual(['a', 'x', 'y']);
    expect(sliced.pending()).toBe(false);
  });

  it('does nothing for an empty list, and an empty run cancels a pending one', () => {
    const f = frames();
    const sliced = slicedChanges(1, f.schedule);
    const applied: number[] = [];
    sliced.run([], (s) => applied.push(...s));
    expect(f.waiting).toBe(0);
    sliced.run([1, 2], (s) => applied.push(...s));
    sliced.run([], () => {});
    while (f.waiting > 0) f.next();
    expect(applied).toEqual([1]);
    expect(sliced.pending()).toBe(false);
  });
});

describe('minorEdges', () => {
  it('keeps each node\'s strongest link major and marks the rest minor', () => {
    // Links 0–1 (0.9), 1–2 (0.5), 0–2 (0.3), 2–3 (0.1): node 3's only link is its strongest.
    const triples = [0, 1, 900, 1, 2, 500, 0, 2, 300, 2, 3, 100];
    expect(minorEdges(triples)).toEqual([false, false, true, false]);
  });

  it('keeps the two index spaces of the concepts view apart with `offset`', () => {
    // Paper 0 tags concepts 0 (0.9) and 1 (0.2); paper 1 tags concept 1 (0.4). Without the offset, concept 0
    // and paper 0 would be one end.
    const triples = [0, 0, 900, 0, 1, 200, 1, 1, 400];
    expect(minorEdges(triples, 2)).toEqual([false, true, false]);
  });

  it('takes the first of equally strong links', () => {
    expect(minorEdges([0, 1, 500, 0, 2, 500, 1, 2, 100])).toEqual([false, false, true]);
  });
});
