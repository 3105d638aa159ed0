/**
 * How specific a word is in scientific text in general, in (0, 1]: its place on both background scales of
 * background.ts, each as a share of the value of a word that scale never saw, multiplied. Its idf in
 * scientific abstracts, ln(docs / (df + 1)) / ln(docs), and its specificity against everyday English,
 * specificity / maximum. A word counts fully only when it is rare in both, as "graphene" or "amyloid" are
 * (1); "layers" and "law" are common in abstracts (0.37, 0.26), "mistake" and "patients" in everyday speech
 * (0.43, 0.31). The concept stage asks it of one-word tags, the graph stage of one-word cluster names
 * (src/lib/graph/concept-specificity.ts).
 */
import type { Background } from './background';
import { stem } from './normalise';

/** `word` (one word, any case): in (0, 1], 1 for a word neither background has seen. */
export function wordSpecificity(word: string, bg: Background): number {
  const key = stem(word.toLowerCase());
  const inAbstracts = bg.docs > 1 ? Math.max(0, Math.log(bg.docs / (bg.word(key) + 1))) / Math.log(bg.docs) : 1;
  const inEveryday = bg.maxSpecificity > 0 ? Math.max(0, bg.specificity(key)) / bg.maxSpecificity : 1;
  // Never quite 0: a concept still counts a little, and still explains a link when it is all the papers share.
  return Math.max(MIN_SPECIFICITY, Math.min(1, inAbstracts * inEveryday));
}

/** Floor of the weight, so that a concept the user kept is never erased from a paper's vector. */
const MIN_SPECIFICITY = 0.05;
