/**
 * The user's `merge` groups (concepts.yaml) as one equivalence: groups that share a phrase name one concept, which
 * the first phrase of the first of them names. Read group by group, a phrase in two groups went to the one written
 * last, and the concept named by a phrase of both lost it: "data mining" in `[time series, data mining]` and in
 * `[data mining, domain knowledge]` was an alias of Time series and a page of its own holding the other group's
 * papers (a user probe, session 54).
 */

/** A phrase that joins its group to an earlier one: `group`'s phrase `phrase` is also in group `with`. */
export interface SharedPhrase {
  group: number;
  phrase: number;
  with: number;
}

/**
 * For groups of phrase identities (an empty identity is a phrase that reads as nothing), each identity's concept
 * where it is not that concept's own name, and the phrases that join two groups.
 */
export function mergeGroups(groups: readonly (readonly string[])[]): { target: Map<string, string>; shared: SharedPhrase[] } {
  const parent = groups.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const owner = new Map<string, number>();
  const shared: SharedPhrase[] = [];
  groups.forEach((ids, g) => {
    ids.forEach((id, k) => {
      if (id === '') return;
      const seen = owner.get(id);
      if (seen === undefined) {
        owner.set(id, g);
        return;
      }
      const [a, b] = [root(seen), root(g)];
      if (a === b) return;
      shared.push({ group: g, phrase: k, with: seen });
      // The earlier group names the whole.
      parent[Math.max(a, b)] = Math.min(a, b);
    });
  });
  const target = new Map<string, string>();
  for (const [id, g] of owner) {
    const name = groups[root(g)]!.find((x) => x !== '');
    if (name !== undefined && name !== id) target.set(id, name);
  }
  return { target, shared };
}
