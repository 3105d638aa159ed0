/**
 * The link-strength slider's range. Its maximum was the strongest link rounded up, which at the slider's end
 * hid every link, the strongest too (review 21 finding 10): rounded down to the slider's step it keeps the
 * strongest link(s) drawn at its end.
 */
export const WEIGHT_STEP = 0.01;

/** The slider's maximum for a view whose strongest link weighs `strongest` (at least one step). */
export function sliderMax(strongest: number): number {
  // Steps counted as integers, then written to two decimals: 57 × 0.01 is 0.5700000000000001, above a 0.57 link.
  const steps = Math.floor(Math.round(strongest * 1e6) / Math.round(WEIGHT_STEP * 1e6));
  return Math.max(WEIGHT_STEP, Number((steps * WEIGHT_STEP).toFixed(2)));
}
