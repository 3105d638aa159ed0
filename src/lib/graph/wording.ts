/**
 * Links that share no concept ("Similar wording"): whether their words are evidence, and which words to show.
 *
 * In a library of many fields a paper with no neighbour in its field still finds papers that share a word
 * with it, and a rare word weighs most: one shared stem made the neighbours of a model-theory paper on
 * "hereditarily finite superstructures" a tramway superstructure, C++ unions and "Union outreach" (review 18
 * M1). Such a link says nothing but that one word. So a link that shares no concept must hold without any one
 * of its words: without its strongest shared word (and the word pairs holding it) the two papers are still
 * as close by words as one of them is to its `k`-th nearest paper (the floor the one-word concepts are judged
 * by, lone-concepts.ts). Only the words of a topic count there (`topicWord`): "method", "results" and "based"
 * are the wording of any two abstracts. Papers whose wording agrees over many such words keep their link; the
 * words it rests on are named on the page, so that the reader can judge it.
 */
import type { Background } from '../concepts/background';
import { MIN_INNER_NOUN_SPECIFICITY } from '../concepts/broader-nouns';
import { COMMON_PHRASE_SPECIFICITY } from './concept-specificity';
import { wordSpecificity } from '../concepts/word-specificity';
import { abstractTokens, abstractWord } from './abstract-terms';
import { HYPHENATED } from '../concepts/word-shape';
import type { SparseVector } from './sparse-index';

/**
 * The words two sparse word vectors (ascending ids) share, each with what it gives their dot product: the
 * product of the word's own feature plus those of the shared word pairs holding it (a pair counts for both of
 * its words), those that give more than `min` (0: every shared word, the weights being positive), strongest
 * first, ties by word id. A feature's words are `firstWord[f]` and, for a pair, `secondWord[f]` (-1 for a
 * word). `scratch` is zeroed scratch over the word ids, and is left zeroed: no map of every shared word, as a
 * link's reasons ask this of every link (review 22 finding 5).
 */
export function sharedWordsAbove(a: SparseVector, b: SparseVector, firstWord: Int32Array, secondWord: Int32Array, min: number, scratch: Float64Array): { word: number; weight: number }[] {
  const touched: number[] = [];
  const add = (word: number, product: number) => {
    if (scratch[word] === 0) touched.push(word);
    scratch[word]! += product;
  };
  for (let x = 0, y = 0; x < a.ids.length && y < b.ids.length; ) {
    const f = a.ids[x]!;
    const g = b.ids[y]!;
    if (f === g) {
      const product = a.weights[x]! * b.weights[y]!;
      const first = firstWord[f]!;
      add(first, product);
      const second = secondWord[f]!;
      if (second >= 0 && second !== first) add(second, product);
      x++;
      y++;
    } else if (f < g) x++;
    else y++;
  }
  const heavy: { word: number; weight: number }[] = [];
  for (const word of touched) {
    if (scratch[word]! > min) heavy.push({ word, weight: scratch[word]! });
    scratch[word] = 0;
  }
  return heavy.sort((p, q) => q.weight - p.weight || p.word - q.word);
}

/**
 * A shared word is evidence of a topic from this specificity on (word-specificity.ts): the line under which the
 * concept stage takes no common noun alone as a tag (`COMMON_PHRASE_SPECIFICITY`). The words every abstract writes
 * about its work are under it ("method" 0.13, "results" 0.10, "based" 0.09, "values" 0.20, "simulation" 0.20,
 * "path" 0.37, "added" 0.35), and so are words of every field ("temperature" 0.36, "cell" 0.30): two papers that
 * share only those share a way of writing, no topic. A field's terms are over it ("tramway" 0.92, "rail" 0.67,
 * "rotor" 0.59, "galerkin" 0.90).
 */
export const TOPIC_WORD = COMMON_PHRASE_SPECIFICITY;

/** Whether a shared word, as a paper writes it (`written`), is a word of a topic (`TOPIC_WORD`), which a card may name as a link's reason. */
export function topicWord(written: string | undefined, bg: Background): boolean {
  return written !== undefined && wordSpecificity(written, bg) >= TOPIC_WORD;
}

/**
 * What a link that shares no concept rests on, of its shared words (`sharedWordsAbove`, strongest first): its strongest
 * word of a topic (`isTopic`), undefined for none, and the words to leave out when asking whether it holds without
 * that word (`wordingHolds`): that word and every word of no topic, which are no evidence of their own: "similar wording: path, method and
 * based" linked a reliability analysis to network virtualization, "room, temperature and added" two chemistry papers
 * of different topics.
 */
export function wordingEvidence(words: readonly { word: number }[], isTopic: (word: number) => boolean): { strongest: number | undefined; leftOut: number[] } {
  let strongest: number | undefined;
  const leftOut: number[] = [];
  for (const { word } of words) {
    if (!isTopic(word)) leftOut.push(word);
    else if (strongest === undefined) {
      strongest = word;
      leftOut.push(word);
    }
  }
  return { strongest, leftOut };
}

/**
 * Whether a link that shares no concept holds without its strongest shared word: `withoutStrongest` (the
 * two papers' word similarity less that word, the words of no topic and their pairs, `wordingEvidence` and
 * `dotsWithout`) reaches the lower of the two papers' `nearestFloor`s. Symmetric in the two papers.
 */
export function wordingHolds(withoutStrongest: number, floorA: number, floorB: number): boolean {
  return withoutStrongest > 0 && withoutStrongest >= Math.min(floorA, floorB);
}

/**
 * A counted word (`abstractWord`, stemmed) as `text` first writes it ("superstructur" → "superstructures"),
 * or undefined when the text never writes it.
 */
export function writtenForm(text: string, word: string): string | undefined {
  for (const token of abstractTokens(text)) if (abstractWord(token) === word) return token.replace(/['’][a-z]+$/, '');
  return undefined;
}

/**
 * A word is specific from this specificity on (word-specificity.ts): the line at which the concept stage takes a
 * noun written inside phrases as a concept of its own (`MIN_INNER_NOUN_SPECIFICITY`: "charmonium" 1,
 * "lithography" 0.82, never "beam" 0.35). The words that linked fields apart in review 18 are below it:
 * "union" 0.41, "zeros" 0.33, "superstructure" 0.76, "California" 0.44.
 */
export const SPECIFIC_WORD = MIN_INNER_NOUN_SPECIFICITY;

/**
 * Whether a shared word is a topic the two papers have in common, enough for a link of wording alone: a specific
 * term (`SPECIFIC_WORD`) as the paper writes it (`written`), written by no more papers (`papersWriting`) than one
 * related list holds (`most`: all of them could be listed together), and repeated by one of the two papers
 * (`timesWritten`, the more of the two, > 1: a word each writes once is as often a coincidence, as for the words a
 * card names). The caller checks that it reads as a word alone (link.ts `shownAlone`).
 */
export function specificWord(written: string | undefined, papersWriting: number, most: number, timesWritten: number, bg: Background): boolean {
  return written !== undefined && papersWriting <= most && timesWritten > 1 && wordSpecificity(written, bg) >= SPECIFIC_WORD;
}

// A compound's hyphens (`HYPHENATED`), and a part of it that is a number or a version ("4" of "GPT-4", "R1", "19").
const HYPHEN = /[-\u2010\u2011]/;
const NUMBERED = /\p{N}/u;
const isWordPart = (part: string | undefined) => part !== undefined && !NUMBERED.test(part);

/**
 * The counted words (`abstractWord`, stemmed) that `text` writes at least once as a word of their own, not only as a
 * part of a hyphenated compound (`HYPHENATED`): "few-shot", "zero-shot" give "shot" only to the tokens, as
 * "general-purpose" gives "purpose", "end-to-end" "end" and "hand-crafted" "hand" and "crafted". A word two papers
 * share only inside such compounds is no word they share as the card would name it ("similar wording: purpose",
 * review 41 finding 1): the compounds may differ ("few-shot" and "one-shot") and the half means little alone, unless
 * it is a specific term (`namedFromCompounds`).
 * Only a hyphen between two words joins them: a word beside a number or a version is a name with its version
 * ("GPT-4", "DeepSeek-R1", "COVID-19", "GPT-4o-mini"), which writes the name alone.
 */
export function wordsWrittenAlone(text: string): Set<string> {
  const alone = new Set<string>();
  const words = text.replace(HYPHENATED, (compound) => {
    const parts = compound.split(HYPHEN);
    return parts.filter((part, k) => !isWordPart(part) || !(isWordPart(parts[k - 1]) || isWordPart(parts[k + 1]))).join(' ');
  });
  for (const token of abstractTokens(words)) {
    const word = abstractWord(token);
    if (word !== undefined) alone.add(word);
  }
  return alone;
}

/**
 * Whether a card may name a shared word (as a paper writes it, `written`) that one of the two papers writes only inside
 * hyphenated compounds (`wordsWrittenAlone`): only a specific term (`SPECIFIC_WORD`), which keeps its sense there
 * ("charm-quark", "peptide-MHC"), not a common word whose sense is the compound's ("general-purpose", "few-shot",
 * "training-free", "end-to-end", "non-singular", "light-cone"), review 41 finding 1.
 */
export function namedFromCompounds(written: string, bg: Background): boolean {
  return wordSpecificity(written, bg) >= SPECIFIC_WORD;
}
