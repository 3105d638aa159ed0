/**
 * The specific nouns written inside a paper's phrases ("lithography" in "electron beam lithography"): broader
 * concepts that papers share where each paper's own phrase links nothing.
 */
import type { Background } from './background';
import { ENGLISH_STOP_WORDS } from '../graph/english-stopwords';
import { nested } from './nested-tags';
import type { DocumentWords } from './ranked-document';
import { CLASSIFYING_ENDING } from './scholarly-phrases';
import { MIN_TAGS, SINGLETON_FACTOR, type Chosen, type PaperSelection, type ScoredConcept } from './tag-selection';
import { HYPHEN_SPLIT, titleClashes } from './title-holding';
import type { WordCase } from './word-case';
import { wordSpecificity } from './word-specificity';
import { KIND_PREFIX, NAME_SHAPE, WORD_START } from './word-shape';

/**
 * A noun inside a paper's phrases is a concept of the collection's when two papers or more write it and it is at
 * least this specific (word-specificity.ts): "lithography" (0.82) in "electron beam lithography" and in
 * "soft-lithography techniques", "charmonium" (1) in "charmonium states" and "charmonium production", never
 * "model" (0.12), "network" (0.19) or "beam" (0.35). The value of a specific noun elsewhere (`DEGREE_HEAD_SPECIFICITY`).
 */
export const MIN_INNER_NOUN_SPECIFICITY = 0.8;

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

/** What `addBroaderNouns` reads, and the selection it adds the nouns to. */
export interface BroaderNounInputs {
  /** Per paper: the specific nouns written inside its phrases (paper-mentions.ts), by concept. */
  innerNouns: readonly ReadonlyMap<string, InnerNoun>[];
  /** Each paper's tags (tag-selection.ts, then title-holding.ts): a noun is added here, in place of a weaker tag or held place. */
  selected: PaperSelection[];
  /** The papers of each concept: updated with every noun added and every tag it replaces. */
  chosen: Chosen;
  /** Paper → the concepts the user removed from it: never added back. */
  removedFromPaper: ReadonlyMap<string, ReadonlySet<string>>;
  /** Per paper: concepts met there only as common words, which are no tags. */
  commonOnly: readonly ReadonlySet<string>[];
  /** Per paper: qualified phrases no other paper corroborates (`uncorroboratedPhrases`): no tags. */
  uncorroborated: readonly ReadonlySet<string>[];
  /** Per paper: phrases of how abstracts report, which keep their place untagged. */
  routineIn: readonly ReadonlySet<string>[];
  /** The concepts of the collection (`lendTitleConcepts`): a noun does not go beside one it clashes with (`titleClashes`). */
  collection: ReadonlySet<string>;
  /** A concept's weight by its number of papers (`corpusWeight`): a noun's score is its best phrase's times this. */
  weightOf: (df: number) => number;
  /** Most tags a paper gets. */
  perPaper: number;
}

/** The nouns `addBroaderNouns` added, and the papers that write each of the nouns it looked at. */
export interface BroaderNouns {
  /** Each inner noun → the papers that write it inside their phrases, in paper order. */
  nounWriters: Map<string, number[]>;
  /** The nouns added as tags to two papers or more. */
  innerAdded: Set<string>;
}

/**
 * A specific noun that two papers or more write inside their phrases, as the head or as a modifier, is a
 * concept they share, the broader one their narrower phrases belong to: "Lithography" of "electron beam
 * lithography" and "soft-lithography techniques", "Charmonium" of "charmonium states" and "charmonium
 * production" (review 22 finding 2), where each paper's own phrase links nothing. It is scored by the best
 * phrase that writes it and goes beside the phrases that hold it, where the paper has room: among its first
 * few tags (`MIN_TAGS`), or, when its tags are full, in the place of its weakest tag that links nothing if
 * the phrase that writes the noun outscores that tag's own phrase. Elsewhere a broader word would take the
 * place of the paper's narrower phrases, which name its topic better (on the Inspec dev split every looser
 * room lowered tag F1: any free place, or beating the weakest tag's discounted score). It is added only
 * where two papers or more take it: a concept on one paper links nothing.
 */
export function addBroaderNouns(inputs: BroaderNounInputs): BroaderNouns {
  const { innerNouns, selected, chosen, removedFromPaper, commonOnly, uncorroborated, routineIn, collection, weightOf, perPaper } = inputs;
  const nounWriters = new Map<string, number[]>();
  innerNouns.forEach((inner, i) => {
    for (const cid of inner.keys()) {
      const list = nounWriters.get(cid);
      if (list) list.push(i);
      else nounWriters.set(cid, [i]);
    }
  });
  const innerAdded = new Set<string>();
  for (const [cid, writers] of [...nounWriters].sort((x, y) => y[1].length - x[1].length || (x[0] < y[0] ? -1 : 1))) {
    if (writers.length < 2) continue;
    // Written after (or before) the same word everywhere, it is a piece of a name of two words that is the
    // concept itself: "rasa" and "tabula" of "tabula rasa reinforcement learning" and "tabula rasa exploration".
    const before = new Set(writers.flatMap((i) => [...innerNouns[i]!.get(cid)!.before]));
    const after = new Set(writers.flatMap((i) => [...innerNouns[i]!.get(cid)!.after]));
    if ((before.size === 1 && !before.has('')) || (after.size === 1 && !after.has(''))) continue;
    const weight = weightOf(writers.length);
    const takers = writers.filter((i) => {
      const s = selected[i]!;
      if (s.concepts.some((q) => q.cid === cid)) return true;
      if (removedFromPaper.get(s.paper)?.has(cid) || commonOnly[i]!.has(cid) || uncorroborated[i]!.has(cid) || routineIn[i]!.has(cid) || titleClashes(s.concepts, cid, collection).length > 0) return false;
      if (s.concepts.length + s.held.length < Math.min(MIN_TAGS, perPaper)) return true;
      if (s.concepts.length + s.held.length < perPaper) return false;
      // Phrase against phrase: the weakest tag's score without the discount of a concept on one paper.
      const last = weakest(s, cid, chosen);
      return last !== undefined && last.score / SINGLETON_FACTOR < innerNouns[i]!.get(cid)!.rel * weight;
    });
    if (takers.length < 2) continue;
    for (const i of takers) {
      const s = selected[i]!;
      if (s.concepts.some((q) => q.cid === cid)) continue;
      const c = { cid, score: innerNouns[i]!.get(cid)!.rel * weight };
      if (s.concepts.length + s.held.length >= perPaper) {
        const last = weakest(s, cid, chosen)!;
        if (s.held.includes(last)) {
          s.held.splice(s.held.indexOf(last), 1);
        } else {
          s.concepts.splice(s.concepts.indexOf(last), 1);
          const list = chosen.get(last.cid)!;
          list.splice(list.findIndex((x) => x.paper === s.paper), 1);
          if (list.length === 0) chosen.delete(last.cid);
        }
      }
      let at = s.concepts.findIndex((q, k) => k >= s.pinned && q.score < c.score);
      if (at < 0) at = s.concepts.length;
      s.concepts.splice(at, 0, c);
      let list = chosen.get(cid);
      if (!list) chosen.set(cid, (list = []));
      list.push({ paper: s.paper, cid, score: c.score });
      innerAdded.add(cid);
    }
  }
  return { nounWriters, innerAdded };
}

/**
 * A paper's weakest tag that links nothing, that the user did not pin, and that is not a narrower phrase of `cid` (the
 * noun goes beside those); or the place a routine phrase holds (`held`, which links nothing either), if weaker.
 */
function weakest(s: PaperSelection, cid: string, chosen: Chosen): ScoredConcept | undefined {
  let tag: ScoredConcept | undefined;
  for (let k = s.concepts.length - 1; k >= s.pinned && tag === undefined; k--) {
    const q = s.concepts[k]!;
    if ((chosen.get(q.cid)?.length ?? 0) < 2 && !nested(q.cid, cid)) tag = q;
  }
  let place: ScoredConcept | undefined;
  for (const h of s.held) if (!nested(h.cid, cid) && (place === undefined || h.score < place.score)) place = h;
  return place !== undefined && (tag === undefined || place.score <= tag.score) ? place : tag;
}
