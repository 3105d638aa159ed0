/**
 * How specific a concept is in scientific text in general, as a weight in (0, 1] for naming clusters. The
 * collection's own idf cannot say it: in a small mixed collection any concept two papers share is rare, so
 * "Patients" named a cluster of clinical trials as readily as "Primary end point". (The link stage does not
 * use it: weighing "Hypothesis" or "Mobility" down there kept two fields' papers apart in a mixed library
 * but cost the one-field bundled corpus related-paper recall, 0.733 → 0.706 R@10, since the engineering
 * background finds its own topic words, "Agents", "Retrieval", common. It asks instead whether the two
 * papers share something besides the one word: lone-concepts.ts.)
 *
 * A one-word concept is weighed by its word's specificity (src/lib/concepts/word-specificity.ts): "graphene"
 * or "amyloid" count fully (1), "law" (0.26) and "patients" (0.31) a quarter to a third. A phrase's words
 * narrow one another ("amyloid cascade hypothesis"), so a concept of several words counts fully.
 */
import type { Background } from '../concepts/background';
import { wordSpecificity } from '../concepts/word-specificity';
import { labelWords } from './lone-concepts';

/**
 * A concept by its label: a one-word label by its word; 1 for several words, hyphenated ones too
 * ("chain-of-thought", "self-play", "COVID-19"), which narrow one another as a phrase's do.
 */
export function conceptSpecificity(label: string, bg: Background): number {
  const parts = labelWords(label);
  return parts.length === 1 ? wordSpecificity(parts[0]!, bg) : 1;
}
