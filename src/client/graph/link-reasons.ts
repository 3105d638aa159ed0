/**
 * What the selection panel says beside each linked paper (review 21 finding 1): why the two are linked, worded
 * as the paper pages' related cards word it (src/lib/site/paper-page.ts, relatedWhy), and how strong the link
 * is in words a reader can weigh. A bare score ("(0.09)") read as "almost unrelated" on a 0–1 scale where the
 * library's links run 0.01–0.31 and 0.09 is in their top third.
 */
import { decodeConceptRef, type ExplorerLinks } from '../../lib/export/explorer-links';

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

/** "a", "a and b", "a, b and c"; with `more`, "a, b and 2 more". */
function joinList(items: readonly string[], more = 0): string {
  const all = more > 0 ? [...items, `${more} more`] : [...items];
  return all.length < 2 ? all.join('') : `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]}`;
}

/**
 * Link `k`'s reason: "Shares A and B", "Shares A; both mention B and 2 more", "Both mention C", or, for a
 * link that shares no concept, "Similar wording: x, y and z" (or "Similar wording" with no words recorded).
 */
export function linkReason(links: ExplorerLinks, k: number): string {
  const refs = links.shared[k] ?? [];
  const both: string[] = [];
  const mentioned: string[] = [];
  let more = 0;
  for (const ref of refs) {
    if (ref < 0) {
      more = -ref;
      continue;
    }
    const { label, onBoth } = decodeConceptRef(ref);
    const text = links.concepts[label];
    if (text === undefined) continue;
    (onBoth ? both : mentioned).push(text);
  }
  if (both.length === 0 && mentioned.length === 0) {
    const words = links.words[String(k)] ?? [];
    return words.length === 0 ? 'Similar wording' : `Similar wording: ${joinList(words)}`;
  }
  const parts: string[] = [];
  if (both.length > 0) parts.push(`Shares ${joinList(both, mentioned.length === 0 ? more : 0)}`);
  if (mentioned.length > 0) parts.push(`${both.length > 0 ? 'both' : 'Both'} mention ${joinList(mentioned, more)}`);
  return parts.join('; ');
}
