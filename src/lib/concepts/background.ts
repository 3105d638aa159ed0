/**
 * Background frequencies: how common a word stem and a candidate phrase are in scientific abstracts in
 * general, so that "method" or "proposed approach" rank low even in a corpus of ten papers (from the
 * Inspec training split only, 1,000 abstracts of engineering and computing; never from evaluation
 * data), and how common a word is in everyday English (SUBTLEX-US). Both tables are built by
 * scripts/background-df.ts.
 */
import table from './data/background-df.json' with { type: 'json' };
import everydayTable from './data/general-english.json' with { type: 'json' };

export interface Background {
  docs: number;
  word(stem: string): number;
  phrase(key: string): number;
  /**
   * Specificity of a word stem against everyday English: log(tokens / (count + 1)) over the SUBTLEX-US
   * subtitle counts, about 3 for "the", 10 for "growth", 18 for a word never said ("stochastic").
   * A general scale that no corpus of abstracts can give: "real life problems" and "explosive growth"
   * are everyday words however rare they are among engineering abstracts.
   */
  specificity(stem: string): number;
  /** `specificity` of a word everyday English never uses: the top of its scale. */
  maxSpecificity: number;
}

interface BackgroundTable {
  docs: number;
  words: Record<string, number>;
  phrases: Record<string, number>;
}

interface EverydayTable {
  total: number;
  stems: Record<string, number>;
}

function fromTable(t: BackgroundTable, e: EverydayTable): Background {
  // Maps, not the plain objects: keys are arbitrary text ("constructor", "__proto__").
  const words = new Map(Object.entries(t.words));
  const phrases = new Map(Object.entries(t.phrases));
  const everyday = new Map(Object.entries(e.stems));
  return {
    docs: t.docs,
    word: (stem) => words.get(stem) ?? 0,
    // The table is caseless; keys keep short forms' case ("LLM"), and a phrase is as common either way.
    phrase: (key) => phrases.get(key.toLowerCase()) ?? 0,
    specificity: (stem) => Math.log(e.total / ((everyday.get(stem) ?? 0) + 1)),
    maxSpecificity: Math.log(e.total),
  };
}

let cached: Background | undefined;

export function background(): Background {
  cached ??= fromTable(table as BackgroundTable, everydayTable as EverydayTable);
  return cached;
}

export const emptyBackground: Background = { docs: 0, word: () => 0, phrase: () => 0, specificity: () => 1, maxSpecificity: 1 };
