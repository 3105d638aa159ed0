/**
 * Cluster colours that survive a re-run, and differ most where clusters touch in the drawing.
 *
 * A cluster the cluster stage recognises as one of the previous run (cluster-identity.ts) keeps that
 * cluster's colour, so no paper changes colour on the site (and no page showing it is rendered again) for
 * no reason a reader could see. A carried colour that is not among the palette's first colours (one of an
 * earlier palette, whose colours were too alike, or one generated for more clusters than there are now) is
 * given up, so a site built before takes the palette on its next run.
 *
 * The other clusters share the first palette colours nobody uses, as many as there are of them: the
 * palette's first colours are its most different ones (palette.ts), so which colours are used does not
 * depend on the drawing, only who gets which. That is chosen so that clusters which touch
 * (cluster-contacts.ts) get colours far apart, for dichromats too (`seenDistance`): the cost of a pair that
 * touches is its contact over the square of their colours' distance, and the assignment is a greedy one (clusters in id order, each taking
 * the cheapest free colour) improved by swapping colours while a swap lowers the total. Without contacts
 * (or on a tie) colours go in palette order, so cluster i of a first run gets palette colour i.
 */
import type { ClusterContacts } from './cluster-contacts';
import { seen, seenDistance, type Seen } from './colour-distance';
import { clusterColor, FIXED_COLOURS } from './palette';

const MAX_SWAP_ROUNDS = 20;

/** Colour of each named cluster id: `carried` where given and still the palette's, else as above. */
export function assignClusterColours(ids: readonly number[], carried: ReadonlyMap<number, string>, contacts: ClusterContacts = new Map()): Map<number, string> {
  const colourOf = new Map<number, string>();
  const used = new Set<string>();
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const palette = new Set(Array.from({ length: Math.max(FIXED_COLOURS, sorted.length) }, (_, i) => clusterColor(i)));
  for (const id of sorted) {
    const colour = carried.get(id);
    if (colour !== undefined && palette.has(colour) && !used.has(colour)) {
      colourOf.set(id, colour);
      used.add(colour);
    }
  }
  const open = sorted.filter((id) => !colourOf.has(id));
  const free: string[] = [];
  for (let i = 0; free.length < open.length; i++) if (!used.has(clusterColor(i))) free.push(clusterColor(i));

  const labOf = new Map<string, Seen>();
  const lab = (colour: string) => {
    let value = labOf.get(colour);
    if (!value) labOf.set(colour, (value = seen(colour)));
    return value;
  };
  /** What `id` costs in `colour` against the clusters it touches that have a colour. */
  const cost = (id: number, colour: string, except?: number) => {
    let total = 0;
    for (const [other, contact] of contacts.get(id) ?? []) {
      const theirs = other === except ? undefined : colourOf.get(other);
      if (theirs === undefined) continue;
      total += contact / Math.max(1e-6, seenDistance(lab(colour), lab(theirs))) ** 2;
    }
    return total;
  };

  const given = new Set<string>();
  for (const id of open) {
    let best: string | undefined;
    let bestCost = Infinity;
    for (const colour of free) {
      if (given.has(colour)) continue;
      const c = cost(id, colour);
      if (c < bestCost) [best, bestCost] = [colour, c];
    }
    colourOf.set(id, best!);
    given.add(best!);
  }

  // Swaps: two open clusters trade colours when that lowers what both cost with the others (what they cost
  // against each other stays the same).
  for (let round = 0; round < MAX_SWAP_ROUNDS; round++) {
    let swapped = false;
    for (let x = 0; x < open.length; x++) {
      for (let y = x + 1; y < open.length; y++) {
        const [a, b] = [open[x]!, open[y]!];
        const [ca, cb] = [colourOf.get(a)!, colourOf.get(b)!];
        const before = cost(a, ca, b) + cost(b, cb, a);
        const after = cost(a, cb, b) + cost(b, ca, a);
        if (after < before - 1e-9) {
          colourOf.set(a, cb);
          colourOf.set(b, ca);
          swapped = true;
        }
      }
    }
    if (!swapped) break;
  }
  return new Map(sorted.map((id) => [id, colourOf.get(id)!]));
}
