/**
 * Cluster colours. Nodes are drawn on the light and the dark theme alike, so every colour must stand out
 * from both a white and a near-black background as a non-text graphic (WCAG 1.4.11: contrast ≥ 3:1).
 * That bounds the relative luminance to roughly [0.07, 0.30]; the hand-picked colours below sit inside it
 * and are far apart in hue, and colours past the list are generated in the same luminance band.
 */
const BASE_PALETTE = [
  '#2f6fd0', // blue
  '#d1495b', // red
  '#1b8a5a', // green
  '#b35c00', // orange
  '#8c4fc9', // violet
  '#00849c', // teal
  '#c2418f', // magenta
  '#6b7d10', // olive
  '#b5450f', // rust
  '#4d5fd6', // indigo
  '#0f8a7e', // sea green
  '#a2541f', // brown
] as const;

/** Colour of the "other papers" bucket: a neutral grey in the same contrast band. */
export const OTHER_CLUSTER_COLOR = '#7b8088';

export const LIGHT_BACKGROUND = '#ffffff';
export const DARK_BACKGROUND = '#111318';

export function clusterColor(index: number): string {
  const fixed = BASE_PALETTE[index];
  if (fixed) return fixed;
  // Golden-angle hue steps keep generated colours apart; lightness is solved for a mid luminance.
  const hue = (index * 137.508 + 17) % 360;
  return colorForLuminance(hue, 0.62, 0.16);
}

function colorForLuminance(hue: number, saturation: number, target: number): string {
  let lo = 0.1;
  let hi = 0.9;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (relativeLuminance(hslToHex(hue, saturation, mid)) < target) lo = mid;
    else hi = mid;
  }
  return hslToHex(hue, saturation, (lo + hi) / 2);
}

function hslToHex(h: number, s: number, l: number): string {
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number) => {
    const k = (n + h / 30) % 12;
    const value = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

/** WCAG relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`expected a #rrggbb colour, got ${JSON.stringify(hex)}`);
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
