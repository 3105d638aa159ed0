import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { colourDistance, okDistance, okLab, seen } from '../../../src/lib/graph/colour-distance';
import { clusterColor, contrastRatio, DARK_BACKGROUND, LIGHT_BACKGROUND, OTHER_CLUSTER_COLOR } from '../../../src/lib/graph/palette';
import { MAX_NAMED_CLUSTERS } from '../../../src/lib/graph/clusters';

describe('OKLab', () => {
  it('matches Ottosson’s reference values', () => {
    const near = (lab: readonly number[], want: number[]) => lab.forEach((v, i) => expect(v).toBeCloseTo(want[i]!, 3));
    near(okLab('#ffffff'), [1, 0, 0]);
    near(okLab('#000000'), [0, 0, 0]);
    near(okLab('#ff0000'), [0.628, 0.2249, 0.1258]);
    near(okLab('#0000ff'), [0.452, -0.0325, -0.3115]);
  });
});

describe('cluster colours', () => {
  const colours = Array.from({ length: MAX_NAMED_CLUSTERS }, (_, i) => clusterColor(i));

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
    expect(clusterColor(33)).toBe(colours[33]);
  });

  // ΔE_OK of 0.02 is about the least difference seen between large patches side by side; graph nodes and
  // legend dots are a few pixels wide, and the smaller a mark the larger the difference it needs (Stone,
  // Szafir and Setlur, "An engineering model for color difference as a function of size", 2014), so
  // several times that is asked. Up to 8 clusters, 0.145: unmistakable at a glance. 21 clusters (the
  // review's graph: 20 named, as a collection of up to 1,000 linked papers has at most, plus the grey of the
  // other papers), 0.08, four times the least difference. 40, the most a collection gets named
  // (clusters.ts `MAX_NAMED_CLUSTERS`), is past the fixed list, in a lightness band only 0.18 wide: 0.06 is
  // what the band still allows, and clusters drawn side by side get the colours farthest apart (cluster-colours.ts).
  // (Chosen for normal vision alone, the palette gave 0.16, 0.10 and 0.075, and dichromats far less: below.)
  it.each([
    [8, 0.145],
    [21, 0.08],
    [MAX_NAMED_CLUSTERS, 0.06],
  ])('%i clusters and the grey are at least ΔE_OK %f apart, each pair', (count, threshold) => {
    const used = [...colours.slice(0, count), OTHER_CLUSTER_COLOR];
    let least = { d: Infinity, pair: '' };
    for (let i = 0; i < used.length; i++) {
      for (let j = i + 1; j < used.length; j++) {
        const d = colourDistance(used[i]!, used[j]!);
        if (d < least.d) least = { d, pair: `${used[i]} ${used[j]}` };
      }
    }
    expect(least.d, least.pair).toBeGreaterThanOrEqual(threshold);
  });
});

describe('cluster colours seen with a red-green deficiency', () => {
  // Machado's simulation of protanopia and deuteranopia (colour-distance.ts). Chosen for normal vision alone,
  // the first six colours came within ΔE_OK 0.060 of each other for a deuteranope (coral and green, one
  // mustard on the review's graph, review 19 M5) and 0.077 for a protanope; the first 20 within 0.017 and 0.026.
  const colours = Array.from({ length: 20 }, (_, i) => clusterColor(i));
  it.each([
    [6, 0.08],
    [8, 0.07],
    [20, 0.04],
  ])('%i clusters and the grey are at least ΔE_OK %f apart for a protanope and for a deuteranope, each pair', (count, threshold) => {
    const used = [...colours.slice(0, count), OTHER_CLUSTER_COLOR];
    for (const [k, who] of [[1, 'protanope'], [2, 'deuteranope']] as const) {
      let least = { d: Infinity, pair: '' };
      for (let i = 0; i < used.length; i++) {
        for (let j = i + 1; j < used.length; j++) {
          const d = okDistance(seen(used[i]!)[k], seen(used[j]!)[k]);
          if (d < least.d) least = { d, pair: `${used[i]} ${used[j]}` };
        }
      }
      expect(least.d, `${who}: ${least.pair}`).toBeGreaterThanOrEqual(threshold);
    }
  });

  it('matches Machado’s simulation: pure red and green fold onto yellows, blue stays blue', () => {
    // Full-severity deuteranopia maps sRGB red to a dark olive-yellow and green to a light one (b > 0 both),
    // and keeps pure blue's hue (b < 0).
    const [, , redD] = seen('#ff0000');
    const [, , greenD] = seen('#00ff00');
    const [, , blueD] = seen('#0000ff');
    expect(redD[2]).toBeGreaterThan(0.05);
    expect(greenD[2]).toBeGreaterThan(0.05);
    expect(Math.abs(redD[1])).toBeLessThan(0.05);
    expect(blueD[2]).toBeLessThan(-0.1);
    // Grey is grey to everyone.
    const grey = seen('#808080');
    expect(okDistance(grey[0], grey[1])).toBeLessThan(0.01);
    expect(okDistance(grey[0], grey[2])).toBeLessThan(0.01);
  });
});

describe('the backgrounds the palette is checked against', () => {
  // The graph is drawn on the page background (--bg); a palette checked against another white passed colours
  // that fall just under 3:1 on the light theme's off-white.
  it('are the page backgrounds of the two themes in the stylesheet', () => {
    const css = readFileSync(new URL('../../../src/styles/global.css', import.meta.url), 'utf8');
    const dark = css.indexOf('prefers-color-scheme: dark');
    const bgIn = (text: string) => /--bg:\s*(#[0-9a-f]{6})/i.exec(text)?.[1]?.toLowerCase();
    expect(bgIn(css.slice(0, dark))).toBe(LIGHT_BACKGROUND);
    expect(bgIn(css.slice(dark))).toBe(DARK_BACKGROUND);
  });
});
