/**
 * Which concepts each paper carries, best first: the user's pins, the authors' keywords its text writes, then
 * its candidates weighed by how many papers share them, within the paper's number of tags.
 */

/** A concept met only once in a corpus links nothing: it must score this much better to be shown. */
export const SINGLETON_FACTOR = 0.55;
/** Every paper gets at least this many tags when it has candidates... */
export const MIN_TAGS = 3;
/** ...and beyond them, a singleton must score this share of the paper's best... */
export const SINGLETON_MIN = 0.3;
/** ...and at most this many: the paper's own terms are worth showing, but only shared ones link. */
export const MAX_SINGLETONS = 3;

/**
 * Papers that must write a qualified phrase (`qualifiedPhrase`) for it to be judged by what they share: two
 * papers that write "hybrid system" or "expert system" and share nothing else may still mean a field's term
 * (the Inspec dev split's indexers kept both); six that write "future work" across fields do not.
 */
export const MIN_QUALIFIED_WRITERS = 3;

/** A concept and its score on one paper. */
export interface ScoredConcept {
  cid: string;
  score: number;
}

/**
 * A paper's tags best first, the first `pinned` of them the user's pins. `held`: the places routine phrases
 * (`routineIn`) keep, untagged, in the paper's list: filled as tags are, never shown.
 */
export interface PaperSelection {
  paper: string;
  concepts: ScoredConcept[];
  pinned: number;
  held: ScoredConcept[];
}

/** Concept → the papers that carry it, with its score on each. */
export type Chosen = Map<string, { paper: string; cid: string; score: number }[]>;
