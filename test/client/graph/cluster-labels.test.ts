import { describe, expect, it } from 'vitest';
import { clusterLabelBox, clusterLabelMaxWidth, clusterLabelText, clusterSpots, placeClusterLabels } from '../../../src/client/graph/cluster-labels';

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

describe('the "Other papers" remainder on the canvas (review 21: the biggest disc had no name)', () => {
  /** `n` dots filling a disc of radius 40·√(n/π) around (cx, cy), on a sunflower spiral: a cluster as the layout draws it. */
  function disc(cluster: number, n: number, cx: number, cy: number) {
    const r = 40 * Math.sqrt(n / Math.PI);
    return Array.from({ length: n }, (_, i) => {
      const [d, a] = [r * Math.sqrt((i + 0.5) / n), i * 2.399963];
      return { cluster, x: cx + d * Math.cos(a), y: cy + d * Math.sin(a) };
    });
  }
  const clusters = [...disc(0, 100, 0, 0), ...disc(1, 60, 500, 0), ...disc(2, 80, 0, 500), ...disc(3, 40, 500, 500)];

  it('names its disc last, as a remainder with its count, even with its unlinked papers in rows under the drawing', () => {
    const rows = Array.from({ length: 90 }, (_, i) => ({ cluster: 9, x: -300 + (i % 30) * 48, y: 1100 + Math.floor(i / 30) * 48 }));
    const spots = clusterSpots([...clusters, ...disc(9, 200, 1100, 250), ...rows], 3, 9);
    expect(spots.map((s) => s.cluster)).toEqual([0, 2, 1, 3, 9]);
    const rest = spots[4]!;
    expect(rest.remainder).toBe(true);
    expect(rest.members).toBe(290);
    // Its name goes in its disc (radius 320 around 1100, 250), not between the disc and the rows.
    expect(Math.hypot(rest.x - 1100, rest.y - 250)).toBeLessThan(100);
    expect(clusterLabelText('Other papers', rest)).toBe('Other papers (290, no cluster)');
    expect(clusterLabelText('Agents', spots[0]!)).toBe('Agents');
  });

  it('leaves it unnamed where its papers lie all over the drawing (a small graph’s single layout)', () => {
    let state = 7;
    const random = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const scattered = Array.from({ length: 120 }, () => ({ cluster: 9, x: -300 + 1100 * random(), y: -300 + 1100 * random() }));
    const spots = clusterSpots([...clusters, ...scattered], 3, 9);
    expect(spots.map((s) => s.cluster)).toEqual([0, 2, 1, 3]);
  });

  it('names it when it is all there is', () => {
    expect(clusterSpots(disc(9, 30, 0, 0), 3, 9)).toMatchObject([{ cluster: 9, members: 30, remainder: true }]);
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
