/**
 * Where a paper's text writes one of its author keywords. An author keyword is a hint, not a concept: it
 * ranks a concept among the paper's first tags only where the paper's own title or abstract writes it, read
 * word by word as the concept stage reads phrases (its identities: "tangible user interfaces" writes
 * "tangible user interface", "Amazon's Mechanical Turk workers" writes "Mechanical Turk"). A keyword the text
 * never writes ("toread", "Computer Science - Machine Learning", as Zotero exports its tags) is nothing.
 */
import type { DocumentText } from '../model/paper';
import type { ConceptNames } from './concept-names';
import type { Identify, RankedDocument } from './ranked-document';
import { occurrenceDisplay, type WordCase } from './word-case';

/** A run of a document's words. */
export interface WordSpan {
  start: number;
  length: number;
}

/**
 * The first run of words, within one sentence, whose identities are the phrase's. `wordIds` are the identities
 * of the document's words (one written word may read as several: "micro-task" is "micro task"), `phrase` the
 * phrase's, words separated by single spaces.
 */
export function findPhrase(wordIds: readonly string[], sentences: ArrayLike<number>, phrase: string): WordSpan | undefined {
  const wanted = phrase.split(' ').filter((w) => w !== '');
  if (wanted.length === 0) return undefined;
  for (let start = 0; start < wordIds.length; start++) {
    let matched = 0;
    for (let k = start; k < wordIds.length && sentences[k] === sentences[start]; k++) {
      const words = wordIds[k]!.split(' ').filter((w) => w !== '');
      if (words.length === 0 || matched + words.length > wanted.length) break;
      if (words.some((w, j) => w !== wanted[matched + j])) break;
      matched += words.length;
      if (matched === wanted.length) return { start, length: k - start + 1 };
    }
  }
  return undefined;
}

/** What `keywordHints` reads, per paper by index: its keywords and text, and what paper-mentions.ts made of its candidates. */
export interface KeywordHintInputs {
  /** The papers, for their author keywords. */
  docs: readonly DocumentText[];
  /** Per paper: whether its text is read (it is English); one not read gets no hints. */
  read: readonly boolean[];
  analysed: readonly RankedDocument[];
  idOf: Identify;
  /** The concept a paper's phrase names, as its candidates' are named (`readMentions`), so papers that write a keyword share it. */
  folded: (doc: number, id: string) => string;
  /** The bans: a banned concept is no hint (and its ban counts as used). */
  names: ConceptNames;
  /** Per paper: concepts met there only as common words, which are no hints either. */
  commonOnly: readonly ReadonlySet<string>[];
  /** Per paper: its candidates' concepts, which `docFreq` already counts for it. */
  perDoc: readonly ReadonlyMap<string, number>[];
  /** Per paper: the term a tail yields to → the tail's own concept, which `docFreq` already counts for it too. */
  tailFallback: readonly ReadonlyMap<string, string>[];
  /** Papers per concept, which this adds to: a hint no candidate of its paper named still counts the paper. */
  docFreq: Map<string, number>;
  /** How the text writes a word's case, for the hint's surface. */
  wordCase: WordCase;
}

/**
 * Author keywords the paper's text writes are its first tags after the user's pins: the authors' own word for
 * what the paper is about, where the text alone ranked "Mechanical Turk" below "Practitioners" (review 14 N6).
 * The concept is the one the text's phrase names, so two papers that write the keyword share it; one the
 * text never writes is nothing, and a ban, a removal or a common word in the paper's text still wins.
 */
export function keywordHints(inputs: KeywordHintInputs): { cid: string; surface: string }[][] {
  const { docs, read, analysed, idOf, folded, names, commonOnly, perDoc, tailFallback, docFreq, wordCase } = inputs;
  const dfOf = (cid: string): number => docFreq.get(cid) ?? 0;
  const { banned, banUsed } = names;
  const spelling = (text: string) => text.toLowerCase().replace(/[\s\p{Pd}]+/gu, ' ');
  return analysed.map((a, i) => {
    const keywords = docs[i]!.keywords ?? [];
    if (keywords.length === 0 || !read[i]) return [];
    const wordIds = a.words.texts.map((t) => idOf(t));
    const out: { cid: string; surface: string }[] = [];
    for (const keyword of keywords) {
      const span = findPhrase(wordIds, a.words.sentences, idOf(keyword));
      if (span === undefined) continue;
      const cid = folded(i, wordIds.slice(span.start, span.start + span.length).join(' '));
      if (!cid || out.some((h) => h.cid === cid)) continue;
      if (banned.has(cid)) {
        banUsed.add(cid);
        continue;
      }
      if (commonOnly[i]!.has(cid)) continue;
      // The text's spelling for its case ("mechanical turk" is written "Mechanical Turk"), unless the text's
      // words are other forms of the keyword's ("statistical" for "statistics"): the keyword names the concept.
      const written = occurrenceDisplay(a.words, span.start, span.length, a.titleWords, wordCase);
      out.push({ cid, surface: spelling(written) === spelling(keyword) ? written : keyword });
    }
    // The text has the concept, whether or not a candidate of it was ranked: it counts as the paper's.
    for (const { cid } of out) if (!perDoc[i]!.has(cid) && ![...tailFallback[i]!.values()].includes(cid)) docFreq.set(cid, dfOf(cid) + 1);
    return out;
  });
}
