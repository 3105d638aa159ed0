/**
 * Related papers: for every paper, the papers closest to it, each with a score in (0, 1] and the shared
 * concepts that explain the link.
 *
 * The score mixes two cosine similarities:
 * - concepts (the explanation): each paper is a vector over the registry concepts it carries as tags or
 *   names in its title/abstract (labels, aliases and abbreviations, so "RAG" meets "retrieval-augmented
 *   generation"), weighted idf × √(times named) × (1 + (tag score / the paper's best)^γ) for its own
 *   tags. The BM25-style idf ln(1 + (n − df + ½)/(df + ½)) makes a concept most papers share count for
 *   little; a concept only one paper has links nothing but still dilutes that paper's vector.
 * - words: stemmed words and word pairs of title (counted twice) + abstract, weighted count × idf.
 *   Raw counts rather than 1 + log: in a 200-word abstract the repeated words are the topic.
 * On the bundled corpus the words carry most of the ranking (see `npm run eval`), the concepts make
 * links explainable; a link with no shared concept has nothing to show on a paper page, so its score is
 * scaled down (`textOnlyFactor`) and such links are rare.
 *
 * That direct similarity picks and explains the candidates; their order and final score come from the
 * graph of every paper's nearest neighbours (`rerankByNeighbourhood`): a candidate ranks high when the two
 * papers are close directly and through common neighbours, relative to how connected each of them is.
 *
 * Scales without comparing all pairs: candidates come from inverted indexes over concepts and over
 * each paper's most selective words (features shared by too many papers are only used to re-score the
 * candidates, never to find them); only the best candidates are scored exactly.
 */
import type { ConceptIndex } from '../model/concepts';
import type { RelatedPaper } from '../model/graph';
import type { PaperRecord } from '../model/paper';
import { abstractWords } from './abstract-terms';
import { findConceptMentions } from './concept-mentions';
import { buildFeatureSpace, countIds, dot, dotWithDense, spread, type FeatureSpace } from './sparse-index';

export interface LinkTuning {
  /** Share of the score that comes from concepts; the rest comes from the words of title + abstract. */
  conceptShare: number;
  /**
   * How much more a concept counts when it is one of the paper's own tags (at the paper's best score)
   * than when the abstract only mentions it. 0: tags and mentions count alike.
   */
  tagBoost: number;
  /** γ: how much a tag's rank inside its paper matters (0: all of a paper's tags get the full boost). */
  conceptScoreExponent: number;
  /** Count concepts the abstract mentions besides the paper's tags (found through labels, aliases, abbreviations). */
  mentions: boolean;
  /** Score multiplier for a link that shares no concept (0: such links are never made). */
  textOnlyFactor: number;
  /** How many times (a whole number) the title's words count: titles are dense with topic words. */
  titleWeight: number;
  /** Links weaker than this (direct similarity, before re-ranking) are not made. */
  minScore: number;
  /**
   * Re-rank each paper's candidates by direct plus two-hop evidence on the normalised graph of each
   * paper's this many nearest neighbours (see `rerankByNeighbourhood`). 0: rank by the direct similarity
   * alone. The default is the length of a related-papers list (the config default), and does not follow
   * `max`, so that asking for more links does not change their order.
   */
  graphNeighbours: number;
}

export const DEFAULT_LINK_TUNING: LinkTuning = {
  conceptShare: 0.2,
  tagBoost: 1,
  conceptScoreExponent: 0.5,
  mentions: true,
  textOnlyFactor: 0.5,
  titleWeight: 2,
  minScore: 0.01,
  graphNeighbours: 10,
};

export interface LinkOptions {
  /** Related papers per paper, at most. */
  max: number;
  tuning?: Partial<LinkTuning>;
}

/** Words per paper used to find candidates (the highest-weighted ones); all words still score them. */
const CANDIDATE_TERMS = 24;
/** Candidates scored exactly per paper, as a multiple of `max` (at least 20). */
const CANDIDATE_POOL = 2;

/** One scored candidate of a paper, before the final cut to `max`. */
export interface Scored {
  j: number;
  /** Direct similarity (blend of the two cosines), unrounded; symmetric in the two papers. */
  direct: number;
  /** Final score: `direct`, or the neighbourhood score when re-ranking. */
  score: number;
  shared: string[];
}

export function linkPapers(
  papers: PaperRecord[],
  index: ConceptIndex,
  options: LinkOptions,
): Record<string, RelatedPaper[]> {
  const tuning = { ...DEFAULT_LINK_TUNING, ...options.tuning };
  const max = Math.max(0, Math.floor(options.max));
  // Sorted by slug so that the result does not depend on input order (floating-point sums included).
  const sorted = [...papers].sort((a, b) => compare(a.slug, b.slug));
  const n = sorted.length;
  const result: Record<string, RelatedPaper[]> = Object.create(null);
  for (const paper of sorted) result[paper.slug] = [];
  if (n < 2 || max === 0) return result;

  const concepts = conceptSpace(sorted, index, tuning);
  const text = textSpace(sorted, Math.max(0, Math.round(tuning.titleWeight)));
  // Features in more papers than this only re-score candidates (their idf is low anyway).
  const conceptCap = Math.max(100, Math.ceil(n * 0.1));
  const textCap = Math.max(100, Math.ceil(n * 0.02));
  const pool = Math.max(20, max * CANDIDATE_POOL);
  const scored: Scored[][] = new Array(n);

  const alpha = tuning.conceptShare;
  const acc = new Float64Array(n);
  const isTouched = new Uint8Array(n);
  const touched: number[] = [];
  const conceptDense = new Float64Array(concepts.space.df.length);
  const accumulate = (space: FeatureSpace, i: number, feature: number, weight: number) => {
    const list = space.postings[feature]!;
    for (let k = 0; k < list.docs.length; k++) {
      const j = list.docs[k]!;
      if (j === i) continue;
      if (!isTouched[j]) {
        isTouched[j] = 1;
        touched.push(j);
      }
      acc[j]! += weight * list.weights[k]!;
    }
  };

  for (let i = 0; i < n; i++) {
    const cv = concepts.space.vectors[i]!;
    if (alpha > 0) {
      for (let k = 0; k < cv.ids.length; k++) {
        if (concepts.space.df[cv.ids[k]!]! <= conceptCap) accumulate(concepts.space, i, cv.ids[k]!, alpha * cv.weights[k]!);
      }
    }
    const tv = text.vectors[i]!;
    if (alpha < 1) {
      for (const k of topPositions(tv.weights, CANDIDATE_TERMS)) {
        if (text.df[tv.ids[k]!]! <= textCap) accumulate(text, i, tv.ids[k]!, (1 - alpha) * tv.weights[k]!);
      }
    }

    const candidates = topCandidates(touched, acc, pool);
    for (const j of touched) {
      acc[j] = 0;
      isTouched[j] = 0;
    }
    touched.length = 0;

    const clearConcepts = spread(cv, conceptDense);
    const links: Scored[] = [];
    for (const j of candidates) {
      const other = concepts.space.vectors[j]!;
      const conceptSim = dotWithDense(other, conceptDense);
      const textSim = dot(text.vectors[j]!, tv);
      const shared: { id: string; weight: number }[] = [];
      for (let k = 0; k < other.ids.length; k++) {
        const mine = conceptDense[other.ids[k]!]!;
        if (mine > 0) shared.push({ id: concepts.ids[other.ids[k]!]!, weight: mine * other.weights[k]! });
      }
      let direct = alpha * conceptSim + (1 - alpha) * textSim;
      if (shared.length === 0) direct *= tuning.textOnlyFactor;
      if (!(direct > 0) || direct < tuning.minScore) continue;
      shared.sort((a, b) => b.weight - a.weight || compare(a.id, b.id));
      links.push({ j, direct, score: direct, shared: shared.map((s) => s.id) });
    }
    clearConcepts();
    scored[i] = links;
  }

  const graphNeighbours = Math.max(0, Math.floor(tuning.graphNeighbours));
  if (graphNeighbours > 0) rerankByNeighbourhood(scored, graphNeighbours);
  for (let i = 0; i < n; i++) {
    const links = scored[i]!
      .map((l) => ({ ...l, score: Math.min(1, Math.round(l.score * 1e4) / 1e4) }))
      .filter((l) => l.score > 0);
    links.sort((a, b) => b.score - a.score || compare(sorted[a.j]!.slug, sorted[b.j]!.slug));
    result[sorted[i]!.slug] = links.slice(0, max).map((l) => ({ id: sorted[l.j]!.slug, score: l.score, shared: l.shared }));
  }
  return result;
}

/**
 * Re-scores every candidate by how strongly the two papers are connected in the graph of nearest
 * neighbours, directly and through common neighbours (a two-step graph diffusion, as in manifold
 * ranking, Zhou et al. 2004, cut after two steps):
 *   W = each paper's `k` strongest direct links, made symmetric (an edge when either side chose it),
 *   S = D^-½ W D^-½ (D: each paper's total edge weight),
 *   score(i, j) = (S + S²)(i, j) / 2, in [0, 1].
 * Why it helps: in a corpus of one field every abstract shares the field's words with every other, and a
 * paper with many moderately similar neighbours (a survey, a generic method) outranks the few papers that
 * are about the same thing. Normalising by the degrees discounts such hubs, and the two-hop term
 * rewards a pair whose neighbourhoods agree (papers of one topic are mostly neighbours of each other)
 * over a pair that only shares vocabulary. Only candidates already scored directly are re-ranked, so
 * every link still has its own direct similarity and shared concepts.
 * Exact symmetry: score(i, j) and score(j, i) are computed from the same terms in the same order.
 */
export function rerankByNeighbourhood(scored: Scored[][], k: number): void {
  const n = scored.length;
  // Undirected edges i–j from each paper's k best direct links; the weight is the (symmetric) direct score.
  const edges: { a: number; b: number; w: number }[] = [];
  for (let i = 0; i < n; i++) {
    const best = [...scored[i]!].sort((x, y) => y.direct - x.direct || x.j - y.j).slice(0, k);
    for (const l of best) edges.push(i < l.j ? { a: i, b: l.j, w: l.direct } : { a: l.j, b: i, w: l.direct });
  }
  edges.sort((x, y) => x.a - y.a || x.b - y.b);
  const lists: { ids: number[]; weights: number[] }[] = Array.from({ length: n }, () => ({ ids: [], weights: [] }));
  for (let e = 0; e < edges.length; e++) {
    const { a, b, w } = edges[e]!;
    if (e > 0 && edges[e - 1]!.a === a && edges[e - 1]!.b === b) continue;
    lists[a]!.ids.push(b);
    lists[a]!.weights.push(w);
    lists[b]!.ids.push(a);
    lists[b]!.weights.push(w);
  }
  const neighbours = lists.map(({ ids, weights }) => {
    const order = ids.map((_, at) => at).sort((x, y) => ids[x]! - ids[y]!);
    return { ids: Int32Array.from(order, (at) => ids[at]!), weights: Float64Array.from(order, (at) => weights[at]!) };
  });
  const degree = Float64Array.from(neighbours, ({ weights }) => weights.reduce((sum, w) => sum + w, 0));

  for (let i = 0; i < n; i++) {
    const mine = neighbours[i]!;
    for (const link of scored[i]!) {
      const j = link.j;
      const theirs = neighbours[j]!;
      if (!(degree[i]! > 0) || !(degree[j]! > 0)) {
        link.score = 0;
        continue;
      }
      const at = binarySearch(mine.ids, j);
      const direct = at >= 0 ? mine.weights[at]! : 0;
      // Common neighbours m: a merge of the two ascending neighbour lists.
      let twoHop = 0;
      for (let x = 0, y = 0; x < mine.ids.length && y < theirs.ids.length; ) {
        const a = mine.ids[x]!;
        const b = theirs.ids[y]!;
        if (a === b) {
          twoHop += (mine.weights[x]! * theirs.weights[y]!) / degree[a]!;
          x++;
          y++;
        } else if (a < b) x++;
        else y++;
      }
      link.score = (direct + twoHop) / Math.sqrt(degree[i]! * degree[j]!) / 2;
    }
  }
}

function binarySearch(ids: Int32Array, id: number): number {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid]! === id) return mid;
    if (ids[mid]! < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function conceptSpace(papers: PaperRecord[], index: ConceptIndex, tuning: LinkTuning) {
  const idOf = new Map<string, number>();
  const ids: string[] = [];
  const intern = (id: string) => {
    let at = idOf.get(id);
    if (at === undefined) {
      idOf.set(id, (at = ids.length));
      ids.push(id);
    }
    return at;
  };
  const mentions = tuning.mentions ? findConceptMentions(papers, index.concepts) : undefined;
  const lists = papers.map((paper) => {
    // Per concept: how often the paper mentions it (at least once when it is a tag) and its tag score.
    const entries = new Map<number, { count: number; tag?: number }>();
    const found = mentions?.get(paper.slug);
    if (found) for (const id of [...found.keys()].sort()) entries.set(intern(id), { count: found.get(id)! });
    const own = Object.hasOwn(index.byPaper, paper.slug) ? index.byPaper[paper.slug]! : [];
    for (const c of own) {
      const id = intern(c.id);
      const entry = entries.get(id) ?? { count: 1 };
      entry.tag = Math.max(entry.tag ?? 0, Number.isFinite(c.score) ? Math.max(c.score, 0) : 0);
      entries.set(id, entry);
    }
    return [...entries].map(([id, e]) => ({ id, ...e })).sort((a, b) => a.id - b.id);
  });
  // Document frequency among the papers being linked (tags and mentions); the registry's df may count
  // more, in which case the larger one says better how common the concept is.
  const n = papers.length;
  const df = new Int32Array(ids.length);
  for (const entries of lists) for (const c of entries) df[c.id]!++;
  for (const concept of index.concepts) {
    const id = idOf.get(concept.id);
    if (id !== undefined) df[id] = Math.min(n, Math.max(df[id]!, concept.df));
  }
  const raw = lists.map((entries) => {
    const best = Math.max(0, ...entries.map((c) => c.tag ?? 0));
    const weights = Float64Array.from(entries, (c) => {
      // Tag scores are only comparable within a paper: relative to its best, floored so none vanishes.
      const relative = c.tag === undefined ? 0 : best > 0 ? Math.max(c.tag / best, 0.05) : 1;
      const boost = c.tag === undefined ? 1 : 1 + tuning.tagBoost * relative ** tuning.conceptScoreExponent;
      // √count: a concept named five times is central, but not five times as central.
      return bm25Idf(n, df[c.id]!) * Math.sqrt(c.count) * boost;
    });
    return { ids: Int32Array.from(entries, (c) => c.id), weights };
  });
  return { space: buildFeatureSpace(raw, df), ids };
}

function textSpace(papers: PaperRecord[], titleWeight: number): FeatureSpace {
  // Words and word pairs share one id space; pairs are keyed by their two word ids (cheaper than strings).
  const wordIds = new Map<string, number>();
  const pairIds = new Map<number, number>();
  let next = 0;
  const counted = papers.map((paper) => {
    const occurrences: number[] = [];
    const read = (text: string, times: number) => {
      let previous = -1;
      for (const word of abstractWords(text)) {
        let id = wordIds.get(word);
        if (id === undefined) wordIds.set(word, (id = next++));
        for (let t = 0; t < times; t++) occurrences.push(id);
        if (previous >= 0) {
          const key = previous * PAIR_KEY + id;
          let pair = pairIds.get(key);
          if (pair === undefined) pairIds.set(key, (pair = next++));
          for (let t = 0; t < times; t++) occurrences.push(pair);
        }
        previous = id;
      }
    };
    read(paper.title, titleWeight);
    read(paper.abstract, 1);
    return countIds(occurrences);
  });
  const df = new Int32Array(next);
  for (const { ids } of counted) for (let k = 0; k < ids.length; k++) df[ids[k]!]!++;
  const n = papers.length;
  const raw = counted.map(({ ids, counts }) => ({
    ids,
    weights: Float64Array.from(counts, (count, k) => count * bm25Idf(n, df[ids[k]!]!)),
  }));
  return buildFeatureSpace(raw, df);
}

/** Word ids stay far below this, so `first * PAIR_KEY + second` is a unique safe integer. */
const PAIR_KEY = 2 ** 26;

/** Positions of the `k` largest weights (more when the k-th weight is tied: all of them are kept). */
function topPositions(weights: Float64Array, k: number): number[] {
  const all = Array.from(weights.keys());
  if (weights.length <= k) return all;
  const threshold = Float64Array.from(weights).sort()[weights.length - k]!;
  return all.filter((at) => weights[at]! >= threshold);
}

/** The `k` touched documents with the highest accumulated score (ties: lower index first). */
function topCandidates(touched: readonly number[], acc: Float64Array, k: number): number[] {
  if (touched.length <= k) return [...touched];
  // A small min-heap of the best k: touched lists can be long on large corpora.
  const heap: number[] = [];
  const worse = (a: number, b: number) => acc[a]! < acc[b]! || (acc[a] === acc[b] && a > b);
  const siftDown = (at: number) => {
    for (;;) {
      const l = 2 * at + 1;
      const r = l + 1;
      let m = at;
      if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
      if (m === at) return;
      [heap[at], heap[m]] = [heap[m]!, heap[at]!];
      at = m;
    }
  };
  for (const j of touched) {
    if (heap.length < k) {
      heap.push(j);
      for (let at = heap.length - 1; at > 0; ) {
        const parent = (at - 1) >> 1;
        if (!worse(heap[at]!, heap[parent]!)) break;
        [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
        at = parent;
      }
    } else if (worse(heap[0]!, j)) {
      heap[0] = j;
      siftDown(0);
    }
  }
  return heap;
}

/** Always positive; near 0 for a feature every paper has, ln(n) order for one only a few have. */
function bm25Idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
