/**
 * The per-document part of the concept stage: a document's ranked candidates and what later steps need of its
 * words, as plain data that the analysis cache keeps and worker threads make (scripts/lib/analysis-worker.ts).
 */
import type { DocumentText } from '../model/paper';
import { background, type Background } from './background';
import { analyse, DEFAULT_PARAMS, type AnalysedDocument, type RankParams } from './rank';
import { FLAG_DEGREE, FLAG_NOUN_MODIFIED, FLAG_NOUN_WORDS_SHIFT, FLAG_QUALIFIED, FLAG_SCHOLARLY, type DocumentAnalysis } from '../cache/document-analysis';
import type { KeyedCache } from '../cache/keyed-cache';
import type { Word } from './tokenize';
import { STARTS_UPPER } from './word-shape';
import { degreePhrase, qualifiedPhrase, scholarlyPhrase } from './scholarly-phrases';

/** The inputs of a document's analysis, as the key of `ExtractOptions.cache`. */
export function analysisKey(doc: DocumentText): string {
  return JSON.stringify([doc.title, doc.abstract]);
}

/**
 * Tags also count a phrase's appearances inside longer ones: "self-play" in "self-play agents" is what
 * links that paper to others about self-play.
 */
const CONCEPT_PARAMS: RankParams = {
  ...DEFAULT_PARAMS,
  rankNested: true,
  // A paper's own system is often one word ("AutoTriton", "RLHF"); the keyphrase benchmarks, whose
  // annotators seldom pick single words, set the ranking's default lower.
  singleWordFactor: 1,
  // A tag is one concept whatever form a paper uses; the slot question is the benchmarks' only.
  shortFormFactor: 1,
  // Related-paper P@5 0.528 with adjectives weighed in full, 0.523 at the keyphrase ranking's 0.6.
  adjectiveWeight: 1,
  // "Natural language" then becomes a concept shared by a third of the corpus and links weakly:
  // related P@5 0.523 with the term modifiers kept, 0.533 without.
  keepTermModifiers: false,
  // "Vision-Language Models | Provide Promptable Representations", "models | offer direct JSON
  // generation": a tag never runs over a plural subject into its verb. (The benchmarks' annotators
  // keep such runs whole often enough that the keyphrase ranking does not split them.)
  splitAfterPlural: true,
};


/** Words of a phrase whose noun bits are kept (`FLAG_NOUN_WORDS_SHIFT`): more than a tag has (`MAX_TAG_WORDS`). */
export const MAX_NOUN_BITS = 8;

function nounWord(w: Word): boolean {
  return w.cls === 'N' && !w.stop;
}

// Helpers of per-word loops are module functions: tsx (keepNames) names a closure each time it is made.
function capitalInSentence(words: readonly Word[], j: number, sentence: number): boolean {
  return words[j]?.sentence === sentence && STARTS_UPPER.test(words[j]!.text);
}

/** The document's analysis as plain data (`DocumentAnalysis`), everything later steps need of its words. */
function toAnalysis(a: AnalysedDocument, bg: Background): DocumentAnalysis {
  const caseVotes: number[] = [];
  const sentences = a.words.map((w, k) => {
    if (k >= a.titleWords && k > 0 && a.words[k - 1]!.sentence === w.sentence) {
      // Only a lone capital is evidence of a name: a run of them is title case ("Proximal Policy Optimization").
      caseVotes.push(k * 2 + (!capitalInSentence(a.words, k - 1, w.sentence) && !capitalInSentence(a.words, k + 1, w.sentence) ? 1 : 0));
    }
    return w.sentence;
  });
  const spans = (list: readonly { start: number; length: number }[]) => list.flatMap((o) => [o.start, o.length]);
  const ranked = a.ranked.map((r): DocumentAnalysis['ranked'][number] => {
    const c = r.candidate;
    let flags = 0;
    if (scholarlyPhrase(c, a.words, a.titleWords, bg)) flags |= FLAG_SCHOLARLY;
    else if (qualifiedPhrase(c, a.words)) flags |= FLAG_QUALIFIED;
    if (degreePhrase(c, a.words, bg)) flags |= FLAG_DEGREE;
    const o = c.occurrences[0] ?? c.nested[0];
    if (o && o.length > 1 && a.words[o.start + o.length - 2]!.cls === 'N') flags |= FLAG_NOUN_MODIFIED;
    if (o) for (let k = 0; k < o.length && k < MAX_NOUN_BITS; k++) if (nounWord(a.words[o.start + k]!)) flags += 2 ** (FLAG_NOUN_WORDS_SHIFT + k);
    return [c.key, r.surface, r.score, c.stems, [...c.surfaces.keys()], spans(c.occurrences), spans(c.nested), flags];
  });
  return { texts: a.words.map((w) => w.text), sentences, titleWords: a.titleWords, caseVotes, ranked };
}


/** The per-document part of `extractConcepts`, as it is kept in `ExtractOptions.cache` (workers may fill it). */
export function documentAnalysis(doc: DocumentText, bg: Background = background()): DocumentAnalysis {
  return toAnalysis(analyse(doc, bg, CONCEPT_PARAMS), bg);
}

/** Only what reads back the same from JSON is cached (a score that is not a finite number would not). */
export function cacheable(analysis: DocumentAnalysis): boolean {
  return analysis.ranked.every((r) => Number.isFinite(r[2]));
}

/** Analyses a document, or takes its analysis from the cache. */
export function analysedDocument(doc: DocumentText, bg: Background, cache: KeyedCache<DocumentAnalysis> | undefined): DocumentAnalysis {
  const key = cache && analysisKey(doc);
  const kept = key === undefined ? undefined : cache!.get(key);
  if (kept) return kept;
  const made = documentAnalysis(doc, bg);
  if (key !== undefined && cacheable(made)) cache!.put(key, made);
  return made;
}

/** What a document that is not read gives the corpus-wide steps: no words, no candidates. */
export const UNREAD: DocumentAnalysis = { texts: [], sentences: [], titleWords: 0, caseVotes: [], ranked: [] };
