/**
 * A paper's tags as its page lists them, for every export that ranks them (the graph files' and
 * paper-concepts.csv's 1/rank weights, the explorer's "1st of 6 tags"): each concept once, in the paper's
 * order, only those that still exist (a hand edit may name a gone one), ranked from 1 among those.
 */

/** The paper's concepts once each, in its order, those `exists` keeps; a tag's rank is its index + 1. */
export function paperTags(concepts: readonly string[], exists: (id: string) => boolean): string[] {
  return [...new Set(concepts)].filter(exists);
}

/** A tag's weight in the exports: 1/rank, to three decimals. */
export function tagWeight(rank: number): number {
  return Math.round((1 / rank) * 1000) / 1000;
}
