import { describe, expect, it } from 'vitest';
import { aboutMiddle, fitBox, frameReadable, shiftInto, type Canvas, type FramePoint } from '../../../src/client/graph/framing';
import { nodeDiameter } from '../../../src/lib/graph/node-size';
import { labelBox } from '../../../src/client/graph/labels';

/** The graph canvas at 390×844 on a phone, and the fit's padding and deepest zoom (fit-view.ts). */
const phone: Canvas = { width: 359, height: 547, padding: 30, minZoom: 0.01, maxZoom: 2 };
const desktop: Canvas = { ...phone, width: 750, height: 778 };

const paper = (x: number, y: number, degree: number): FramePoint => ({ x, y, d: nodeDiameter('paper', degree) });

// The concept Wavelets in the review's Inspec build (two-level layout): 11 papers in one cluster's disc,
// 3 stragglers in three far discs; x, y and degree as the explorer's data gives them.
const wavelets = [
  paper(507, 345, 4), paper(616, 47, 6), paper(469, 233, 5), paper(607, 162, 4), paper(582, 92, 5), paper(422, 268, 13),
  paper(397, 227, 6), paper(436, 170, 10), paper(501, 272, 6), paper(416, 132, 8), paper(702, 137, 6),
  paper(-475, -1101, 4), paper(-4, 28, 4), paper(-1251, 59, 5),
];

const smallestDrawn = (points: readonly FramePoint[], which: readonly number[], zoom: number) => Math.min(...which.map((i) => points[i]!.d * zoom));

describe('frameReadable', () => {
  it('frames a concept’s core group big enough to tap on a phone, not the box its stragglers stretch to the whole drawing', () => {
    // The old framing: every shown paper's box, where the smallest is drawn 2.5 px wide.
    const old = fitBox(wavelets, phone)!;
    expect(smallestDrawn(wavelets, [...wavelets.keys()], old.zoom)).toBeLessThan(4);

    const framing = frameReadable(wavelets, phone, 12)!;
    expect(framing.inView).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(framing.outside).toBe(3);
    expect(smallestDrawn(wavelets, framing.inView, framing.viewport.zoom)).toBeGreaterThanOrEqual(12);
    // Framed, not just zoomed: the group fills the canvas one way, inside the padding.
    const onScreen = framing.inView.map((i) => ({
      x: wavelets[i]!.x * framing.viewport.zoom + framing.viewport.pan.x,
      y: wavelets[i]!.y * framing.viewport.zoom + framing.viewport.pan.y,
    }));
    for (const p of onScreen) {
      expect(p.x).toBeGreaterThanOrEqual(30);
      expect(p.x).toBeLessThanOrEqual(phone.width - 30);
      expect(p.y).toBeGreaterThanOrEqual(30);
      expect(p.y).toBeLessThanOrEqual(phone.height - 30);
    }
    const across = Math.max(...onScreen.map((p) => p.x)) - Math.min(...onScreen.map((p) => p.x));
    expect(across / phone.width).toBeGreaterThan(0.6);
  });

  it('frames every point, as the box fit does, when that draws them big enough', () => {
    const core = wavelets.slice(0, 11);
    const framing = frameReadable(core, desktop, 12)!;
    expect(framing.outside).toBe(0);
    expect(framing.inView).toHaveLength(11);
    expect(framing.viewport).toEqual(fitBox(core, desktop));
    // At most the deepest zoom a fit goes to, however close the points.
    expect(frameReadable([paper(0, 0, 1), paper(3, 4, 1)], phone, 12)!.viewport.zoom).toBe(2);
  });

  it('takes the group with the most points a readable view holds, and of two as big the tighter one', () => {
    // Five papers close together, six spread far apart: the five.
    const spread = [paper(-3000, 0, 4), paper(3000, 0, 4), paper(0, -3000, 4), paper(0, 3000, 4), paper(3000, 3000, 4), paper(-3000, -3000, 4)];
    const group = [paper(800, 800, 4), paper(860, 820, 4), paper(830, 900, 4), paper(900, 860, 4), paper(780, 880, 4)];
    const framing = frameReadable([...spread, ...group], phone, 12)!;
    expect(framing.inView).toEqual([6, 7, 8, 9, 10]);
    expect(framing.outside).toBe(6);

    // Three in a loose triangle and three packed: as many, so the packed three, drawn bigger.
    const loose = [paper(0, 0, 4), paper(200, 0, 4), paper(100, 250, 4)];
    const packed = [paper(2000, 2000, 4), paper(2030, 2000, 4), paper(2015, 2030, 4)];
    const both = frameReadable([...loose, ...packed], phone, 12)!;
    expect(both.inView).toEqual([3, 4, 5]);
    expect(both.viewport.zoom).toBe(2);
  });

  it('counts as outside exactly the points whose middle the canvas does not hold', () => {
    // A group and, beside it, papers the view may or may not reach: the count is of the view, not of the group.
    const points = [paper(0, 0, 4), paper(40, 0, 4), paper(20, 30, 4), paper(20, 150, 4), paper(300, 380, 4), paper(-250, -600, 4), paper(5000, 5000, 4)];
    for (const canvas of [phone, desktop]) {
      const { viewport, inView, outside } = frameReadable(points, canvas, 12)!;
      const held = [...points.keys()].filter((i) => {
        const x = points[i]!.x * viewport.zoom + viewport.pan.x;
        const y = points[i]!.y * viewport.zoom + viewport.pan.y;
        return x >= 0 && x <= canvas.width && y >= 0 && y <= canvas.height;
      });
      expect(inView).toEqual(held);
      expect(outside).toBe(points.length - held.length);
      expect(outside).toBeGreaterThan(0);
    }
  });

  it('frames a cluster filter of thousands of papers in one pass', () => {
    // A big disc (rings of papers) and a few far stragglers.
    const disc: FramePoint[] = [];
    for (let k = 0; k < 10_000; k++) {
      const r = 25 * Math.sqrt(k);
      const a = k * 2.39996;
      disc.push(paper(r * Math.cos(a), r * Math.sin(a), 4));
    }
    const framing = frameReadable(disc, phone, 12)!;
    expect(framing.outside).toBeGreaterThan(9000);
    expect(smallestDrawn(disc, framing.inView, framing.viewport.zoom)).toBeGreaterThanOrEqual(12);
  });

  it('frames nothing when given nothing', () => {
    expect(frameReadable([], phone, 12)).toBeUndefined();
  });
});

describe('fitBox with a label', () => {
  // Bundled corpus, Find "Tool Zero": two lit papers framed at the deepest zoom, the selected one at the
  // edge of the pair and its bold title (a 214-unit label, below it) cut at the canvas edge.
  const label = aboutMiddle(labelBox(0, 0, 20, 214, 12));
  const rendered = (p: FramePoint, v: { zoom: number; pan: { x: number; y: number } }) => [
    (p.x + p.label![0]) * v.zoom + v.pan.x,
    (p.y + p.label![1]) * v.zoom + v.pan.y,
    (p.x + p.label![2]) * v.zoom + v.pan.x,
    (p.y + p.label![3]) * v.zoom + v.pan.y,
  ];
  const within = (box: number[], canvas: Canvas) => box[0]! >= 0 && box[1]! >= 0 && box[2]! <= canvas.width && box[3]! <= canvas.height;

  for (const [name, canvas] of [['desktop', desktop], ['phone', phone]] as const) {
    it(`keeps the selection's label inside the canvas at either side of what it frames (${name})`, () => {
      for (const [dx, dy] of [[-250, -40], [250, 60], [-60, 250], [40, -250]] as const) {
        const selected: FramePoint = { x: dx, y: dy, d: 20, label };
        const points = [selected, { x: 0, y: 0, d: 20 }];
        const view = fitBox(points, canvas)!;
        expect(within(rendered(selected, view), canvas)).toBe(true);
        const framing = frameReadable(points, canvas, 12)!;
        expect(within(rendered(selected, framing.viewport), canvas)).toBe(true);
      }
    });
  }

  it('keeps a node framed alone in the middle of the canvas, its label whole below it', () => {
    const selected: FramePoint = { x: 40, y: -30, d: 20, label };
    const view = fitBox([selected], phone)!;
    expect(40 * view.zoom + view.pan.x).toBeCloseTo(phone.width / 2);
    expect(-30 * view.zoom + view.pan.y).toBeCloseTo(phone.height / 2);
    expect(within(rendered(selected, view), phone)).toBe(true);
  });
});

describe('shiftInto', () => {
  // The review's phone (360 px wide canvas, 480 high): a node tapped near the left edge, its label 180 px wide
  // centred under it from x = -12, cut to "dapting Image-based RL Policies via…" (review 19 M7).
  it('moves a label cut at an edge just inside it, and no further', () => {
    expect(shiftInto([-12, 100, 168, 114], 330, 480, 6)).toEqual({ x: 18, y: 0 });
    expect(shiftInto([200, 470, 300, 484], 330, 480, 6)).toEqual({ x: 0, y: -10 });
    expect(shiftInto([250, 10, 340, 24], 330, 480, 6)).toEqual({ x: -16, y: 0 });
  });

  it('leaves a label inside the canvas where it is', () => {
    expect(shiftInto([6, 6, 324, 20], 330, 480, 6)).toEqual({ x: 0, y: 0 });
  });

  it('centres a label wider than the canvas', () => {
    expect(shiftInto([-100, 50, 400, 64], 330, 480, 6)).toEqual({ x: 15, y: 0 });
  });
});
