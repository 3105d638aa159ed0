/**
 * Phrases that talk about the research rather than name a topic of it ("experimental results", "future work",
 * "small values"), and adjectives of degree that say how much of a noun ("low viscosity"): read once per
 * document, when it is analysed, and kept as flags of its candidates (src/lib/cache/document-analysis.ts).
 */
import type { Background } from './background';
import { stem } from './normalise';
import { wordSpecificity } from './word-specificity';
import { MEASURE_NOUNS, comparativeAdjective, discourseWord, gradableAdjective, type Candidate } from './candidates';
import type { Word } from './tokenize';
import { HAS_DIGIT, HAS_UPPER, LOWER_WORD, TITLE_WORD } from './word-shape';

/**
 * Head nouns of scholarly discourse beyond the ones that never make a phrase of their own
 * (`DISCOURSE_NOUNS`): words every field's papers use about their own work ("technical report",
 * "design choices", "strong baselines", "a single set of"). General academic English, not a field's terms.
 */
const SCHOLARLY_HEADS = new Set(
  (
    'report baseline choice decision set case study result finding experiment observation evidence comparison ' +
    'detail outcome option alternative variant direction implication demonstration investigation remark note ' +
    'design line trend dataset benchmark setting trade-off tradeoff principle example number amount degree ' +
    // Words of academic prose about ideas in general ("a family of", "the notion of", "in the presence of").
    'family methodology literature situation notion emphasis presence absence advent assumption prospect piece ' +
    'necessity feasibility consideration strength weakness advance course sense contrast description definition ' +
    'comment decade efficacy drawback shortcoming disadvantage contrary ' +
    // Words for a thought, a manner and a form of something named elsewhere ("the basic idea", "a direct way",
    // "a modified version", "a brief overview"): with plain adjectives only, about the text (review 18 H3).
    'idea way version overview'
  ).split(' '),
);

function scholarlyNoun(w: Word): boolean {
  return SCHOLARLY_HEADS.has(w.lemma) || SCHOLARLY_HEADS.has(w.lower) || SCHOLARLY_HEADS.has(w.lower.replace(/s$/, ''));
}

/** "Technical", "Cross-Domain": title case, hyphenated parts included. */
const TITLE_CASE_COMPOUND = /^\p{Lu}\p{Ll}+(-\p{L}+)*$/u;
/** "domain-specific", "task-related", "web-scale": a compound that says where or how much. */
const SCOPE_SUFFIX = /-\p{L}*(specific|related|oriented|aware|based|level|scale|wide)$/u;

/**
 * A modifier that says how, not what: a plain lowercase adjective ("experimental", "single", "complex"),
 * an adjectival compound ("real-world", "domain-specific") or another word of scholarly discourse ("case").
 * Where capitals mean nothing (titles, sentence starts) the tagger reads "Technical" as a name; there
 * an adjective's ending tells.
 */
function genericModifier(w: Word, caseless: boolean): boolean {
  const titleCase = caseless && TITLE_CASE_COMPOUND.test(w.text);
  if (!titleCase && /[\p{Lu}\p{N}]/u.test(w.text)) return false;
  if (w.pos === 'ADJ') return true;
  if (titleCase && w.pos === 'PROPN' && /(al|ic|ive|ous|ful|able|ible|ary|ory)$/.test(w.lower)) return true;
  if (/-/.test(w.text) && (/^(ADJ|ADV|NUM|DET|ADP)$/.test(w.firstPartPos ?? '') || SCOPE_SUFFIX.test(w.lower))) return true;
  return scholarlyNoun(w) || discourseWord(w);
}

/**
 * "Experimental results", "technical report", "case studies", "baselines": a scholarly head alone or
 * with only generic modifiers is about the paper, not a concept of its field. A topical modifier makes
 * a term of it ("circuit design", "RL baselines").
 */
function discourseNoun(w: Word): boolean {
  return discourseWord(w);
}

function measureNoun(w: Word): boolean {
  return MEASURE_NOUNS.has(w.lower) || MEASURE_NOUNS.has(w.lemma);
}

/** Every word from `from` to `to` (exclusive) is a lowercase compound of scope ("real-world", "domain-specific", "large-scale"). */
function scopeCompounds(words: Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = words[k]!;
    if (!/-/.test(w.text) || /[\p{Lu}\p{N}]/u.test(w.text)) return false;
    if (!/^(real|large|small|high|low|general|domain|task|state|world|open|wide)-|-(specific|world|scale|purpose|level|quality|wide|art)$/.test(w.lower)) return false;
  }
  return true;
}

/** Where capitals say nothing: the title and each sentence's first word. */
function capitalsSayNothing(words: readonly Word[], k: number, titleWords: number): boolean {
  return k < titleWords || k === 0 || words[k - 1]!.sentence !== words[k]!.sentence;
}

/**
 * Adjectives that count, as numerals do ("a single value", "multiple levels", "the sole amount"): on a noun of
 * measure they say how many, as an adjective of size says how much (review 18 H3: "Single value").
 */
const COUNTING_ADJECTIVES = new Set(['single', 'sole', 'multiple', 'double', 'triple']);

/**
 * Endings of the adjectives English derives from a noun or a verb to classify ("mechanic-al", "magnet-ic",
 * "line-ar", "element-ary", "adapt-ive", "continu-ous", "sal-ine", "mob-ile", "Gauss-ian", "converg-ent",
 * "scal-able"), and of participles ("distributed", "learning"): such a modifier names a kind. Three letters at
 * least before the ending, so that "real" and "final" are plain.
 */
export const CLASSIFYING_ENDING = /^\p{Ll}{3,}(?:al|ic|ar|ary|ory|ive|ous|ine|ile|ian|ent|ant|ible|able|ful|less|ed|ing)$/u;

/**
 * A lowercase adjective (capitalised only where capitals say nothing, `caseless`: "Future work will…") that
 * qualifies rather than classifies, and that no established term takes: one with no
 * classifying ending (`CLASSIFYING_ENDING`: "future", "widespread", "complex") that everyday English does not
 * compare with -er. The gradable ones of size and degree ("high", "low", "long") open many compound terms on
 * such words ("high-performance computing", "low-level control", "long-term memory"): the Inspec training
 * split's indexers keep "high" and "low" in about half the keyphrases an abstract's phrase opens with them,
 * "future" in 1 of 15, "widespread" and "popular" in none. They keep "real" as often, but everyday English has
 * no "realer", so "real" counts as qualitative here: "real data" on a word for the text's own matter is a tag
 * only where the corpus corroborates it (tag-selection.ts), and longer terms ("real time systems") are not
 * judged by this two-word rule at all.
 */
function qualitativeAdjective(w: Word, caseless: boolean): boolean {
  if (w.pos !== 'ADJ' || !LOWER_WORD.test(caseless && TITLE_WORD.test(w.text) ? w.lower : w.text) || CLASSIFYING_ENDING.test(w.lower)) return false;
  return !gradableAdjective(w);
}

/**
 * "future work", "widespread use", "open challenges", "complex tasks", "human evaluation": a qualitative adjective on a
 * word for the text's own matter (`DISCOURSE_NOUNS`). It says when, how much or how the writer finds it, and
 * papers of any field write it; a classifying adjective makes a kind of it ("mechanical properties", "linear
 * model", "distributed systems"). Some such phrases are a field's terms all the same ("human evaluation" of
 * language models): the corpus decides (tag-selection.ts `uncorroboratedPhrases`).
 */
export function qualifiedPhrase(c: Candidate, words: Word[]): boolean {
  // Every time the paper writes it, and never inside a longer phrase ("nonlinear discrete time hybrid systems" is a
  // term of which it is a part); the tagger reads a noun modifier as an adjective now and then ("world models").
  const spans = c.occurrences;
  return c.nested.length === 0 && spans.length > 0 && spans.every((o) => o.length === 2 && discourseNoun(words[o.start + 1]!) && qualitativeAdjective(words[o.start]!, capitalsSayNothing(words, o.start, 0)));
}

/**
 * A noun must be at least this specific (word-specificity.ts) for an adjective of degree on it to say how much of
 * it: "viscosity" (0.73), "hydrogel" (0.9), not "learning" (0.23) or "matter" (0.33), whose "deep learning" and
 * "dark matter" are names.
 */
const DEGREE_HEAD_SPECIFICITY = 0.7;

/**
 * "low viscosity", "higher viscosity", "high viscosity": an adjective of size or degree (`gradableAdjective`) on a
 * noun of a field says how much of it there is, and the concept is the noun. Four SemEval-2017 papers wrote
 * "viscosity" so and none made it a concept (review 22 finding 2). Only where the paper writes the phrase alone,
 * always so, and the noun is specific (`DEGREE_HEAD_SPECIFICITY`).
 */
export function degreePhrase(c: Candidate, words: Word[], bg: Background): boolean {
  if (c.occurrences.length === 0 || c.nested.length > 0) return false;
  return c.occurrences.every((o) => {
    if (o.length !== 2) return false;
    const [adjective, noun] = [words[o.start]!, words[o.start + 1]!];
    return LOWER_WORD.test(adjective.text) && gradableAdjective(adjective) && noun.cls === 'N' && LOWER_WORD.test(noun.text) && wordSpecificity(noun.lower, bg) >= DEGREE_HEAD_SPECIFICITY;
  });
}

/**
 * Words that open a noun's complement: "the pace of change", "the premise that", "the inability to retrieve", "the
 * impetus for", "insight into", "the impetus behind", "lessons from", "guidance on". Schmid's shell-noun patterns
 * (English Abstract Nouns as Conceptual Shells, 2000: N-of, N-that, N-to) and the prepositions that carry a shell
 * noun's content.
 */
const COMPLEMENT_OPENERS = new Set(['of', 'that', 'to', 'for', 'into', 'behind', 'from', 'on', 'about', 'toward', 'towards', 'whether']);

/**
 * A shell noun is a word of everyday English: below this specificity against SUBTLEX-US (background.ts; "pace"
 * 11.2, "insight" 12.2, "impetus" 13.5, "breadth" 14.6 is just above), a noun of a field ("eigenvalues" 16.6,
 * "topology" 17.7) is named by what follows it ("the eigenvalues of", "the topology of") and is no shell. On the
 * Inspec training split the tag F1 moved by less than 0.1 between 13 and 17.
 */
const MAX_SHELL_SPECIFICITY = 14;

/** Per document's words: per word stem, whether every time the text writes it a complement follows. */
const shellStemsOf = new WeakMap<readonly Word[], Map<string, boolean>>();

function alwaysShell(words: readonly Word[], target: string): boolean {
  let memo = shellStemsOf.get(words);
  if (!memo) {
    memo = new Map();
    for (let k = 0; k < words.length; k++) {
      const s = stem(words[k]!.lower);
      const next = words[k + 1];
      const shell = next !== undefined && next.sentence === words[k]!.sentence && COMPLEMENT_OPENERS.has(next.lower);
      memo.set(s, (memo.get(s) ?? true) && shell);
    }
    shellStemsOf.set(words, memo);
  }
  return memo.get(target) === true;
}

/**
 * "The impetus for this emergence", "the rapid pace of model change", "lessons from iLumina", "the inability to
 * retrieve": a one-word candidate the text writes only as a shell noun (Schmid 2000), every time before the
 * complement that says what it is, is about the text, not a topic of it: its topic is the complement. Such words
 * ("Impetus", "Pace", "Lessons") were a user's complaint on the Inspec test split. Every time the text writes the
 * word at all, so that "segmentation of the image" beside "image segmentation" stays a term; and only a lowercase
 * word of everyday English (`MAX_SHELL_SPECIFICITY`). On Inspec train (dev) taken whole, one-word tags sharing no
 * word with the indexers' keyphrases fell from 432 to 367 (177 to 133) and tag F1 rose.
 */
export function shellUse(c: Candidate, words: readonly Word[], titleWords: number, bg: Background): boolean {
  if (c.stems.length !== 1 || c.occurrences.length === 0) return false;
  for (const o of c.occurrences) {
    const w = words[o.start]!;
    if (!LOWER_WORD.test(o.start < titleWords || capitalsSayNothing(words, o.start, titleWords) ? w.lower : w.text)) return false;
  }
  const target = stem(words[c.occurrences[0]!.start]!.lower);
  return alwaysShell(words, target) && bg.specificity(target) < MAX_SHELL_SPECIFICITY;
}

export function scholarlyPhrase(c: Candidate, words: Word[], titleWords: number, bg: Background): boolean {
  if (shellUse(c, words, titleWords, bg)) return true;
  return [...c.occurrences, ...c.nested].some((o) => {
    const head = words[o.start + o.length - 1]!;
    // "real-world applications", "domain-specific tasks": a compound of scope on a word for the text's own
    // matter says where, not what.
    // "small values", "low level", "a small fraction": an adjective of size or degree on a noun of measure says
    // how much, and a comparative on a word for the text's own matter ("greater opportunity") compares, as a
    // superlative does; neither names a topic (review 18 H3).
    if (o.length === 2 && measureNoun(head) && (gradableAdjective(words[o.start]!) || COUNTING_ADJECTIVES.has(words[o.start]!.lower))) return true;
    if (o.length === 2 && discourseNoun(head) && comparativeAdjective(words[o.start]!)) return true;
    if (!scholarlyNoun(head) && !(o.length > 1 && discourseNoun(head) && scopeCompounds(words, o.start, o.start + o.length - 1))) return false;
    if (HAS_DIGIT.test(head.text) || (HAS_UPPER.test(head.text) && !(capitalsSayNothing(words, o.start, titleWords) || o.start < titleWords) && !TITLE_WORD.test(head.text))) return false;
    for (let k = o.start; k < o.start + o.length - 1; k++) if (!genericModifier(words[k]!, k < titleWords || capitalsSayNothing(words, k, titleWords))) return false;
    return true;
  });
}
