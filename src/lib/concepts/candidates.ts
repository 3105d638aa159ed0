/**
 * Candidate phrases: maximal runs of modifiers and nouns that end in a noun (the classic `(A|N)* N`
 * pattern), trimmed of function words and of evaluative modifiers that say nothing about the topic
 * ("novel", "proposed", "existing"). These lists are general English of scientific writing, not
 * words picked from any corpus.
 */
import type { Word } from './tokenize';
import { elementNamed, phraseKey, stem, wordKey } from './normalise';
import { isGluedQuantity, unitAt } from './units';
import { background } from './background';
import { ACRONYM_PLURAL, HAS_DIGIT, HAS_LETTER, HAS_UPPER, INNER_CAPITALS, LOWER_WORD, STARTS_TITLE, STARTS_UPPER, TITLE_CASE_PLURAL, TITLE_WORD, TWO_CAPITALS } from './word-shape';

/** Modifiers that never belong at the start of a topic phrase. */
const WEAK_MODIFIERS = new Set(
  (
    'new novel proposed propose based given different various several many much more most less least such other ' +
    'same certain specific particular main key significant existing current recent previous prior present ' +
    'following further additional overall possible available respective corresponding related typical ' +
    'important good better best great simple easy hard little few numerous multiple various own ' +
    'used using obtained called known well-known useful effective efficient powerful promising ' +
    'first second third last final initial next whole entire total extensive comprehensive ' +
    'considerable substantial remarkable strong superior competitive state-of-the-art ' +
    'traditional conventional standard classical typical general common usual major minor ' +
    'underlying corresponding associated relevant necessary sufficient appropriate suitable ' +
    'interesting challenging difficult critical crucial essential fundamental natural ' +
    'lead leading resulting achieved achieving required desired considered described presented ' +
    'introduced developed discussed studied investigated shown demonstrated ' +
    'impressive unique wide broad broader diverse distinct innovative notable vast tremendous ' +
    'growing increasing emerging exciting inherent termed named dubbed denoted so-called ' +
    'actual improved realistic latest original modern special ' +
    // Adjectives of the writer's attitude and of narration, a general class of English: they say how the writer
    // finds a thing or tells of it, not what it is ("the surprising failure of anonymization", "dramatic changes
    // within libraries", "a brief history of the ITWF": review 17 L1, review 18 H3).
    'surprising unsurprising unexpected astonishing striking dramatic drastic unprecedented brief detailed thorough ' +
    'excellent convenient desirable elegant satisfactory outstanding valuable rigorous reasonable ' +
    // "A similar approach", "in a similar manner": a comparison with something named elsewhere, as "same" and "different".
    'similar'
  ).split(/\s+/),
);

/**
 * A superlative ("highest", "largest", "simplest", "earliest") ranks the thing against others; it never
 * opens the name of one ("Highest conductivity" and "largest capacity" were concepts, review 13 M5). English
 * builds it with -est on an adjective that also has an -er comparative in everyday speech; a noun or
 * adjective that only ends so ("forest", "interest", "honest", "earnest") has none.
 */
const SUPERLATIVE_FORM = /^\p{Ll}{2,}est$/u;
/** Everyday specificity (background.ts) an -er comparative stays under: "newer" 13.8, "earner" 14.4, never said 17.7. */
const MAX_COMPARATIVE_SPECIFICITY = 14;

function superlative(w: Word): boolean {
  if (w.pos !== 'ADJ' || !SUPERLATIVE_FORM.test(w.lower)) return false;
  return background().specificity(stem(w.lower.slice(0, -3) + 'er')) < MAX_COMPARATIVE_SPECIFICITY;
}

/** The comparatives English builds with -er on an adjective: "smaller", "larger", "bigger", "easier". */
function comparativeForms(a: string): string[] {
  const out = [a + 'er'];
  if (a.endsWith('e')) out.push(a + 'r');
  if (DOUBLED_BEFORE_ER.test(a)) out.push(a + a.slice(-1) + 'er');
  if (a.endsWith('y')) out.push(a.slice(0, -1) + 'ier');
  return out;
}
const DOUBLED_BEFORE_ER = /[^aeiou][aeiou][bdgmnpt]$/;
const ER_FORM = /^[a-z]{2,}er$/;

/** Is `form` an everyday word that the stemmer keeps whole, so that its specificity is its own? */
function everydayForm(form: string, base: string): boolean {
  const s = stem(form);
  return s !== stem(base) && background().specificity(s) < MAX_EVERYDAY_COMPARATIVE;
}
/**
 * Everyday specificity a comparative in common use stays under ("sharper" 13.5, "softer" 13.2, "bigger" 9.8).
 * Stricter than `MAX_COMPARATIVE_SPECIFICITY`: the jocular comparatives of absolute adjectives ("deader" 13.8)
 * stay out, and "dead time" stays a term.
 */
const MAX_EVERYDAY_COMPARATIVE = 13.6;

/**
 * A gradable adjective of size, degree or amount: one that everyday English compares with -er ("small",
 * "large", "high", "great"), or such a comparative itself ("greater", "higher"). Only short, plain
 * adjectives take -er; the classifying ones that name a kind ("linear", "numerical", "optimal") take none.
 */
export function gradableAdjective(w: Word): boolean {
  if (w.pos !== 'ADJ' || !LOWER_WORD.test(w.lower)) return false;
  return comparativeForms(w.lower).some((f) => everydayForm(f, w.lower)) || comparativeAdjective(w);
}

/** "greater", "higher", "larger": the -er comparative of an everyday adjective ("great", "high", "large"). */
export function comparativeAdjective(w: Word): boolean {
  if (w.pos !== 'ADJ' || !ER_FORM.test(w.lower)) return false;
  const bases = [w.lower.slice(0, -2), w.lower.slice(0, -1), w.lower.slice(0, -3)];
  return bases.some((b) => b.length >= 3 && comparativeForms(b).includes(w.lower) && everydayForm(w.lower, b));
}

/**
 * Nouns of quantity and measure: with an adjective of size or degree ("small values", "a low level", "a
 * high proportion", "a small fraction") the phrase says how much of something named elsewhere.
 */
export const MEASURE_NOUNS = new Set(
  'value values level levels amount amounts number numbers degree degrees range ranges proportion proportions fraction fractions portion portions extent quantity quantities'.split(' '),
);

/** A modifier that opens no topic phrase: a weak one or a superlative. */
function weakModifier(w: Word): boolean {
  return WEAK_MODIFIERS.has(w.lower) || superlative(w);
}

/**
 * Weak modifiers that also open established terms ("natural language processing", "classical
 * mechanics", "initial conditions", "critical point", "strong coupling", "multiple access",
 * "sufficient conditions"): the ones the Inspec training split's annotators keep in a keyphrase at
 * least four times and at least three times as often as they drop them (counted once, by hand, on
 * inspec-train only). With `keepTermModifiers` a phrase keeps them.
 */
const TERM_MODIFIERS = new Set(['natural', 'classical', 'initial', 'critical', 'strong', 'multiple', 'sufficient']);

/** "first order phase transition", "second language acquisition": an ordinal on a noun modifier is part of the name. */
const ORDINAL = /^(first|second|third|fourth|fifth|higher|lower|zeroth)$/;

/**
 * An ordinal or a fraction word ("a tenth of the time", "half of the jobs", "two thirds", "the twentieth"):
 * alone it counts, and names nothing. English builds them from the number words: first to third, the
 * -th of the rest up to the -tieths, hundredth and beyond, and half and quarter.
 */
const ORDINAL_OR_FRACTION =
  /^(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth|hundredth|thousandth|millionth|billionth|quarter)s?|half|halves)$/;

/** Nouns that cannot be a concept on their own: they refer to the text, not to its topic. */
export const DISCOURSE_NOUNS = new Set(
  (
    'paper article work study approach method methods result results way use number set kind type part ' +
    'case aim purpose issue fact example lot end order term terms respect basis means form thing things ' +
    'problem problems technique techniques task tasks model system performance analysis framework ' +
    'paradigm process experiment experiments evaluation improvement improvements gain gains ' +
    'state art contribution contributions finding findings insight insights ability capability ' +
    'capabilities challenge challenges limitation limitations advantage advantages application applications ' +
    'field domain area areas aspect aspects factor factors feature features property properties ' +
    'scenario scenarios setting settings quality amount level levels degree range variety ' +
    'effect effects effectiveness efficiency accuracy time times step steps stage stages ' +
    'data information knowledge version versions value values question questions solution solutions ' +
    'idea ideas concept concepts goal goals need needs researcher researchers author authors ' +
    'people user users one ones today day days week weeks month months year years survey review overview introduction conclusion discussion ' +
    'critique critiques commentary essay essays reappraisal ' +
    'attempt attempts opportunity opportunities perspective perspectives promise difficulty difficulties struggle reliance hand par ' +
    'dozens hundreds thousands millions billions ' +
    'e.g i.e. et al spite behalf lieu sec secs fig figs figure figures eq eqs equation equations ref refs table tables section sections sect appendix ' +
    // The kinds of statement a proof or an argument is made of ("As a corollary we obtain", "the conjecture
    // holds", "the doctrine of"): alone no topic (review 17 M1: "Conjecture" linked probability to number
    // theory, "Doctrine" Marbury v. Madison to Amazon); named ones are terms ("twin prime conjecture",
    // "spectral theorem", "fair use doctrine", "atomic propositions").
    'theorem theorems lemma lemmas corollary corollaries proposition propositions conjecture conjectures doctrine doctrines ' +
    // "A key ingredient of the proof is…": alone the figure of academic English names no topic ("Ingredient" linked
    // a number theory paper to an algebraic geometry one, review 17 L1); "active pharmaceutical ingredient" is a term.
    'ingredient ingredients ' +
    // The text's own genre and what it is about ("In this letter we", "the topic of", "a subset of the",
    // "the criteria for"): a letter is a paper as an article is; a topic, a criterion and a subset are an
    // issue, a factor and a part of something named elsewhere (review 18 H3: "Letter" 12 papers, "Topic" 10,
    // "Criteria" 15, "Subsets" 15). Named ones stay terms ("open letters", "Nyquist criterion", "dense subsets").
    'letter letters topic topics criterion criteria subset subsets'
  ).split(/\s+/),
);

/** "analyses", "hypotheses": the Greek plural in -es of a noun in -is, which the tagger may leave unlemmatised. */
const GREEK_PLURAL = /^[a-z]{3,}es$/;

/**
 * A noun of `DISCOURSE_NOUNS`, in any of its forms: "Analyses" opening a sentence was read as a name whose
 * lemma is itself, and became the concept "Analysis" of 28 papers (review 18 H3).
 */
export function discourseWord(w: Pick<Word, 'lemma' | 'lower'>): boolean {
  if (DISCOURSE_NOUNS.has(w.lemma) || DISCOURSE_NOUNS.has(w.lower)) return true;
  return GREEK_PLURAL.test(w.lower) && DISCOURSE_NOUNS.has(w.lower.slice(0, -2) + 'is');
}

/**
 * "about half of human cancers", "by one-quarter", "two-thirds": a fraction says how much, never what of;
 * no concept alone ("half adder", "quarter-wave plate" are terms).
 */
const FRACTION = /^(?:(?:one|two|three|four|five|six|seven|eight|nine)[-‐‑–\s])?(?:half|halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)$/;

export interface Occurrence {
  /** Index of the first word in the document's word list. */
  start: number;
  /** Number of words. */
  length: number;
  sentence: number;
}

export interface Candidate {
  /** Normalised form: the identity of the phrase (case, plural and hyphenation folded). */
  key: string;
  /** Word keys (same folding), for word-level scores. */
  words: string[];
  /** Porter stems of the key's words. */
  stems: string[];
  /** Surface forms with their counts. */
  surfaces: Map<string, number>;
  /** Where it stands as a whole phrase. */
  occurrences: Occurrence[];
  /** Where it appears inside a longer phrase (only with `subphrases`). */
  nested: Occurrence[];
}

export interface CandidateOptions {
  maxWords: number;
  /** Start a new phrase at a modifier that follows a noun ("grounds | large language models"). */
  splitModifierAfterNoun: boolean;
  /** End a phrase after a plural noun that is not its head ("LLMs | answer"): compounds take singular modifiers. */
  splitAfterPlural: boolean;
  /** Also collect the phrases inside each phrase. */
  subphrases: boolean;
  /** Drop a participle that opens a sentence ("Revisiting reinforcement learning"). */
  dropOpeningParticiple: boolean;
  /** Keep the weak modifiers that open established terms (`TERM_MODIFIERS`). */
  keepTermModifiers: boolean;
  /** Split a closing name from the common noun before it ("operating system | Linux"). */
  splitAppositiveNames: boolean;
}

export const DEFAULT_CANDIDATE_OPTIONS: CandidateOptions = { maxWords: 5, splitModifierAfterNoun: false, splitAfterPlural: false, subphrases: true, dropOpeningParticiple: true, keepTermModifiers: true, splitAppositiveNames: true };

function isPlural(w: Word): boolean {
  if (ACRONYM_PLURAL.test(w.text)) return true;
  // Title case: the tagger reads "Models" as a name and leaves its lemma alone.
  if (w.pos === 'PROPN' && TITLE_CASE_PLURAL.test(w.text)) return !w.nameInS;
  return w.cls === 'N' && w.lower.endsWith('s') && !w.lower.endsWith('ss') && w.lemma !== w.lower && w.lemma.length < w.lower.length;
}

function isHead(w: Word): boolean {
  return w.cls === 'N' && !w.stop && HAS_LETTER.test(w.text) && w.text.length > 1 && !modifierCompound(w) && !evaluativeParticiple(w);
}

/**
 * "making hyperparameter selection challenging", "which makes the approach promising": an evaluative -ing
 * word (one of the weak modifiers) after a noun is said of it, never the head the noun modifies.
 */
function evaluativeParticiple(w: Word): boolean {
  return w.lower.endsWith('ing') && WEAK_MODIFIERS.has(w.lower);
}

/** "in-depth", "top-down", "long-term", "real-time": compounds that open with a preposition, adjective or number modify; they do not name. */
function modifierCompound(w: Word): boolean {
  return w.firstPartPos !== undefined && /^(ADP|ADJ|ADV|NUM|DET)$/.test(w.firstPartPos) && !HAS_UPPER.test(w.text) && !NOMINAL_END.test(w.lower);
}

/** Endings that make a noun of a compound whatever opens it: "pre-training", "co-simulation", "non-linearity". */
const NOMINAL_END = /(ing|tion|sion|ment|ness|ity|ism|ance|ence|ure|er|or|ist|ics)s?$/;

/**
 * "type 2 diabetes", "type 1 interferons", "type-2 fuzzy sets": a numeral after "type" names the kind and is part
 * of the phrase, as a Roman one is ("type III secretion system", a word of letters). Elsewhere a number is an
 * amount and ends the phrase.
 */
function typeNumeral(words: Word[], at: number): boolean {
  const w = words[at]!;
  const prev = words[at - 1];
  const next = words[at + 1];
  return (
    /^\d{1,2}$/.test(w.text) &&
    prev !== undefined &&
    prev.lower === 'type' &&
    prev.sentence === w.sentence &&
    next !== undefined &&
    next.sentence === w.sentence &&
    isModifier(next)
  );
}

function isModifier(w: Word): boolean {
  return (w.cls === 'A' || w.cls === 'N') && (!w.stop || ORDINAL.test(w.lower)) && HAS_LETTER.test(w.text) && w.lower !== 'et' && w.lower !== 'al' && !isMeasurement(w);
}

/**
 * A family name as a citation writes it: a proper noun in title case, hyphenated parts included
 * ("Martinez-Pinedo", "Allen–Cahn"), each hyphenated part three letters or more so that alloys and
 * formulas ("Ni–Fe", "Fe-Co") are not names.
 */
const FAMILY_NAME = /^\p{Lu}\p{Ll}+$|^\p{Lu}\p{Ll}{2,}(?:[-–‐‑]\p{Lu}\p{Ll}{2,})+$/u;
const YEAR = /^(?:1[89]|20)\d\d[a-z]?$/;
const REFERENCE_NUMBER = /^\d/;
/** Words of a citation between names: "Ernst and Newman", "Horváth, & Telek", "Hastie et al.". */
const NAME_JOINERS = new Set([',', 'and', '&']);
/** Longest stretch of names and joiners read before a citation mark: "Bodrog, Heindl, Horváth, & Telek, 2008" is ten. */
const MAX_AUTHOR_LIST = 16;

function familyName(w: Word): boolean {
  return w.pos === 'PROPN' && FAMILY_NAME.test(w.text);
}

/** A citation mark at `at`: "[12]", "[11,12,37]", "(2019)", ", 2008" (after a name in parentheses), or "et al.". */
function citationMark(words: Word[], at: number): boolean {
  const w = words[at];
  const next = words[at + 1];
  if (!w || !next) return false;
  if (w.lower === 'et') return /^al\.?$/.test(next.lower);
  if (w.text === '[') return REFERENCE_NUMBER.test(next.text);
  return (w.text === '(' || w.text === ',') && YEAR.test(next.text);
}

/**
 * Does the name ending at `end` belong to a citation? Names, particles ("van Hest") and the joiners of
 * an author list may follow it before the mark: "Ernst and Newman [11]", "Zhao and Liu (2010)",
 * "(Bodrog, Heindl, Horváth, & Telek, 2008)", "Cherry et al.".
 */
function citesAuthors(words: Word[], end: number): boolean {
  const sentence = words[end]!.sentence;
  for (let k = end + 1; k <= end + MAX_AUTHOR_LIST && k < words.length && words[k]!.sentence === sentence; k++) {
    if (citationMark(words, k)) return true;
    const w = words[k]!;
    if (!familyName(w) && !NAME_JOINERS.has(w.lower) && !NAME_PARTICLES.has(w.lower)) return false;
  }
  return false;
}

/**
 * Family names the text cites somewhere ("Hachisuka et al. (2008)", "Chen and Li (2019)"): the same
 * name said again without the citation ("as Hachisuka points out") is still the author, not a topic.
 */
function citedAuthorNames(words: Word[]): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k < words.length; k++) if (familyName(words[k]!) && citesAuthors(words, k)) out.add(words[k]!.text);
  return out;
}

/**
 * Verbs of authorship as academic English reports another's work with them ("defined by", "introduced by",
 * "proved by"): the reporting verbs of scholarship, in their past participles. After them "by" names the
 * authors; after another verb it names a cause or a means ("caused by Salmonella"), and after "developed" or
 * "given" as often a firm ("developed by Eskom") as a person.
 */
const REPORTING_PARTICIPLES = new Set('defined introduced proposed proved proven conjectured shown studied described suggested established formulated investigated'.split(' '));

/**
 * What scholarship credits to a person with "of": "results of Faltings", "a conjecture of Schramm", "the method
 * of Newton". Other words of discourse take "of" before a topic that may be a name ("the case of Uzi Nissan",
 * "the capabilities of Terminal Services").
 */
const CREDITED_WORKS = new Set('result results work works theorem theorems conjecture conjectures lemma method methods proof proofs construction definition'.split(' '));

/**
 * Where the text credits people with a thing: the names after a reporting verb's "by" ("defined by Fargues")
 * or after a work and "of" ("results of Faltings, Fargues and Rapoport–Zink", "a conjecture of Schramm",
 * "the method of Newton"), as a citation's are. Those words there
 * are no topic: "Fargues" alone was a concept of two papers (review 17 M2). Only those places: the same name
 * elsewhere in the text, and an eponym before its noun ("the Fargues–Fontaine curve", "Faltings' almost purity
 * theorem"), stay.
 */
function creditedPlaces(words: Word[]): Set<number> {
  const out = new Set<number>();
  for (let k = 2; k < words.length; k++) {
    const w = words[k]!;
    const before = words[k - 1]!;
    if (before.sentence !== w.sentence) continue;
    const credit = w.lower === 'by' ? REPORTING_PARTICIPLES.has(before.lower) : w.lower === 'of' && before.cls === 'N' && CREDITED_WORKS.has(before.lower);
    if (!credit) continue;
    // The list of names that opens there, with its joiners and particles.
    for (let j = k + 1; j < words.length && j <= k + MAX_AUTHOR_LIST && words[j]!.sentence === w.sentence; j++) {
      const x = words[j]!;
      if (NAME_JOINERS.has(x.lower) || NAME_PARTICLES.has(x.lower)) continue;
      if (!familyName(x) && !(CAPITALISED_PAIR.test(x.text) && x.cls === 'N')) break;
      // "by Fargues as a version of": a name before a noun of its own names that noun's thing.
      const next = words[j + 1];
      if (next !== undefined && next.sentence === w.sentence && next.cls === 'N' && !NAME_JOINERS.has(next.lower) && !familyName(next)) break;
      out.add(j);
    }
  }
  return out;
}

/** Every word from `start` to `end` is a name where the text credits it (`creditedPlaces`). */
function creditedOnly(start: number, end: number, credited: ReadonlySet<number>): boolean {
  if (credited.size === 0) return false;
  for (let k = start; k <= end; k++) if (!credited.has(k)) return false;
  return true;
}

/** First word of the names (with their particles: "van Hest") that end at `end`, or `end + 1` when the run ends in no name. */
function namesStart(words: Word[], from: number, end: number): number {
  let k = end;
  while (k >= from && (familyName(words[k]!) || (k < end && NAME_PARTICLES.has(words[k]!.lower)))) k--;
  return k + 1;
}

const UNIT_WORD = /^\p{L}{1,3}$/u;
/** Units written as words: "84 percent", "two orders of magnitude" is another matter. */
const UNIT_WORDS = new Set(['percent', 'percents', 'percentage', 'per-cent']);

/**
 * "1.5 eV", "20 nm", "3 GPa", "84 percent": a short word or a unit word right after a number is its unit; so
 * is a unit after a number's hyphen ("0.8- mu m CMOS", "0.25- µm process": "0.8-µm" with a space put in).
 */
function isUnit(words: Word[], at: number): boolean {
  const prev = words[at - 1];
  const w = words[at]!;
  if (prev !== undefined && HYPHEN.test(prev.text) && prev.sentence === w.sentence) {
    const number = words[at - 2];
    return number !== undefined && number.pos === 'NUM' && number.sentence === w.sentence && unitAt(words, at);
  }
  return prev !== undefined && prev.pos === 'NUM' && prev.sentence === w.sentence && (UNIT_WORD.test(w.text) || UNIT_WORDS.has(w.lower) || unitAt(words, at));
}
const HYPHEN = /^[-‐‑–]$/;

/** "per kilogram", "per mL": a unit after "per", in the same sentence. */
function perUnit(words: Word[], at: number): boolean {
  const w = words[at];
  const per = words[at - 1];
  return w !== undefined && per !== undefined && per.lower === 'per' && per.sentence === w.sentence && unitAt(words, at);
}

/** A regular past form ("calibrated", "reported"), not a noun in -eed ("seed", "speed") or "hundred". */
const PAST_FORM = /^\p{Ll}{3,}[^e]ed$/u;
const NOT_PAST = new Set(['hundred', 'kindred']);

/** Participles that form compound modifiers with the noun before them: "computer aided design", "laser induced damage". */
const COMPOUND_PARTICIPLE = /^(based|aided|assisted|driven|oriented|induced|mediated|controlled|enabled|related|coupled|doped|filled|coated|reinforced|stabili[sz]ed|derived|generated|guided|integrated|powered|operated|shaped|structured|bonded|cooled|fired|activated|catalyzed|catalysed|sensiti[sz]ed|dispersed|embedded|loaded|wrapped|centered|centred|weighted|fed|grown|borne|born|built|made|known)$/;
/**
 * A verb the tagger let into a noun run: a past participle after a noun ("Nuclear theory | devoted |
 * major efforts", "an event | called | inertial cavitation") or an -ing form after a plural noun
 * ("smooth potentials | justifying | semiclassical approximations"). Compounds written with a hyphen
 * ("US-induced") are modifiers.
 */
function clauseVerb(prev: Word, w: Word): boolean {
  if (w.text.includes('-') || prev.cls !== 'N' || prev.sentence !== w.sentence) return false;
  // "resonance probes | calibrated in": an -ed word the tagger calls a noun after a plural is its participle.
  if (w.pos === 'NOUN' && isPlural(prev) && PAST_FORM.test(w.lower) && !NOT_PAST.has(w.lower) && !COMPOUND_PARTICIPLE.test(w.lower)) return true;
  if (w.pos !== 'VERB') return false;
  if (/(ed|en)$/.test(w.lower) && !COMPOUND_PARTICIPLE.test(w.lower)) return true;
  return /ing$/.test(w.lower) && isPlural(prev);
}

/** Every candidate of one document, keyed by its normalised form, in order of first appearance. */
export function findCandidates(words: Word[], options: CandidateOptions): Map<string, Candidate> {
  const out = new Map<string, Candidate>();
  const modifier = words.map((w, k) => isModifier(w) || typeNumeral(words, k));
  const cited = citedAuthorNames(words);
  const credited = creditedPlaces(words);
  let i = 0;
  while (i < words.length) {
    if (!modifier[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < words.length && modifier[j + 1] && words[j + 1]!.sentence === words[i]!.sentence) {
      const cur = words[j]!;
      const next = words[j + 1]!;
      if (options.splitModifierAfterNoun && cur.cls === 'N' && next.pos === 'ADJ') break;
      if (options.splitAfterPlural && isPlural(cur) && next.cls === 'N') break;
      if (clauseVerb(cur, next)) break;
      // "offer scholars | greater opportunities", "the agents | optimal policies": modifiers in a
      // compound are singular, so an adjective after a plural opens another phrase.
      if (next.pos === 'ADJ' && isPlural(cur) && LOWER_WORD.test(next.text)) break;
      j++;
    }
    addRun(words, i, j, options, out, cited, credited);
    i = j + 1;
    if (i < words.length && i > 0 && clauseVerb(words[i - 1]!, words[i]!)) i++;
    // "Models | provide promptable representations", "most countries | fall | in the 10-40% range": after a
    // plural subject, a bare noun followed by more of the phrase, or by a preposition, determiner or
    // adverb, is the sentence's verb.
    const after = words[i];
    const then = words[i + 1];
    if (
      options.splitAfterPlural &&
      after !== undefined &&
      i > 0 &&
      isPlural(words[i - 1]!) &&
      // (A title-case verb may be tagged a name, or a verb that the noun repair has made a noun.)
      (after.pos === 'NOUN' || after.pos === 'VERB' || (after.pos === 'PROPN' && TITLE_WORD.test(after.text))) &&
      !/s$/.test(after.lower) &&
      !after.text.includes('-') &&
      then !== undefined &&
      then.sentence === after.sentence &&
      (modifier[i + 1] || (VERB_OBJECTS.has(then.pos) && then.lower !== 'of' && !verbAfterNoun(words, i - 1)))
    ) {
      i++;
    }
  }
  return out;
}

/** What follows a verb but never closes a noun phrase: "fall | in", "fall | by the wayside", "rose | sharply". */
const VERB_OBJECTS = new Set(['ADP', 'DET', 'ADV']);

/**
 * "the wavelet transform separates ink from": a plural-looking word right after a singular common noun may
 * be that noun's verb, and the word after it its object.
 */
function verbAfterNoun(words: Word[], at: number): boolean {
  const prev = words[at - 1];
  return prev !== undefined && prev.sentence === words[at]!.sentence && prev.cls === 'N' && LOWER_WORD.test(prev.text) && !prev.lower.endsWith('s');
}

/**
 * After a preposition ("for aligning language models"), a conjunction ("while improving efficiency"), an
 * auxiliary ("is presenting problems") or "to", an -ing word takes the rest as its object.
 */
const VERB_CONTEXT = new Set(['ADP', 'SCONJ', 'AUX', 'PART']);

/** Is the -ing word that opens a phrase a verb taking the rest as its object? */
function openingVerb(words: Word[], start: number): boolean {
  const w = words[start]!;
  const prev = start > 0 ? words[start - 1]! : undefined;
  const next = words[start + 1]!;
  if (next.pos === 'ADJ') return true;
  // "for aligning language models", "by learning the": after a preposition.
  if (prev && prev.sentence === w.sentence && VERB_CONTEXT.has(prev.pos)) return true;
  const opensSentence = !prev || prev.sentence !== w.sentence;
  if (opensSentence) return w.pos === 'VERB' || STARTS_TITLE.test(w.text);
  // "analytically simulating multi-axis machining", "by simulating and analyzing driver behaviour".
  if (prev!.pos === 'ADV') return true;
  // ", echoing trends in the industry": after a comma, a verb-tagged -ing word that opens more than
  // a list item (", preprocessing methods,", ", continuing education and") or a subject (", switching
  // frequency is") opens a participle clause.
  if (prev!.text === ',' && w.pos === 'VERB' && !listItemOrSubject(words, start)) return true;
  const before = words[start - 2];
  return prev!.pos === 'CCONJ' && before !== undefined && before.sentence === w.sentence && before.pos === 'VERB' && /ing$/.test(before.lower);
}

/** Does the run that opens at `start` end the sentence, a list item (a comma or "and"), or a subject (before "is")? */
function listItemOrSubject(words: Word[], start: number): boolean {
  let k = start + 1;
  while (k < words.length && words[k]!.cls !== 'X' && words[k]!.sentence === words[start]!.sentence) k++;
  const after = words[k];
  return after === undefined || after.sentence !== words[start]!.sentence || after.pos === 'PUNCT' || after.pos === 'CCONJ' || after.pos === 'AUX';
}

const SUBJECT_PRONOUNS = new Set(['we', 'they', 'i', 'he', 'she', 'it', 'you']);

/**
 * "we calculated correction factors", "have included stick-slip": after a subject or an auxiliary, a past
 * form is the verb, also with adverbs or "not" between them ("has not yet supplanted industrial solvers"),
 * and so is one after an -ly adverb.
 */
function openingPastVerb(words: Word[], start: number): boolean {
  const w = words[start]!;
  if (!/ed$/.test(w.lower) || w.text.includes('-')) return false;
  let k = start - 1;
  while (k >= 0 && start - k <= 2 && (words[k]!.pos === 'ADV' || words[k]!.pos === 'PART') && words[k]!.sentence === w.sentence) k--;
  const prev = words[k];
  if (!prev || prev.sentence !== w.sentence) return false;
  // "consistently showed negative impacts", "the widely adopted n-gram model": after an -ly adverb a past
  // form is a verb or a participle said of the noun, which names no kind of it (review 14 L1).
  if (k < start - 1 && /ly$/.test(words[start - 1]!.lower)) return true;
  return SUBJECT_PRONOUNS.has(prev.lower) || prev.pos === 'AUX';
}

function addRun(words: Word[], from: number, to: number, options: CandidateOptions, out: Map<string, Candidate>, cited: ReadonlySet<string>, credited: ReadonlySet<number>): void {
  // "the method of Smith [12]", "Cherry et al.": the names of a cited work's authors; what comes before
  // them in the run, if anything, is a phrase of its own.
  if (citesAuthors(words, to)) {
    const names = namesStart(words, from, to);
    if (names <= to) {
      if (names > from) addRun(words, from, names - 1, options, out, cited, credited);
      return;
    }
    // ("FEM [3]" cites a method, not its authors.)
    if (words[to + 1]!.lower === 'et') return;
  }
  let end = to;
  while (end >= from && !isHead(words[end]!)) end--;
  let start = from;
  const trimWeak = (): void => {
    while (
      start <= end &&
      weakModifier(words[start]!) &&
      !words[start]!.opensName &&
      !(ORDINAL.test(words[start]!.lower) && start + 1 < end && words[start + 1]!.pos === 'NOUN') &&
      !(options.keepTermModifiers && start < end && TERM_MODIFIERS.has(words[start]!.lower))
    )
      start++;
  };
  trimWeak();
  // A participle opening a sentence or title, or followed by an adjective, is a verb with its object:
  // "Aligning large language models", "Describing partial world knowledge".
  if (
    options.dropOpeningParticiple &&
    start < end &&
    /ing$/.test(words[start]!.lower) &&
    openingVerb(words, start)
  ) {
    start++;
  }
  if (options.dropOpeningParticiple && start < end && openingPastVerb(words, start)) {
    start++;
    // "has enabled training agents": an -ing word right after the verb is its object clause.
    if (start < end && /ing$/.test(words[start]!.lower)) start++;
  }
  // "undergoing dramatic changes": the verb dropped, the modifiers after it are the phrase's opening.
  if (start > from) trimWeak();
  // "per kilogram of body weight", "per kg body weight": what a dose is measured against is part of its
  // unit, not a topic.
  if (perUnit(words, from) || (words[from - 1]?.lower === 'of' && perUnit(words, from - 2))) return;
  // "130 mm Hg", "41.8 ng/mL", "48 hours": the units after a number open no phrase.
  if (start <= end && isUnit(words, start)) {
    start++;
    while (start <= end && unitAt(words, start)) start++;
  }
  // "… tomography. I. Planar geometry": the number of a part in a title opens no phrase.
  if (start < end && PART_NUMBER.test(words[start]!.text)) start++;
  // "state of the art reinforcement learning": "art" closes the idiom and opens no phrase.
  if (start < end && words[start]!.lower === 'art' && words[start - 1]?.lower === 'the' && words[start - 2]?.lower === 'of' && words[start - 3]?.lower === 'state') start++;
  if (start > end) return;
  if (start === end && (adjectivalCompound(words[start]!) || degreeCompoundModifier(words, start))) return;
  if (citedName(words, start, end) || onlyCitedNames(words, start, end, cited) || creditedOnly(start, end, credited)) return;
  if (start === end && predicateAdjective(words, start)) return;
  // "the operating system Linux", "the firmware system SARGON": a name after a common noun is its
  // apposition, two phrases.
  const name = appositiveName(words, start, end);
  if (options.splitAppositiveNames && name > start) {
    addRun(words, start, name - 1, options, out, cited, credited);
    addRun(words, name, end, options, out, cited, credited);
    return;
  }
  // Overlong runs are usually two phrases glued by a tagging error; keep the head-anchored tail.
  if (end - start + 1 > options.maxWords) start = end - options.maxWords + 1;
  addPhrase(words, start, end, false, out);
  if (!options.subphrases || end === start) return;
  // Phrases inside the phrase that keep its head: "question answering" in "open-domain question
  // answering"; and a hyphenated or acronym modifier that names a thing itself: "self-play" in
  // "self-play agents". Other inner spans ("learned world" in "learned world models") are not phrases.
  for (let a = start + 1; a <= end; a++) {
    if (weakModifier(words[a]!) || ORDINAL.test(words[a - 1]!.lower) || typeNumeral(words, a)) continue;
    // "Jersey" in "New Jersey", "Model Higgs boson" in "Standard Model Higgs boson": a name that opens with
    // a word trimmed elsewhere is not cut after it (other names keep their inner phrases: "Preference
    // Optimization" in "Direct Preference Optimization").
    if (words[a - 1]!.opensName && weakModifier(words[a - 1]!)) continue;
    // "hoc network" in "ad hoc network", "posteriori error estimate": the Latin pair is one modifier
    // (tokenize.ts marks both words).
    if ((words[a - 1]!.lower === 'a' || words[a - 1]!.lower === 'ad') && words[a - 1]!.cls === 'A') continue;
    // "initio total-energy calculations" in "ab initio total-energy calculations" (review 13 L4).
    if (words[a]!.latinPair && words[a - 1]!.latinPair) continue;
    // "aided design" in "computer aided design": a participle leans on the word before it.
    if (words[a]!.pos === 'VERB' && /(ed|en)$/.test(words[a]!.lower)) continue;
    // "learning research" in "reinforcement learning research": a gerund after a noun completes a
    // compound with it ("reinforcement learning") and cannot open a phrase without it.
    if (/ing$/.test(words[a]!.lower) && words[a - 1]!.cls === 'N' && !/ing$/.test(words[a - 1]!.lower)) continue;
    if (a === end && !standsAlone(words[a]!)) continue;
    addPhrase(words, a, end, true, out);
  }
  for (let b = start; b < end; b++) {
    if (eponymModifier(words, b, end)) continue;
    if (isHead(words[b]!) && standsAlone(words[b]!) && !words[b]!.latinPair) addPhrase(words, b, b, true, out);
  }
}

const PART_NUMBER = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)\.$/;
const INITIALS = /^(?:\p{Lu}\.)+$/u;
/** Initials that abbreviate places and bodies, not people. */
const PLACE_INITIALS = new Set(['U.S.', 'U.K.', 'E.U.', 'U.N.', 'U.S.A.', 'U.S.S.R.']);

/**
 * "J.M. Ferrandiz", "Ronald F. Brender", "SIAM J. Numer": a run of capitalised words with an initial in
 * it names a person, or a journal cited the same way, never a topic.
 */
function citedName(words: Word[], start: number, end: number): boolean {
  let initial = false;
  for (let k = start; k <= end; k++) {
    const text = words[k]!.text;
    if (!STARTS_UPPER.test(text)) return false;
    if (INITIALS.test(text) && !PLACE_INITIALS.has(text)) initial = true;
  }
  return initial;
}

/**
 * A cited author named again: a family name the text cites, with the given names or particles before it
 * ("Eliasmith", "Chris Eliasmith", "van Hest").
 */
function onlyCitedNames(words: Word[], start: number, end: number, cited: ReadonlySet<string>): boolean {
  if (cited.size === 0 || !cited.has(words[end]!.text)) return false;
  for (let k = start; k < end; k++) if (!familyName(words[k]!) && !NAME_PARTICLES.has(words[k]!.lower)) return false;
  return true;
}

/**
 * Lowercase particles of family names ("van der Waals", "de Broglie", "von Neumann"): the tagger reads them
 * as common nouns, but the name they open goes on past them.
 */
const NAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'du', 'da', 'di', 'del', 'della', 'des', 'dos', 'das', 'ter', 'ten', 'le', 'la', 'bin', 'ibn', 'al']);

/** Endings of adjectives ("proportional", "equivalent", "independent", "resistant", "sensitive"). */
const PREDICATE_ENDING = /^\p{Ll}+(al|ent|ant|ive|ous|ible|able)$/u;

/**
 * "The cost is proportional to", "is independent of", "are equivalent to", "is inversely proportional
 * to": a word with an adjective's ending between a form of "be" (and the adverbs that grade it) and a
 * preposition is an adjective said of the subject, whatever the tagger calls it ("to" may be tagged the
 * infinitive's particle).
 */
function predicateAdjective(words: Word[], at: number): boolean {
  const w = words[at]!;
  let j = at - 1;
  while (j >= 0 && at - j <= 2 && words[j]!.pos === 'ADV' && words[j]!.sentence === w.sentence) j--;
  const before = words[j];
  const after = words[at + 1];
  const preposition = after !== undefined && (after.pos === 'ADP' || after.lower === 'to');
  return before?.lemma === 'be' && before.sentence === w.sentence && preposition && after.sentence === w.sentence && PREDICATE_ENDING.test(w.text);
}

/** Start of the capitalised name that closes a run after a lowercase common noun, or -1. */
function appositiveName(words: Word[], start: number, end: number): number {
  let k = end;
  while (k > start && words[k]!.pos === 'PROPN' && STARTS_UPPER.test(words[k]!.text)) k--;
  if (k === end || k < start) return -1;
  const before = words[k]!;
  return before.pos === 'NOUN' && LOWER_WORD.test(before.text) && !NAME_PARTICLES.has(before.text) ? k + 1 : -1;
}

/** "Gutenberg–Richter", "Michaelis-Menten", "Actor-Critic": capitalised words joined by a dash or hyphen. */
const CAPITALISED_PAIR = /^\p{Lu}\p{Ll}+(?:[-–‐‑]\p{Lu}\p{Ll}+)+$/u;

/**
 * "the Gutenberg–Richter law", "the Gutenberg-Richter relation": a pair of family names before a lowercase
 * noun is an eponymous modifier, the adjective of the term named after them, not a thing of its own. A
 * part everyday English never says marks the pair as names; "Actor-Critic methods" is a compound of
 * common nouns in capitals and keeps its inner concept, as does a title in title case ("Gutenberg–Richter
 * Law"), whose capitals say nothing.
 */
function eponymModifier(words: Word[], at: number, end: number): boolean {
  const w = words[at]!;
  if (!CAPITALISED_PAIR.test(w.text) || !LOWER_WORD.test(words[end]!.text)) return false;
  const bg = background();
  return w.lower.split(/[-–‐‑]/).some((part) => bg.specificity(stem(part)) >= bg.maxSpecificity);
}

/**
 * A single word worth a concept of its own when met inside a longer phrase: an acronym ("LLM") or a
 * compound of nouns ("self-play"), not an adjectival compound ("open-domain", "large-scale").
 */
function standsAlone(w: Word): boolean {
  if (INNER_CAPITALS.test(w.text)) return true;
  if (!/[-/]/.test(w.text)) return TWO_CAPITALS.test(w.text);
  // Title case ("Cross-Domain", "Multi-Agent") says nothing of the word: the compound's form decides.
  if (BOUND_PREFIX.test(w.lower) || adjectivalCompound(w)) return false;
  if (TWO_CAPITALS.test(w.text)) return true;
  const first = w.firstPartPos ?? '';
  const last = w.lastPartPos ?? '';
  return (first === 'NOUN' || first === 'PROPN') && (last === 'NOUN' || last === 'PROPN' || last === 'VERB');
}

/**
 * A compound that only modifies, met on its own ("the approach is data-driven", "works cross-domain",
 * "multi-step"): a bound prefix on a plain noun, or an adjective ending.
 */
function adjectivalCompound(w: Word): boolean {
  // Acronyms and inner capitals name things ("GPT-4o", "RL-based"); title case ("Entity-Centric") does not.
  if (!/[-–‐‑]/.test(w.text) || INNER_CAPITALS.test(w.text)) return false;
  if (BOUND_PREFIX.test(w.lower) && !NOMINAL_END.test(w.lower)) return true;
  if (ADJECTIVE_ENDING.test(w.lower)) return true;
  // "expert-level", "web-scale", "R1-style", "industry-wide": measures of another noun.
  if (/[-–‐‑](level|scale|style|wide)$/u.test(w.lower)) return true;
  // "-ic" makes adjectives ("photo-electric") and nouns ("actor-critic"): the tag of the part decides.
  if (IC_ENDING.test(w.lower) && w.lastPartPos !== 'NOUN' && w.lastPartPos !== 'PROPN') return true;
  // "domain-invariant", "task-relevant", "time-dependent" (but "co-movement" is a noun).
  return ANT_ENT_ENDING.test(w.lower) && !/ment$/.test(w.lower);
}

/** "high-quality", "low-cost", "long-range": a degree of a dimension on a noun, as English builds a compound adjective. */
const DEGREE_COMPOUND = /^(?:high|low|large|small|long|short|wide|broad|deep|fast|slow|good|poor)[-–‐‑]\p{Ll}+$/u;

/**
 * A degree compound cut off as a phrase of its own right before more of the noun phrase ("allows
 * high-quality | first-principles calculations", where the tagger split the run) modifies that phrase; it
 * names nothing ("High quality" was a concept of papers of three fields, review 13 M5). Elsewhere it is
 * left to the other rules.
 */
function degreeCompoundModifier(words: Word[], at: number): boolean {
  const w = words[at]!;
  const next = words[at + 1];
  return DEGREE_COMPOUND.test(w.lower) && next !== undefined && next.sentence === w.sentence && (next.cls === 'N' || next.cls === 'A');
}

const ADJECTIVE_ENDING = /[-–‐‑]\p{L}*(ed|en|al|ive|ous|able|ible|ful|less|like|free|wise|specific|agnostic|aware|centric)$/u;
const IC_ENDING = /[-–‐‑]\p{L}*ic$/u;
const ANT_ENT_ENDING = /[-–‐‑]\p{L}*(ant|ent)$/u;

/** Prefixes that make an adjective of a compound: "multi-agent", "cross-domain", "quasi-linear", "out-of-distribution". */
const BOUND_PREFIX = /^(multi|cross|non|pre|post|anti|semi|quasi|pseudo|sub|inter|intra|out|over|under|co|re|de|bi|tri|uni|mono|poly|high|low|long|short|large|small|real|open|end|full|half|top|state|few|zero|one|single|general|all|any)-/;

/** "clear advantages", "small amounts": a plain adjective on a noun that refers to the text says nothing of the topic. */
function genericPair(mod: Word, head: Word): boolean {
  return mod.pos === 'ADJ' && LOWER_WORD.test(mod.text) && discourseWord(head);
}

const DIGITS = /\p{N}/gu;
const LETTERS = /\p{L}/gu;
const NUMBER_RANGE = /^\p{N}+(?:[.,]\p{N}+)?[–-]\p{N}/u;
const NUMBER_WITH_UNIT = /^\p{N}+(?:[.,]\p{N}+)?(?:\p{Ll}{1,3}|μ\p{L})$/u;

/** A mass number before an element's symbol: "¹⁴C", "³He", "¹⁸F-FDG" name isotopes, not amounts. */
const ISOTOPE = /^[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,3}\p{Lu}/u;

/** "5–16years", "1019m-2s-1": measurements written as one word. */
export function isMeasurement(w: Word): boolean {
  if (!HAS_DIGIT.test(w.text) || ISOTOPE.test(w.text)) return false;
  const digits = (w.text.match(DIGITS) ?? []).length;
  const letters = (w.text.match(LETTERS) ?? []).length;
  // "3mm", "5min", "1μm", "1MHz", "5kV" are a number and its unit; "3D", "5G", "16S" are names.
  return digits > letters || NUMBER_RANGE.test(w.text) || NUMBER_WITH_UNIT.test(w.text) || isGluedQuantity(w.text);
}

/**
 * The word at `at` with its element symbol spelled out ("Li-ion" read as "lithium-ion", normalise.ts), where
 * its capital is the author's: inside a sentence, beside a word that opens in lowercase (so "A Co-training
 * Approach" in title case stays itself), or anywhere the text also writes the word so ("Li-ion cells are…"
 * opening a sentence, where the abstract writes "rechargeable Li-ion batteries").
 */
function elementSpelled(words: Word[], at: number): Word | undefined {
  const w = words[at]!;
  const named = elementNamed(w.text);
  if (named === undefined) return undefined;
  const spelled = { ...w, text: named, lower: named.toLowerCase() };
  if (capitalIsAuthors(words, at)) return spelled;
  return words.some((o, k) => k !== at && o.text === w.text && capitalIsAuthors(words, k)) ? spelled : undefined;
}

function capitalIsAuthors(words: Word[], at: number): boolean {
  const w = words[at]!;
  const prev = words[at - 1];
  if (prev === undefined || prev.sentence !== w.sentence) return false;
  return [prev, words[at + 1]].some((n) => n !== undefined && n.sentence === w.sentence && LOWER_WORD.test(n.text));
}

function addPhrase(words: Word[], start: number, end: number, nested: boolean, out: Map<string, Candidate>): void {
  const slice = words.slice(start, end + 1);
  if (slice.length === 1 && (discourseWord(slice[0]!) || ORDINAL_OR_FRACTION.test(slice[0]!.lower) || FRACTION.test(slice[0]!.lower))) return;
  // "Mpc", "km s" (of km s⁻¹ Mpc⁻¹), "Hours": a unit is never a concept.
  if (slice.every((_, k) => unitAt(words, start + k))) return;
  const keys = slice.map((w, k) => wordKey(elementSpelled(words, start + k) ?? w, k === slice.length - 1));
  const key = phraseKey(keys);
  if (key.length < 2) return;
  let c = out.get(key);
  if (!c) {
    c = { key, words: keys, stems: key.split(' ').map(stem), surfaces: new Map(), occurrences: [], nested: [] };
    out.set(key, c);
  }
  const occurrence = { start, length: slice.length, sentence: slice[0]!.sentence };
  const surface = slice.map((w) => w.text).join(' ');
  // A form seen inside longer phrases only shows when the phrase never stands alone.
  c.surfaces.set(surface, (c.surfaces.get(surface) ?? 0) + (nested ? 0.001 : 1));
  (nested ? c.nested : c.occurrences).push(occurrence);
}

/**
 * A term the text defines an abbreviation for is a phrase even when the noun-phrase pattern misses it:
 * "quality of service (QoS)", "fault detection and isolation (FDI)". Every place the words of the
 * long form stand in a row counts as an occurrence.
 */
export function addDefinedPhrase(words: Word[], longForm: string, options: CandidateOptions, out: Map<string, Candidate>): void {
  const parts = longForm.toLowerCase().split(/\s+/).filter(Boolean);
  if (parts.length < 2 || parts.length > options.maxWords) return;
  const found: number[] = [];
  for (let i = 0; i + parts.length <= words.length; i++) {
    let k = 0;
    while (k < parts.length && words[i + k]!.lower === parts[k] && words[i + k]!.sentence === words[i]!.sentence) k++;
    if (k === parts.length) found.push(i);
  }
  if (found.length === 0) return;
  const slice = words.slice(found[0]!, found[0]! + parts.length);
  if (!isHead(slice[slice.length - 1]!)) return;
  const key = phraseKey(slice.map((w, k) => wordKey(w, k === slice.length - 1)));
  if (out.has(key)) return;
  for (const start of found) addPhrase(words, start, start + parts.length - 1, false, out);
}
