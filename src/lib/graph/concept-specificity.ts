/**
 * How specific a concept is in scientific text in general, as a weight in (0, 1] for naming clusters. The
 * collection's own idf cannot say it: in a small mixed collection any concept two papers share is rare, so
 * "Patients" named a cluster of clinical trials as readily as "Primary end point". (The link stage does not
 * weigh concepts by it: weighing "Hypothesis" or "Mobility" down there kept two fields' papers apart in a mixed
 * library but cost the one-field bundled corpus related-paper recall, 0.733 → 0.706 R@10, since the engineering
 * background finds its own topic words, "Agents", "Retrieval", common. It asks instead whether the two
 * papers share something besides the one word: lone-concepts.ts; and, through `commonWordsLabel`, whether a
 * phrase that is all two papers share is too general to be the reason of their link on its own.)
 *
 * A one-word concept is weighed by its word's specificity (src/lib/concepts/word-specificity.ts): "graphene"
 * or "amyloid" count fully (1), "law" (0.26) and "patients" (0.31) a quarter to a third. A phrase is as
 * specific as its words together, 1 − Π(1 − s(word)): one specific word makes it specific ("Amyloid cascade
 * hypothesis", "Quantum chromodynamics", "Dipole moment" ≥ 0.9), while one of words any abstract or any speaker
 * uses stays nearly as general as they are ("Simulation results", "Management system", "Time step",
 * "Surface area" 0.25 to 0.45). Counted fully, as all phrases were, those named clusters of the 493 SemEval-2017
 * abstracts ("Leptons · Surface area": now "Leptons · Dipole moment", review 22b).
 */
import type { Background } from '../concepts/background';
import { wordSpecificity } from '../concepts/word-specificity';
import { labelWords } from './lone-concepts';

/**
 * A concept by its label: a one-word label by its word; one of several words, hyphenated ones too
 * ("chain-of-thought", "COVID-19"), by its words together. A label without a word counts fully.
 */
export function conceptSpecificity(label: string, bg: Background): number {
  const parts = labelWords(label);
  if (parts.length === 0) return 1;
  return 1 - parts.reduce((general, word) => general * (1 - wordSpecificity(word, bg)), 1);
}

/**
 * A phrase less specific than this (`conceptSpecificity`) is as general as a common word: the line under which the
 * concept stage takes no common noun alone as a tag (its MIN_WORD_SPECIFICITY, half of a word neither background
 * has seen: "units" 0.29 and "mistake" 0.43 are English, "placebo" 0.79 a topic).
 */
export const COMMON_PHRASE_SPECIFICITY = 0.5;

/**
 * Whether a label of several words is as general as a common word (`conceptSpecificity` below
 * COMMON_PHRASE_SPECIFICITY; its words together are as specific as 1 − Π(1 − s(word))): "Operating conditions"
 * (0.31), "Physical properties" (0.44), "Surface area" (0.45), "Time step" (0.28), where "Magnetic field" (0.54),
 * "Finite element" (0.52) and "Transmission electron microscopes" (0.83) are not. Such a phrase names different
 * things in different fields as a common word does, so it does not stand as a link's only reason by itself
 * (link.ts). A one-word label is never one: lone one-word concepts have their own rule (`loneConceptCounts`).
 */
export function commonWordsLabel(label: string, bg: Background): boolean {
  return labelWords(label).length > 1 && conceptSpecificity(label, bg) < COMMON_PHRASE_SPECIFICITY;
}
