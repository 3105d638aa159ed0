/**
 * The concept stage: per-document keyphrases (for `npm run concepts` and the evaluation) and the
 * corpus-wide concept index the site is built from. The index adds what one document cannot know:
 * abbreviations defined elsewhere in the corpus ("RAG" in one abstract is the "retrieval-augmented
 * generation" defined in another; a paper that defines a short form keeps its own), how many papers share a concept (one that no other paper has links
 * nothing; one that every paper has says little), readable labels voted over all mentions, and the
 * user's overrides.
 *
 * This module is the stage's entry and composes the others: concept-analysis.ts (the per-document, cached part)
 * and ranked-document.ts (a document as the corpus-wide steps hold it); corpus-abbreviations.ts and
 * concept-names.ts (the concept a phrase names); paper-mentions.ts (each paper's candidates as concepts, with the
 * rules of incidental-mentions.ts, cut-phrases.ts, concept-heads.ts, title-holding.ts and broader-nouns.ts);
 * tag-selection.ts and keyword-hints.ts (each paper's tags), title-holding.ts and broader-nouns.ts (concepts lent
 * by titles and shared inner nouns); concept-labels.ts and concept-registry.ts (labels, ids and the index).
 */
import type { ConceptIndex, Keyphrases } from '../model/concepts';
import type { DocumentText } from '../model/paper';
import { background } from './background';
import { emptyOverrides, type ConceptOverrides, type UnmatchedOverride } from './overrides';
import { analyse, type AnalysedDocument } from './rank';
import type { DocumentAnalysis } from '../cache/document-analysis';
import type { KeyedCache } from '../cache/keyed-cache';
import { identity, PhraseWords } from './normalise';
import { englishText } from './language';
import { keywordHints } from './keyword-hints';
import { NameRuns } from './name-runs';
import { analysedDocument, UNREAD } from './concept-analysis';
import { corpusAbbreviations } from './corpus-abbreviations';
import { readMentions } from './paper-mentions';
import { conceptRegistry } from './concept-registry';
import { conceptNames } from './concept-names';
import { addBroaderNouns } from './broader-nouns';
import { lendTitleConcepts } from './title-holding';
import { corpusWeight, MIN_DOUBTFUL_WRITERS, selectTags, uncorroboratedPhrases } from './tag-selection';
import { longFormLabels, voteLabels, type ConceptStats } from './concept-labels';
import { fromAnalysis, type Identify } from './ranked-document';
import { WordCase } from './word-case';
import { specificWord } from './incidental-mentions';

export interface ExtractOptions {
  /** Most concepts a paper gets. */
  perPaper: number;
  overrides?: ConceptOverrides;
  /**
   * Each document's analysis from an earlier run, by `analysisKey`: the costly per-document part, which
   * depends on nothing but the document's title and abstract (and this code: the cache's owner versions
   * it). The index is the same with or without it.
   */
  cache?: KeyedCache<DocumentAnalysis>;
  /**
   * Each document's English text (`englishText`, undefined where none is read), in the order of the documents,
   * where the caller has found it already (the content stage, to know which analyses its cache lacks): reading
   * 10,000 abstracts' function words took 0.2 s. The index is the same with or without it.
   */
  englishTexts?: readonly (DocumentText | undefined)[];
}

/** The document's phrases best first, one per identity (stemmed form). */
export function selectKeyphrases(doc: AnalysedDocument, top: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of doc.ranked) {
    if (out.length >= top) break;
    const id = identity(r.candidate.key);
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(r.surface);
  }
  return out;
}

export function extractKeyphrases(docs: DocumentText[], options: { top: number }): Keyphrases[] {
  const bg = background();
  return docs.map((d) => ({ id: d.id, keyphrases: selectKeyphrases(analyse(d, bg), options.top) }));
}

export function extractConcepts(docs: DocumentText[], options: ExtractOptions): ConceptIndex {
  return extractConceptIndex(docs, options).index;
}

/**
 * The concept index, the entries of the user's overrides that changed nothing in it, the documents whose
 * abstract is not English (`looksNonEnglish`): their text is not read, as the extractor knows only English,
 * so they carry only the concepts the user pins on them; and the documents whose title alone is not
 * English (`titleLooksNonEnglish`): only their abstract is read.
 */
export function extractConceptIndex(
  docs: DocumentText[],
  options: ExtractOptions,
): { index: ConceptIndex; unmatched: UnmatchedOverride[]; nonEnglish: string[]; nonEnglishTitles: string[] } {
  const overrides = options.overrides ?? emptyOverrides();
  const bg = background();
  const wordCase = new WordCase();
  const texts = options.englishTexts?.length === docs.length ? options.englishTexts : docs.map(englishText);
  const read = texts.map((t) => t !== undefined);
  const nonEnglish = docs.flatMap((d, doc) => (read[doc] ? [] : [d.id]));
  const nonEnglishTitles = docs.flatMap((d, doc) => (read[doc] && d.title.trim() !== '' && texts[doc]!.title === '' ? [d.id] : []));
  const analyses = texts.map((t) => (t !== undefined ? analysedDocument(t, bg, options.cache) : UNREAD));
  // Identities read against the words of the collection's phrases: its -al adjectives meet their nouns.
  const inPhrases = new PhraseWords(analyses.flatMap((a) => a.ranked.map((r) => r[0])));
  const idOf: Identify = (phrase) => identity(phrase, inPhrases);
  const analysed = docs.map((d, doc) => fromAnalysis(d.id, analyses[doc]!, wordCase, idOf));
  // Names of several words ("United Kingdom", "Atlantic Ocean") keep their capitals in labels.
  const nameRuns = new NameRuns();
  for (const a of analysed) nameRuns.add({ ...a.words, titleWords: a.titleWords });
  for (const a of analysed) nameRuns.check({ ...a.words, titleWords: a.titleWords });

  const abbreviations = corpusAbbreviations(texts, analysed, idOf);
  const names = conceptNames(analysed, overrides, abbreviations, idOf);
  const { canonIn } = names;

  const stats = new Map<string, ConceptStats>();
  const statsOf = (cid: string): ConceptStats => {
    let s = stats.get(cid);
    if (!s) stats.set(cid, (s = { surfaces: new Map(), keys: new Map(), shorts: new Map(), partial: new Set(), partialKeys: new Map() }));
    return s;
  };
  const namedLongForms = longFormLabels({ abbreviations, canonIn, texts, analysed, statsOf, wordCase });

  const { perDoc, heldBy, passingOnly, commonOnly, qualifiedIn, routineIn, doubtfulIn, tailFallback, mentions, innerNouns, folded, docFreq } = readMentions({ analysed, abbreviations, names, wordCase, idOf, bg });
  /** Papers whose candidates include the concept, or whose text writes it as an author keyword (`keywordHints` adds those). */
  const dfOf = (cid: string): number => docFreq.get(cid) ?? 0;

  // Letters that papers write in different senses are no tag they share (corpus-abbreviations.ts `apartIn`).
  abbreviations.apartIn(perDoc).forEach((ids, i) => ids.forEach((cid) => commonOnly[i]!.add(cid)));
  const uncorroborated = uncorroboratedPhrases(qualifiedIn, perDoc, commonOnly, routineIn);
  // A doubtful phrase that no other paper writing it corroborates is routine there: it keeps its place untagged.
  const lone = uncorroboratedPhrases(doubtfulIn, perDoc, commonOnly, routineIn, MIN_DOUBTFUL_WRITERS, (w) => specificWord(w, bg));
  lone.forEach((ids, i) => ids.forEach((cid) => routineIn[i]!.add(cid)));

  const hints = keywordHints({ docs, read, analysed, idOf, folded, names, commonOnly, perDoc, tailFallback, docFreq, wordCase });

  const weight = corpusWeight(docs.length);
  const { chosen, pinPhrases, selected, removedFromPaper, routineHeld, hintSurfaces } = selectTags({
    analysed,
    overrides,
    names,
    perDoc,
    hints,
    tailFallback,
    commonOnly,
    uncorroborated,
    routineIn,
    passingOnly,
    dfOf,
    weight,
    perPaper: options.perPaper,
  });

  const collection = lendTitleConcepts({ heldBy, mentions, selected, chosen, removedFromPaper, uncorroborated, weightOf: weight, dfOf, perPaper: options.perPaper });

  const { nounWriters, innerAdded } = addBroaderNouns({ innerNouns, selected, chosen, removedFromPaper, commonOnly, uncorroborated, routineIn, collection, weightOf: weight, perPaper: options.perPaper });

  const nameCase = voteLabels({ mentions, analysed, chosen, routineHeld, statsOf, wordCase, idOf, names, pinPhrases, innerAdded, nounWriters, innerNouns, hintSurfaces });
  return conceptRegistry({ analysed, texts, overrides, abbreviations, names, chosen, selected, removedFromPaper, routineHeld, perDoc, tailFallback, hints, innerAdded, innerNouns, nameCase, nameRuns, namedLongForms, statsOf, wordCase, idOf, inPhrases, nonEnglish, nonEnglishTitles });
}
