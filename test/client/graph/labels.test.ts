import { describe, expect, it } from 'vitest';
import { labelBox, overlaps, placeLabels, type Box } from '../../../src/client/graph/labels';

describe('labelBox', () => {
  it('centres the label below its node and scales with the zoom', () => {
    const [x1, y1, x2, y2] = labelBox(100, 50, 20, 10, 10);
    expect((x1 + x2) / 2).toBe(100);
    expect(y1).toBeGreaterThan(50 + 10 - 1);
    const zoomed = labelBox(100, 50, 20, 10, 10, 2);
    expect(zoomed[2] - zoomed[0]).toBeGreaterThan(2 * (x2 - x1) - 10);
    expect(y2).toBeGreaterThan(y1);
  });
});

describe('placeLabels', () => {
  const box = (x: number, y: number): Box => [x, y, x + 50, y + 10];

  it('keeps the first of two overlapping labels and every label clear of the others', () => {
    expect(placeLabels([box(0, 0), box(20, 5), box(60, 0), box(20, 20)])).toEqual([true, false, true, true]);
    expect(overlaps(box(0, 0), box(49, 9))).toBe(true);
    expect(overlaps(box(0, 0), box(50, 0))).toBe(false);
  });

  it('leaves out labels that would run off the canvas, and stops at the limit', () => {
    const canvas: Box = [0, 0, 200, 100];
    expect(placeLabels([box(-5, 0), box(10, 0), box(160, 0), box(10, 95)], canvas)).toEqual([false, true, false, false]);
    expect(placeLabels([box(0, 0), box(0, 20), box(0, 40)], undefined, 2)).toEqual([true, true, false]);
  });

  it('places a label wider than the canvas when its middle is inside, so the deepest zoom still names nodes', () => {
    const canvas: Box = [0, 0, 200, 100];
    const wide = (middle: number, y = 10): Box => [middle - 150, y, middle + 150, y + 20];
    expect(placeLabels([wide(100), wide(100, 20), wide(120, 60)], canvas)).toEqual([true, false, true]);
    expect(placeLabels([wide(250)], canvas)).toEqual([false]);
    expect(placeLabels([wide(100, 90)], canvas)).toEqual([false]);
  });
});
