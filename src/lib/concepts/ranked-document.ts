/**
 * A document as the concept stage's corpus-wide steps hold it: its words' text and sentences, and its ranked
 * candidate phrases with what the per-document analysis found of each.
 */
import { FLAG_DEGREE, FLAG_NOUN_MODIFIED, FLAG_NOUN_WORDS_SHIFT, FLAG_QUALIFIED, FLAG_SCHOLARLY, type DocumentAnalysis } from '../cache/document-analysis';
import type { WordCase } from './word-case';

/** A phrase's identity as one collection reads it (`identity` given the words it writes). */
export type Identify = (phrase: string) => string;

/**
 * What labels need of a document's words: their text and sentence. The tagged words themselves are
 * let go as soon as a document is ranked, so a corpus of ten thousand abstracts does not hold millions
 * of them at once.
 */
export interface DocumentWords {
  texts: string[];
  sentences: Int32Array;
}

/** What the corpus-wide steps use of a candidate phrase. */
export interface KeptCandidate {
  key: string;
  /** `identity(key)`, worked out once: the corpus-wide steps ask for it several times per candidate. */
  id: string;
  stems: string[];
  /** Its surfaces as written, in order of first appearance. */
  surfaces: string[];
  occurrences: Span[];
  nested: Span[];
}

export interface Span {
  start: number;
  length: number;
}

export interface KeptRanked {
  candidate: KeptCandidate;
  score: number;
  surface: string;
  /** Bit k set: the k-th word of its first occurrence is a noun (`FLAG_NOUN_WORDS_SHIFT`). */
  nouns: number;
  /** Whether it can be shown as a tag, once asked (paper-mentions.ts `readable`). */
  readable?: boolean;
}

export interface RankedDocument {
  id: string;
  words: DocumentWords;
  titleWords: number;
  ranked: KeptRanked[];
  /** Keys of the candidates that talk about the research rather than name a topic (`scholarlyPhrase`). */
  scholarly: Set<string>;
  /** Keys of the candidates whose head follows a noun ("RL methods", not "offline methods"). */
  nounModified: Set<string>;
  /** Keys of the candidates that qualify a word for the text's own matter (`qualifiedPhrase`). */
  qualified: Set<string>;
  /** Keys of the candidates that say how much of a specific noun (`degreePhrase`). */
  degree: Set<string>;
}
/** A document ready for the corpus-wide steps; its words vote on how the corpus writes them. */
export function fromAnalysis(id: string, d: DocumentAnalysis, wordCase: WordCase, idOf: Identify): RankedDocument {
  for (const v of d.caseVotes) wordCase.add(d.texts[v >> 1]!, (v & 1) === 1);
  const scholarly = new Set<string>();
  const nounModified = new Set<string>();
  const qualified = new Set<string>();
  const degree = new Set<string>();
  const spans = (flat: number[]): Span[] => {
    const out: Span[] = [];
    for (let k = 0; k < flat.length; k += 2) out.push({ start: flat[k]!, length: flat[k + 1]! });
    return out;
  };
  const ranked = d.ranked.map(([key, surface, score, stems, surfaces, occurrences, nested, flags]): KeptRanked => {
    if (flags & FLAG_SCHOLARLY) scholarly.add(key);
    if (flags & FLAG_NOUN_MODIFIED) nounModified.add(key);
    if (flags & FLAG_QUALIFIED) qualified.add(key);
    if (flags & FLAG_DEGREE) degree.add(key);
    return { candidate: { key, id: idOf(key), stems, surfaces, occurrences: spans(occurrences), nested: spans(nested) }, score, surface, nouns: Math.floor(flags / 2 ** FLAG_NOUN_WORDS_SHIFT), readable: undefined };
  });
  return { id, words: { texts: d.texts, sentences: Int32Array.from(d.sentences) }, titleWords: d.titleWords, ranked, scholarly, nounModified, qualified, degree };
}

/** A candidate of a paper read as a concept. `trim`: words of each occurrence that belong to another phrase ("methods" in "RL methods" shown as RL). */
export interface ConceptMention {
  doc: number;
  r: KeptRanked;
  cid: string;
  isShort: boolean;
  isTail: boolean;
  trim: number;
  lead?: number;
}
