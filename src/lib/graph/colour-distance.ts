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
