/**
 * The specific nouns written inside a paper's phrases ("lithography" in "electron beam lithography"): broader
 * concepts that papers share where each paper's own phrase links nothing.
 */
import type { Background } from './background';
import { ENGLISH_STOP_WORDS } from '../graph/english-stopwords';
import type { DocumentWords } from './ranked-document';
import { CLASSIFYING_ENDING } from './scholarly-phrases';
import { HYPHEN_SPLIT } from './title-holding';
import type { WordCase } from './word-case';
import { wordSpecificity } from './word-specificity';
import { KIND_PREFIX, NAME_SHAPE, WORD_START } from './word-shape';

/**
 * A noun inside a paper's phrases is a concept of the collection's when two papers or more write it and it is at
 * least this specific (word-specificity.ts): "lithography" (0.82) in "electron beam lithography" and in
 * "soft-lithography techniques", "charmonium" (1) in "charmonium states" and "charmonium production", never
 * "model" (0.12), "network" (0.19) or "beam" (0.35). The value of a specific noun elsewhere (`DEGREE_HEAD_SPECIFICITY`).
 */
const MIN_INNER_NOUN_SPECIFICITY = 0.8;

/** A specific noun written inside a paper's phrases: the best relative score of a phrase that writes it, and the words before and after it there (`neighbour`). */
export interface InnerNoun {
  rel: number;
  before: Set<string>;
  after: Set<string>;
  /** The word as the paper first writes it, for a label where no phrase of its own names the concept. */
  form: string;
  /** The concepts of the phrases whose head it is: its narrower concepts, where the paper carries them. */
  holders: Set<string>;
}

/** The word next to the one at `at` in its sentence (`step` -1 before, 1 after), lowercase; '' for none, a stop word or punctuation. */
export function neighbour(words: DocumentWords, at: number, step: number): string {
  const k = at + step;
  if (k < 0 || k >= words.texts.length || words.sentences[k] !== words.sentences[at]) return '';
  const w = words.texts[k]!.toLowerCase();
  return ENGLISH_STOP_WORDS.has(w) || !WORD_START.test(w) ? '' : w;
}

const INNER_NOUN = /^\p{L}{3,}$/u;

/** The last part of a hyphenated word ("lithography" of "soft-lithography"): its head. */
export function lastPart(text: string): string {
  const parts = text.split(HYPHEN_SPLIT);
  return parts[parts.length - 1]!;
}

/**
 * Whether a word the tagger reads as a noun inside a phrase (its head when `head`, else a modifier) names a
 * specific thing of its own: letters only, no name's shape, written in lowercase by the collection (not "Monte"
 * of "Monte Carlo"), and specific (`MIN_INNER_NOUN_SPECIFICITY`). A modifier must not have an adjective's or a
 * participle's ending (`CLASSIFYING_ENDING`: "thermal", "adhesive", "folding"), which the tagger may read as a noun.
 */
export function specificNoun(text: string, head: boolean, wordCase: WordCase, bg: Background): boolean {
  const part = lastPart(text);
  if (!INNER_NOUN.test(part) || NAME_SHAPE.test(part) || wordCase.isName(part)) return false;
  if (!head && (CLASSIFYING_ENDING.test(part.toLowerCase()) || prefixedCommonWord(part, bg))) return false;
  return wordSpecificity(part, bg) >= MIN_INNER_NOUN_SPECIFICITY;
}

/**
 * "multirate", "multistage", "nanoscale": a prefix of kind (`KIND_PREFIX`) glued to a common word makes a
 * compound modifier, an adjective the tagger may read as a noun, as "multi-rate" and "nano-scale" are.
 */
function prefixedCommonWord(word: string, bg: Background): boolean {
  const rest = PREFIXED.exec(word)?.[1];
  return rest !== undefined && wordSpecificity(rest, bg) < MIN_INNER_NOUN_SPECIFICITY;
}

/** A prefix of kind glued to a word (`prefixedCommonWord`): the rest of the word. */
const PREFIXED = new RegExp(`^(?:${KIND_PREFIX.source.slice(4, -2)})(\\p{L}{3,})$`, 'iu');
