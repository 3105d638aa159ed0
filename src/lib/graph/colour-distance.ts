/**
 * How different two colours look. OKLab (Björn Ottosson, 2020) is built so that Euclidean distance follows
 * perceived difference across hues, which RGB or HSL hue angles do not: #4d5fd6 and #4a67d4 are 6° of HSL
 * hue apart and read as one colour, while yellows and greens 6° apart can be told apart easily.
 */

export type OkLab = readonly [l: number, a: number, b: number];

/** The sRGB channel as linear light (0–1). */
export function linearChannel(byte: number): number {
  const c = byte / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** The three bytes of a `#rrggbb` colour. */
export function hexBytes(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`expected a #rrggbb colour, got ${JSON.stringify(hex)}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

export function okLab(hex: string): OkLab {
  const [r, g, b] = hexBytes(hex).map(linearChannel) as [number, number, number];
  return okLabOfLinear(r, g, b);
}

/** OKLab of a colour given as linear-light sRGB channels (0–1). */
export function okLabOfLinear(r: number, g: number, b: number): OkLab {
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

/**
 * ΔE_OK, the Euclidean distance in OKLab. About 0.02 is the smallest difference seen between two large
 * patches side by side (the just-noticeable difference CSS Color 4 uses for gamut mapping).
 */
export function okDistance(a: OkLab, b: OkLab): number {
  const [dl, da, db] = [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
  return Math.sqrt(dl * dl + da * da + db * db);
}

export function colourDistance(a: string, b: string): number {
  return okDistance(okLab(a), okLab(b));
}

/**
 * How the protanope and the deuteranope see a colour (about 1 man in 12 has a red-green deficiency, most of
 * them milder than these): the full-severity matrices of Machado, Oliveira and Fernandes (2009), on linear
 * sRGB, which Chromium's vision-deficiency emulation uses too. Both fold red and green onto one yellow: the
 * old palette's coral #fa5f2d and green #3ca500 came out one mustard (review 19 M5).
 */
const PROTANOPIA = [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998] as const;
const DEUTERANOPIA = [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881] as const;

/** A colour in OKLab as seen with normal vision, with protanopia and with deuteranopia. */
export type Seen = readonly [normal: OkLab, protanopia: OkLab, deuteranopia: OkLab];

/**
 * A dichromat's difference counts this many times: the lightness band the cluster colours keep to (palette.ts)
 * leaves a dichromat about half the room, and weighing the three alike gave a palette of purples and olives
 * whose normal-vision difference fell by half.
 */
export const DICHROMAT_WEIGHT = 2;

export function seenOfLinear(r: number, g: number, b: number): Seen {
  const through = (m: readonly number[]) => {
    const channel = (k: number) => Math.min(1, Math.max(0, m[k]! * r + m[k + 1]! * g + m[k + 2]! * b));
    return okLabOfLinear(channel(0), channel(3), channel(6));
  };
  return [okLabOfLinear(r, g, b), through(PROTANOPIA), through(DEUTERANOPIA)];
}

export function seen(hex: string): Seen {
  const [r, g, b] = hexBytes(hex).map(linearChannel) as [number, number, number];
  return seenOfLinear(r, g, b);
}

/**
 * The least difference two colours show a reader with normal vision, a protanope or a deuteranope, the
 * dichromats' counted DICHROMAT_WEIGHT times (ΔE_OK).
 */
export function seenDistance(a: Seen, b: Seen): number {
  return Math.min(okDistance(a[0], b[0]), DICHROMAT_WEIGHT * okDistance(a[1], b[1]), DICHROMAT_WEIGHT * okDistance(a[2], b[2]));
}
