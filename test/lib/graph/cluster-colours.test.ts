import { describe, expect, it } from 'vitest';
import { assignClusterColours } from '../../../src/lib/graph/cluster-colours';
import { clusterColor, OTHER_CLUSTER_COLOR } from '../../../src/lib/graph/palette';

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
});
