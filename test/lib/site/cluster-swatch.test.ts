import { describe, expect, it } from 'vitest';
import { swatchColor, swatchSvg, UNCLUSTERED_COLOR } from '../../../src/lib/site/cluster-swatch';

describe('swatchColor', () => {
  const clusters = new Map([[3, { color: '#2f7f1e' }]]);

  it('gives a clustered paper its cluster colour and everything else the neutral one', () => {
    expect(swatchColor(clusters, 3)).toBe('#2f7f1e');
    expect(swatchColor(clusters, 4)).toBe(UNCLUSTERED_COLOR);
    expect(swatchColor(clusters, undefined)).toBe(UNCLUSTERED_COLOR);
  });
});

describe('swatchSvg', () => {
  it('draws the dot the pages showed as a component, at the default and a given size', () => {
    expect(swatchSvg('#2f7f1e')).toBe(
      '<svg class="swatch" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false"><circle cx="6" cy="6" r="5.5" fill="#2f7f1e"></circle></svg>',
    );
    expect(swatchSvg('#8a8f98', 14)).toContain('width="14" height="14"');
  });

  it('keeps a hostile colour inside its attribute', () => {
    const html = swatchSvg('"><script>alert(1)</script>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('fill="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html.match(/</g)).toHaveLength(4);
  });
});
