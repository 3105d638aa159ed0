/**
 * Duplicates: the same paper read twice (two exports, or twice in one file). Two records are the same paper
 * when their titles AND abstracts match after folding case, accents, punctuation and spacing; the same
 * title with a different abstract is a different paper, unless the two name one work by DOI or arXiv id
 * (same-work.ts).
 */
import { stripAccents } from './accents';
import { spellLoneGreek } from './greek';
import { plainMathText } from './math-text';

/**
 * Comparison key of one text: letters and digits only, case- and accent-folded. One paper exported twice
 * writes its math as TeX in one file and as Unicode or plain text in the other (`30 $\mu$g` and `30 μg`;
 * `$2^{53}$`, `2⁵³` and `2^53`), so inline math is read as text first, as page titles show it, and then
 * scripts fold to their digits, carets and braces go, and a lone Greek letter reads as its name.
 */
export function foldForComparison(text: string): string {
  return spellLoneGreek(stripAccents(plainMathText(text).replace(/[\^{}]/g, '')))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A text with no letters or digits at all (`???`, emoji) is compared as written, not as the empty string. */
function comparable(text: string): string {
  const folded = foldForComparison(text);
  return folded === '' ? `\u0001${text}` : folded;
}

export function duplicateKey(title: string, abstract: string): string {
  return `${comparable(title)}\u0000${comparable(abstract)}`;
}

/** Groups item indices by key, in order of first appearance. */
export function groupDuplicates<T>(items: T[], key: (item: T) => string): number[][] {
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(i);
    else groups.set(k, [i]);
  });
  return [...groups.values()];
}
