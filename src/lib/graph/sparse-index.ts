/**
 * Sparse, L2-normalised feature vectors with an inverted index, so that "the nearest papers of every paper"
 * costs the sum of the posting lengths of each paper's selective features instead of n² comparisons.
 */

export interface SparseVector {
  /** Feature ids, ascending. */
  ids: Int32Array;
  /** Weights, same order; the vector has unit length (or is empty). */
  weights: Float64Array;
}

export interface FeatureSpace {
  vectors: SparseVector[];
  /** Per feature: number of documents that have it. */
  df: Int32Array;
  /** Per feature: documents that have it, ascending, with their weight. Empty for df < 2 (links nothing). */
  postings: { docs: Int32Array; weights: Float64Array }[];
}

/** A document's features before normalisation: ascending unique ids and their positive weights. */
export interface RawVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** Sorts a list of feature ids (repeats allowed) into ascending unique ids with their counts. */
export function countIds(ids: ArrayLike<number>): { ids: Int32Array; counts: Int32Array } {
  const sorted = Int32Array.from(ids).sort();
  let distinct = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) distinct++;
  const unique = new Int32Array(distinct);
  const counts = new Int32Array(distinct);
  let at = -1;
  for (let k = 0; k < sorted.length; k++) {
    if (k === 0 || sorted[k] !== sorted[k - 1]) unique[++at] = sorted[k]!;
    counts[at]!++;
  }
  return { ids: unique, counts };
}

/**
 * Normalises every vector to unit length and builds the postings of features shared by at least two
 * documents. `df` is each feature's document frequency, `featureCount` bounds the ids.
 */
export function buildFeatureSpace(raw: readonly RawVector[], df: Int32Array): FeatureSpace {
  const vectors = raw.map(({ ids, weights }) => {
    let norm = 0;
    for (let k = 0; k < weights.length; k++) norm += weights[k]! * weights[k]!;
    norm = Math.sqrt(norm);
    const unit = new Float64Array(weights.length);
    if (norm > 0) for (let k = 0; k < weights.length; k++) unit[k] = weights[k]! / norm;
    return { ids, weights: unit };
  });
  const fill = new Int32Array(df.length);
  const none = { docs: new Int32Array(0), weights: new Float64Array(0) };
  const postings = Array.from(df, (d) => (d >= 2 ? { docs: new Int32Array(d), weights: new Float64Array(d) } : none));
  vectors.forEach((vector, doc) => {
    for (let k = 0; k < vector.ids.length; k++) {
      const id = vector.ids[k]!;
      if (df[id]! < 2) continue;
      const at = fill[id]!++;
      postings[id]!.docs[at] = doc;
      postings[id]!.weights[at] = vector.weights[k]!;
    }
  });
  return { vectors, df, postings };
}

/** Dot product of two sparse vectors (a merge of their ascending ids: sequential memory access). */
export function dot(a: SparseVector, b: SparseVector): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** Dot product of `vector` with the vector currently spread into `dense` (see `spread`). */
export function dotWithDense(vector: SparseVector, dense: Float64Array): number {
  let sum = 0;
  for (let k = 0; k < vector.ids.length; k++) sum += vector.weights[k]! * dense[vector.ids[k]!]!;
  return sum;
}

/** Writes `vector` into `dense` (all-zero before) and returns a function that zeroes it again. */
export function spread(vector: SparseVector, dense: Float64Array): () => void {
  for (let k = 0; k < vector.ids.length; k++) dense[vector.ids[k]!] = vector.weights[k]!;
  return () => {
    for (let k = 0; k < vector.ids.length; k++) dense[vector.ids[k]!] = 0;
  };
}
