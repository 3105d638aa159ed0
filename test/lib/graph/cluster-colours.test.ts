import { describe, expect, it } from 'vitest';
import { assignClusterColours } from '../../../src/lib/graph/cluster-colours';
import { clusterColor, OTHER_CLUSTER_COLOR } from '../../../src/lib/graph/palette';
import { clusterContacts } from '../../../src/lib/graph/cluster-contacts';
import { seen, seenDistance } from '../../../src/lib/graph/colour-distance';

/**
 * What the review saw: one ForceAtlas2 disc of 1,600 papers (here on a sunflower spiral), its clusters as
 * wedges that touch their neighbours all along a side and every other wedge near the middle.
 */
function wedges(count: number) {
  const positions = new Map<string, { x: number; y: number }>();
  const clusterOf = new Map<string, number>();
  for (let i = 0; i < 1600; i++) {
    const [r, a] = [Math.sqrt(i + 0.5), i * 2.399963];
    const [x, y] = [r * Math.cos(a), r * Math.sin(a)];
    positions.set(`p${i}`, { x, y });
    clusterOf.set(`p${i}`, Math.floor((((Math.atan2(y, x) / (2 * Math.PI)) + 1) % 1) * count));
  }
  return clusterContacts(positions, clusterOf, undefined);
}

/**
 * The least colour distance between wedges side by side, as the reader who sees them least apart sees it:
 * with normal vision, or a protanope or deuteranope (their ΔE_OK counted twice, colour-distance.ts).
 */
const seenApart = (a: string, b: string) => seenDistance(seen(a), seen(b));
const leastNextTo = (colours: ReadonlyMap<number, string>, count: number) =>
  Math.min(...Array.from({ length: count }, (_, i) => seenApart(colours.get(i)!, colours.get((i + 1) % count)!)));

describe('assignClusterColours', () => {
  it('colours a first run by the palette, cluster i with colour i', () => {
    const colours = assignClusterColours([2, 0, 1], new Map());
    expect([0, 1, 2].map((id) => colours.get(id))).toEqual([clusterColor(0), clusterColor(1), clusterColor(2)]);
  });

  it('keeps carried colours and gives the others the first colours nobody uses, never the grey, never twice', () => {
    const colours = assignClusterColours([0, 1, 2, 3], new Map([[1, clusterColor(0)], [3, clusterColor(2)]]));
    expect(colours.get(1)).toBe(clusterColor(0));
    expect(colours.get(3)).toBe(clusterColor(2));
    expect(colours.get(0)).toBe(clusterColor(1));
    expect(colours.get(2)).toBe(clusterColor(3));
    expect(new Set(colours.values()).size).toBe(4);
    expect([...colours.values()]).not.toContain(OTHER_CLUSTER_COLOR);
  });

  it('gives a colour carried twice to the lower id only', () => {
    const colours = assignClusterColours([4, 7], new Map([[4, clusterColor(5)], [7, clusterColor(5)]]));
    expect(colours.get(4)).toBe(clusterColor(5));
    expect(colours.get(7)).toBe(clusterColor(0));
  });

  it('gives up a carried colour that is not the palette’s, such as one of the old palette’s two near-identical blues', () => {
    const colours = assignClusterColours([0, 1, 2], new Map([[0, '#4d5fd6'], [1, '#4a67d4'], [2, clusterColor(0)]]));
    expect(colours).toEqual(new Map([[0, clusterColor(1)], [1, clusterColor(2)], [2, clusterColor(0)]]));
  });

  it.each([
    [8, 0.25],
    [20, 0.18],
    [40, 0.12],
  ])('gives the %i wedges of a disc colours at least %f apart from the wedges beside them, for dichromats too', (count, threshold) => {
    const ids = Array.from({ length: count }, (_, i) => i);
    const colours = assignClusterColours(ids, new Map(), wedges(count));
    expect(new Set(colours.values())).toEqual(new Set(ids.map((i) => clusterColor(i))));
    expect(leastNextTo(colours, count)).toBeGreaterThanOrEqual(threshold);
    // What colours in palette order give (the same colours, 0.143, 0.114 and 0.075 here). Placed and picked
    // for normal vision alone, dichromats saw wedges side by side 0.155, 0.141 and 0.058 apart (review 19 M5).
    expect(leastNextTo(assignClusterColours(ids, new Map()), count)).toBeLessThan(threshold);
  });

  it('keeps a carried colour even beside a cluster of a close colour, and colours the rest around it', () => {
    const ids = Array.from({ length: 20 }, (_, i) => i);
    const contacts = wedges(20);
    const carried = new Map([[0, clusterColor(0)], [1, clusterColor(16)]]);
    const colours = assignClusterColours(ids, carried, contacts);
    expect(colours.get(0)).toBe(clusterColor(0));
    expect(colours.get(1)).toBe(clusterColor(16));
    expect(seenApart(colours.get(2)!, colours.get(1)!)).toBeGreaterThanOrEqual(0.15);
    expect(seenApart(colours.get(19)!, colours.get(0)!)).toBeGreaterThanOrEqual(0.15);
  });
});
