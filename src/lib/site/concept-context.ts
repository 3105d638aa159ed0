/**
 * A concept in context (review 22 finding 7): the one sentence of the collection's abstracts that best
 * introduces a concept, shown quoted on its page with the concept's name marked and a link to its paper.
 *
 * The sentence that defines the concept is best: it says what the concept is ("A hydrogel is a …", "DPO
 * refers to …", "DPO, a method that …"), names it ("… a method called DPO", "… known as DPO") or spells out its
 * abbreviation ("Direct preference optimization (DPO) …"). Next best is one that has the concept as the subject
 * of a clause ("Graphene conducts …", "In this paper, DPO …"), then any other (see {@link introduction}); a
 * sentence about the text itself ("Table 1 …") or one that points back at the sentence before it ("this
 * mechanism") reads badly alone and comes last, as does one too short or too long to read at a glance. Between sentences alike, the paper that carries the concept most strongly
 * (the first of the concept's papers) wins, then the earlier sentence.
 *
 * Only the concept's first few papers are read, so a page costs the same whatever the collection's size.
 * The text is the abstract as the page shows it in plain text (Markdown was stripped when it was read; a
 * formula reads as its characters, as in titles: ../normalise/math-text.ts plainMathText), and the page
 * renders it as text.
 */
import type { ConceptEntry } from '../content/schema';
import { foldForm, longestMentionEnd, type FoldedForm, type Span } from '../content/mentions';
import { plainMathText } from '../normalise/math-text';
import { aboutTheText, leansOnWhatCameBefore, sentences, type SentenceSpan } from '../normalise/sentences';
import { conceptNames } from '../model/concepts';

export interface ContextPaper {
  id: string;
  abstract: string;
}

export type ContextKind = 'defines' | 'subject' | 'mentions';

export interface ConceptContext {
  /** The paper the sentence is from. */
  paper: string;
  /** The sentence as plain text in three parts: before the concept's name, the name as written, after it. */
  before: string;
  name: string;
  after: string;
  kind: ContextKind;
}

/** Papers read per concept: its strongest. */
export const CONTEXT_PAPERS = 20;
/** Mentions of the concept read per abstract. */
const MENTIONS_PER_PAPER = 6;
/** A sentence longer than this many words reads as a paragraph: it is cut around the name if chosen. */
const LONG_SENTENCE = 45;
/** Words kept before and after the name in a long sentence. */
const KEPT_BEFORE = 15;
const KEPT_AFTER = 25;
/** A "sentence" shorter than this is a heading or a fragment left by the splitter. */
const SHORT_SENTENCE = 5;

/** "(DPO)", "(GANs)", "(ΛCDM)" right after the name: a short form in brackets (shortFormOf says whose). */
const SHORT_FORM_AFTER = /^\s*\(\s*([^()\s]{2,15})\s*\)/u;
/** The best an introduction ranks: reading further papers cannot find better. */
const BEST_RANK = 4;
/** What a definition says after its subject: "is a", "are defined as", "refers to", "denotes". */
const COPULA_AFTER =
  /^\s*(?:\([^()]*\)\s*)?(?:(?:is|are)\s+(?:an?\s|one\s+of\s|(?:defined|known|described|understood)\s+as\s|(?:called|termed)\s)|(?:refers?|referring)\s+to\s|denotes?\s|stands?\s+for\s)/iu;
/** An apposition after the name: "DPO, a method that …". */
const APPOSITION_AFTER = /^\s*(?:\([^()]*\)\s*)?,\s*an?\s/iu;
/** What names it just before: "called", "known as", "termed", "so-called", "referred to as", "dubbed". */
const NAMING_BEFORE = /(?:\bcalled|\bknown\s+as|\btermed|\bso-called|\breferred\s+to\s+as|\bdubbed|\bcoined)\s*["“‘']?$/iu;
/** The words of a clause before its subject: none, or an article ("The", "A", "An", "Our"). */
const SUBJECT_OPENER = /^\s*["“(]?\s*(?:(?:the|a|an|our)\s+)?["“(]?$/iu;
/**
 * An opening phrase the subject may follow after a comma: short, and opened by a preposition or adverb ("In
 * this paper,", "Within this paradigm,", "However,", "Recently,"), not a clause of its own ("This report
 * presents Giraffe, a chess engine").
 */
const OPENING_PHRASE = /^\s*(?:[\p{L}]+ly|however|therefore|thus|hence|here|moreover|furthermore|nevertheless|instead|indeed|yet|still|then|also|in|on|at|for|from|to|with|within|by|under|over|after|before|during|since|despite|unlike|like|as|among|across|through|beyond|compared|following|given|using|based|when|while|although|though|because|if)\b[^,;:]*,\s*$/iu;
const OPENING_WORDS = 10;
/** Words of short forms in brackets that a definition's initials skip: "International Olympiad in Informatics (IOI)". */
const LINKING_WORDS = new Set(['of', 'in', 'on', 'for', 'and', 'the', 'to', 'a', 'an', 'with', 'by', 'from']);
const NAME_PARTS = /[\p{L}\p{N}]+/gu;
const WORDS = /\S+/gu;

/** The forms the page links in abstracts (src/lib/content/plan.ts paperBodySpecs), as mentions.ts reads them. */
function formsOf(concept: Pick<ConceptEntry, 'label' | 'aliases' | 'abbreviation'>): string[] {
  const forms = conceptNames(concept);
  return [...new Set(forms.map((f) => f.trim()).filter((f) => f.length >= 2))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/**
 * Whether `short`, in brackets after `name`, is the short form of that name: the concept's own abbreviation,
 * or the initials of the name's words, with or without its linking words ("Large Language Models (LLMs)",
 * "Chain-of-Thought (CoT)"); not the short form of a longer name the concept's name ends ("Predicted Reward
 * Fine-tuning (PRFT)" defines no "fine-tuning").
 */
function shortFormOf(short: string, name: string, abbreviation: string | undefined): boolean {
  const key = short.replace(/s$/u, '').toLowerCase();
  if (abbreviation !== undefined && key === abbreviation.replace(/s$/u, '').toLowerCase()) return true;
  const words = (name.match(NAME_PARTS) ?? []).map((w) => w.toLowerCase());
  const initials = (list: string[]) => list.map((w) => w[0]).join('');
  return key === initials(words) || key === initials(words.filter((w) => !LINKING_WORDS.has(w)));
}

/** How a sentence introduces a concept, and how well: higher is better. */
export interface Introduction {
  kind: ContextKind;
  rank: number;
}

/**
 * How a sentence introduces the concept named at `start`–`end` of it (`abbreviation`: the concept's own).
 * Best (4): it says what the concept is, of a subject ("A hydrogel is a …", "DPO, a method that …, …") or as a
 * name ("… known as DPO"), or spells out its short form as its subject ("Large reasoning models (LRMs) …"); then
 * (3) a short form spelt out elsewhere in it; (2) the concept as its subject; (1) a mention.
 */
export function introduction(sentence: string, start: number, end: number, abbreviation?: string): Introduction {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  if (NAMING_BEFORE.test(before)) return { kind: 'defines', rank: 4 };
  // The subject of the sentence ("Graphene is …", "The DPO loss …") or of the clause after a short opening
  // phrase ("In this paper, DPO is …").
  let clause = before;
  const comma = before.lastIndexOf(',');
  if (comma >= 0 && OPENING_PHRASE.test(before.slice(0, comma + 1)) && wordCount(before.slice(0, comma)) <= OPENING_WORDS) clause = before.slice(comma + 1);
  const subject = SUBJECT_OPENER.test(clause);
  const short = SHORT_FORM_AFTER.exec(after)?.[1];
  const spelt = short !== undefined && shortFormOf(short, sentence.slice(start, end), abbreviation);
  if (subject && (COPULA_AFTER.test(after) || APPOSITION_AFTER.test(after) || spelt)) return { kind: 'defines', rank: 4 };
  if (spelt) return { kind: 'defines', rank: 3 };
  return subject ? { kind: 'subject', rank: 2 } : { kind: 'mentions', rank: 1 };
}

function wordCount(text: string): number {
  return text.match(WORDS)?.length ?? 0;
}

interface Candidate {
  paper: string;
  sentence: SentenceSpan;
  mention: Span;
  kind: ContextKind;
  rank: number;
}

const HYPHEN = /[-\u2010\u2011]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** The start of a word that is a link: the concept's name inside it is no mention (mentions.ts excludes URLs too). */
const URL_START = /:\/\/|^www\./u;
const SPACE = /\s/u;
const DOLLAR = /(?<!\\)\$/gu;

/**
 * Where the abstract names the concept, at most {@link MENTIONS_PER_PAPER} places in text order: each form found
 * by a plain search of the lower-cased text, then held to the rules a link in the abstract keeps (mentions.ts
 * longestMentionEnd: word edges, a plural ending, a short form only as written), outside `$...$` math, a URL,
 * and the tail of a hyphened word ("life" of "real-life").
 */
function mentionsIn(paper: ContextPaper, keys: readonly string[], folded: readonly FoldedForm[]): Span[] {
  const { abstract } = paper;
  const lower = readOf(paper).lower;
  const found: Span[] = [];
  for (const key of keys) {
    for (let at = lower.indexOf(key); at >= 0 && found.length < MENTIONS_PER_PAPER * 2; at = lower.indexOf(key, at + 1)) {
      if (found.some((f) => f.start <= at && at < f.end)) continue;
      const end = longestMentionEnd(abstract, at, folded);
      if (end < 0) continue;
      if (at >= 2 && HYPHEN.test(abstract[at - 1]!) && WORD_CHAR.test(abstract[at - 2]!)) continue;
      let wordStart = at;
      while (wordStart > 0 && !SPACE.test(abstract[wordStart - 1]!)) wordStart--;
      if (URL_START.test(abstract.slice(wordStart, at))) continue;
      if (abstract.includes('$') && (abstract.slice(0, at).match(DOLLAR)?.length ?? 0) % 2 === 1) continue;
      found.push({ start: at, end });
    }
  }
  return found.sort((a, b) => a.start - b.start).slice(0, MENTIONS_PER_PAPER);
}

/**
 * Each paper's abstract lower-cased and split into sentences once: a paper carries several concepts, and a
 * build makes each concept's view twice (for its cache key, then for the page). Keyed by the paper object, so
 * that they go with it.
 */
const reads = new WeakMap<ContextPaper, { lower: string; sentences?: SentenceSpan[] }>();

function readOf(paper: ContextPaper): { lower: string; sentences?: SentenceSpan[] } {
  let read = reads.get(paper);
  if (read === undefined) reads.set(paper, (read = { lower: paper.abstract.toLowerCase() }));
  return read;
}

function sentencesOf(paper: ContextPaper): SentenceSpan[] {
  const read = readOf(paper);
  return (read.sentences ??= sentences(paper.abstract));
}

/** The sentences of one abstract that name the concept, each with its first mention of it. */
function candidatesIn(paper: ContextPaper, keys: readonly string[], folded: readonly FoldedForm[], abbreviation: string | undefined): Candidate[] {
  const mentions = mentionsIn(paper, keys, folded);
  if (mentions.length === 0) return [];
  const spans = sentencesOf(paper);
  const found: Candidate[] = [];
  const seen = new Set<SentenceSpan>();
  for (const mention of mentions) {
    const sentence = spans.find((s) => s.start <= mention.start && mention.end <= s.end);
    if (sentence === undefined || seen.has(sentence)) continue;
    seen.add(sentence);
    const text = sentence.text;
    const start = mention.start - sentence.start;
    const end = mention.end - sentence.start;
    const words = wordCount(text);
    const alone = !aboutTheText(text) && !leansOnWhatCameBefore(text);
    const { kind, rank } = alone ? introduction(text, start, end, abbreviation) : { kind: 'mentions' as const, rank: 0 };
    // Too short or too long to read at a glance: last, with sentences about the text or pointing back.
    const readable = words >= SHORT_SENTENCE && words <= LONG_SENTENCE;
    found.push({ paper: paper.id, sentence, mention: { start, end }, kind, rank: readable ? rank : 0 });
  }
  return found;
}

function plain(text: string): string {
  return plainMathText(text).replace(/\s+/g, ' ');
}

/**
 * The sentence that best introduces the concept, from its first {@link CONTEXT_PAPERS} papers (`papers` in
 * the concept's order, strongest first), or undefined when none of them names it in its abstract.
 */
export function conceptContext(
  concept: Pick<ConceptEntry, 'id' | 'label' | 'aliases' | 'abbreviation'>,
  papers: readonly ContextPaper[],
): ConceptContext | undefined {
  const forms = formsOf(concept);
  const folded = forms.map(foldForm);
  const keys = [...new Set(forms.map((f) => f.toLowerCase()))];
  let best: Candidate | undefined;
  for (const paper of papers.slice(0, CONTEXT_PAPERS)) {
    for (const candidate of candidatesIn(paper, keys, folded, concept.abbreviation)) {
      const better =
        best === undefined ||
        candidate.rank > best.rank ||
        (candidate.rank === best.rank && candidate.paper === best.paper && candidate.sentence.start < best.sentence.start);
      if (better) best = candidate;
    }
    if (best?.rank === BEST_RANK) break;
  }
  if (best === undefined) return undefined;
  const text = best.sentence.text;
  let before = plain(text.slice(0, best.mention.start)).trimStart();
  let after = plain(text.slice(best.mention.end)).trimEnd();
  const beforeWords = before.match(WORDS) ?? [];
  const afterWords = after.match(WORDS) ?? [];
  if (beforeWords.length > KEPT_BEFORE) before = `… ${beforeWords.slice(-KEPT_BEFORE).join(' ')}${/\s$/u.test(before) ? ' ' : ''}`;
  if (afterWords.length > KEPT_AFTER) after = `${/^\s/u.test(after) ? ' ' : ''}${afterWords.slice(0, KEPT_AFTER).join(' ')} …`;
  return { paper: best.paper, before, name: plain(text.slice(best.mention.start, best.mention.end)), after, kind: best.kind };
}
