/**
 * Related papers: for every paper, the papers closest to it, each with a score in (0, 1] and the shared
 * concepts that explain the link.
 *
 * The score mixes two cosine similarities:
 * - concepts (the explanation): each paper is a vector over the registry concepts it carries as tags or
 *   names in its title/abstract (labels, aliases and abbreviations, so "RAG" meets "retrieval-augmented
 *   generation"), less those the user removed from it (`ConceptIndex.removed`), weighted idf × √(times named) × (1 + (tag score / the paper's best)^γ) for its own
 *   tags. The BM25-style idf ln(1 + (n − df + ½)/(df + ½)) makes a concept most papers share count for
 *   little; a concept only one paper has links nothing but still dilutes that paper's vector.
 *   A shared one-word concept ("Films", "Cells") counts, and explains the link, only when the two papers share
 *   something besides it (lone-concepts.ts): one word names different things in different fields.
 * - words: stemmed words and word pairs of title (counted twice) + abstract, weighted count × idf.
 *   Raw counts rather than 1 + log: in a 200-word abstract the repeated words are the topic.
 * On the bundled corpus the words carry most of the ranking (see `npm run eval`), the concepts make
 * links explainable; a link with no shared concept has nothing to show on a paper page, so its score is
 * scaled down (`textOnlyFactor`) and such links are rare; one is listed only when it rests on more than one
 * word, and then names the words it rests on (wording.ts).
 *
 * That direct similarity picks and explains the candidates; their order and final score come from the
 * graph of every paper's nearest neighbours (`rerankByNeighbourhood`): a candidate ranks high when the two
 * papers are close directly and through common neighbours, relative to how connected each of them is.
 *
 * Scales without comparing all pairs: candidates come from inverted indexes over concepts and over
 * each paper's most selective words (features shared by too many papers are only used to re-score the
 * candidates, never to find them); only the best candidates are scored exactly.
 */
import { background, type Background } from '../concepts/background';
import { KIND_PREFIX } from '../concepts/word-shape';
import type { Concept, ConceptIndex } from '../model/concepts';
import type { RelatedPaper } from '../model/graph';
import type { PaperRecord } from '../model/paper';
import { abstractTokens, abstractWord, abstractWords } from './abstract-terms';
import { hasOneWordName, paperMentions, paperMentionsOf, type PaperMentions } from './concept-mentions';
import { commonWordsLabel } from './concept-specificity';
import { dotsWithout, isOneWordLabel, loneConceptCounts, nearestFloor } from './lone-concepts';
import { buildFeatureSpace, countIds, dot, spread, type FeatureSpace, type SparseVector } from './sparse-index';
import { namedFromCompounds, sharedWordsAbove, specificWord, topicWord, wordingEvidence, wordingHolds, wordsWrittenAlone } from './wording';

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
  /**
   * A link that shares no concept is listed only when its score is at least this share of the paper's best
   * link's (0: whatever its score).
   */
  textOnlyFloor: number;
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
  /**
   * A one-word concept two papers share counts only when they share a concept of several words too, or one
   * is among the other's this many nearest papers by words (see lone-concepts.ts). 0: never on its own. The
   * length of a related-papers list, as for `graphNeighbours`.
   */
  loneNeighbours: number;
  /**
   * A link that shares no concept is listed only when, without its strongest shared word (and the word pairs
   * holding it), the two papers are still as close by words as one of them is to its this many nearest
   * papers (see wording.ts). 0: whatever words it rests on. The length of a related-papers list, as above.
   */
  wordingNeighbours: number;
  /**
   * Exponent of a concept's idf in its weight (1: plain idf; 2: a specific concept counts more steeply against
   * a common one). For `npm run eval`'s sensitivity lines: steeper did not help on the dev groups (README).
   */
  conceptIdfExponent: number;
  /**
   * How much a concept carried by more than BROAD_SHARE of the papers (the collection's broad area, see
   * `reasonConcepts`) counts in the score, against 1 for the others. 0: nothing. For `npm run eval`'s
   * sensitivity lines, as `conceptIdfExponent`.
   */
  broadConceptWeight: number;
}

export const DEFAULT_LINK_TUNING: LinkTuning = {
  conceptShare: 0.2,
  tagBoost: 1,
  conceptScoreExponent: 0.5,
  mentions: true,
  textOnlyFactor: 0.5,
  textOnlyFloor: 0.3,
  titleWeight: 2,
  minScore: 0.01,
  graphNeighbours: 10,
  loneNeighbours: 10,
  wordingNeighbours: 10,
  conceptIdfExponent: 1,
  broadConceptWeight: 1,
};

export interface LinkOptions {
  /** Related papers per paper, at most. */
  max: number;
  tuning?: Partial<LinkTuning>;
  /** The papers' mentions (`paperMentions`) when the caller has them: the content stage finds them once, for the concept pages too. */
  mentions?: PaperMentions;
  /**
   * With `mentions`, those of the index's routine phrases when the caller found them in the same reading
   * (`paperMentionsOf` with `linkOnlyPass`); otherwise the link stage reads the papers again for them.
   */
  linkOnlyMentions?: PaperMentions;
  /**
   * A shared concept explains a link (is listed, and lets a weak link through) only when at least this many
   * papers carry it, as a concept needs to have a page (the `minConceptPapers` setting); unset, any concept.
   */
  minConceptPapers?: number;
  /** How common words are in scientific text at large (concepts/background.ts), for `commonWordsLabel` and `specificWord`. */
  background?: Background;
}

/** Words per paper used to find candidates (the highest-weighted ones); all words still score them. */
const CANDIDATE_TERMS = 24;
/** Shared words named for a link that shares no concept, strongest first. */
const WORDS_SHOWN = 3;
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
  // Sorted by slug so that the result does not depend on input order (floating-point sums included). A
  // retracted or withdrawn paper is no evidence for another: it is offered as related to none and, so that
  // the graph does not draw it among them either, none to it.
  const sorted = papers.filter((p) => p.retraction === undefined).sort((a, b) => compare(a.slug, b.slug));
  const n = sorted.length;
  const result: Record<string, RelatedPaper[]> = Object.create(null);
  for (const paper of [...papers].sort((a, b) => compare(a.slug, b.slug))) result[paper.slug] = [];
  if (n < 2 || max === 0) return result;

  // A concept or word more papers carry than this is the collection's broad area, no reason (`reasonConcepts`).
  const broadAbove = Math.max(BROAD_SHARE * n, max);
  const bg = options.background ?? background();
  const concepts = conceptSpace(sorted, index, tuning, options.mentions, options.linkOnlyMentions, broadAbove, bg);
  const text = textSpace(sorted, Math.max(0, Math.round(tuning.titleWeight)), new Set(index.unread ?? []), new Set(index.unreadTitles ?? []));
  // Features in more papers than this only re-score candidates (their idf is low anyway).
  const conceptCap = Math.max(100, Math.ceil(n * 0.1));
  const textCap = Math.max(100, Math.ceil(n * 0.02));
  const pool = Math.max(20, max * CANDIDATE_POOL);
  const scored: Candidate[][] = new Array(n);
  const candidateParts: Parts[][] = new Array(n);
  const floors = new Float64Array(n);
  const wordingFloors = new Float64Array(n);
  const loneNeighbours = Math.max(0, Math.floor(tuning.loneNeighbours));
  const wordingNeighbours = Math.max(0, Math.floor(tuning.wordingNeighbours));
  const { oneWord, commonWords } = concepts;
  // Per concept feature: the word ids (in the text space) of a one-word concept's one-word names, and of every
  // name of a phrase of common words.
  const conceptWords = conceptWordIds(index, concepts.ids, oneWord, commonWords, text.wordIds);
  const marks = new Int32Array(text.firstWord.length);

  const alpha = tuning.conceptShare;
  const acc = new Float64Array(n);
  const isTouched = new Uint8Array(n);
  const touched = new Int32Array(n);
  const heap = new Int32Array(pool);
  let longest = 0;
  for (const v of text.vectors) longest = Math.max(longest, v.ids.length);
  const scratch = new Float64Array(longest);
  const conceptDense = new Float64Array(concepts.space.df.length);
  const { df: conceptDf, postings: conceptPostings, vectors: conceptVectors } = concepts.space;
  const { df: textDf, postings: textPostings, vectors: textVectors } = text;

  for (let i = 0; i < n; i++) {
    // Candidates: accumulated products over the postings of the selective features, in feature order
    // (the order of these sums decides ties among candidates, so it is part of the result). The posting
    // loop is written out for concepts and for words alike rather than shared: a call per posting list
    // entry was a measurable share of the phase at 10,000 papers.
    let touchedCount = 0;
    const cv = conceptVectors[i]!;
    if (alpha > 0) {
      for (let f = 0; f < cv.ids.length; f++) {
        const feature = cv.ids[f]!;
        if (conceptDf[feature]! > conceptCap) continue;
        const weight = alpha * cv.weights[f]!;
        const { docs, weights } = conceptPostings[feature]!;
        for (let k = 0; k < docs.length; k++) {
          const j = docs[k]!;
          if (j === i) continue;
          if (!isTouched[j]) {
            isTouched[j] = 1;
            touched[touchedCount++] = j;
          }
          acc[j]! += weight * weights[k]!;
        }
      }
    }
    const tv = textVectors[i]!;
    if (alpha < 1) {
      const threshold = kthLargest(tv.weights, CANDIDATE_TERMS, scratch);
      for (let f = 0; f < tv.ids.length; f++) {
        const feature = tv.ids[f]!;
        if (tv.weights[f]! < threshold || textDf[feature]! > textCap) continue;
        const weight = (1 - alpha) * tv.weights[f]!;
        const { docs, weights } = textPostings[feature]!;
        for (let k = 0; k < docs.length; k++) {
          const j = docs[k]!;
          if (j === i) continue;
          if (!isTouched[j]) {
            isTouched[j] = 1;
            touched[touchedCount++] = j;
          }
          acc[j]! += weight * weights[k]!;
        }
      }
    }

    const candidateCount = topCandidates(touched, touchedCount, acc, heap);
    for (let t = 0; t < touchedCount; t++) {
      const j = touched[t]!;
      acc[j] = 0;
      isTouched[j] = 0;
    }

    // Exact scores of the candidates, the concepts' split into those of several words and one-word ones
    // (lone-concepts.ts), which count only once every paper's nearest by words are known. Which concepts
    // they share is only worked out for the links kept.
    const clearConcepts = spread(cv, conceptDense);
    const parts: Parts[] = [];
    for (let c = 0; c < candidateCount; c++) {
      const j = heap[c]!;
      const other = conceptVectors[j]!;
      const textSim = dot(textVectors[j]!, tv);
      let longer = 0;
      let sharesLonger = false;
      let shares = 0;
      let common = -1;
      const lones: LoneShare[] = [];
      for (let k = 0; k < other.ids.length; k++) {
        const f = other.ids[k]!;
        const mine = conceptDense[f]!;
        if (!(mine > 0)) continue;
        shares++;
        if (commonWords[f]) common = f;
        if (oneWord[f]) lones.push({ f, product: other.weights[k]! * mine });
        else {
          longer += other.weights[k]! * mine;
          sharesLonger = true;
        }
      }
      parts.push({ j, textSim, longer, sharesLonger, lones, soleCommon: shares === 1 ? common : -1 });
    }
    clearConcepts();
    candidateParts[i] = parts;
    floors[i] = nearestFloor(parts.map((p) => p.textSim), loneNeighbours);
    wordingFloors[i] = wordingNeighbours > 0 ? nearestFloor(parts.map((p) => p.textSim), wordingNeighbours) : -Infinity;
  }

  for (let i = 0; i < n; i++) {
    const links: Candidate[] = [];
    for (const p of candidateParts[i]!) {
      let conceptSim = p.longer;
      let counted = p.sharesLonger;
      const uncounted: number[] = [];
      // A shared concept of several words vouches for the one-word ones; else each is judged by the words the
      // two papers share besides its own, which cannot reach the floor when all their words do not.
      const reachable = p.sharesLonger || p.textSim >= Math.min(floors[i]!, floors[p.j]!);
      const otherWords = p.sharesLonger || !reachable || p.lones.length === 0 ? [] :
        dotsWithout(textVectors[p.j]!, textVectors[i]!, p.lones.map((l) => conceptWords[l.f]!), text.firstWord, text.secondWord, marks);
      for (const [at, lone] of p.lones.entries()) {
        if (p.sharesLonger || (reachable && loneConceptCounts(false, otherWords[at]!, floors[i]!, floors[p.j]!))) {
          conceptSim += lone.product;
          counted = true;
        } else uncounted.push(lone.f);
      }
      let direct = alpha * conceptSim + (1 - alpha) * p.textSim;
      if (!counted) direct *= tuning.textOnlyFactor;
      if (!(direct > 0) || direct < tuning.minScore) continue;
      // A phrase of common words that is all the two papers share is no reason of its own unless the rest of their
      // words agree, judged as a one-word concept is; it still counts in the score (see `unconfirmed`).
      let unconfirmed = false;
      if (p.soleCommon >= 0) {
        const reachable = p.textSim >= Math.min(floors[i]!, floors[p.j]!);
        const otherWords = reachable ? dotsWithout(textVectors[p.j]!, textVectors[i]!, [conceptWords[p.soleCommon]!], text.firstWord, text.secondWord, marks)[0]! : 0;
        unconfirmed = !(reachable && loneConceptCounts(false, otherWords, floors[i]!, floors[p.j]!));
      }
      links.push({ j: p.j, direct, score: direct, uncounted, textSim: p.textSim, unconfirmed });
    }
    scored[i] = links;
  }

  // A concept without a page explains nothing the reader can follow: a link it alone carried was shown as
  // "Similar wording" while it passed the floor below as a link with a shared concept (review 17 H4: Scott's
  // gender history beside the Langlands programme, 0.17 of her best link).
  const minPapers = options.minConceptPapers;
  const withPages = minPapers === undefined ? undefined : new Set(index.concepts.filter((c) => c.df >= minPapers).map((c) => c.id));
  const explains = (id: string) => withPages === undefined || withPages.has(id);

  const graphNeighbours = Math.max(0, Math.floor(tuning.graphNeighbours));
  if (graphNeighbours > 0) rerankByNeighbourhood(scored, graphNeighbours);
  const typicalBest = medianBest(scored);
  // What the word cosine counts against the concepts' (`outweighingWords`).
  const ratio = (1 - alpha) / alpha;
  const wordScratch = new Float64Array(text.firstWord.length);
  const labelStems = new Map(index.concepts.map((c) => [c.id, [c.label, ...c.aliases].flatMap((name) => abstractWords(name))]));
  const conceptStems = (ids: readonly string[]) => new Set(ids.flatMap((id) => labelStems.get(id) ?? []));
  const stems: string[] = [];
  for (const [word, id] of text.wordIds) stems[id] = word;
  // The words each paper writes alone (`wordsWrittenAlone`), read for the papers whose links name words.
  const aloneWords: (Set<string> | undefined)[] = [];
  const writtenAlone = (p: number, w: number) => (aloneWords[p] ??= wordsWrittenAlone(`${sorted[p]!.title} ${sorted[p]!.abstract}`)).has(stems[w]!);
  for (let i = 0; i < n; i++) {
    const links: Candidate[] = [];
    for (const l of scored[i]!) {
      const score = Math.min(1, Math.round(l.score * 1e4) / 1e4);
      if (score > 0) links.push({ j: l.j, direct: l.direct, score, uncounted: l.uncounted, textSim: l.textSim, unconfirmed: l.unconfirmed });
    }
    links.sort((a, b) => b.score - a.score || compare(sorted[a.j]!.slug, sorted[b.j]!.slug));
    if (links.length > max) links.length = max;
    const clearConcepts = spread(conceptVectors[i]!, conceptDense);
    const listed = links.map((l) => {
      const shared = l.unconfirmed ? [] : sharedConcepts(conceptVectors[l.j]!, conceptDense, concepts.ids, l.uncounted).filter((s) => explains(s.id));
      const reasons = reasonConcepts(shared, conceptDf, broadAbove);
      const r: RelatedPaper & { named: number } = { id: sorted[l.j]!.slug, score: l.score, shared: reasons.shared.map((s) => s.id), named: reasons.shared.reduce((sum, s) => sum + s.weight, 0) };
      if (reasons.broad) r.broad = true;
      return r;
    });
    clearConcepts();
    // A paper that shares no concept and is far weaker than the best is no neighbour, only vocabulary: in a
    // library of many fields such links filled every list to its length (review 11 M2: 378 of 822 listed
    // papers shared nothing, Heartbleed beside Nora's Lieux de mémoire).
    // Far weaker than the paper's best, or, for a paper whose best is itself weak, than a typical paper's best
    // (review 12 N4: Astropy, best 0.08, kept nine papers of other fields at 0.03–0.06).
    const top = Math.max(listed[0]?.score ?? 0, typicalBest);
    const kept: RelatedPaper[] = [];
    // A counted word as this paper first writes it (`writtenForm`), its tokens read once and looked up, not stemmed again.
    let tokens: string[] | undefined;
    const writtenAs = (w: number) => {
      tokens ??= abstractTokens(`${sorted[i]!.title} ${sorted[i]!.abstract}`);
      const token = tokens.find((t) => text.tokenIds.get(t) === w);
      return token?.replace(/['’][a-z]+$/, '');
    };
    // Whether a word is one of a topic (`topicWord`) as this paper writes it, asked of every word its links share:
    // once a word, not once a link.
    const topicOf = new Map<number, boolean>();
    const topic = (w: number): boolean => {
      let is = topicOf.get(w);
      if (is === undefined) topicOf.set(w, (is = topicWord(writtenAs(w), bg)));
      return is;
    };
    for (const [at, { named, ...r }] of listed.entries()) {
      // A word the card may name: one that reads as a word alone, and that both papers write alone somewhere, not
      // only inside hyphenated compounds ("purpose" of "general-purpose"), unless it is a specific term there
      // ("charm-quark"; `namedFromCompounds`), review 41 finding 1. It still counts towards the link.
      const nameable = (w: number) =>
        shownAlone(writtenAs(w)) && ((writtenAlone(i, w) && writtenAlone(links[at]!.j, w)) || namedFromCompounds(writtenAs(w)!, bg));
      if (r.shared.length > 0) {
        // The words the two abstracts share are the reason too where one of them alone adds more to the link than
        // every concept it names together (review 22 finding 5: "charmonium" behind "Both mention Quark").
        // No word weighs more than all of them together (the word cosine): most links need no more.
        const { j, textSim } = links[at]!;
        if (!(textSim * ratio > named)) {
          kept.push(r);
          continue;
        }
        const namedStems = conceptStems(r.shared);
        // Only a word of a topic (`topicWord`): "results" or "values" outweighing a concept is no reason beside it.
        const eligible = (w: number) =>
          textDf[w]! <= broadAbove && (timesWritten(text, i, w) > 1 || timesWritten(text, j, w) > 1) && !namedStems.has(stems[w]!) && nameable(w) && topic(w);
        const words = outweighingWords(sharedWordsAbove(textVectors[i]!, textVectors[j]!, text.firstWord, text.secondWord, named / ratio, wordScratch), ratio, named, eligible);
        const written = words.flatMap((w) => writtenAs(w) ?? []);
        kept.push(written.length > 0 ? { ...r, words: written } : r);
        continue;
      }
      if (r.score < tuning.textOnlyFloor * top) continue;
      // Nothing but wording: only when it rests on more than one word (review 18 M1: one shared stem, "union",
      // "superstructure", "zeros", linked a model-theory paper to C++ unions and a tramway), and then with the
      // words it rests on, as the paper writes them, for the page to name…
      // Only the words of a topic are evidence, and only they are named (`topicWord`): "method", "results" and
      // "based" are shared by any two abstracts.
      const j = links[at]!.j;
      const words = sharedWordsAbove(textVectors[i]!, textVectors[j]!, text.firstWord, text.secondWord, 0, wordScratch);
      const { strongest, leftOut } = wordingEvidence(words, topic);
      // …unless that one word is a specific term few papers write, which one of the two repeats (`specificWord`,
      // review 22b finding 3: "charmonium", "surfactant", "brane"): a topic, not a coincidence of vocabulary.
      const specific = strongest !== undefined && nameable(strongest) &&
        specificWord(writtenAs(strongest), textDf[strongest]!, max, Math.max(timesWritten(text, i, strongest), timesWritten(text, j, strongest)), bg);
      // A phrase of common words that was all the link shared, and that the rest of the words did not confirm: what
      // is left is that phrase's words, and a link of wording must rest on more than those, or on a specific word.
      if (links[at]!.unconfirmed && !specific) continue;
      if (wordingNeighbours > 0 && !specific) {
        const without = strongest === undefined ? 0 : dotsWithout(textVectors[i]!, textVectors[j]!, [leftOut], text.firstWord, text.secondWord, marks)[0]!;
        if (!wordingHolds(without, wordingFloors[i]!, wordingFloors[j]!)) continue;
      }
      const written = words.flatMap(({ word }) => (nameable(word) && topic(word) ? [writtenAs(word)!] : [])).slice(0, WORDS_SHOWN);
      kept.push(written.length > 0 ? { ...r, words: written } : r);
    }
    result[sorted[i]!.slug] = kept;
  }
  return result;
}

/**
 * Whether a counted word (lowercase, `abstractTokens`) reads as a word when a card names it alone: not a piece
 * of "et al." ("Similar wording: et and al": two letters, which lowercase says nothing alone) nor a prefix a
 * hyphen cut off ("pre" of "pre-trained"; `KIND_PREFIX`), review 22b. It still counts towards the link.
 */
export function shownAlone(token: string | undefined): boolean {
  return token !== undefined && token.length > 2 && !KIND_PREFIX.test(token);
}

/**
 * How often paper `i` writes word `w` (its title's words `titleWeight` times). A word each abstract writes once is
 * as often a coincidence as a topic ("rely", "external"); the topic words are the repeated ones.
 */
function timesWritten(text: TextSpace, i: number, w: number): number {
  const ids = text.vectors[i]!.ids;
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid]! === w) return text.counts[i]![mid]!;
    if (ids[mid]! < w) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** The median over papers of each one's best link score (0 with no links). */
function medianBest(scored: ReadonlyArray<ReadonlyArray<{ score: number }>>): number {
  const best = scored.flatMap((links) => (links.length > 0 ? [links.reduce((m, l) => Math.max(m, l.score), 0)] : [])).sort((a, b) => a - b);
  return best.length > 0 ? best[best.length >> 1]! : 0;
}

/** A candidate link before its shared concepts are listed (most candidates are never shown). */
type Candidate = Omit<Scored, 'shared'> & {
  /** The shared one-word concepts that do not count for this link (`loneConceptCounts`): no reason to show. */
  uncounted: number[];
  /** The two papers' word cosine. */
  textSim: number;
  /**
   * Their only shared concept is a phrase of common words (`commonWordsLabel`) that the rest of their words do not
   * confirm: the link is not listed (see the wording branch of the listing).
   * Its score keeps the phrase: the phrase still adds to the link, and halving such links, as the one-word rule
   * does, shifted the neighbourhood re-ranking of papers whose lists it did not touch (on the dev groups a
   * few-shot policy-transfer paper's group-mate went from 5th to 6th: P@5 0.528 → 0.523).
   */
  unconfirmed: boolean;
};

/** A candidate's exact similarities, before its one-word concepts are judged. */
interface Parts {
  j: number;
  textSim: number;
  /** Concept cosine terms of the shared concepts of several words. */
  longer: number;
  sharesLonger: boolean;
  lones: LoneShare[];
  /** The feature of the one concept they share when it is a phrase of common words, else -1. */
  soleCommon: number;
}

/** A shared one-word concept: its feature and its concept cosine term. */
interface LoneShare {
  f: number;
  product: number;
}

/**
 * The concepts `other` shares with the vector spread in `dense`, strongest shared weight first (ties by id),
 * less those in `leaveOut`.
 */
function sharedConcepts(other: SparseVector, dense: Float64Array, ids: readonly string[], leaveOut: readonly number[]): SharedConcept[] {
  const shared: SharedConcept[] = [];
  for (let k = 0; k < other.ids.length; k++) {
    const f = other.ids[k]!;
    const mine = dense[f]!;
    if (mine > 0 && !leaveOut.includes(f)) shared.push({ id: ids[f]!, f, weight: mine * other.weights[k]! });
  }
  shared.sort((a, b) => b.weight - a.weight || compare(a.id, b.id));
  return shared;
}

/** A concept two papers share: its id, its feature and what it adds to their concept cosine. */
export interface SharedConcept {
  id: string;
  f: number;
  weight: number;
}

/**
 * Above this share of the papers a concept (or word) is the collection's broad area, not a reason for one link
 * (review 22 finding 5: "Both mention Reinforcement learning" was the whole reason of 35 top-5 cards in a library
 * where 95% of the papers name it). Why a fifth: a related list opens with five cards, and a concept more than a
 * fifth of the papers carry would be on one of five papers picked at random, so it cannot say why this paper
 * rather than any other is listed. And never below the length of a related list (`max`): a concept whose
 * papers all fit in one list is a topic, however small the collection.
 */
export const BROAD_SHARE = 1 / 5;

/**
 * The shared concepts that explain a link, strongest first: those carried by at most `broadAbove` papers, or,
 * where every one is carried by more, all of them, marked `broad` (the link is only in the same broad area).
 */
export function reasonConcepts(shared: readonly SharedConcept[], df: ArrayLike<number>, broadAbove: number): { shared: SharedConcept[]; broad: boolean } {
  const specific = shared.filter((s) => df[s.f]! <= broadAbove);
  return specific.length > 0 || shared.length === 0 ? { shared: specific, broad: false } : { shared: [...shared], broad: true };
}

/**
 * The shared words (`sharedWordsAbove`, strongest first) each of which alone adds more to a link's score than the
 * concepts it names together (`named`, their concept cosine terms, which count `ratio` times less than the word
 * cosine's: the concept share against the words'), and that `eligible` lets through; at most WORDS_SHOWN.
 */
export function outweighingWords(words: readonly { word: number; weight: number }[], ratio: number, named: number, eligible: (word: number) => boolean): number[] {
  const shown: number[] = [];
  for (const { word, weight } of words) {
    if (!(weight * ratio > named)) break;
    if (!eligible(word)) continue;
    shown.push(word);
    if (shown.length === WORDS_SHOWN) break;
  }
  return shown;
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
export function rerankByNeighbourhood(scored: Pick<Scored, 'j' | 'direct' | 'score'>[][], k: number): void {
  const n = scored.length;
  // Undirected edges i–j from each paper's k best direct links; the weight is the (symmetric) direct score.
  // An edge both ends chose is listed twice at each end: the copy pushed first (by the lower paper) stays.
  const lists: { ids: number[]; weights: number[] }[] = Array.from({ length: n }, () => ({ ids: [], weights: [] }));
  for (let i = 0; i < n; i++) {
    const best = [...scored[i]!].sort((x, y) => y.direct - x.direct || x.j - y.j);
    for (let b = 0; b < Math.min(k, best.length); b++) {
      const { j, direct } = best[b]!;
      lists[i]!.ids.push(j);
      lists[i]!.weights.push(direct);
      lists[j]!.ids.push(i);
      lists[j]!.weights.push(direct);
    }
  }
  const neighbours = lists.map(({ ids, weights }) => {
    // Stable: among copies of one edge, the first pushed comes first.
    const order = ids.map((_, at) => at).sort((x, y) => ids[x]! - ids[y]!);
    const unique = order.filter((at, o) => o === 0 || ids[order[o - 1]!] !== ids[at]);
    return { ids: Int32Array.from(unique, (at) => ids[at]!), weights: Float64Array.from(unique, (at) => weights[at]!) };
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

function conceptSpace(
  papers: PaperRecord[],
  index: ConceptIndex,
  tuning: LinkTuning,
  known: PaperMentions | undefined,
  knownLinkOnly: PaperMentions | undefined,
  broadAbove: number,
  bg: Background,
) {
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
  // A concept the user took off a paper is not one it mentions either (`paperMentions`): it must not explain its links.
  const mentions = tuning.mentions ? linkMentions(papers, index, known, knownLinkOnly) : undefined;
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
    const best = entries.reduce((m, c) => Math.max(m, c.tag ?? 0), 0);
    const weights = Float64Array.from(entries, (c) => {
      // Tag scores are only comparable within a paper: relative to its best, floored so none vanishes.
      const relative = c.tag === undefined ? 0 : best > 0 ? Math.max(c.tag / best, 0.05) : 1;
      const boost = c.tag === undefined ? 1 : 1 + tuning.tagBoost * relative ** tuning.conceptScoreExponent;
      // √count: a concept named five times is central, but not five times as central.
      const broad = df[c.id]! > broadAbove ? tuning.broadConceptWeight : 1;
      return broad * bm25Idf(n, df[c.id]!) ** tuning.conceptIdfExponent * Math.sqrt(c.count) * boost;
    });
    return { ids: Int32Array.from(entries, (c) => c.id), weights };
  });
  const labels = new Map(index.concepts.map((c) => [c.id, c.label]));
  const oneWord = Uint8Array.from(ids, (id) => (isOneWordLabel(labels.get(id) ?? id) ? 1 : 0));
  const commonWords = Uint8Array.from(ids, (id) => (labels.has(id) && commonWordsLabel(labels.get(id)!, bg) ? 1 : 0));
  return { space: buildFeatureSpace(raw, df), ids, oneWord, commonWords };
}

/**
 * The concepts a mention pass must read to count the index's `linkOnly` phrases (features of the link stage
 * alone, never a reason: no page) as a pass over all concepts would; undefined when there are none. The mention
 * finder counts every name where it is written, whatever other names overlap it; the one exception, a one-word
 * name read as the head of a longer name the paper carries, needs the other concepts. So the phrases alone do,
 * unless one has a one-word name (then all concepts are read): at 10,000 papers a pass over all 15,000 took 6 s.
 */
export function linkOnlyPass(index: Pick<ConceptIndex, 'concepts' | 'linkOnly'>): Concept[] | undefined {
  const linkOnly = index.linkOnly ?? [];
  if (linkOnly.length === 0) return undefined;
  return linkOnly.some(hasOneWordName) ? [...index.concepts, ...linkOnly] : linkOnly;
}

/** The mentions, plus those of the index's `linkOnly` phrases (`linkOnlyPass`): found here unless the caller has them. */
function linkMentions(papers: readonly PaperRecord[], index: ConceptIndex, known: PaperMentions | undefined, knownLinkOnly: PaperMentions | undefined): PaperMentions {
  const pass = linkOnlyPass(index);
  if (!pass) return known ?? paperMentions(papers, index);
  let mentions = known;
  let linkOnly = known ? knownLinkOnly : undefined;
  if (!mentions) [mentions, linkOnly] = paperMentionsOf(papers, index, [pass]);
  else if (!linkOnly) linkOnly = paperMentions(papers, { ...index, concepts: pass });
  const ids = new Set(index.linkOnly!.map((c) => c.id));
  const merged = new Map<string, Map<string, number>>();
  for (const paper of papers) {
    const own = new Map(mentions!.get(paper.slug) ?? []);
    for (const [id, count] of linkOnly!.get(paper.slug) ?? []) if (ids.has(id)) own.set(id, count);
    if (own.size > 0) merged.set(paper.slug, own);
  }
  return merged;
}

/** The word features, and for every feature its word (a pair: its two words; `secondWord` -1 for a word). */
interface TextSpace extends FeatureSpace {
  wordIds: ReadonlyMap<string, number>;
  firstWord: Int32Array;
  secondWord: Int32Array;
  /** Per paper, how often it writes each of its features (same order as its vector's ids; title words `titleWeight` times). */
  counts: Int32Array[];
  /** Each token read (`abstractTokens`) and its word's id, -1 for one not counted. */
  tokenIds: ReadonlyMap<string, number>;
}

function textSpace(papers: PaperRecord[], titleWeight: number, unread: ReadonlySet<string>, unreadTitles: ReadonlySet<string>): TextSpace {
  // Words and word pairs share one id space, numbered in order of first appearance. A token's word id is
  // memoised (stop-word test and stemming once per distinct token); pairs are keyed by their two word ids.
  const tokenIds = new Map<string, number>();
  const wordIds = new Map<string, number>();
  const pairIds = new PairIds();
  const pairWords: number[] = [];
  let next = 0;
  let occurrences = new Int32Array(1024);
  let count = 0;
  const push = (id: number, times: number) => {
    if (count + times > occurrences.length) {
      const grown = new Int32Array(Math.max(occurrences.length * 2, count + times));
      grown.set(occurrences);
      occurrences = grown;
    }
    for (let t = 0; t < times; t++) occurrences[count++] = id;
  };
  const read = (text: string, times: number) => {
    let previous = -1;
    for (const token of abstractTokens(text)) {
      let id = tokenIds.get(token);
      if (id === undefined) {
        const word = abstractWord(token);
        if (word === undefined) id = -1;
        else {
          id = wordIds.get(word);
          if (id === undefined) wordIds.set(word, (id = next++));
        }
        tokenIds.set(token, id);
      }
      if (id < 0) continue;
      push(id, times);
      if (previous >= 0) {
        let pair = pairIds.get(previous, id);
        if (pair < 0) {
          pairIds.set(previous, id, (pair = next++));
          pairWords.push(pair, previous, id);
        }
        push(pair, times);
      }
      previous = id;
    }
  };
  const counted = papers.map((paper) => {
    count = 0;
    // What the concept stage could not read (not English) gives no words here either (`ConceptIndex.unread`, `unreadTitles`),
    // nor does a title made from a sentence of the abstract: read again at a title's weight, that sentence's words
    // outweighed the rest of the abstract (concepts/paper-text.ts reads it the same way).
    if (!unread.has(paper.slug)) {
      if (!unreadTitles.has(paper.slug) && !paper.madeTitle) read(paper.title, titleWeight);
      read(paper.abstract, 1);
    }
    return countIds(occurrences.subarray(0, count));
  });
  const df = new Int32Array(next);
  for (const { ids } of counted) for (let k = 0; k < ids.length; k++) df[ids[k]!]!++;
  const n = papers.length;
  const idf = Float64Array.from(df, (d) => bm25Idf(n, d));
  const raw = counted.map(({ ids, counts }) => {
    const weights = new Float64Array(ids.length);
    for (let k = 0; k < ids.length; k++) weights[k] = counts[k]! * idf[ids[k]!]!;
    return { ids, weights };
  });
  const firstWord = Int32Array.from({ length: next }, (_, f) => f);
  const secondWord = new Int32Array(next).fill(-1);
  for (let k = 0; k < pairWords.length; k += 3) {
    firstWord[pairWords[k]!] = pairWords[k + 1]!;
    secondWord[pairWords[k]!] = pairWords[k + 2]!;
  }
  return { ...buildFeatureSpace(raw, df), wordIds, firstWord, secondWord, counts: counted.map((c) => c.counts), tokenIds };
}

/**
 * For each concept feature marked `oneWord`, the text-space ids of the words its one-word names (label and
 * aliases) are counted as; for one marked `commonWords`, those of all its names; empty for the others and for
 * names no paper writes.
 */
function conceptWordIds(index: ConceptIndex, ids: readonly string[], oneWord: Uint8Array, commonWords: Uint8Array, wordIds: ReadonlyMap<string, number>): number[][] {
  const byId = new Map(index.concepts.map((c) => [c.id, c]));
  return ids.map((id, f) => {
    const concept = byId.get(id);
    if (!(oneWord[f] || commonWords[f]) || concept === undefined) return [];
    const words = new Set<number>();
    for (const name of [concept.label, ...concept.aliases]) {
      if (!commonWords[f] && !isOneWordLabel(name)) continue;
      for (const word of abstractWords(name)) {
        const w = wordIds.get(word);
        if (w !== undefined) words.add(w);
      }
    }
    return [...words];
  });
}

/** Ids of word pairs: an open-addressing hash table keyed by the two word ids (no number boxing, no strings). */
class PairIds {
  private first = new Int32Array(1 << 16).fill(-1);
  private second = new Int32Array(1 << 16);
  private ids = new Int32Array(1 << 16);
  private size = 0;

  private slot(a: number, b: number): number {
    const mask = this.first.length - 1;
    let h = Math.imul(a, 0x9e3779b1) ^ b;
    h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
    let at = (h ^ (h >>> 13)) & mask;
    while (this.first[at] !== -1 && (this.first[at] !== a || this.second[at] !== b)) at = (at + 1) & mask;
    return at;
  }

  /** The id of pair (a, b), or -1. */
  get(a: number, b: number): number {
    const at = this.slot(a, b);
    return this.first[at] === -1 ? -1 : this.ids[at]!;
  }

  /** Records a pair that `get` did not find. */
  set(a: number, b: number, id: number): void {
    if (2 * (this.size + 1) > this.first.length) this.grow();
    const at = this.slot(a, b);
    this.first[at] = a;
    this.second[at] = b;
    this.ids[at] = id;
    this.size++;
  }

  private grow(): void {
    const { first, second, ids } = this;
    this.first = new Int32Array(first.length * 2).fill(-1);
    this.second = new Int32Array(first.length * 2);
    this.ids = new Int32Array(first.length * 2);
    for (let at = 0; at < first.length; at++) {
      if (first[at] === -1) continue;
      const to = this.slot(first[at]!, second[at]!);
      this.first[to] = first[at]!;
      this.second[to] = second[at]!;
      this.ids[to] = ids[at]!;
    }
  }
}

/**
 * The `k`-th largest of `values` (-Infinity when there are at most `k`): every value at least this large is
 * among the `k` largest or tied with the last of them. A selection in `scratch`, not a sort.
 */
export function kthLargest(values: Float64Array, k: number, scratch: Float64Array): number {
  const length = values.length;
  if (length <= k) return -Infinity;
  const a = scratch;
  a.set(values);
  // Hoare-style quickselect of position length - k in ascending order (middle pivot, no randomness).
  const target = length - k;
  let lo = 0;
  let hi = length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let x = lo;
    let y = hi;
    while (x <= y) {
      while (a[x]! < pivot) x++;
      while (a[y]! > pivot) y--;
      if (x <= y) {
        const t = a[x]!;
        a[x] = a[y]!;
        a[y] = t;
        x++;
        y--;
      }
    }
    if (target <= y) hi = y;
    else if (target >= x) lo = x;
    else break;
  }
  return a[target]!;
}

/**
 * The `k = heap.length` touched documents with the highest accumulated score (ties: lower index first),
 * written to the front of `heap` in no particular order; returns how many there are.
 */
export function topCandidates(touched: Int32Array, count: number, acc: Float64Array, heap: Int32Array): number {
  const k = heap.length;
  if (count <= k) {
    heap.set(touched.subarray(0, count));
    return count;
  }
  // A min-heap of the best k under "worse": lower score, or equal score and higher index.
  let size = 0;
  for (let t = 0; t < count; t++) {
    const j = touched[t]!;
    const score = acc[j]!;
    if (size < k) {
      let at = size++;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        const p = heap[parent]!;
        if (!(score < acc[p]! || (score === acc[p]! && j > p))) break;
        heap[at] = p;
        at = parent;
      }
      heap[at] = j;
      continue;
    }
    const top = heap[0]!;
    if (!(acc[top]! < score || (acc[top]! === score && top > j))) continue;
    // Replace the root by j and sift it down.
    let at = 0;
    for (;;) {
      const l = 2 * at + 1;
      if (l >= k) break;
      const r = l + 1;
      let m = l;
      if (r < k && (acc[heap[r]!]! < acc[heap[l]!]! || (acc[heap[r]!]! === acc[heap[l]!]! && heap[r]! > heap[l]!))) m = r;
      const c = heap[m]!;
      if (!(acc[c]! < score || (acc[c]! === score && c > j))) break;
      heap[at] = c;
      at = m;
    }
    heap[at] = j;
  }
  return size;
}

/** Always positive; near 0 for a feature every paper has, ln(n) order for one only a few have. */
function bm25Idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
