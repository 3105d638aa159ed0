/**
 * How specific a concept is in scientific text in general, as a weight in (0, 1] for naming clusters. The
 * collection's own idf cannot say it: in a small mixed collection any concept two papers share is rare, so
 * "Patients" named a cluster of clinical trials as readily as "Primary end point". (The link stage does not
 * use it: weighing "Hypothesis" or "Mobility" down there kept two fields' papers apart in a mixed library
 * but cost the one-field bundled corpus related-paper recall, 0.733 → 0.706 R@10, since the engineering
 * background finds its own topic words, "Agents", "Retrieval", common. It asks instead whether the two
 * papers share something besides the one word: lone-concepts.ts.)
 *
 * A one-word concept is weighed by its word on both background scales of src/lib/concepts/background.ts,
 * each as a share of the value of a word that scale never saw: its idf in scientific abstracts,
 * ln(docs / (df + 1)) / ln(docs), and its specificity against everyday English, specificity / maximum.
 * The product: a word counts fully only when it is rare in both, as "graphene" or "amyloid" are (1);
 * "layers" and "law" are common in abstracts (0.37, 0.26), "mistake" and "patients" in everyday speech
 * (0.43, 0.31). A phrase's words narrow one another ("amyloid cascade hypothesis"), so a concept of
 * several words counts fully.
 */
import type { Background } from '../concepts/background';
import { stem } from '../concepts/normalise';
import { labelWords } from './lone-concepts';

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

/**
 * A concept by its label: a one-word label by its word; 1 for several words, hyphenated ones too
 * ("chain-of-thought", "self-play", "COVID-19"), which narrow one another as a phrase's do.
 */
export function conceptSpecificity(label: string, bg: Background): number {
  const parts = labelWords(label);
  return parts.length === 1 ? wordSpecificity(parts[0]!, bg) : 1;
}
