/**
 * Background document frequencies: how common a word stem and a candidate phrase are in scientific
 * abstracts in general, so that "method" or "proposed approach" rank low even in a corpus of ten
 * papers. Computed by scripts/background-df.ts from the Inspec training split only (1,000 abstracts
 * of engineering and computing); never from evaluation data.
 */
import table from './data/background-df.json' with { type: 'json' };

export interface Background {
  docs: number;
  word(stem: string): number;
  phrase(key: string): number;
}

interface BackgroundTable {
  docs: number;
  words: Record<string, number>;
  phrases: Record<string, number>;
}

function fromTable(t: BackgroundTable): Background {
  // Maps, not the plain objects: keys are arbitrary text ("constructor", "__proto__").
  const words = new Map(Object.entries(t.words));
  const phrases = new Map(Object.entries(t.phrases));
  return {
    docs: t.docs,
    word: (stem) => words.get(stem) ?? 0,
    phrase: (key) => phrases.get(key) ?? 0,
  };
}

let cached: Background | undefined;

export function background(): Background {
  cached ??= fromTable(table as BackgroundTable);
  return cached;
}

export const emptyBackground: Background = { docs: 0, word: () => 0, phrase: () => 0 };
