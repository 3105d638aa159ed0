/**
 * Ranks the candidate phrases of one document. A phrase scores by the words it is made of (how rare
 * each is in everyday English, and optionally how often it recurs in the document and how rare it is
 * in background scientific text), by how often the phrase itself recurs, and by where it first appears
 * (titles and opening sentences state the topic): TF-IDF and PositionRank ideas without a trained
 * model. Every factor is a plain number a page could show.
 */
import type { DocumentText } from '../model/paper';
import type { Background } from './background';
import { addDefinedPhrase, DEFAULT_CANDIDATE_OPTIONS, findCandidates, type Candidate, type CandidateOptions, type Occurrence } from './candidates';
import { identity, stem } from './normalise';
import { findAbbreviations, type AbbreviationPair } from './abbreviations';
export { stem };
import { tokenizeDocument, type Word } from './tokenize';

export interface RankParams extends CandidateOptions {
  /** Exponent on a word's in-document frequency. */
  wordTfPow: number;
  /** Exponent on a word's inverse background document frequency. */
  wordIdfPow: number;
  /** Exponent on a word's specificity against everyday English. */
  specificityPow: number;
  /** Phrase score = sum of word scores / length^lengthPow. */
  lengthPow: number;
  /** Exponent on the phrase's own frequency in the document. */
  phraseTfPow: number;
  /** Extra weight for phrases in the title. */
  titleBonus: number;
  /** Weight of the first-occurrence position, 0 = none. */
  positionWeight: number;
  /** Discount for phrases that are common as whole phrases in background text. */
  phraseIdfWeight: number;
  /** Extra weight for a phrase the text defines an abbreviation for, and for that abbreviation. */
  abbreviationBonus: number;
  /** Score factor of an abbreviation the text defines, whose long form is also a candidate. */
  shortFormFactor: number;
  /**
   * Weight of a modifier tagged as an adjective or participle in the phrase's word sum: the nouns name
   * the topic, an adjective narrows it ("explosive growth", "realistic assumptions" are not topics).
   */
  adjectiveWeight: number;
  /** Score factor of one-word phrases (they are seldom keyphrases on their own). */
  singleWordFactor: number;
  /** Score factor per word beyond four. */
  longPhraseFactor: number;
  /** Exponent of the discount (1 + background phrase frequency)^-x. */
  phraseCommonPow: number;
  /** How much an occurrence inside a longer phrase counts towards the phrase's frequency. */
  nestedWeight: number;
  /** Rank phrases seen only inside longer ones. */
  rankNested: boolean;
  /** Score factor of a phrase seen only inside longer ones (with `rankNested`). */
  nestedOnlyFactor: number;
  /** Such a phrase needs at least this background document frequency (0 = no condition). */
  nestedMinBackground: number;
  /** Exponent on the PositionRank word score, 0 = off. */
  graphPow: number;
  /** Co-occurrence window of the word graph. */
  graphWindow: number;
  /** Random jumps favour early words (PositionRank) instead of all alike (TextRank). */
  graphPosition: boolean;
}

export const DEFAULT_PARAMS: RankParams = {
  ...DEFAULT_CANDIDATE_OPTIONS,
  wordTfPow: 0,
  wordIdfPow: 0,
  specificityPow: 1,
  lengthPow: -0.3,
  phraseTfPow: 0.75,
  titleBonus: 0.5,
  positionWeight: 0.25,
  phraseIdfWeight: 0,
  abbreviationBonus: 0.5,
  shortFormFactor: 0.3,
  adjectiveWeight: 0.6,
  singleWordFactor: 0.7,
  longPhraseFactor: 0.5,
  phraseCommonPow: 0,
  nestedWeight: 0,
  rankNested: false,
  nestedOnlyFactor: 1,
  nestedMinBackground: 0,
  graphPow: 0,
  graphWindow: 4,
  graphPosition: true,
};

export interface RankedCandidate {
  candidate: Candidate;
  score: number;
  /** Most frequent surface form in this document (first seen wins a tie). */
  surface: string;
}

export interface AnalysedDocument {
  id: string;
  words: Word[];
  /** Number of words of the title (they come first in `words`). */
  titleWords: number;
  ranked: RankedCandidate[];
}


/** Title then abstract (`tokenizeDocument`). */
export function documentWords(doc: DocumentText): { words: Word[]; titleWords: number } {
  return tokenizeDocument(doc.title, doc.abstract);
}

export interface PreparedDocument {
  id: string;
  /** Identities of the terms the text abbreviates, and of their abbreviations. */
  defined: Set<string>;
  /** Identities of the abbreviations the text defines. */
  shorts: Set<string>;
  words: Word[];
  titleWords: number;
  candidates: Map<string, Candidate>;
}

/**
 * A document's title and abstract as one text, as abbreviation definitions are read in it: here for a
 * paper's own defined phrases and by the concept stage for the corpus's votes, which must see the same pairs.
 */
export function fullText(doc: DocumentText): string {
  return doc.title ? `${doc.title}. ${doc.abstract}` : doc.abstract;
}

/** The costly, parameter-free part: tagging and candidate phrases. */
export function prepare(doc: DocumentText, options: CandidateOptions = DEFAULT_PARAMS): PreparedDocument {
  const { words, titleWords } = documentWords(doc);
  const pairs = findAbbreviations(fullText(doc));
  const candidates = findCandidates(words, options);
  for (const pair of pairs) addDefinedPhrase(words, pair.long, options, candidates);
  return { id: doc.id, defined: definedTerms(pairs), shorts: new Set(pairs.map((pair) => identity(pair.short))), words, titleWords, candidates };
}

export function analyse(doc: DocumentText, bg: Background, p: RankParams = DEFAULT_PARAMS): AnalysedDocument {
  return rankPrepared(prepare(doc, p), bg, p);
}

/** Identities of the long and short forms the text defines ("large language models (LLMs)"). */
function definedTerms(pairs: AbbreviationPair[]): Set<string> {
  const out = new Set<string>();
  for (const pair of pairs) {
    out.add(identity(pair.long));
    out.add(identity(pair.short));
  }
  return out;
}

export function rankPrepared(prepared: PreparedDocument, bg: Background, p: RankParams = DEFAULT_PARAMS): AnalysedDocument {
  const { words, titleWords, candidates } = prepared;

  // Word statistics over candidate words only: function words and verbs carry no topic.
  const wordTf = new Map<string, number>();
  for (const c of candidates.values()) {
    const stems = c.stems;
    for (const s of stems) wordTf.set(s, (wordTf.get(s) ?? 0) + c.occurrences.length);
  }
  const n = bg.docs;
  const idf = (df: number) => (n > 0 ? Math.log((n + 1) / (df + 1)) + 1 : 1);
  const graph = p.graphPow > 0 ? wordGraphScores(candidates, p) : undefined;
  const wordScore = new Map<string, number>();
  for (const [s, tf] of wordTf) {
    let score = tf ** p.wordTfPow * idf(bg.word(s)) ** p.wordIdfPow;
    if (graph) score *= (graph.get(s) ?? 0) ** p.graphPow;
    if (p.specificityPow !== 0) score *= bg.specificity(s) ** p.specificityPow;
    wordScore.set(s, score);
  }

  const sentences = words.length ? words[words.length - 1]!.sentence + 1 : 1;
  const ranked: RankedCandidate[] = [];
  for (const c of candidates.values()) {
    if (c.occurrences.length === 0 && !p.rankNested) continue;
    // A phrase seen only inside longer ones is a keyphrase of its own when it is an established term:
    // one that background text uses as a phrase ("decision support system" in "online navigator
    // decision support system").
    if (c.occurrences.length === 0 && p.nestedMinBackground > 0 && bg.phrase(c.key) < p.nestedMinBackground) continue;
    const stems = c.stems;
    let sum = 0;
    const at = firstOccurrence(c).start;
    for (const [k, s] of stems.entries()) sum += (wordScore.get(s) ?? 0) * (k < stems.length - 1 && words[at + k]?.cls === 'A' ? p.adjectiveWeight : 1);
    let score = sum / stems.length ** p.lengthPow;
    const tf = c.occurrences.length > 0 ? c.occurrences.length + p.nestedWeight * c.nested.length : c.nested.length;
    score *= tf ** p.phraseTfPow;
    if (c.occurrences.length === 0) score *= p.nestedOnlyFactor;
    // Authors abbreviate the terms their text is about.
    if (p.abbreviationBonus > 0 && prepared.defined.size > 0 && prepared.defined.has(identity(c.key))) score *= 1 + p.abbreviationBonus;
    if (p.shortFormFactor !== 1 && prepared.shorts.size > 0 && prepared.shorts.has(identity(c.key))) score *= p.shortFormFactor;
    const first = firstOccurrence(c);
    if (first.start < titleWords) score *= 1 + p.titleBonus;
    score *= 1 + p.positionWeight * (1 - first.sentence / sentences);
    if (p.phraseIdfWeight > 0 && n > 0 && stems.length > 1) {
      const share = bg.phrase(c.key) / n;
      score *= 1 - p.phraseIdfWeight * Math.min(1, share * 10);
    }
    // Phrases that many background abstracts use are the field's common vocabulary, not this paper's topic.
    if (p.phraseCommonPow > 0 && n > 0) score *= (1 + bg.phrase(c.key)) ** -p.phraseCommonPow;
    if (stems.length === 1) score *= p.singleWordFactor;
    else if (stems.length > 4) score *= p.longPhraseFactor ** (stems.length - 4);
    ranked.push({ candidate: c, score, surface: bestSurface(c) });
  }
  ranked.sort((a, b) => b.score - a.score || firstOccurrence(a.candidate).start - firstOccurrence(b.candidate).start);
  return { id: prepared.id, words, titleWords, ranked };
}

/**
 * PositionRank (Florescu & Caragea 2017): PageRank over the words of the candidate phrases, linked when
 * they occur within a few words of each other, with the random jump favouring words met early. The
 * scores are scaled so that their mean is 1.
 */
function wordGraphScores(candidates: Map<string, Candidate>, p: RankParams): Map<string, number> {
  const seq: { stem: string; at: number }[] = [];
  for (const c of candidates.values()) {
    const stems = c.stems;
    for (const o of c.occurrences) stems.forEach((st, k) => seq.push({ stem: st, at: o.start + k / stems.length }));
  }
  seq.sort((a, b) => a.at - b.at);
  const index = new Map<string, number>();
  for (const { stem: st } of seq) if (!index.has(st)) index.set(st, index.size);
  const n = index.size;
  if (n === 0) return new Map();
  const ids = seq.map((x) => index.get(x.stem)!);
  const jump = new Float64Array(n);
  seq.forEach((x, k) => (jump[ids[k]!]! += p.graphPosition ? 1 / (x.at + 1) : 1));
  let jumpSum = 0;
  for (const v of jump) jumpSum += v;
  for (let i = 0; i < n; i++) jump[i]! /= jumpSum;
  const edges = new Map<number, number>();
  const out = new Float64Array(n);
  for (let a = 0; a < ids.length; a++) {
    for (let b = a + 1; b < Math.min(ids.length, a + p.graphWindow); b++) {
      const x = ids[a]!;
      const y = ids[b]!;
      if (x === y) continue;
      edges.set(x * n + y, (edges.get(x * n + y) ?? 0) + 1);
      edges.set(y * n + x, (edges.get(y * n + x) ?? 0) + 1);
      out[x]! += 1;
      out[y]! += 1;
    }
  }
  const list = [...edges].map(([k, w]) => [Math.floor(k / n), k % n, w] as const);
  let score = Float64Array.from(jump);
  for (let iter = 0; iter < 30; iter++) {
    const next = new Float64Array(n);
    for (let i = 0; i < n; i++) next[i] = 0.15 * jump[i]!;
    for (const [from, to, w] of list) next[to]! += (0.85 * score[from]! * w) / out[from]!;
    // Isolated words keep their jump share.
    for (let i = 0; i < n; i++) if (out[i] === 0) next[i]! += 0.85 * jump[i]!;
    score = next;
  }
  const result = new Map<string, number>();
  for (const [st, i] of index) result.set(st, score[i]! * n);
  return result;
}

function firstOccurrence(c: Candidate): Occurrence {
  const a = c.occurrences[0];
  const b = c.nested[0];
  return !a ? b! : !b ? a : a.start <= b.start ? a : b;
}

function bestSurface(c: Candidate): string {
  let best = '';
  let count = -1;
  for (const [s, k] of c.surfaces) {
    if (k > count) {
      best = s;
      count = k;
    }
  }
  return best;
}
