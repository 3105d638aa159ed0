import { describe, expect, it } from 'vitest';
import { framesOnPick, tipPosition } from '../../../src/client/graph/hover-tip';

const canvas = { width: 800, height: 600 };
const tip = { width: 200, height: 40 };

describe('tipPosition', () => {
  it('centres the tooltip above the node, off its dot', () => {
    expect(tipPosition(400, 300, 5, tip, canvas)).toEqual({ left: 300, top: 300 - 5 - 6 - 40 });
  });

  it('goes below a node near the top, and stays inside the canvas at its sides', () => {
    expect(tipPosition(10, 20, 4, tip, canvas)).toEqual({ left: 6, top: 20 + 4 + 6 });
    expect(tipPosition(795, 300, 4, tip, canvas).left).toBe(800 - 200 - 6);
  });

  it('never leaves the canvas, even a canvas narrower than the tooltip', () => {
    const place = tipPosition(50, 590, 4, tip, { width: 150, height: 600 });
    expect(place.left).toBeGreaterThanOrEqual(0);
    expect(place.top + tip.height).toBeLessThanOrEqual(600);
  });
});

describe('framesOnPick', () => {
  it('frames a picked node where labels are too small to draw, and not once they read', () => {
    expect(framesOnPick(0.2, 10, 7)).toBe(true);
    expect(framesOnPick(0.7, 10, 7)).toBe(false);
    expect(framesOnPick(2, 10, 7)).toBe(false);
  });
});
