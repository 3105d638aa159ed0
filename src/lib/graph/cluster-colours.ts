/**
 * Cluster colours that survive a re-run. A cluster the cluster stage recognises as one of the previous run
 * (cluster-identity.ts) keeps that cluster's colour, so no paper changes colour on the site (and no page
 * showing it is rendered again) for no reason a reader could see; a new cluster takes the first palette
 * colour nobody uses. A first run therefore colours cluster i with palette colour i. A carried colour that is
 * not among the palette's first colours (one of an earlier palette, whose colours were too alike, or one
 * generated for more clusters than there are now) is given up, so a site built before takes the palette
 * on its next run.
 */
import { clusterColor, FIXED_COLOURS } from './palette';

/** Colour of each named cluster id: `carried` where given, else the first unused palette colour, in id order. */
export function assignClusterColours(ids: readonly number[], carried: ReadonlyMap<number, string>): Map<number, string> {
  const colourOf = new Map<number, string>();
  const used = new Set<string>();
  const sorted = [...ids].sort((a, b) => a - b);
  const palette = new Set(Array.from({ length: Math.max(FIXED_COLOURS, ids.length) }, (_, i) => clusterColor(i)));
  for (const id of sorted) {
    const colour = carried.get(id);
    if (colour !== undefined && palette.has(colour) && !used.has(colour)) {
      colourOf.set(id, colour);
      used.add(colour);
    }
  }
  let i = 0;
  for (const id of sorted) {
    if (colourOf.has(id)) continue;
    while (used.has(clusterColor(i))) i++;
    const colour = clusterColor(i);
    colourOf.set(id, colour);
    used.add(colour);
  }
  return colourOf;
}
