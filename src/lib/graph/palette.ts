/**
 * Cluster colours. Nodes are drawn on the light and the dark theme alike, so every colour must stand out
 * from both backgrounds as a non-text graphic (WCAG 1.4.11: contrast ≥ 3:1). That bounds the relative
 * luminance to about [0.12, 0.30], a narrow band of lightness, so colours can differ mostly in hue and
 * chroma; picking them by hue angle put two blues, three browns and three greens among 21 clusters.
 *
 * The colours are instead chosen far apart in OKLab (colour-distance.ts), where distance follows what the
 * eye sees: each is the colour of the band farthest from all before it and from the grey of the other
 * bucket (farthest-point sampling over the sRGB colours of the band, chroma at most 0.2 so that none is a
 * glaring primary). Far apart as seen with normal vision and as a protanope or deuteranope sees them
 * (`seenDistance`): chosen for normal vision alone, two of the first six merged into one mustard for a
 * deuteranope (review 19 M5). The band leaves dichromats room for a handful of colours only, so the colour
 * is never the only cue: the canvas names its clusters, the legend and the selection name them in words,
 * and so do related papers' cards on a paper page. The first colours are therefore the most different ones, and a small graph gets them.
 * The fixed list below is that sequence for the first {@link FIXED_COLOURS} (all the named clusters of a
 * collection of up to 1,000 papers with links; a larger one names up to 40: clusters.ts `namedClusterLimit`);
 * past it the same sampling goes on, so the next colours differ from all the listed ones as
 * much as the band still allows (less and less: see test/lib/graph/palette.test.ts for what is promised).
 */
import { hexBytes, linearChannel, okLabOfLinear, seen, seenDistance, seenOfLinear, type Seen } from './colour-distance';

const BASE_PALETTE = [
  '#fa5f2d', // coral
  '#d764d7', // orchid
  '#145ad2', // blue
  '#be194b', // crimson
  '#00a555', // green
  '#8c46a0', // purple
  '#0a96fa', // azure
  '#aa5f00', // brown
  '#056e64', // teal
  '#7d64eb', // violet
  '#00a0af', // cyan
  '#e14b8c', // pink
  '#919119', // olive
  '#4b78b9', // steel
  '#468764', // sage
  '#be46af', // magenta
  '#c878aa', // mauve
  '#9b4b69', // plum
  '#c38255', // tan
  '#6e5f82', // slate
] as const;

export const FIXED_COLOURS = BASE_PALETTE.length;

/** Colour of the "other papers" bucket: a neutral grey in the same contrast band. */
export const OTHER_CLUSTER_COLOR = '#7b8088';

/** The light theme's page background (`--bg` in src/styles/global.css), where the graph is drawn. */
export const LIGHT_BACKGROUND = '#fbfbf9';
/** The dark theme's page background (`--bg` in src/styles/global.css). */
export const DARK_BACKGROUND = '#121419';

/** Chroma cap of the sampled colours. */
const MAX_CHROMA = 0.2;

export function clusterColor(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new Error(`expected a palette index, got ${index}`);
  const fixed = BASE_PALETTE[index];
  if (fixed) return fixed;
  if (generated.length <= index - FIXED_COLOURS) generated = generated.concat(sampler().next(index + 1 - FIXED_COLOURS - generated.length));
  return generated[index - FIXED_COLOURS]!;
}

let generated: string[] = [];
let continuation: FarthestColours | undefined;
const sampler = () => (continuation ??= new FarthestColours([OTHER_CLUSTER_COLOR, ...BASE_PALETTE]));

/**
 * Farthest-point sampling in OKLab over the sRGB colours (channels in steps of 5) that keep 3:1 against
 * both backgrounds and have chroma at most {@link MAX_CHROMA}: each next colour is the one whose nearest
 * colour already taken is farthest away.
 */
export class FarthestColours {
  private readonly hex: string[] = [];
  private readonly lab: Seen[] = [];
  private readonly nearest: number[] = [];

  constructor(taken: readonly string[]) {
    const linear = Array.from({ length: 256 }, (_, byte) => linearChannel(byte));
    const wcag = Array.from({ length: 256 }, (_, byte) => wcagChannel(byte));
    const [light, dark] = [relativeLuminance(LIGHT_BACKGROUND), relativeLuminance(DARK_BACKGROUND)];
    for (let r = 0; r <= 255; r += 5) {
      for (let g = 0; g <= 255; g += 5) {
        for (let b = 0; b <= 255; b += 5) {
          const y = 0.2126 * wcag[r]! + 0.7152 * wcag[g]! + 0.0722 * wcag[b]!;
          if ((light + 0.05) / (y + 0.05) < 3 || (y + 0.05) / (dark + 0.05) < 3) continue;
          const lab = okLabOfLinear(linear[r]!, linear[g]!, linear[b]!);
          if (lab[1] * lab[1] + lab[2] * lab[2] > MAX_CHROMA * MAX_CHROMA) continue;
          this.hex.push(`#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`);
          this.lab.push(seenOfLinear(linear[r]!, linear[g]!, linear[b]!));
          this.nearest.push(Infinity);
        }
      }
    }
    for (const t of taken) this.take(seen(t));
  }

  /** The next `count` colours. */
  next(count: number): string[] {
    const out: string[] = [];
    for (let k = 0; k < count; k++) {
      let best = 0;
      for (let i = 1; i < this.nearest.length; i++) if (this.nearest[i]! > this.nearest[best]!) best = i;
      out.push(this.hex[best]!);
      this.take(this.lab[best]!);
    }
    return out;
  }

  private take(lab: Seen): void {
    for (let i = 0; i < this.lab.length; i++) {
      const d = seenDistance(this.lab[i]!, lab);
      if (d < this.nearest[i]!) this.nearest[i] = d;
    }
  }
}

/** Contrast of at least 3:1 against both backgrounds. */
export function standsOut(hex: string): boolean {
  return contrastRatio(hex, LIGHT_BACKGROUND) >= 3 && contrastRatio(hex, DARK_BACKGROUND) >= 3;
}

/** WCAG relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = hexBytes(hex).map(wcagChannel) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

// WCAG 2's own threshold (0.03928), which differs from sRGB's 0.04045 only in the fourth decimal.
function wcagChannel(byte: number): number {
  const c = byte / 255;
  return c <= 0.03928 ? c / 12.92 : linearChannel(byte);
}

export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
