/**
 * The concepts a paper's title holds as words of its phrases ("wavelet" in "wavelet packet bases"): which
 * words hold them, which runs of a phrase's words count, and how the held words are written.
 */
import { wordRuns } from './normalise';
import type { DocumentWords, KeptCandidate } from './ranked-document';
import { KIND_PREFIX, STARTS_UPPER } from './word-shape';

/** A concept that a phrase of a paper's title holds, the holder's score relative to the paper's best, and the held words' last word as written (`wordForm`). */
export interface HeldRun {
  cid: string;
  rel: number;
  last: string | undefined;
  /** The concept of the title phrase that holds it ("random forest" for "forest"). */
  holder: string;
}

/**
 * The words whose phrases hold the collection's concepts as a title's do (`held`), and the fewest words such a
 * held run has. A title: its words, and any run. A record with none (a keyphrase benchmark's, or one titled by
 * a sentence of its abstract, which the concept stage reads as none: paper-text.ts) has its first sentence,
 * where such texts say what they are about, and only runs of two words or more: "charm quark" of
 * "charm-quark–charm-antiquark", "nuclear reactor" of "nuclear reactor analysis" are what the paper is about,
 * where a single word of the sentence ("particles", "summary") would lend papers of other fields the
 * collection's broadest concepts. Inspec dev read without titles, as one collection of 500: of the tags any
 * run would lend, 2 of 40 one-word ones were gold keyphrases, 3 of 21 longer ones; with runs of two words or
 * more, 24 more tags that link (1,045 → 1,069) and tag F1 macro 27.75 → 27.73.
 */
export function holdingWords(words: DocumentWords, titleWords: number): { words: number; minRun: number } {
  if (titleWords > 0) return { words: titleWords, minRun: 1 };
  const first = words.sentences[0];
  let k = 0;
  while (k < words.sentences.length && words.sentences[k] === first) k++;
  return { words: k, minRun: 2 };
}

/**
 * [from, to) of every run of whole words of a phrase of `n` words ("wavelet", "packet basis", "wavelet packet"
 * and the whole "wavelet packet basis"): the phrase holds itself too, where a piece of it outranked it in its paper.
 */
export function titleRuns(n: number): [number, number][] {
  const out: [number, number][] = [];
  for (let from = 0; from < n; from++) for (let to = from + 1; to <= n; to++) out.push([from, to]);
  return out;
}

/**
 * Which words of a phrase as written (`surface`, of `n` identity words) come after a hyphen inside a written
 * word: the tail of a compound ("life" of "real-life", "term" of "long-term", "art" of "state-of-the-art",
 * "density" of "high-density", "linearity" of "non-linearity"). The compound says something else than its
 * tail: a run of the phrase's words that opens there is no concept the phrase holds. The compound is a kind
 * of its tail after a derivational prefix (`KIND_PREFIX`: "meta-reinforcement learning"), a letter ("R-trees",
 * "e-commerce") or a name ("Rydberg-atom"): those tails stay. (The compound's opening always is: "BERT" of
 * "BERT-based".) Empty where the written words do not line up one by one with the identity's.
 */
export function hyphenTails(surface: string, n: number, isName: (word: string) => boolean): Set<number> {
  const out = new Set<number>();
  let k = 0;
  for (const token of surface.split(SPACE_RUN)) {
    const parts = token.split(HYPHEN_SPLIT);
    parts.forEach((part, j) => {
      const count = wordRuns(part).length;
      const opener = parts[j - 1];
      const names = opener !== undefined && (ONE_LETTER.test(opener) || (STARTS_UPPER.test(opener) && isName(opener)));
      if (count > 0 && opener !== undefined && !KIND_PREFIX.test(opener) && !names) out.add(k);
      k += count;
    });
  }
  return k === n ? out : new Set();
}
const SPACE_RUN = /\s+/;
export const HYPHEN_SPLIT = /[-\u2010\u2011]/;

/**
 * A letter or a name before the hyphen names a kind of what follows: "R-tree", "T-cell", "Rydberg-atom". (A
 * name is a capitalised word the collection does not write in lowercase: a title's "Real-Time" is no name.)
 */
const ONE_LETTER = /^\p{L}$/u;

/** A candidate key's words, split as `identity` splits them (so the n-th is the n-th stem). */
export function keyWords(key: string): string[] {
  return wordRuns(key).map((t) => t.toLowerCase());
}

/** A word as written, a plural -s aside ("wavelets", "wavelet"). */
export function wordForm(word: string): string {
  return word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

export function inTitle(c: KeptCandidate, titleWords: number): boolean {
  return c.occurrences.some((o) => o.start < titleWords) || c.nested.some((o) => o.start < titleWords);
}
