/**
 * The "similar papers" baseline the linker is measured against: plain TF-IDF cosine over title + abstract,
 * configured as arxiv-sanity(-lite) configures scikit-learn's TfidfVectorizer:
 * - accents stripped (NFKD, combining marks dropped), lowercased;
 * - tokens `\b[a-zA-Z_][a-zA-Z0-9_]+\b` (arxiv-sanity-lite's token_pattern: 2+ characters, not starting
 *   with a digit);
 * - scikit-learn's English stop words removed BEFORE bigrams are formed (that is what scikit-learn does
 *   with `stop_words='english'` and `ngram_range=(1, 2)`: "learning of the policy" yields the bigram
 *   "learning policy");
 * - unigrams + bigrams, sublinear tf (1 + ln tf), smoothed idf ln((1 + n) / (1 + df)) + 1, L2 norm.
 * arxiv-sanity-lite also caps features with min_df = 5 / max_df = 0.1, tuned for tens of thousands of
 * papers; on a corpus of ~100 they would delete most of the vocabulary, so this "plain" baseline keeps
 * every term (the options below allow both for comparison).
 */
import type { DocumentText } from '../model/paper';
import { ENGLISH_STOP_WORDS } from '../graph/english-stopwords';
import { stripAccents } from '../normalise/accents';

export interface TfidfOptions {
  /** Drop terms found in fewer documents than this (scikit-learn `min_df` as a count). Default 1. */
  minDf?: number;
  /** Drop terms found in more than this share of documents (scikit-learn `max_df` as a float). Default 1. */
  maxDf?: number;
}

export interface ScoredNeighbour {
  id: string;
  score: number;
}

const TOKEN = /\b[a-zA-Z_][a-zA-Z0-9_]+\b/g;

/** Lowercased, accent-stripped unigrams with stop words removed, in text order. */
export function tfidfTokens(text: string): string[] {
  const plain = stripAccents(text).toLowerCase();
  const tokens: string[] = [];
  for (const match of plain.matchAll(TOKEN)) {
    if (!ENGLISH_STOP_WORDS.has(match[0])) tokens.push(match[0]);
  }
  return tokens;
}

/** Unigrams followed by the bigrams of adjacent remaining tokens, as scikit-learn's word analyzer yields them. */
export function tfidfTerms(text: string): string[] {
  const tokens = tfidfTokens(text);
  const terms = tokens.slice();
  for (let i = 0; i + 1 < tokens.length; i++) terms.push(`${tokens[i]} ${tokens[i + 1]}`);
  return terms;
}

/** Sparse L2-normalised TF-IDF vectors (term → weight), one per document, in input order. */
export function tfidfVectors(docs: readonly DocumentText[], options: TfidfOptions = {}): Map<string, number>[] {
  const minDf = options.minDf ?? 1;
  const maxDf = options.maxDf ?? 1;
  const counts = docs.map((doc) => {
    const tf = new Map<string, number>();
    for (const term of tfidfTerms(`${doc.title}\n${doc.abstract}`)) tf.set(term, (tf.get(term) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of counts) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = docs.length;
  return counts.map((tf) => {
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [term, count] of tf) {
      const d = df.get(term) ?? 0;
      if (d < minDf || d > maxDf * n) continue;
      const weight = (1 + Math.log(count)) * (Math.log((1 + n) / (1 + d)) + 1);
      vector.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [term, weight] of vector) vector.set(term, weight / norm);
    return vector;
  });
}

/**
 * For every document id, its `k` most cosine-similar other documents, best first (ties by id). Documents
 * with no term in common are never listed. Sparse dot products through an inverted index.
 */
export function tfidfRelated(
  docs: readonly DocumentText[],
  k: number,
  options: TfidfOptions = {},
): Map<string, ScoredNeighbour[]> {
  const vectors = tfidfVectors(docs, options);
  const postings = new Map<string, { doc: number; weight: number }[]>();
  vectors.forEach((vector, doc) => {
    for (const [term, weight] of vector) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push({ doc, weight });
    }
  });
  const result = new Map<string, ScoredNeighbour[]>();
  vectors.forEach((vector, doc) => {
    const scores = new Map<number, number>();
    for (const [term, weight] of vector) {
      for (const posting of postings.get(term) ?? []) {
        if (posting.doc === doc) continue;
        scores.set(posting.doc, (scores.get(posting.doc) ?? 0) + weight * posting.weight);
      }
    }
    const ranked = [...scores]
      .filter(([, score]) => score > 0)
      .map(([other, score]) => ({ id: docs[other]!.id, score }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, k);
    result.set(docs[doc]!.id, ranked);
  });
  return result;
}
