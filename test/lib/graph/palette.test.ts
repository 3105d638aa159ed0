import { describe, expect, it } from 'vitest';
import { clusterColor, contrastRatio, DARK_BACKGROUND, LIGHT_BACKGROUND, OTHER_CLUSTER_COLOR } from '../../../src/lib/graph/palette';

describe('cluster colours', () => {
  const colours = Array.from({ length: 40 }, (_, i) => clusterColor(i));

  it('stand out (≥ 3:1) from both the light and the dark background', () => {
    for (const c of [...colours, OTHER_CLUSTER_COLOR]) {
      expect(c).toMatch(/^#[0-9a-f]{6}$/);
      expect(contrastRatio(c, LIGHT_BACKGROUND), `${c} on light`).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(c, DARK_BACKGROUND), `${c} on dark`).toBeGreaterThanOrEqual(3);
    }
  });

  it('are all different, and the same for the same index', () => {
    expect(new Set(colours).size).toBe(colours.length);
    expect(colours).not.toContain(OTHER_CLUSTER_COLOR);
    expect(clusterColor(17)).toBe(colours[17]);
  });
});
