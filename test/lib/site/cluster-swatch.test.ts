import { describe, expect, it } from 'vitest';
import { swatchColor, UNCLUSTERED_COLOR } from '../../../src/lib/site/cluster-swatch';

describe('swatchColor', () => {
  const clusters = new Map([[3, { color: '#2f7f1e' }]]);

  it('gives a clustered paper its cluster colour and everything else the neutral one', () => {
    expect(swatchColor(clusters, 3)).toBe('#2f7f1e');
    expect(swatchColor(clusters, 4)).toBe(UNCLUSTERED_COLOR);
    expect(swatchColor(clusters, undefined)).toBe(UNCLUSTERED_COLOR);
  });
});
