/**
 * Where a paper writes a phrase in a way that says it is no topic of the paper: a routine phrase of how
 * abstracts report, a common word, a gloss of initials, the conditions of an act, the region of an address,
 * a passing mention.
 */
import type { Background } from './background';
import { initialsLongForm } from './abbreviations';
import { isShortFormWord } from './short-form';
import { keptOdds } from './keyphraseness';
import type { DocumentWords, KeptCandidate } from './ranked-document';
import { inTitle } from './title-holding';
import type { WordCase } from './word-case';
import { wordSpecificity } from './word-specificity';
import { LOWER_WORD, NAME_SHAPE, STARTS_UPPER, WORD_START } from './word-shape';

/**
 * Odds against the average two-word phrase (`keptOdds`) under which indexers so seldom keep a phrase of its two
 * words that it is how abstracts report, compare and place their work: "experimental data" (0.2), "simulation
 * results" (0.13), "large difference" (0.15), "future research" (0.26), "practical application" (0.14),
 * "widespread use" (0.35), "future publication" (0.38). A field's terms of general words stay above it
 * ("boundary conditions" 1.3, "surface area" 1.0, "time step" 1.2, "real time" 0.7, "potential energy" 0.44).
 */
const ROUTINE_ODDS = 0.4;

/**
 * "simulation results", "large difference", "widespread use": two lowercase words whose phrases the Inspec
 * training split's indexers seldom keep (`ROUTINE_ODDS`). Papers of any field write them about their own study,
 * and two papers that share one share nothing (review 22b: "Simulation results" was a concept of seven
 * SemEval-2017 papers of five fields). A name is none ("Reynolds number": capitalised where capitals tell).
 */
export function routinePhrase(c: KeptCandidate, words: DocumentWords, titleWords: number): boolean {
  const odds = lowercasePairOdds(c, words, titleWords);
  return odds !== undefined && odds < ROUTINE_ODDS;
}

/**
 * Odds under which a phrase of two general words (`doubtfulPhrase`) is in doubt: below those of the average
 * two-word phrase (1), though not so low as to be routine. "long history" (0.63), "early stage" (0.44), "threshold
 * value" (0.55), "core region" (0.50), "physical properties" (0.65), "open challenge" (0.53), "problem domain" (0.79)
 * are in doubt, as are terms of a field: "potential energy" (0.44), "cross section" (0.92). Its words alone cannot tell
 * which; the papers that write it can (tag-selection.ts `uncorroboratedPhrases`). On the Inspec dev split tag F1
 * was highest at 0.75–0.85 of 0.6–1 (`npx tsx scripts/tune-tags.ts dev`); at 1 "surface area" (0.99) would be in
 * doubt too, but so would "capacity constraints", "primary care" and "job satisfaction", which that split's
 * indexers keep.
 */
const DOUBTFUL_ODDS = 0.85;

/**
 * "long history", "threshold value", "physical properties": two lowercase words, each of them general
 * (word-specificity.ts, under `MIN_WORD_SPECIFICITY` as a common word alone is), that indexers keep less often than
 * the average phrase, though not seldom enough to be routine (`DOUBTFUL_ODDS`). Such a phrase is a tag only where
 * another paper that writes it is about something else it is about too (tag-selection.ts `uncorroboratedPhrases`):
 * "Long history" joined a friction model to the sodium trimer, "Threshold value" a crater count to geomagnetic jerks
 * and wetland rivers (review 41 finding 6). A specific word makes a term of it ("melting point", "equilibrium
 * point"), and so does a capital ("Reynolds number"). A word alone is in doubt where the paper writes it only as the
 * head of "of" (`ofHeadOnly`: "the magnitude of").
 */
export function doubtfulPhrase(c: KeptCandidate, words: DocumentWords, titleWords: number, bg: Background): boolean {
  if (c.stems.length === 1) return ofHeadOnly(c, words, titleWords);
  const odds = lowercasePairOdds(c, words, titleWords);
  if (odds === undefined || odds < ROUTINE_ODDS || odds >= DOUBTFUL_ODDS) return false;
  return c.key.split(' ').every((w) => !specificWord(w, bg));
}

/** A word at least as specific as a common noun alone must be to be a tag (`MIN_WORD_SPECIFICITY`): "graphene", "librarian", not "surface" or "value". */
export function specificWord(word: string, bg: Background): boolean {
  return wordSpecificity(word, bg) >= MIN_WORD_SPECIFICITY;
}

/**
 * "the magnitude of the field", "the assessment of risk", "the onset of melting": a lowercase word alone that the paper
 * writes outside its title, and every time as the head of "of" and a phrase, says what it is of, which is the paper's
 * topic; the word is in doubt as "long history" is (`doubtfulPhrase`). "Magnitude", "Assessment", "Discovery" and
 * "Refinement" were concepts of SemEval-2017 papers that share nothing else. On the Inspec dev split it raised tag
 * F1 at each corpus size (`npx tsx scripts/tune-tags.ts dev`).
 */
function ofHeadOnly(c: KeptCandidate, words: DocumentWords, titleWords: number): boolean {
  if (!LOWER_WORD.test(c.key)) return false;
  const spans = [...c.occurrences, ...c.nested];
  return (
    spans.length > 0 &&
    spans.every((o) => {
      const k = o.start;
      const neutral = k === 0 || words.sentences[k - 1] !== words.sentences[k];
      return o.length === 1 && k >= titleWords && (neutral || LOWER_WORD.test(words.texts[k]!)) && words.texts[k + 1] === 'of' && words.sentences[k + 1] === words.sentences[k];
    })
  );
}

/** `keptOdds` of a phrase of two lowercase words, written in lowercase wherever capitals tell; else undefined. */
function lowercasePairOdds(c: KeptCandidate, words: DocumentWords, titleWords: number): number | undefined {
  const pair = c.key.split(' ');
  if (pair.length !== 2 || !LOWER_WORD.test(pair[0]!) || !LOWER_WORD.test(pair[1]!)) return undefined;
  const lower = [...c.occurrences, ...c.nested].every((o) => {
    for (let k = o.start; k < o.start + o.length; k++) {
      const neutral = k < titleWords || k === 0 || words.sentences[k - 1] !== words.sentences[k];
      if (!neutral && !LOWER_WORD.test(words.texts[k]!)) return false;
    }
    return true;
  });
  return lower ? keptOdds(pair[0]!, pair[1]!) : undefined;
}

/**
 * A common noun alone must be at least this specific (word-specificity.ts: half of a word neither
 * background has seen) to be a tag the paper's title does not name: "graphene" (1) and "placebo" (0.79) are
 * topics, "units" (0.29) and "mistake" (0.43) are English. On the Inspec dev split tag F1 was highest at
 * 0.5 of 0.3–0.7 (`npx tsx scripts/tune-tags.ts dev`).
 */
const MIN_WORD_SPECIFICITY = 0.5;

/** Where a title word splits into the words it joins ("computer-aided", "CO₂/H₂O"). */
export const WORD_PART_GAP = /[^\p{L}\p{N}]+/u;

/**
 * A common noun alone that is no topic of this paper: a word everyday English or scientific text at large
 * uses often (below MIN_WORD_SPECIFICITY), which the paper's title does not name and the paper writes
 * neither as a name (a name's shape, or capitalised inside sentences where the collection writes it so:
 * "California") nor as a short form. In a mixed collection "Units" (pH units, dropout units) or "Mistake"
 * would otherwise be the tag, and the concept page, of papers of fields apart.
 */
export function commonWord(c: KeptCandidate, titleStems: ReadonlySet<string>, titleWords: number, wordCase: WordCase, bg: Background): boolean {
  if (c.stems.length !== 1 || inTitle(c, titleWords) || titleStems.has(c.stems[0]!)) return false;
  for (const surface of c.surfaces) if (NAME_SHAPE.test(surface) || wordCase.isName(surface, false)) return false;
  return wordSpecificity(c.key, bg) < MIN_WORD_SPECIFICITY;
}

/** Words of the sentence before a gloss that its initials may spell. */
const GLOSS_LOOK_BACK = 6;

/**
 * "ds" in "double-stranded (ds) breaks": a lowercase word that is only ever written in parentheses after words
 * whose initials spell it (`initialsLongForm`) is their initialism. Lowercase, it cannot be read as a short
 * form (short-form.ts), and as a word of its own it names nothing ("Ds" was a concept). A word the initials
 * do not spell stays: "insertions and deletions (indels)".
 */
export function initialismGloss(c: KeptCandidate, words: DocumentWords): boolean {
  if (c.stems.length !== 1) return false;
  let glosses = false;
  for (const list of [c.occurrences, c.nested]) {
    for (const o of list) {
      const k = o.start;
      const word = words.texts[k]!;
      if (o.length !== 1 || !LOWER_WORD.test(word) || words.texts[k - 1] !== '(' || words.texts[k + 1] !== ')') return false;
      const before: string[] = [];
      for (let j = k - 2; j >= 0 && before.length < GLOSS_LOOK_BACK && words.sentences[j] === words.sentences[k] && WORD_START.test(words.texts[j]!); j--) before.unshift(words.texts[j]!);
      // (Read as if in capitals, "DS": a last "s" is then a letter, not a plural's.)
      if (initialsLongForm(word.toUpperCase(), before.join(' ')) === null) return false;
      glosses = true;
    }
  }
  return glosses;
}

/**
 * A phrase the paper writes only after a bare "at" ("measured at room temperature", "stable at high
 * pressure"): English says the conditions of an act so, without an article, and they are no topic ("Room
 * temperature" linked a high-entropy alloy, graphene and two battery papers, review 13 M5). A place or an
 * instrument takes its article or a capital ("at the interface", "at CERN"), and a paper that writes the
 * phrase anywhere else ("the room temperature", "room-temperature mobilities") keeps it.
 */
export function conditionOnly(c: KeptCandidate, words: DocumentWords): boolean {
  if (c.occurrences.length === 0 || c.nested.length > 0) return false;
  return c.occurrences.every((o) => o.start > 0 && words.texts[o.start - 1] === 'at' && words.sentences[o.start - 1] === words.sentences[o.start] && LOWER_START.test(words.texts[o.start]!));
}
const LOWER_START = /^\p{Ll}/u;

/**
 * A name the paper writes only as the second part of an address, the region after a place ("the Beverly,
 * Massachusetts company", "held in Cape Cod, Massachusetts", "Columbus, Ohio"): it says where the first one
 * is, not what the paper is about ("Massachusetts" linked a software company's profile to a conference for
 * students, review 21 #17). The pair is a capitalised word that does not open its sentence ("However, Web"
 * is an adverb's comma), a comma, and a name of capitalised words that no comma, "and" or "or" follows (a
 * list goes on: "Norway, Australia, New Zealand and Europe" names topics, and so does a bracketed pair). A name in the title, or written
 * anywhere else in the paper, stays. Places are otherwise left alone: in Inspec the indexers' keyphrases hold
 * two in five of the places abstracts name, and a country is the topic of many papers.
 */
export function addressOnly(c: KeptCandidate, words: DocumentWords, titleWords: number): boolean {
  if (c.occurrences.length === 0 || c.nested.length > 0) return false;
  const t = words.texts;
  const same = (j: number, k: number) => j >= 0 && words.sentences[j] === words.sentences[k];
  return c.occurrences.every((o) => {
    const before = o.start - 2;
    const after = o.start + o.length;
    if (o.start < titleWords || t[o.start - 1] !== ',' || !same(before, o.start) || !same(before - 1, before)) return false;
    if (!STARTS_UPPER.test(t[before]!)) return false;
    for (let k = o.start; k < after; k++) if (!STARTS_UPPER.test(t[k]!)) return false;
    return !(same(after, o.start) && LIST_GOES_ON.has(t[after]!.toLowerCase()));
  });
}
/** After a list's item: more of the list, or the bracket around a short one ("continuous flows (Rossler, Lorenz)"). */
const LIST_GOES_ON = new Set([',', 'and', 'or', '&', ')']);

/**
 * A lowercase single word that the abstract says once and the title never ("note", "life", "choice")
 * is a passing mention; a topic word recurs or heads the title. Names ("Minecraft", "LLM") stay.
 * Such a word is shown only when other papers share it (then it links them).
 */
const NAME_MARK = /\p{Lu}|\p{N}|-/u;

export function passingMention(c: KeptCandidate, titleWords: number): boolean {
  if (c.stems.length !== 1 || c.occurrences.length + c.nested.length > 1) return false;
  const o = c.occurrences[0] ?? c.nested[0];
  if (!o || o.start < titleWords) return false;
  for (const surface of c.surfaces) if (NAME_MARK.test(surface)) return false;
  return true;
}

/** Words after which a name has ended: a joining or function word. */
const NAME_ENDS = /^(?:and|or|of|in|at|for|from|with|by|on|to|as|is|are|was|were|which|that)$/;
/** A capitalised word with lowercase letters after its first: a word of a name ("Instruments", "Electrotech"). */
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
/** An adjective made of a name ("Bayesian", "Gaussian", "Euclidean"): it qualifies the letters after it. */
const NAME_ADJECTIVE = /[ie]an$/;

/**
 * "CSM Instruments SA", "Electrotech CP": a short form written only right after a capitalised word of a name inside
 * a sentence, and where the phrase ends (a comma, a bracket, a function word or the sentence's end after it), ends
 * that name: a company's legal form or a product's letters, no abbreviation of a topic ("SA" there took the secular
 * acceleration another paper defines, "CP" another paper's CP violation, probe 56). A short form that goes on to
 * name a thing ("Hartree Fock SCF calculations"), follows an adjective made of a name ("Bayesian EM") or is written
 * anywhere else in the paper stays; in the title capitals tell nothing.
 */
export function nameSuffixOnly(c: KeptCandidate, words: DocumentWords, titleWords: number): boolean {
  if (c.stems.length !== 1 || !c.surfaces.every(isShortFormWord)) return false;
  const spans = [...c.occurrences, ...c.nested];
  const t = words.texts;
  const same = (j: number, k: number) => j >= 0 && j < t.length && words.sentences[j] === words.sentences[k];
  return (
    spans.length > 0 &&
    spans.every((o) => {
      const k = o.start;
      const before = t[k - 1];
      if (o.length !== 1 || k - 1 < titleWords || before === undefined || !same(k - 2, k) || !NAME_WORD.test(before) || NAME_ADJECTIVE.test(before)) return false;
      const after = same(k + 1, k) ? t[k + 1]! : undefined;
      return after === undefined || !WORD_START.test(after) || NAME_ENDS.test(after);
    })
  );
}
