/**
 * The search box's example queries: the collection's own biggest concepts, so that a library of law or of
 * history is not offered "retrieval-augmented generation, RLHF, diffusion" (review 17 L6).
 */
import { plainMathText } from '../normalise/math-text';

/** Labels longer than this make a placeholder no box shows whole. */
const LONGEST_EXAMPLE = 32;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * "e.g. " and the labels of the `n` concepts carried by the most papers (ties A–Z), as plain text; a general
 * hint when the collection has no concept yet.
 */
export function searchPlaceholder(concepts: ReadonlyArray<{ label: string; df: number }>, n = 3): string {
  const labels = [...concepts]
    .sort((a, b) => b.df - a.df || collator.compare(a.label, b.label))
    .map((c) => plainMathText(c.label))
    .filter((label) => label.length <= LONGEST_EXAMPLE)
    .slice(0, n);
  return labels.length === 0 ? 'A title word, an author or a topic' : `e.g. ${labels.join(', ')}`;
}
