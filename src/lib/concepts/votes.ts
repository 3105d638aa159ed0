/** Weighted votes, by key: how the concept stage picks a label, a slug or a long form from what the papers write. */

/** The key voted most; of keys voted as often, the first by `before` (the alphabet unless given). */
export function best(votes: Map<string, number>, before: (a: string, b: string) => boolean = (a, b) => a < b): string | undefined {
  let out: string | undefined;
  let weight = -Infinity;
  for (const [k, w] of votes) {
    if (w > weight || (w === weight && out !== undefined && before(k, out))) {
      out = k;
      weight = w;
    }
  }
  return out;
}

/**
 * Of label forms written as often, the shortest, which is the singular where the papers write both as often
 * ("integrated luminosity" twice and "integrated luminosities" twice were labelled "Integrated luminosities",
 * the alphabet deciding).
 */
export const shorterFirst = (a: string, b: string): boolean => a.length < b.length || (a.length === b.length && a < b);

export function vote(m: Map<string, number>, key: string, w: number): void {
  m.set(key, (m.get(key) ?? 0) + w);
}
