import { describe, expect, it } from 'vitest';
import { clusterLabelBox, clusterLabelMaxWidth, clusterSpots, placeClusterLabels } from '../../../src/client/graph/cluster-labels';

describe('clusterSpots', () => {
  it('puts each cluster’s name at the middle of its nodes, biggest cluster first (review 18 L2: no names at the overview)', () => {
    const nodes = [
      ...[0, 1, 2, 3, 100].map((x) => ({ cluster: 4, x, y: x })),
      ...[10, 20, 30].map((y) => ({ cluster: 1, x: 50, y })),
      { cluster: 2, x: 0, y: 0 },
      { cluster: 2, x: 9, y: 9 },
    ];
    // The median, not the mean: one member drawn far off (x 100) does not pull the name off the group.
    expect(clusterSpots(nodes)).toEqual([
      { cluster: 4, x: 2, y: 2, members: 5 },
      { cluster: 1, x: 50, y: 20, members: 3 },
    ]);
    // Two dots are no group to name, unless asked.
    expect(clusterSpots(nodes, 2).map((s) => s.cluster)).toEqual([4, 1, 2]);
    expect(clusterSpots(nodes, 2)[2]).toEqual({ cluster: 2, x: 4.5, y: 4.5, members: 2 });
  });
});

describe('placeClusterLabels', () => {
  it('draws a name inside the canvas and off the names drawn before it', () => {
    const canvas: [number, number, number, number] = [0, 0, 400, 300];
    const placed = placeClusterLabels(
      [
        { x: 100, y: 100, chars: 20 },
        // On top of the first: left out.
        { x: 110, y: 104, chars: 10 },
        // Off the canvas: left out.
        { x: 500, y: 100, chars: 10 },
        { x: 300, y: 250, chars: 10 },
      ],
      canvas,
    );
    expect(placed).toEqual([true, false, false, true]);
  });

  it('caps a long name’s box at the width it is drawn (with an ellipsis), narrower on a phone', () => {
    expect(clusterLabelMaxWidth(750)).toBe(200);
    expect(clusterLabelMaxWidth(345)).toBe(115);
    const [x1, , x2] = clusterLabelBox(0, 0, 400, 200);
    expect(x2 - x1).toBeLessThanOrEqual(215);
  });
});
