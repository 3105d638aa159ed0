/**
 * What the selection panel says beside each linked paper (review 21 finding 1): why the two are linked, in the
 * wording the paper pages' related cards use too (src/lib/site/link-why.ts), and how strong the link is in
 * words a reader can weigh. A bare score ("(0.09)") read as "almost unrelated" on a 0–1 scale where the
 * library's links run 0.01–0.31 and 0.09 is in their top third.
 */
import { decodeConceptRef, type ExplorerLinks } from '../../lib/export/explorer-links';
import { linkWhy, whyText } from '../../lib/site/link-why';

export type Strength = 'strong' | 'medium' | 'weak';

/**
 * Link strength by thirds of the links drawn: `strong` from the weight two thirds of the links stay under,
 * `weak` under the weight a third stay under. Ties land in the upper third, so the strongest link is strong.
 */
export function strengthScale(weights: readonly number[]): (weight: number) => Strength {
  if (weights.length === 0) return () => 'medium';
  const sorted = [...weights].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const lower = at(1 / 3);
  const upper = at(2 / 3);
  return (w) => (w >= upper ? 'strong' : w >= lower ? 'medium' : 'weak');
}

/**
 * Link `k`'s reason: "Shares A and B", "Shares A; both mention B and 2 more", "Both mention C", or, for a
 * link that shares no concept, "Similar wording: x, y and z" (or "Similar wording" with no words recorded);
 * "Same broad area: A" where its concepts are all broad ones, and "; similar wording: …" where words outweigh them.
 */
export function linkReason(links: ExplorerLinks, k: number): string {
  const shared: string[] = [];
  const mentioned: string[] = [];
  let more = 0;
  for (const ref of links.shared[k] ?? []) {
    if (ref < 0) {
      more = -ref;
      continue;
    }
    const { label, onBoth } = decodeConceptRef(ref);
    const text = links.concepts[label];
    if (text === undefined) continue;
    (onBoth ? shared : mentioned).push(text);
  }
  return whyText(linkWhy({ shared, mentioned, more, words: links.words[String(k)] ?? [], broad: links.broad?.includes(k) }), (c) => c);
}
