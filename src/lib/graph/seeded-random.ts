/**
 * A small seeded PRNG (mulberry32). Every random choice of the graph stage (initial positions, Louvain's
 * node order) draws from one of these so the same input gives a byte-identical graph.json.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
