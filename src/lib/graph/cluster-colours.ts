/**
 * Cluster colours that survive a re-run. A cluster the cluster stage recognises as one of the previous run
 * (cluster-identity.ts) keeps that cluster's colour, so no paper changes colour on the site (and no page
 * showing it is rendered again) for no reason a reader could see; a new cluster takes the first palette
 * colour nobody uses. A first run therefore colours cluster i with palette colour i.
 */
import { clusterColor } from './palette';

/** Colour of each named cluster id: `carried` where given, else the first unused palette colour, in id order. */
export function assignClusterColours(ids: readonly number[], carried: ReadonlyMap<number, string>): Map<number, string> {
  const colourOf = new Map<number, string>();
  const used = new Set<string>();
  const sorted = [...ids].sort((a, b) => a - b);
  for (const id of sorted) {
    const colour = carried.get(id);
    if (colour !== undefined && !used.has(colour)) {
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
