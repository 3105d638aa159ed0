/**
 * The explorer's neighbour lists, from the graph data's flat link triples (source index, target index,
 * weight × 1000): what the selection panel lists without asking Cytoscape.
 */

/** A neighbour: its index, the link's weight, and the link's index (its triple's, `k / 3`). */
export type Adjacent = [number, number, number];

/** Neighbour lists from flat triples; `undirected` (the papers view) lists each link at both ends in `from`. */
export function adjacency(fromCount: number, toCount: number, triples: number[], undirected = false): { from: Adjacent[][]; to: Adjacent[][] } {
  const from: Adjacent[][] = Array.from({ length: fromCount }, () => []);
  const to: Adjacent[][] = Array.from({ length: toCount }, () => []);
  for (let k = 0; k < triples.length; k += 3) {
    const a = triples[k]!;
    const b = triples[k + 1]!;
    const w = triples[k + 2]! / 1000;
    from[a]!.push([b, w, k / 3]);
    to[b]!.push([a, w, k / 3]);
    if (undirected) from[b]!.push([a, w, k / 3]);
  }
  return { from, to };
}
