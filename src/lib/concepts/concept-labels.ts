/**
 * How a concept's label is written from the forms the papers write it in: a name's capitals, the short form's
 * plural, the hyphens of a compound.
 */
import { lastPart, type InnerNoun } from './broader-nouns';
import type { ConceptNames } from './concept-names';
import type { CorpusAbbreviations } from './corpus-abbreviations';
import type { DocumentText } from '../model/paper';
import type { ConceptMention, DocumentWords, Identify, RankedDocument } from './ranked-document';
import type { Chosen } from './tag-selection';
import { best, vote } from './votes';
import { displayCase, occurrenceDisplay, untrustedCase, type WordCase } from './word-case';
import { STARTS_UPPER } from './word-shape';

/** What the papers write of a concept, voted: its label, slug and short form come from it. */
export interface ConceptStats {
  /** Display surface (acronym case kept, other words lowercased) → weight of its mentions. */
  surfaces: Map<string, number>;
  /** Candidate keys (readable normal forms) → weight; the best gives the slug. */
  keys: Map<string, number>;
  /** Abbreviation surfaces → count. */
  shorts: Map<string, number>;
  /**
   * Surfaces that write a word of the concept as its short form and the others out ("MP point" for
   * "maximum power point"): other names, a label only when the papers write the concept no other way.
   */
  partial: Set<string>;
  /** Candidate keys of the `partial` surfaces → weight: the slug only where no other key names the concept. */
  partialKeys: Map<string, number>;
}

export const UNICODE_HYPHENS = /[\u2010\u2011]/g;
const HYPHENS = /[-\u2010\u2011]/g;
export const hyphensAsSpaces = (text: string): string => text.replace(HYPHENS, ' ');
/** Two words or more, each (and each part of a hyphenated one) opening with a capital. */
export const EVERY_WORD_CAPITALISED = /^\p{Lu}[\p{L}\p{N}]*(?:[-‐‑]\p{Lu}[\p{L}\p{N}]*)*(?:\s+\p{Lu}[\p{L}\p{N}]*(?:[-‐‑]\p{Lu}[\p{L}\p{N}]*)*)+$/u;
/** A long form's endings of two words or more, lowercase with hyphens as spaces, if every word is capitalised; else none. */
export function capitalisedEndings(long: string): string[] {
  if (!EVERY_WORD_CAPITALISED.test(long)) return [];
  const words = hyphensAsSpaces(long.toLowerCase()).split(/\s+/);
  return words.slice(0, -1).map((_, k) => words.slice(k).join(' '));
}

/** How the corpus writes a phrase of several words inside sentences: papers that capitalise it as a name of its own, and whether any writes it otherwise. */
export interface NameCase {
  papers: Set<number>;
  otherwise: boolean;
}

/** Papers that must capitalise a phrase, and none write it otherwise, for its capitals to be a name's. */
const NAME_PAPERS = 2;

/**
 * "the United States military", "in the northeastern United States": every word capitalised inside a
 * sentence, between words that are not, is how a name is written ("States" alone is no name: the corpus
 * writes "states" too). A run inside longer title case ("the United States Courts", "Proximal Policy
 * Optimization") says nothing; the title and a sentence's first word neither.
 */
export function voteNameCase(votes: Map<string, NameCase>, cid: string, doc: number, words: DocumentWords, start: number, length: number, titleWords: number): void {
  if (start < titleWords || start === 0 || words.sentences[start - 1] !== words.sentences[start]) return;
  const capitalised = (k: number) => k >= 0 && k < words.texts.length && words.sentences[k] === words.sentences[start] && STARTS_UPPER.test(words.texts[k]!);
  let v = votes.get(cid);
  if (!v) votes.set(cid, (v = { papers: new Set(), otherwise: false }));
  let all = true;
  for (let k = start; k < start + length; k++) if (!STARTS_UPPER.test(words.texts[k]!)) all = false;
  if (!all) v.otherwise = true;
  else if (!capitalised(start - 1) && !capitalised(start + length)) v.papers.add(doc);
}

/** The label of a concept the corpus writes as a name (`voteNameCase`): its most used form with every word capitalised. */
export function properName(v: NameCase | undefined, surfaces: Map<string, number>): string | undefined {
  if (!v || v.otherwise || v.papers.size < NAME_PAPERS) return undefined;
  const forms = new Map([...surfaces].filter(([form]) => form.split(' ').every((w) => STARTS_UPPER.test(w))));
  return best(forms);
}

export function stripAcronymPlural(s: string): string {
  return /^[\p{Lu}][\p{Lu}\p{N}-]*[\p{Lu}\p{N}]s$/u.test(s) ? s.slice(0, -1) : s;
}

/** Function words a compound may hold: "return-on-investment", "state-of-the-art", "end-to-end". */
export const JOINING_WORDS: ReadonlySet<string> = new Set(['of', 'on', 'in', 'to', 'for', 'at', 'by', 'the', 'and', 'or', 'with', 'per', 'from', 'a', 'an']);
/** Words and what separates them, a space or a hyphen: separators at the odd places of a split. */
const WORD_SEPARATOR = /(\s+|[-‐‑])/;
const SEPARATORS = /[\s\-‐‑]+/g;
const SPACE = /\s/;

/**
 * A label in which a function word inside is hyphened to one neighbour and spaced from the other
 * ("return-on investment"), where the concept's papers also write its words another way ("return-on-investment",
 * "return on investment"), with spaces around that word: the mixed form is a slip between the open noun phrase
 * and the compound modifier, and the noun phrase is the concept's name (review 18 M3: "Return-on investment").
 * A form every paper writes so ("plug-in devices") is left as written.
 */
export function evenJoins(label: string, surfaces: Iterable<string>): string {
  const letters = (text: string) => text.toLowerCase().replace(SEPARATORS, '');
  const mine = letters(label);
  let other = false;
  for (const s of surfaces) if (s !== label && letters(s) === mine) other = true;
  if (!other) return label;
  const parts = label.split(WORD_SEPARATOR);
  for (let k = 2; k < parts.length - 2; k += 2) {
    if (JOINING_WORDS.has(parts[k]!.toLowerCase()) && SPACE.test(parts[k - 1]!) !== SPACE.test(parts[k + 1]!)) parts[k - 1] = parts[k + 1] = ' ';
  }
  return parts.join('');
}

/** What `voteLabels` votes the concepts' labels over. */
export interface LabelVoteInputs {
  /** Every paper's candidates as the concepts they name (paper-mentions.ts): the votes. */
  mentions: readonly ConceptMention[];
  /** The papers, for the words a mention spans: how it is written, whether in the title. */
  analysed: readonly RankedDocument[];
  /** The concepts that made it onto a paper: only their mentions vote. */
  chosen: Chosen;
  /** Routine phrases that held a place among a paper's tags: linked, so labelled too. */
  routineHeld: ReadonlyMap<string, string[]>;
  /** A concept's votes, made on first use; `longFormLabels` voted the defined long forms in them first. */
  statsOf: (cid: string) => ConceptStats;
  /** How the papers write each word's case, for a mention's display form. */
  wordCase: WordCase;
  idOf: Identify;
  /** Which written forms are a paper's short forms ("RAG methods") or half abbreviated ("MP point"). */
  names: ConceptNames;
  /** A pinned concept → the phrase the user first pinned it by: its label where no mention names it. */
  pinPhrases: ReadonlyMap<string, string>;
  /** Nouns met only inside phrases that broader-nouns.ts added as tags... */
  innerAdded: ReadonlySet<string>;
  /** ...the papers that write each... */
  nounWriters: ReadonlyMap<string, number[]>;
  /** ...and per paper, how it first writes each: their labels where no phrase of their own names them. */
  innerNouns: readonly ReadonlyMap<string, InnerNoun>[];
  /** A keyword's concept → how the first paper whose text writes it writes it: its label where no phrase names it. */
  hintSurfaces: ReadonlyMap<string, string>;
}

/**
 * Labels are voted over every mention of the concepts that made it onto a paper (or held a place there), and a
 * concept no mention names is shown as the user, the papers' inner nouns or the authors' keywords write it. The
 * votes go into `statsOf`; returned are the votes on which concepts the corpus writes as names (`voteNameCase`).
 */
export function voteLabels(inputs: LabelVoteInputs): Map<string, NameCase> {
  const { mentions, analysed, chosen, routineHeld, statsOf, wordCase, idOf, names, pinPhrases, innerAdded, nounWriters, innerNouns, hintSurfaces } = inputs;
  const { canonIn, shortOf } = names;
  // "PID controller", where "PID" alone names the concept too ("proportional-integral-derivative (PID) controller",
  // corpus-abbreviations.ts `expandIn`), is the concept's short form with its noun, written out as the papers define it:
  // not half abbreviated as "MP point" is where "MP" is the maximum power.
  const halfAbbreviated = (doc: number, id: string): boolean => names.halfAbbreviated(doc, id) && !id.split(' ').some((t) => canonIn(doc, t) === canonIn(doc, id));
  // Labels are voted over every mention of the concepts that made it onto a paper.
  const nameCase = new Map<string, NameCase>();
  for (const { doc, r, cid, isShort, isTail, trim, lead = 0 } of mentions) {
    // A tail's words are a piece of the term's name, not a way to write it.
    if ((!chosen.has(cid) && !routineHeld.has(cid)) || isTail) continue;
    const a = analysed[doc]!;
    const s = statsOf(cid);
    const c = r.candidate;
    if (!isShort) for (const o of [...c.occurrences, ...c.nested]) if (o.length - trim - lead >= 2) voteNameCase(nameCase, cid, doc, a.words, o.start + lead, o.length - trim - lead, a.titleWords);
    for (const [list, weight] of [[c.occurrences, 1], [c.nested, 0.25]] as const) {
      for (const o of list) {
        if (o.length <= trim + lead) continue;
        const surface = occurrenceDisplay(a.words, o.start + lead, o.length - trim - lead, a.titleWords, wordCase);
        // "RAG methods" shown as the concept says "RAG": its abbreviation, not a label.
        if (isShort || (trim > 0 && shortOf(doc, idOf(surface), cid))) vote(s.shorts, stripAcronymPlural(surface), weight);
        else {
          vote(s.surfaces, surface, (o.start < a.titleWords ? 0.5 : 1) * weight);
          if (halfAbbreviated(doc, idOf(surface))) s.partial.add(surface);
        }
      }
    }
    // (Lowercase: keys only name the slug, and capitals must not win its ties.)
    // (A half-abbreviated form's apart: the slug follows the label, "maximum-power-point", not "mp-point".)
    if (!isShort && !trim) vote(halfAbbreviated(doc, c.id) ? s.partialKeys : s.keys, (lead ? c.key.slice(c.key.lastIndexOf(' ') + 1) : c.key).toLowerCase(), c.occurrences.length + 0.25 * c.nested.length);
  }

  // A pinned concept that the text never mentions is shown as the user wrote it.
  for (const [cid, phrase] of pinPhrases) {
    const s = statsOf(cid);
    if (s.surfaces.size === 0 && s.shorts.size === 0) vote(s.surfaces, phrase, 1);
  }

  // A noun met only inside phrases is shown as the papers write it ("Lithography").
  for (const cid of innerAdded) {
    const s = statsOf(cid);
    if (s.surfaces.size === 0 && s.shorts.size === 0) for (const i of nounWriters.get(cid)!) vote(s.surfaces, displayCase(lastPart(innerNouns[i]!.get(cid)!.form)), 1);
  }

  // A keyword's concept that no ranked phrase names ("Mechanical Turk" inside "Amazon's Mechanical Turk
  // workers") is shown as the text writes it.
  for (const [cid, surface] of hintSurfaces) {
    const s = statsOf(cid);
    if (s.surfaces.size === 0 && s.shorts.size === 0) vote(s.surfaces, surface, 1);
  }
  return nameCase;
}

/** What `longFormLabels` reads the defined long forms with. */
export interface LongFormInputs {
  /** The short forms the papers define, with their long forms, and the definitions whose long form is also written otherwise. */
  abbreviations: CorpusAbbreviations;
  /** The concept a phrase names in a paper. */
  canonIn: ConceptNames['canonIn'];
  /** The papers' English text (none for a paper not read): whether an abstract's sentence holds a long form. */
  texts: readonly (DocumentText | undefined)[];
  /** The papers' candidates: whether any writes a capitalised long form's words in lowercase. */
  analysed: readonly RankedDocument[];
  /** A concept's votes, made on first use: the long forms vote first, `voteLabels` after. */
  statsOf: (cid: string) => ConceptStats;
  /** How the papers write each word's case: which words of a long form stay capitalised. */
  wordCase: WordCase;
}

/**
 * The long forms the papers define, as votes for their concepts' labels, keys and short forms (into `statsOf`);
 * returned, the ones written as names (`namedLongForms` below), concept → long form, whose capitals the label keeps.
 */
export function longFormLabels(inputs: LongFormInputs): Map<string, string> {
  const { abbreviations, canonIn, texts, analysed, statsOf, wordCase } = inputs;
  const { defined, spelledOtherwise } = abbreviations;
  /**
   * Phrases some paper writes in lowercase, as its candidates' surfaces show ("event horizon", never "event
   * horizon telescope").
   */
  const writtenLowercase = new Set<string>();
  /** Per definition: the long form's endings when every word of it is capitalised, and whether an abstract's sentence holds it. */
  const endingsOf = defined.map((d) => capitalisedEndings(d.long));
  const inSentence = defined.map((d) => texts[d.doc]?.abstract.includes(d.long) ?? false);
  // Only the endings of long forms that could be names are looked for: every surface of 10,000 papers is a big set.
  const asked = new Set(endingsOf.flat());
  if (asked.size > 0) {
    for (const a of analysed) {
      for (const r of a.ranked) {
        for (const surface of r.candidate.surfaces) {
          // "human-computer interaction" is the lowercase "Human Computer Interaction (HCI)" (review 14 L2).
          const spaced = hyphensAsSpaces(surface);
          if (asked.has(spaced)) writtenLowercase.add(spaced);
        }
      }
    }
  }
  /**
   * Long forms written as names: defined in an abstract's sentence with every word capitalised ("the Event
   * Horizon Telescope (EHT)", "the Laser Interferometer Gravitational-Wave Observatory (LIGO)"), and written in
   * lowercase nowhere in the collection. A defined term that authors capitalise for its initials is written in
   * lowercase by others ("Large Language Models (LLMs)" beside "large language models") and is labelled so;
   * an instrument's or an organisation's name is not (review 12 N5: "Event horizon telescope").
   */
  const namedLongForms = new Map<string, string>();
  // A concept another paper defines in lowercase is a term, whatever one paper's capitals: "Transmission Electron
  // Microscoscopy (TEM)", mistyped, is written lowercase nowhere, but "transmission electron microscopy (TEM)" is.
  const definedAsTerm = new Set(defined.flatMap((d, k) => (endingsOf[k]!.length === 0 ? [canonIn(d.doc, d.longId)] : [])));
  defined.forEach((d, k) => {
    const cid = canonIn(d.doc, d.longId);
    const endings = endingsOf[k]!;
    // (A modifier's name is the phrase with its noun, which is no name: "Proportional Integral Derivative (PID) controller".)
    if (namedLongForms.has(cid) || definedAsTerm.has(cid) || !inSentence[k] || endings.length === 0 || spelledOtherwise.has(k) || d.head !== undefined) return;
    // Nor any of its endings of two words or more: "Contextual Reinforcement Learning (cRL)" is a kind of the
    // "reinforcement learning" others write in lowercase, a term.
    if (!endings.some((e) => writtenLowercase.has(e))) namedLongForms.set(cid, d.long);
  });
  // One vote a paper for each long form it defines: an abstract that repeats its definition (a sentence pasted twice)
  // is one author's spelling, not two ("Transmission Electron Microscoscopy (TEM)" twice outvoted two papers).
  const voted = new Set<string>();
  defined.forEach((d, k) => {
    const once = `${d.doc}\u0000${d.long}`;
    if (voted.has(once)) return;
    voted.add(once);
    const s = statsOf(canonIn(d.doc, d.longId));
    // As the corpus writes its words: "Partially Observable Markov Decision Processes" is read
    // "partially observable Markov decision processes"; in an abstract's sentence (where capitals mean
    // something, unlike a title's) a word the corpus never writes in lowercase stays a name's ("James Webb
    // Space Telescope (JWST)" was labelled "James webb space telescope").
    // A long form only ever written before one noun is voted with it: "proportional-integral-derivative controller".
    const long = d.head === undefined ? d.long : `${d.long} ${d.head}`;
    vote(s.surfaces, untrustedCase(long, wordCase, inSentence[k]), 1);
    vote(s.keys, long.toLowerCase().replace(/[-/‐‑–+]+/g, ' ').replace(/\s+/g, ' '), 0.5);
    if (canonIn(d.doc, d.shortId) === canonIn(d.doc, d.longId)) vote(s.shorts, stripAcronymPlural(d.short), 1);
  });
  return namedLongForms;
}
