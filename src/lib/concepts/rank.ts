/**
 * Ranks the candidate phrases of one document. A phrase scores by the words it is made of (how often
 * each word recurs in the document, how rare it is in background scientific text) and by where it
 * first appears (titles and opening sentences state the topic), TF-IDF and PositionRank ideas
 * without a trained model. Every factor is a plain number a page could show.
 */
import type { DocumentText } from '../model/paper';
import type { Background } from './background';
import { DEFAULT_CANDIDATE_OPTIONS, findCandidates, type Candidate, type CandidateOptions, type Occurrence } from './candidates';
import { stem } from './normalise';
export { stem };
import { tokenize, type Word } from './tokenize';

export interface RankParams extends CandidateOptions {
  /** Exponent on a word's in-document frequency. */
  wordTfPow: number;
  /** Exponent on a word's inverse background document frequency. */
  wordIdfPow: number;
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
  /** How much an occurrence inside a longer phrase counts towards the phrase's frequency. */
  nestedWeight: number;
  /** Rank phrases seen only inside longer ones. */
  rankNested: boolean;
}

export const DEFAULT_PARAMS: RankParams = {
  ...DEFAULT_CANDIDATE_OPTIONS,
  wordTfPow: 0.5,
  wordIdfPow: 1,
  lengthPow: 0,
  phraseTfPow: 0.5,
  titleBonus: 0.5,
  positionWeight: 0.5,
  phraseIdfWeight: 0.5,
  nestedWeight: 0,
  rankNested: false,
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


/** Title then abstract, tokenised separately so a title without final punctuation stays its own sentence. */
export function documentWords(doc: DocumentText): { words: Word[]; titleWords: number } {
  const title = doc.title.trim() ? tokenize(doc.title) : [];
  const abstract = tokenize(doc.abstract);
  const offset = title.length ? (title[title.length - 1]!.sentence + 1) : 0;
  for (const w of abstract) w.sentence += offset;
  return { words: title.concat(abstract), titleWords: title.length };
}

export function analyse(doc: DocumentText, bg: Background, p: RankParams = DEFAULT_PARAMS): AnalysedDocument {
  const { words, titleWords } = documentWords(doc);
  const candidates = findCandidates(words, p);

  // Word statistics over candidate words only: function words and verbs carry no topic.
  const wordTf = new Map<string, number>();
  for (const c of candidates.values()) {
    const stems = c.key.split(' ').map(stem);
    for (const s of stems) wordTf.set(s, (wordTf.get(s) ?? 0) + c.occurrences.length);
  }
  const n = bg.docs;
  const idf = (df: number) => (n > 0 ? Math.log((n + 1) / (df + 1)) + 1 : 1);
  const wordScore = new Map<string, number>();
  for (const [s, tf] of wordTf) wordScore.set(s, tf ** p.wordTfPow * idf(bg.word(s)) ** p.wordIdfPow);

  const sentences = words.length ? words[words.length - 1]!.sentence + 1 : 1;
  const ranked: RankedCandidate[] = [];
  for (const c of candidates.values()) {
    if (c.occurrences.length === 0 && !p.rankNested) continue;
    const stems = c.key.split(' ').map(stem);
    let sum = 0;
    for (const s of stems) sum += wordScore.get(s) ?? 0;
    let score = sum / stems.length ** p.lengthPow;
    score *= (c.occurrences.length + p.nestedWeight * c.nested.length) ** p.phraseTfPow;
    const first = firstOccurrence(c);
    if (first.start < titleWords) score *= 1 + p.titleBonus;
    score *= 1 + p.positionWeight * (1 - first.sentence / sentences);
    if (p.phraseIdfWeight > 0 && n > 0 && stems.length > 1) {
      const share = bg.phrase(c.key) / n;
      score *= 1 - p.phraseIdfWeight * Math.min(1, share * 10);
    }
    ranked.push({ candidate: c, score, surface: bestSurface(c) });
  }
  ranked.sort((a, b) => b.score - a.score || firstOccurrence(a.candidate).start - firstOccurrence(b.candidate).start);
  return { id: doc.id, words, titleWords, ranked };
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
