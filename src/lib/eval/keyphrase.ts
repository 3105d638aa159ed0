/**
 * Keyphrase evaluation under the protocol of the literature (see ../shared/data/keyphrase/README.md):
 * lowercase, tokenise, Porter-stem every token; a prediction is correct when its whole stemmed phrase
 * equals a stemmed gold phrase; predictions are de-duplicated after stemming before the cut at k;
 * gold phrases absent from the text stay in the denominator.
 *
 * Precision@k divides by the number of predictions kept (at most k), as pke and SIFRank do, so a
 * document with fewer than k candidates is not charged for slots it could not fill.
 * Micro pools the counts over all documents; macro averages the per-document F1.
 */
import { stemmer } from 'stemmer';

export interface KeyphraseExample {
  id: string;
  gold: string[];
  /** Best first. */
  predicted: string[];
}

export interface PrfScores {
  precision: number;
  recall: number;
  f1: number;
}

export interface KeyphraseScores {
  k: number;
  micro: PrfScores;
  macro: PrfScores;
  documents: number;
}

/** Tokens are runs of letters and digits; hyphens and other punctuation separate them. */
export function stemPhrase(phrase: string): string {
  return phrase
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .map((t) => stemmer(t))
    .join(' ');
}

function uniqueStemmed(phrases: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of phrases) {
    const s = stemPhrase(p);
    if (s === '' || seen.has(s)) continue;
    seen.add(s);
    out.push(s);
  }
  return out;
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

export function scoreKeyphrases(examples: KeyphraseExample[], k: number): KeyphraseScores {
  let correctAll = 0;
  let predictedAll = 0;
  let goldAll = 0;
  let pSum = 0;
  let rSum = 0;
  let fSum = 0;
  for (const ex of examples) {
    const gold = new Set(uniqueStemmed(ex.gold));
    const predicted = uniqueStemmed(ex.predicted).slice(0, k);
    let correct = 0;
    for (const p of predicted) if (gold.has(p)) correct++;
    correctAll += correct;
    predictedAll += predicted.length;
    goldAll += gold.size;
    const precision = predicted.length ? correct / predicted.length : 0;
    const recall = gold.size ? correct / gold.size : 0;
    pSum += precision;
    rSum += recall;
    fSum += f1(precision, recall);
  }
  const n = examples.length;
  const microP = predictedAll ? correctAll / predictedAll : 0;
  const microR = goldAll ? correctAll / goldAll : 0;
  return {
    k,
    documents: n,
    micro: { precision: microP, recall: microR, f1: f1(microP, microR) },
    macro: { precision: n ? pSum / n : 0, recall: n ? rSum / n : 0, f1: n ? fSum / n : 0 },
  };
}
