import { describe, expect, it } from 'vitest';
import { tfidfRelated, tfidfTerms, tfidfVectors } from '../../../src/lib/eval/tfidf';

const doc = (id: string, title: string, abstract = '') => ({ id, title, abstract });

describe('tfidfTerms', () => {
  it('lowercases, strips accents, drops stop words before forming bigrams (as scikit-learn does)', () => {
    // Checked against scikit-learn 1.9 TfidfVectorizer(stop_words='english', ngram_range=(1, 2),
    // token_pattern=r'(?u)\b[a-zA-Z_][a-zA-Z0-9_]+\b', strip_accents='unicode').build_analyzer().
    expect(tfidfTerms('The learning of the Policy in Café-style 3D worlds x_1 a1')).toEqual([
      'learning', 'policy', 'cafe', 'style', 'worlds', 'x_1', 'a1',
      'learning policy', 'policy cafe', 'cafe style', 'style worlds', 'worlds x_1', 'x_1 a1',
    ]);
  });
});

describe('tfidfRelated', () => {
  // Hand-checked: n = 3, smoothed idf ln(4/3)+1 = 1.28768 for df 2 and ln 2 + 1 = 1.69315 for df 1,
  // sublinear tf 1 + ln 2 for "banana" twice in C. cos(A,B) = 1.28768² / (|A||B|) = 0.24527,
  // cos(A,C) = 1.28768 · 1.69315 · 1.28768 / (|A||C|) = 0.40901, cos(B,C) = 0 (nothing shared).
  // scikit-learn gives the same matrix.
  const docs = [doc('a', 'apple banana'), doc('b', 'apple cherry'), doc('c', 'banana banana')];

  it('computes sublinear, smoothed, L2-normalised weights', () => {
    const [a] = tfidfVectors(docs);
    expect(a!.get('apple')).toBeCloseTo(1.28768 / Math.sqrt(2 * 1.28768 ** 2 + 1.69315 ** 2), 4);
    expect([...a!.values()].reduce((s, w) => s + w * w, 0)).toBeCloseTo(1, 10);
  });

  it('ranks by cosine, best first, never lists a document with nothing in common', () => {
    const related = tfidfRelated(docs, 5);
    expect(related.get('a')!.map((r) => r.id)).toEqual(['c', 'b']);
    expect(related.get('a')![0]!.score).toBeCloseTo(0.40901, 4);
    expect(related.get('a')![1]!.score).toBeCloseTo(0.24527, 4);
    expect(related.get('b')!.map((r) => r.id)).toEqual(['a']);
    expect(related.get('c')!.map((r) => r.id)).toEqual(['a']);
  });

  it('cuts at k and breaks ties by id', () => {
    const tied = [doc('x', 'alpha'), doc('c', 'alpha'), doc('b', 'alpha'), doc('d', 'alpha')];
    expect(tfidfRelated(tied, 2).get('x')!.map((r) => r.id)).toEqual(['b', 'c']);
  });

  it('applies min_df / max_df when asked', () => {
    const vectors = tfidfVectors(docs, { minDf: 2 });
    expect([...vectors[0]!.keys()].sort()).toEqual(['apple', 'banana']);
    expect(tfidfVectors(docs, { maxDf: 0.5 })[0]!.has('apple')).toBe(false);
  });
});
