/**
 * When a shared one-word concept may link two papers. One word names different things in different fields
 * ("Films": graphene thin films and Loftus's car-crash films; "Cells": solar cells and stem cells; "Bonds":
 * chemical and financial), and the collection's idf cannot tell them apart: in a mixed library any word two
 * papers share is rare. Such a concept counts only when something else says the two papers are about the same
 * thing: a shared concept of several words, whose words narrow one another, or the rest of their words, when
 * without the concept's own word (and the word pairs holding it) one of the two is still as close to the other
 * as its `k`-th nearest paper by words. The word itself cannot be that evidence: "California" in both titles
 * made the synthetic-control paper and the earthquake paper each other's nearest by words. Otherwise the
 * concept is no evidence beyond its word, which the word similarity already counts, and no reason to show.
 *
 * The alternative of weighing one-word concepts by their specificity in scientific text at large
 * (concept-specificity.ts) cost the one-field bundled corpus recall; this rule leaves a one-word concept its
 * full weight wherever the papers' words agree, as they do within a field.
 */
import type { SparseVector } from './sparse-index';

/** A label's words, split at anything but letters and digits ("self-play" is two, "COVID-19" two). */
export function labelWords(label: string): string[] {
  return label.split(LABEL_WORD_GAP).filter((part) => part !== '');
}

const LABEL_WORD_GAP = /[^\p{L}\p{N}]+/u;

/** A label of one word: hyphenated ("self-play", "COVID-19") and multi-word labels narrow themselves. */
export function isOneWordLabel(label: string): boolean {
  return labelWords(label).length === 1;
}

/**
 * The word similarity a paper's `k`-th nearest candidate reaches (-Infinity when it has at most `k`, so that
 * every one of them is among its nearest). `similarities` is left as it was.
 */
export function nearestFloor(similarities: readonly number[], k: number): number {
  if (k <= 0) return Infinity;
  if (similarities.length <= k) return -Infinity;
  return [...similarities].sort((a, b) => b - a)[k - 1]!;
}

/**
 * For each set of words in `leftOut`, the dot product of two sparse vectors (ascending ids) over the features
 * that hold none of its words: the cosine of two unit vectors less what those words and the word pairs holding
 * them give it. A feature's words are `firstWord[f]` and, for a pair, `secondWord[f]` (-1 for a word). One pass
 * over the shared features for up to 31 sets at a time; `marks` is zeroed scratch over the word ids, and is
 * left zeroed.
 */
export function dotsWithout(
  a: SparseVector,
  b: SparseVector,
  leftOut: readonly (readonly number[])[],
  firstWord: Int32Array,
  secondWord: Int32Array,
  marks: Int32Array,
): number[] {
  const sums: number[] = [];
  for (let from = 0; from < leftOut.length; from += 31) {
    const sets = leftOut.slice(from, from + 31);
    sets.forEach((words, s) => {
      for (const w of words) marks[w]! |= 1 << s;
    });
    let total = 0;
    const without = new Float64Array(sets.length);
    for (let x = 0, y = 0; x < a.ids.length && y < b.ids.length; ) {
      const f = a.ids[x]!;
      const g = b.ids[y]!;
      if (f === g) {
        const product = a.weights[x]! * b.weights[y]!;
        total += product;
        const second = secondWord[f]!;
        let m = marks[firstWord[f]!]! | (second >= 0 ? marks[second]! : 0);
        for (let s = 0; m !== 0; s++, m >>>= 1) if (m & 1) without[s]! += product;
        x++;
        y++;
      } else if (f < g) x++;
      else y++;
    }
    for (const words of sets) for (const w of words) marks[w] = 0;
    for (let s = 0; s < sets.length; s++) sums.push(total - without[s]!);
  }
  return sums;
}

/**
 * Whether a one-word concept two papers share counts: when they also share a concept of several words, or
 * their word similarity without the concept's own words (`dotsWithout`) reaches the lower of the two papers'
 * `nearestFloor`s (one is still among the other's nearest by words). Each shared one-word concept is judged
 * alone, so that two cancer papers sharing Tumors and Cancer keep both: either's word is the other's evidence.
 * Symmetric in the two papers.
 */
export function loneConceptCounts(sharesLongerConcept: boolean, otherWordsSimilarity: number, floorA: number, floorB: number): boolean {
  return sharesLongerConcept || otherWordsSimilarity >= Math.min(floorA, floorB);
}
