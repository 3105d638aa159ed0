/**
 * Text → words with part-of-speech tags, through wink-nlp's English model. wink splits hyphenated
 * words ("retrieval-augmented" → "retrieval", "-", "augmented") and glued alphanumerics ("3D" → "3",
 * "D"); candidate phrases need them whole, so parts written without spaces are joined back here.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { LOWER_WORD, STARTS_TITLE, STARTS_UPPER, TITLE_CASE_PLURAL, TITLE_WORD } from './word-shape';
import { markIdioms } from './idioms';
import { maskNonProse } from './non-prose';
import { background } from './background';
import { stem } from './normalise';
import { elementNames } from './elements';

export type WordClass =
  /** Noun or proper noun: can head a phrase. */
  | 'N'
  /** Adjective or participle: can only modify. */
  | 'A'
  /** Anything else: breaks a phrase. */
  | 'X';

export interface Word {
  /** As written (hyphenated parts joined). */
  text: string;
  lower: string;
  /** Lemma of the word (of its last part for compounds), lowercased. */
  lemma: string;
  pos: string;
  cls: WordClass;
  /** Sentence index within the document. */
  sentence: number;
  /** wink marks function words; such words never start or end a phrase. */
  stop: boolean;
  /** For a joined compound ("self-play"), the tags of its first and last parts. */
  firstPartPos?: string;
  lastPartPos?: string;
  /** A word of a Latin pair that names only as a whole ("ab initio", "de novo"): no phrase starts or stands on one part. */
  latinPair?: boolean;
  /** The capitalised first word of a name written inside a sentence ("New Jersey", "the Standard Model"): no phrase opens after it. */
  opensName?: boolean;
  /** A name that ends in -s like a plural in title case ("Higgs"): no plural, so it ends no run. */
  nameInS?: boolean;
}

// Only what the extractor reads: sentence boundaries and part-of-speech tags (no NER, sentiment, negation).
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

const JOINERS = new Set(['-', '/', '–', '‐', '‑', '+']);
/** A formula that ends in a count, before a charge's "+": "Fe3", "Ca2", "NH4". */
const ION_COUNT = /^(?:\p{Lu}\p{Ll}?\p{N}*)+\p{N}$/u;
const ALNUM = /^[\p{L}\p{N}]/u;
const STARTS_DIGIT = /^\p{N}/u;
const ALL_DIGITS = /^\p{N}+$/u;

/**
 * "ClinicalTrials.gov", "Amazon.com", "ox.ac.uk": a host name is one word, a name, by its generic top-level
 * domain or a country's after a second-level one ("ClinicalTrials.gov number" was cut to the keyword "Gov
 * number"). "e.g.", "Fig. 2" and "et al." have none.
 */
const GENERIC_DOMAIN = /^(?:com|org|net|gov|edu|int|mil|info|io|ai)$/;
const SECOND_LEVEL_DOMAIN = /^(?:ac|co|gov|org|edu)$/;
const COUNTRY_DOMAIN = /^[a-z]{2}$/;

/** Does the host name's next part, at `at`, end it (or lead to its country's domain)? */
function hostEnd(values: readonly string[], spaces: readonly string[], at: number): boolean {
  const part = values[at] ?? '';
  const glued = (k: number) => (spaces[k] ?? ' ') === '' && ALNUM.test(values[k] ?? '');
  if (GENERIC_DOMAIN.test(part)) return !glued(at + 1);
  return SECOND_LEVEL_DOMAIN.test(part) && values[at + 1] === '.' && (spaces[at + 1] ?? ' ') === '' && COUNTRY_DOMAIN.test(values[at + 2] ?? '') && (spaces[at + 2] ?? ' ') === '' && !glued(at + 3);
}

function classify(pos: string, lower: string): WordClass {
  if (pos === 'NOUN' || pos === 'PROPN') return 'N';
  if (pos === 'ADJ') return 'A';
  // Participles modify nouns ("distributed systems", "learning algorithms") but wink tags them VERB.
  if (pos === 'VERB' && /(ed|ing|en)$/.test(lower) && lower.length > 4) return 'A';
  if (pos === 'NUM') return 'X';
  return 'X';
}

/** Tokenises, tags and sentence-splits one text; non-prose spans (non-prose.ts) break phrases. */
export function tokenize(text: string): Word[] {
  const words = markNamesInS(markNameOpeners(splitGluedStops(joinEponyms(tagged(text)))));
  markCaselessAdjectives(words, 0);
  markNameNouns(words, 0);
  return words;
}

/**
 * A paper's title then its abstract, each tokenised on its own (a title without final punctuation stays
 * its own sentence), the abstract's sentences numbered after the title's. Possessives are joined over
 * both at once: a title in title case joins one only as the abstract's sentences do.
 */
export function tokenizeDocument(title: string, abstract: string): { words: Word[]; titleWords: number } {
  const head = title.trim() ? tagged(title) : [];
  const body = tagged(abstract);
  const offset = head.length ? head[head.length - 1]!.sentence + 1 : 0;
  for (const w of body) w.sentence += offset;
  const joined = joinEponyms(head.concat(body));
  const titleWords = splitGluedStops(joined.filter((w) => w.sentence < offset));
  const words = markNamesInS(markNameOpeners(titleWords.concat(splitGluedStops(joined.filter((w) => w.sentence >= offset)))));
  markCaselessAdjectives(words, titleWords.length);
  markNameNouns(words, titleWords.length);
  return { words, titleWords: titleWords.length };
}

/** "Optical", "Statistical", "Adaptive": one capital, then an ending that makes adjectives of English words. */
const CAPITALISED_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:al|ic|ive|ous|ful|able|ible|ary|ory)$/u;
const loneTags = new Map<string, string>();

/** The tag the tagger gives a word alone, out of any sentence: what the word is in English as a whole. */
export function loneTag(lower: string): string {
  let out = loneTags.get(lower);
  if (out === undefined) {
    const tags = nlp.readDoc(lower).tokens().out(its.pos as never) as unknown as string[];
    loneTags.set(lower, (out = tags.length === 1 ? tags[0]! : ''));
  }
  return out;
}

/**
 * "Optical and digital methods are…", "Optical two-step addition": where capitals say nothing (a title, a
 * sentence's first word) the tagger reads an adjective as a name, and the name became a concept of its own
 * ("Optical", 11 papers, review 18 H3). A word with an adjective's ending that the tagger reads alone as an
 * adjective, standing there with no noun after it, is that adjective; family names that are
 * adjectives ("Green", "Young") have no such ending. (Before a noun the phrase is the same either way, and
 * tagging those too lowered tune-tags by 0.03: the tagger's reading is left alone there.)
 */
function markCaselessAdjectives(words: Word[], titleWords: number): void {
  words.forEach((w, k) => {
    const caseless = k < titleWords || k === 0 || words[k - 1]!.sentence !== w.sentence;
    const next = words[k + 1];
    // (A compound that opens with a number or an adjective, "two-step", modifies: it heads nothing.)
    const alone = next === undefined || next.sentence !== w.sentence || next.cls !== 'N' || /^(?:ADP|ADJ|ADV|NUM|DET)$/.test(next.firstPartPos ?? '');
    if (!caseless || !alone || w.pos !== 'PROPN' || !CAPITALISED_ADJECTIVE.test(w.text) || loneTag(w.lower) !== 'ADJ') return;
    w.pos = 'ADJ';
    w.cls = 'A';
  });
}

/**
 * "the Judiciary Act of 1789", "the Clean Air Act", "the Federal Reserve Board": inside a sentence, where
 * capitals mean a name, a capitalised word after a name's word is the name going on, though the tagger reads
 * it as a verb ("Act"): a verb's base form cannot follow a singular name as its subject (that takes "acts"),
 * so the word is a noun of the name. The act was cut off, and the name's first word alone became a concept
 * ("Judiciary" of Marbury v. Madison, shared with another paper's "the judiciary", review 17 M1). A verb in
 * another form stays one ("John Works"); titles and sentence starts, whose capitals say nothing, keep the
 * tagger's reading.
 */
/** A verb's -s form ("works", "incentivizes"), not a base form in -ss ("Process", "Access"). */
const THIRD_PERSON_S = /[^s]s$/;

function markNameNouns(words: Word[], titleWords: number): void {
  for (let k = Math.max(titleWords, 1) + 1; k < words.length; k++) {
    const w = words[k]!;
    const prev = words[k - 1]!;
    if (w.pos !== 'VERB' || !TITLE_WORD.test(w.text) || prev.pos !== 'PROPN' || prev.cls !== 'N' || !TITLE_WORD.test(prev.text)) continue;
    // Both inside the sentence: the name's word before is no sentence's (caseless) first word.
    if (k - 1 < titleWords || words[k - 2]!.sentence !== w.sentence || prev.sentence !== w.sentence) continue;
    // (The lemma of a word the tagger does not know is the word: "Incentivizes" needs its ending read too.)
    if (w.lemma !== w.lower || THIRD_PERSON_S.test(w.lower)) continue;
    w.pos = 'PROPN';
    w.cls = 'N';
  }
}

function tagged(text: string): Word[] {
  const doc = nlp.readDoc(maskNonProse(text));
  const tokens = doc.tokens();
  // wink's typings do not cover every `its` helper (lemma takes model add-ons); the values are arrays.
  const column = <T>(fn: unknown): T[] => tokens.out(fn as never) as unknown as T[];
  const values = tokens.out() as string[];
  const pos = column<string>(its.pos);
  const lemma = column<string>(its.lemma);
  const types = column<string>(its.type);
  const spaces = column<string>(its.precedingSpaces);
  const stops = column<boolean>(its.stopWordFlag);
  const sentenceOf = new Int32Array(values.length);
  const spans = doc.sentences().out(its.span) as unknown as number[][];
  spans.forEach((span, s) => {
    const [from = 0, to = -1] = span;
    for (let i = from; i <= to; i++) sentenceOf[i] = s;
  });

  const abbreviated = citationAbbreviations(values, spaces);
  const words: Word[] = [];
  let i = 0;
  while (i < values.length) {
    const first = values[i] ?? '';
    if (!ALNUM.test(first)) {
      // Punctuation, symbols, "@mentions", "#tags": never part of a phrase.
      const w = make(first, first.toLowerCase(), pos[i] ?? 'PUNCT', sentenceOf[i] ?? 0, false, [pos[i] ?? 'PUNCT']);
      w.cls = 'X';
      words.push(w);
      i++;
      continue;
    }
    // Join "a-b-c", "3D", "GPT-4": parts written with no space between them.
    let j = i;
    let text = first;
    const parts: string[] = [pos[i] ?? 'X'];
    while (j + 1 < values.length && (spaces[j + 1] ?? ' ') === '') {
      const next = values[j + 1] ?? '';
      // Contractions ("ca" + "n't") stay apart: they are not one word.
      if (ALNUM.test(next) && ALNUM.test(values[j] ?? '') && !/['’]/.test(next)) {
        text += next;
        parts.push(pos[j + 1] ?? 'X');
        j += 1;
      } else if (
        (JOINERS.has(next) || (next === '.' && (STARTS_DIGIT.test(values[j + 2] ?? '') || hostEnd(values, spaces, j + 2)))) &&
        j + 2 < values.length &&
        (spaces[j + 2] ?? ' ') === '' &&
        ALNUM.test(values[j + 2] ?? '')
      ) {
        text += next + (values[j + 2] ?? '');
        parts.push(pos[j + 2] ?? 'X');
        j += 2;
      } else break;
    }
    // Names that end in symbols: "C++", "C#", "F#", "Notepad++" (a `+` with more of a word after it is maths),
    // and an ion's charge after its count, "Fe3+", "Ca2+", "NH4+", as "Fe³⁺" is one word.
    if (j === i) {
      let suffix = '';
      let k = j;
      while (k + 1 < values.length && (spaces[k + 1] ?? ' ') === '' && /^(?:\++|#)$/.test(values[k + 1] ?? '') && suffix.length < 2) suffix += values[++k];
      const after = values[k + 1];
      if (suffix !== '' && (suffix === '#' || suffix === '++' || (suffix === '+' && ION_COUNT.test(first))) && !(after !== undefined && (spaces[k + 1] ?? ' ') === '' && ALNUM.test(after))) {
        const text = first + suffix;
        const w = make(text, text.toLowerCase(), pos[i] === 'NOUN' ? 'NOUN' : 'PROPN', sentenceOf[i] ?? 0, false, [pos[i] ?? 'X']);
        w.lemma = w.lower;
        words.push(w);
        i = k + 1;
        continue;
      }
    }
    if (j === i) {
      const lower = first.toLowerCase();
      const w = make(first, lower, pos[i] ?? 'X', sentenceOf[i] ?? 0, Boolean(stops[i]), parts);
      w.lemma = (lemma[i] ?? lower).toLowerCase();
      if (types[i] !== 'word' || abbreviated.has(i)) w.cls = 'X';
      words.push(w);
    } else {
      const lower = text.toLowerCase();
      const w = make(text, lower, compoundPos(parts, lower), sentenceOf[i] ?? 0, false, parts);
      w.firstPartPos = parts[0];
      w.lastPartPos = parts[parts.length - 1];
      const lastLemma = (lemma[j] ?? '').toLowerCase();
      const lastValue = (values[j] ?? '').toLowerCase();
      w.lemma = lower.slice(0, lower.length - lastValue.length) + (w.cls === 'N' ? lastLemma : lastValue);
      words.push(w);
    }
    i = j + 1;
  }
  repairNouns(words);
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (CONJUNCTION_LIKE.has(w.lower) || adverbInLy(w)) {
      w.cls = 'X';
      w.pos = CONJUNCTION_LIKE.has(w.lower) ? 'SCONJ' : 'ADV';
      w.stop = true;
    } else if (PREPOSITION_LIKE.has(w.lower) || isFormula(w.text) || indexedVariable(w.text) || LATEX_NAME.test(w.text)) w.cls = 'X';
    else if (THIRD_PERSON_VERB.test(w.lower)) {
      w.cls = 'X';
      w.pos = 'VERB';
    }
    // "in order to parameterize active mechanisms": after "to", a word with a verb suffix is a verb.
    else if (k > 0 && words[k - 1]!.lower === 'to' && /(ize|ise|yze|yse|ify)$/.test(w.lower)) w.cls = 'X';
  }
  markScripts(words);
  markLatinAdverbs(words);
  markNameParticles(words);
  markCitationSignals(words);
  markAlmostBeforeNouns(words);
  markIdioms(words);
  return words;
}

const POSSESSIVE = /^['’]s$/u;
const HAS_LOWER = /\p{Ll}/u;
const LINKS_IN_NAMES = new Set(['of', 'for', 'and', '&']);
const BARE_APOSTROPHE = /^['’]$/u;

/**
 * "Crohn's disease", "Student's t-test", "Bayes' theorem": a name in the possessive before a noun names
 * the thing after the person, and is one modifier of the term ("Crohn" and "Disease" were two concepts,
 * "Alzheimer's disease" none). A possessive that says whose a thing is leaves the two apart: a common
 * noun ("the model's output"), a word that opens a sentence without being a name ("Teacher's feedback"),
 * and a name the text also writes on its own ("Google released … Google's search engine": the owner of
 * a thing is named without it too; a term's eponym seldom is, though the term itself may be written
 * without its 's: "Hodgkin lymphoma" beside "Hodgkin's lymphoma").
 */
function joinEponyms(words: Word[]): Word[] {
  if (!words.some((w) => POSSESSIVE.test(w.text) || BARE_APOSTROPHE.test(w.text))) return words;
  // What each name in the possessive is written before: "Hodgkin lymphoma" beside "Hodgkin's lymphoma" is
  // the term written without its 's, as medicine writes both, not the name on its own.
  const possessed = new Map<string, Set<string>>();
  for (let k = 0; k + 2 < words.length; k++) {
    const mark = words[k + 1]!;
    if (!POSSESSIVE.test(mark.text) && !BARE_APOSTROPHE.test(mark.text)) continue;
    const things = possessed.get(words[k]!.text) ?? new Set<string>();
    things.add(words[k + 2]!.lemma);
    possessed.set(words[k]!.text, things);
  }
  const bare = new Set<string>();
  for (let k = 0; k < words.length; k++) {
    const next = words[k + 1];
    if (!TITLE_WORD.test(words[k]!.text) || (next && (POSSESSIVE.test(next.text) || BARE_APOSTROPHE.test(next.text)))) continue;
    if (next && next.sentence === words[k]!.sentence && possessed.get(words[k]!.text)?.has(next.lemma)) continue;
    bare.add(words[k]!.text);
  }
  // In a title in title case every word looks like a name ("A Practitioner's Guide to …"): there a
  // possessive joins only where the text's sentences join the same name ("for Crohn's Disease"), and the
  // capitalised word before it is title case, not the start of a longer name ("Refractory Hodgkin's
  // Lymphoma" was cut to "Refractory Hodgkin").
  const titleCase = titleCaseSentences(words);
  const joins = (k: number, inTitle: boolean): boolean => {
    const w = words[k]!;
    const mark = words[k + 1];
    const after = words[k + 2];
    // ("Andersen's William Yarker": what follows is another name, whose affiliation the possessive gives.)
    const name = after !== undefined && STARTS_TITLE.test(after.text) && after.pos === 'PROPN' && words[k + 3] !== undefined && STARTS_TITLE.test(words[k + 3]!.text) && words[k + 3]!.pos === 'PROPN';
    return (
      mark !== undefined &&
      after !== undefined &&
      (inTitle || !name) &&
      (inTitle || eponym(words, k)) &&
      !bare.has(w.text) &&
      (POSSESSIVE.test(mark.text) || (BARE_APOSTROPHE.test(mark.text) && w.lower.endsWith('s'))) &&
      after.sentence === w.sentence &&
      after.cls !== 'X'
    );
  };
  const joinedInProse = new Set<string>();
  for (let k = 0; k < words.length; k++) if (!titleCase.has(words[k]!.sentence) && joins(k, false)) joinedInProse.add(words[k]!.text);
  const out: Word[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const mark = words[k + 1];
    const inTitle = titleCase.has(w.sentence);
    if (mark && (inTitle ? joinedInProse.has(w.text) && joins(k, true) : joins(k, false))) {
      const text = w.text + mark.text;
      out.push({ ...w, text, lower: text.toLowerCase(), lemma: text.toLowerCase(), pos: 'PROPN', cls: 'A', stop: false });
      k++;
    } else out.push(w);
  }
  return out;
}

/**
 * "in New Jersey", "the Standard Model expectation": a capitalised word inside a sentence before another
 * capitalised word opens a name (the first of a run of them), even when it is a word that opens no topic phrase elsewhere ("new",
 * "standard"); cut off, it left "Jersey" and "Model Higgs boson". In a title in title case, where every
 * word is capitalised, only a pair the text's sentences write so.
 */
function markNameOpeners(words: Word[]): Word[] {
  const titleCase = titleCaseSentences(words);
  const opens = (k: number): boolean => {
    const w = words[k]!;
    const prev = words[k - 1];
    const next = words[k + 1];
    return TITLE_WORD.test(w.text) && prev !== undefined && prev.sentence === w.sentence && (ALNUM.test(prev.text) || prev.text === ',') && !STARTS_UPPER.test(prev.text) && next !== undefined && next.sentence === w.sentence && STARTS_TITLE.test(next.text);
  };
  const inProse = new Set<string>();
  for (let k = 0; k < words.length; k++) if (!titleCase.has(words[k]!.sentence) && opens(k)) inProse.add(`${words[k]!.text} ${words[k + 1]!.text}`);
  if (inProse.size === 0) return words;
  for (let k = 0; k < words.length; k++) if (opens(k) && inProse.has(`${words[k]!.text} ${words[k + 1]!.text}`)) words[k]!.opensName = true;
  return words;
}

/**
 * "the Standard Model Higgs boson": a capitalised word in -s that the tagger calls a name reads as a plural
 * in title case ("Models"), which ends a compound; it is one only where its singular is a word, of everyday
 * English or of the text itself ("Perovskites" beside "perovskite"). "Higgs" was read as a plural, and the
 * run cut to "Standard Model Higgs" | "boson", so no paper had the Higgs boson.
 */
function markNamesInS(words: Word[]): Word[] {
  const bg = background();
  let written: Set<string> | undefined;
  for (const w of words) {
    if (w.pos !== 'PROPN' || !TITLE_CASE_PLURAL.test(w.text)) continue;
    // ("Nonlinearities": nonlinearity; "Approaches": approach.)
    const singulars = [w.lower.slice(0, -1), w.lower.replace(/ies$/, 'y'), w.lower.replace(/es$/, '')].filter((s) => s !== w.lower);
    if (singulars.some((s) => bg.specificity(stem(s)) < bg.maxSpecificity)) continue;
    written ??= new Set(words.map((x) => x.lower));
    if (!singulars.some((s) => written!.has(s))) w.nameInS = true;
  }
  return words;
}

/** Sentences whose words of four letters or more are mostly capitalised (titles written in title case). */
function titleCaseSentences(words: Word[]): Set<number> {
  const counts = new Map<number, [number, number]>();
  for (const w of words) {
    if (w.text.length < 4 || !HAS_LOWER.test(w.text)) continue;
    const c = counts.get(w.sentence) ?? [0, 0];
    c[0] += STARTS_TITLE.test(w.text) ? 1 : 0;
    c[1]++;
    counts.set(w.sentence, c);
  }
  const out = new Set<number>();
  for (const [sentence, [capitalised, all]] of counts) if (all >= 3 && capitalised > 0.6 * all) out.add(sentence);
  return out;
}

/**
 * A surname: title case inside a sentence ("Down's syndrome", though tagged a preposition), or tagged a
 * proper noun where it opens one; and one word, as eponyms are, not the end of a longer name ("Library
 * Journal's review", "New York's economy").
 */
function eponym(words: Word[], k: number): boolean {
  const w = words[k]!;
  if (!TITLE_WORD.test(w.text)) return false;
  const prev = words[k - 1];
  if (prev && prev.sentence === w.sentence && prev.cls === 'N' && STARTS_TITLE.test(prev.text)) return false;
  // "the Beijing Institute of Technology's project".
  const before = words[k - 2];
  if (prev && before && LINKS_IN_NAMES.has(prev.lower) && before.sentence === w.sentence && STARTS_TITLE.test(before.text)) return false;
  // (Structured abstracts open sentences after a heading: "Background: Alzheimer's disease".)
  const opens = !prev || prev.sentence !== w.sentence || prev.text === ':';
  return !opens || w.pos === 'PROPN';
}

/** "J.", "Appl." (a capitalised word with its stop, as one token or two). */
const INITIAL_TOKEN = /^\p{Lu}\.$/u;
const CAPITALISED_WITH_STOP = /^\p{Lu}\p{Ll}+\.$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

/**
 * Raw token indices of the abbreviated words of a cited journal: "J. Comp. Appl. Math., vol. 132",
 * "(Appl. Statist. 41, p.355, 1992)". Two or more abbreviations in a row, each a capitalised word with
 * its stop glued on (or an initial), name a journal or a person ("J. Smith"), never a topic; a single
 * one may end a sentence.
 */
function citationAbbreviations(values: readonly string[], spaces: readonly string[]): Set<number> {
  const out = new Set<number>();
  let chain: number[] = [];
  let length = 0;
  const close = () => {
    if (length >= 2) for (const k of chain) out.add(k);
    chain = [];
    length = 0;
  };
  let k = 0;
  while (k < values.length) {
    const v = values[k]!;
    const glued = values[k + 1] === '.' && spaces[k + 1] === '';
    const joined = length === 0 || (spaces[k] ?? ' ') !== '';
    if (joined && (INITIAL_TOKEN.test(v) || CAPITALISED_WITH_STOP.test(v))) {
      if (CAPITALISED_WITH_STOP.test(v)) chain.push(k);
      length++;
      k++;
    } else if (joined && CAPITALISED.test(v) && glued) {
      chain.push(k);
      length++;
      k += 2;
    } else {
      close();
      k++;
    }
  }
  close();
  return out;
}

/**
 * TeX sub- and superscripts left in plain text ("E_k scales as k^2", "x^{n} terms"): the symbol before
 * the mark and the index after it belong to the formula, not to a phrase with the next word.
 */
function markScripts(words: Word[]): void {
  for (let k = 0; k < words.length; k++) {
    if (words[k]!.text !== '_' && words[k]!.text !== '^') continue;
    const prev = words[k - 1];
    if (prev && prev.text.length <= 3) prev.cls = 'X';
    let j = k + 1;
    while (j < words.length && /^[{}]$/.test(words[j]!.text)) j++;
    if (j < words.length && words[j]!.text.length <= 3) words[j]!.cls = 'X';
  }
}

/**
 * "hyped ad nauseam", "repeated ad infinitum": where the tagger reads "ad" as an adverb (not the noun of
 * "ad campaign"), it opens a Latin idiom whose second word is no noun of its own; both only modify
 * ("ad hoc networks", "a posteriori error estimates").
 */
function markLatinAdverbs(words: Word[]): void {
  for (let k = 0; k + 1 < words.length; k++) {
    const w = words[k]!;
    const next = words[k + 1]!;
    if (next.sentence !== w.sentence || next.cls === 'X') continue;
    if (latinPreposition(words, k)) {
      // A noun phrase of its own ("ab initio calculations" weighs its words as nouns): only its parts are not.
      for (const part of [w, next]) part.latinPair = true;
      w.stop = false;
      // The tagger reads "de" and "ex" as foreign words, which break a phrase.
      if (w.cls === 'X') {
        w.cls = 'A';
        w.pos = 'ADJ';
      }
      continue;
    }
    const latinPair = (w.lower === 'a' && LATIN_AFTER_A.test(next.lower)) || (w.lower === 'ad' && next.lower === 'hoc');
    if (!latinPair && (w.text !== 'ad' || w.pos !== 'ADV')) continue;
    for (const part of [w, next]) {
      part.cls = 'A';
      part.pos = 'ADJ';
      // The "a" of "a posteriori" is the Latin preposition, no article: the name keeps it.
      part.stop = false;
    }
  }
}

/**
 * "ab initio", "de novo", "ex vivo", "ex situ": English writes "ab", "de" and "ex" as words of their own only
 * as Latin prepositions, and the Latin word after one is no noun alone ("Initio total-energy calculations"
 * was a keyword, review 13 L4). Lowercase both, or the preposition capitalised opening a sentence; "De
 * Gennes" is a name, and "ex-smokers" one hyphenated word. The Latin word is one everyday English does not
 * say (background.ts: "facto" 14.1, "vivo" 15.5, "initio" 17.7), so "ab muscles" keeps its noun.
 */
const LATIN_PREPOSITIONS = new Set(['ab', 'de', 'ex']);
const MIN_LATIN_SPECIFICITY = 14;

/**
 * "in vivo", "in vitro", "in situ", "in silico": "in" is Latin too before a word of a Latin ablative's ending
 * (-o, -u) that everyday English does not say ("Vivo" was a concept of four papers, review 18 H3); English
 * words so ending after "in" are everyday ones ("in radio", "in studio", "in menu").
 */
const LATIN_ABLATIVE = /^[a-z]{3,}[ou]$/;

function latinPreposition(words: Word[], k: number): boolean {
  const w = words[k]!;
  const next = words[k + 1]!;
  if (w.lower === 'in' && !LATIN_ABLATIVE.test(next.text)) return false;
  if (!(LATIN_PREPOSITIONS.has(w.lower) || w.lower === 'in') || !LOWER_WORD.test(next.text) || background().specificity(stem(next.lower)) < MIN_LATIN_SPECIFICITY) return false;
  const opensSentence = k === 0 || words[k - 1]!.sentence !== w.sentence;
  return w.text === w.lower || (opensSentence && w.text === w.lower[0]!.toUpperCase() + w.lower.slice(1));
}

/**
 * The particles that open family names in the Romance, Dutch and German traditions ("de Rham", "de Bruijn",
 * "du Bois", "van der Waals", "von Neumann", "di Francesco", "la Vallée Poussin").
 */
const NAME_PARTICLES = new Set(['de', 'du', 'da', 'di', 'del', 'della', 'des', 'dos', 'das', 'van', 'von', 'der', 'den', 'ter', 'ten', 'le', 'la']);

/**
 * "de Rham cohomology", "the de Bruijn–Newman constant", "de Sitter space", "De Gennes": a particle before a
 * capitalised name (after other particles: "van der Waals") is part of the family name, and of the term named
 * after it. The tagger reads "de", "du" or "la" as a foreign word or a determiner, which breaks a phrase: "de
 * Rham cohomology" was "Rham cohomology", "The De Bruijn-Newman constant" the tag "Bruijn-newman" (review 17 H3).
 * The particle is written in lowercase, or capitalised where a sentence or a title opens on the name.
 */
function markNameParticles(words: Word[]): void {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.cls !== 'X' || !NAME_PARTICLES.has(w.lower) || !(w.text === w.lower || w.text === w.lower[0]!.toUpperCase() + w.lower.slice(1))) continue;
    let j = k + 1;
    while (j < words.length && NAME_PARTICLES.has(words[j]!.text)) j++;
    const name = words[j];
    if (name === undefined || name.sentence !== w.sentence || !STARTS_TITLE.test(name.text)) continue;
    for (let m = k; m < j; m++) {
      words[m]!.cls = 'N';
      words[m]!.pos = 'NOUN';
      words[m]!.stop = false;
    }
  }
}

/**
 * The Latin words by which legal and humanities writing points to a source it cited before: "Id. at 207", "see
 * id. at 5", "Ibid.", "Smith, supra note 3, at 12", "infra Part II", "passim", "§ 107 et seq.", "op. cit.", "loc.
 * cit." (the Bluebook's and Chicago's signals). They name no topic: "Id." was a law paper's only concept, linked
 * in its abstract and shared with another (review 17 H2). "ibid", "supra", "infra", "passim" have no other use as
 * words of their own; "seq" and "cit" only after "et", "op" and "loc"; "id" is the signal written with its stop
 * and capitalised (opening a citation), or after "see"/"cf." or before "at" ("the id and the ego" keeps its noun).
 */
const CITATION_WORDS = new Set(['ibid', 'supra', 'infra', 'passim']);
const ABBREVIATED_CITATION = new Map([
  ['seq', new Set(['et'])],
  ['cit', new Set(['op', 'loc'])],
]);
const SIGNALS_BEFORE_ID = new Set(['see', 'cf', 'accord', 'also', 'but']);

function markCitationSignals(words: Word[]): void {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const prev = words[k - 1];
    // "op. cit.": the first word's stop stands between them.
    const opener = prev?.text === '.' ? words[k - 2] : prev;
    const abbreviated = opener !== undefined && ABBREVIATED_CITATION.get(w.lower)?.has(opener.lower) === true;
    let signal = CITATION_WORDS.has(w.lower) || abbreviated;
    if (!signal && w.lower === 'id' && words[k + 1]?.text === '.') {
      const after = words[k + 2];
      signal = w.text === 'Id' || (prev !== undefined && SIGNALS_BEFORE_ID.has(prev.lower)) || (after !== undefined && after.lower === 'at');
    }
    if (!signal) continue;
    w.cls = 'X';
    if (abbreviated) opener.cls = 'X';
  }
}

/**
 * "the almost purity theorem", "almost mathematics": English "almost" modifies adjectives, verbs, numbers and
 * quantifiers ("almost routine", "almost all", "almost 50"), never a common noun, except as part of a term's name;
 * there it is a modifier of the term, not an adverb that breaks it ("Faltings' almost purity theorem" gave the
 * concepts "Purity theorem" and "Faltings", review 17 M2).
 */
function markAlmostBeforeNouns(words: Word[]): void {
  for (let k = 0; k + 1 < words.length; k++) {
    const w = words[k]!;
    const next = words[k + 1]!;
    if (w.lower !== 'almost' || w.cls !== 'X' || next.sentence !== w.sentence || next.pos !== 'NOUN' || next.cls !== 'N' || !LOWER_WORD.test(next.text)) continue;
    w.cls = 'A';
    w.pos = 'ADJ';
    w.stop = false;
  }
}

/** "a priori", "a posteriori", "a fortiori": Latin modifiers whose "a" is no English article ("ad hoc", whose "hoc" names nothing alone, is the other pair read as one modifier). */
export const LATIN_AFTER_A = /^(?:priori|posteriori|fortiori)$/;

/**
 * Mathematics written inline is not prose: "φ≃π/2", "ΩΛ≡ρΛ/ρcrit", "a1+a2T2+a3T3", and lowercase variables
 * with an index ("p1", "r0"); chemical formulas ("H2", "TiO2", "UO2+x") and names ending in pluses ("C++")
 * stay words. Unicode's math symbols (relations, operators, arrows, the minus sign) all count, `+` only
 * between letters or digits, twice.
 */
const FORMULA_HINT = /[\p{Sm}^\p{N}]/u;
const MATH_SYMBOL = /[\p{Sm}^]/u;
const INFIX_PLUS = /(?<=[\p{L}\p{N}])\+(?=[\p{L}\p{N}])/gu;
const INDEXED_VARIABLE = /^\p{Ll}\p{N}+$/u;
/** An ion's charge, a superscript count and sign after its formula ("Fe³⁺", "SO₄²⁻", "Na⁺"): a word, as "Fe3+" is. */
const ION_CHARGE = /(?<=[\p{Lu}\p{Ll}\u2080-\u2089)\]])[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]?[\u207a\u207b]$/u;

export function isFormula(text: string): boolean {
  if (!FORMULA_HINT.test(text)) return false;
  return MATH_SYMBOL.test(text.replace(/\+/g, '').replace(ION_CHARGE, '')) || (text.match(INFIX_PLUS)?.length ?? 0) >= 2 || INDEXED_VARIABLE.test(text);
}

/**
 * A variable with an index, as Unicode's subscripts write it ("xᵢⱼ", "Aᵢ", "rᵢcⱼ", "x/sub ij/" once read) or as
 * plain letters after one letter ("Xij", "aijk"): a matrix entry or a term of a sum is no word of prose, and
 * was a concept ("Xij"), as was the complete graph's "Kₙ". A formula whose every letter is an element symbol
 * ("H₂", "CₙH₂ₙ₊₂") stays a word, unless its index is one of i, j, k, l, the indices of mathematics, which no
 * stoichiometry writes, or it is one letter with a letter for its count (a formula of variable counts has two
 * elements or more).
 */
const SUBSCRIPTED_LETTERS = /^(?:\p{L}[\u2080-\u209c\u1d62-\u1d6a\u2c7c]+)+$/u;
const INDEX_SUBSCRIPT = /[\u1d62\u2c7c\u2096\u2097]/u;
/** (Unicode counts its subscript letters as letters too.) */
const SUBSCRIPTED_BASE = /(?![\u2090-\u209c\u1d62-\u1d6a\u2c7c])\p{L}/gu;
const LETTER_SUBSCRIPT = /[\u2090-\u209c\u1d62-\u1d6a\u2c7c]/u;
const LETTER_INDICES = /^\p{L}ij(?:kl?)?$/u;

export function indexedVariable(text: string): boolean {
  if (LETTER_INDICES.test(text)) return true;
  if (!SUBSCRIPTED_LETTERS.test(text)) return false;
  if (INDEX_SUBSCRIPT.test(text)) return true;
  const bases = text.match(SUBSCRIPTED_BASE) ?? [];
  // One letter indexed by a letter ("Kₙ", "aₙ"): a formula of variable counts has two elements or more.
  if (bases.length === 1 && LETTER_SUBSCRIPT.test(text)) return true;
  const symbols = elementNames();
  return bases.some((base) => !symbols.has(base));
}

/**
 * Participles that work as prepositions ("information concerning", "including Kelvin waves"), and
 * modal forms the tagger may read as nouns ("effects cannot").
 */
const PREPOSITION_LIKE = new Set([
  'cannot', 'following', 'including', 'concerning', 'regarding', 'according', 'excluding', 'considering', 'notwithstanding', 'pertaining',
  'containing', 'comprising', 'involving',
]);

/**
 * Closed-class words of British and formal English that the tagger does not know and reads as nouns or
 * names: the conjunction "whilst" (= while) and the preposition "amidst" (= amid). Function words name
 * nothing ("Whilst" was a concept of five papers, review 18 H3).
 */
const CONJUNCTION_LIKE = new Set(['whilst', 'amidst']);

/** "weakly", "Weakly": a word in -ly, in lowercase or opening with one capital. */
const LY_WORD = /^\p{L}\p{Ll}+ly$/u;
const adverbBases = new Map<string, boolean>();

/**
 * "weakly penalized", "Weakly invertible automata": an adjective with the suffix -ly is its adverb, the way
 * English makes nearly every adverb of manner, and never a noun. The tagger reads some it does not know as
 * nouns ("Weakly" was a concept of four papers, review 18 H3); the base the tagger reads alone as an
 * adjective tells ("weak"), where the nouns in -ly have none ("family", "assembly", "anomaly", "supply").
 */
function adverbInLy(w: Word): boolean {
  if ((w.pos !== 'NOUN' && w.pos !== 'PROPN') || !LY_WORD.test(w.text)) return false;
  const base = w.lower.slice(0, -2);
  let out = adverbBases.get(base);
  if (out === undefined) {
    const tags = base.length >= 3 ? (nlp.readDoc(base).tokens().out(its.pos as never) as unknown as string[]) : [];
    adverbBases.set(base, (out = tags.length === 1 && tags[0] === 'ADJ'));
  }
  return out;
}

/**
 * "Games Incentivizes Reasoning", "which simplifies": -izes, -yzes and -ifies make verbs in the third
 * person (the nouns so spelled are short: "sizes", "prizes").
 */
const THIRD_PERSON_VERB = /^\p{Ll}{3,}(?:iz|yz)es$|^\p{Ll}{2,}ifies$/u;

/** LaTeX commands whose backslash was lost ("0.62 rightarrow 0.66"): symbols, never words. */
const LATEX_NAME = /^(?:rightarrow|leftarrow|leftrightarrow|longrightarrow|mapsto|cdot|cdots|ldots|approx|leq|geq|neq|infty|mathbb|mathcal|mathrm|mathbf|textbf|textit|emph|frac|sqrt|sim|simeq|propto|otimes|oplus)$/i;

const ENDS_IN_STOP = /[\p{L}\p{N}]\.$/u;
const SINGLE_LETTER_ABBREVIATION = /^(\p{L}\.)+$/u;
const LETTER_AND_STOP = /^\p{L}\.$/u;

/**
 * wink sometimes keeps a sentence's full stop on an unusual last word ("oxidize to UO2+x. UO2+x
 * reacts") and then misses the sentence break; the stop becomes a word of its own so no phrase
 * spans it. Abbreviations made of single letters ("e.g.", "i.e.") keep theirs.
 */
function splitGluedStops(words: Word[]): Word[] {
  if (!words.some((w) => w.text.length >= 2 && w.text.endsWith('.'))) return words;
  const out: Word[] = [];
  for (const [i, w] of words.entries()) {
    if ((w.text.length > 2 && ENDS_IN_STOP.test(w.text) && !SINGLE_LETTER_ABBREVIATION.test(w.text)) || symbolEndsSentence(words, i)) {
      const text = w.text.slice(0, -1);
      out.push({ ...w, text, lower: w.lower.slice(0, -1), lemma: w.lemma.endsWith('.') ? w.lemma.slice(0, -1) : w.lemma });
      out.push(make('.', '.', 'PUNCT', w.sentence, false, ['PUNCT']));
      out[out.length - 1]!.cls = 'X';
    } else out.push(w);
  }
  return out;
}

/**
 * "the implicit equation of C. Methods include", "a point x. Starting with": a one-letter symbol that
 * a lowercase word leads into and a capitalised word follows ends its sentence (an initial, "J. Smith",
 * follows a name or "by").
 */
function symbolEndsSentence(words: Word[], i: number): boolean {
  const w = words[i]!;
  if (!LETTER_AND_STOP.test(w.text)) return false;
  const prev = words[i - 1];
  const next = words[i + 1];
  // "annealed for 2 h. Fe3O4 particles": after a number, the letter is a unit.
  return prev !== undefined && next !== undefined && (LOWER_WORD.test(prev.text) || prev.pos === 'NUM') && prev.lower !== 'by' && STARTS_TITLE.test(next.text);
}

/**
 * "the fast output sampling feedback": between a determiner and a noun, an "adverb" that is no -ly
 * form and a bare "verb" are the adjective and the noun modifier of a noun phrase ("the rapidly
 * growing field", "the well known method" keep their tags).
 */
function repairNounPhraseOpenings(words: Word[]): void {
  for (let k = 1; k + 2 < words.length; k++) {
    const adv = words[k]!;
    const verb = words[k + 1]!;
    const noun = words[k + 2]!;
    if (adv.pos !== 'ADV' || adv.stop || !LOWER_WORD.test(adv.text) || /ly$/.test(adv.lower) || words[k - 1]!.pos !== 'DET') continue;
    if (verb.pos !== 'VERB' || verb.stop || verb.cls !== 'X' || !LOWER_WORD.test(verb.text) || /s$/.test(verb.lower)) continue;
    if (noun.cls !== 'N' || noun.stop || noun.sentence !== adv.sentence || words[k - 1]!.sentence !== adv.sentence) continue;
    adv.pos = 'ADJ';
    adv.cls = 'A';
    verb.pos = 'NOUN';
    verb.cls = 'N';
  }
}

const VERB_FOLLOWERS = new Set(['DET', 'PART', 'PRON']);

/**
 * Does the noun phrase that ends at `end` follow "and" after another noun, as the second of two subjects
 * ("Pruning and INT8 quantization")? Back over its modifiers only; a determiner or preposition before the
 * "and" makes it no subject of the run ("in theory and practice").
 */
function joinedSubject(words: Word[], end: number): boolean {
  let j = end;
  while (j > 0 && end - j < 3 && (words[j]!.cls === 'N' || words[j]!.cls === 'A') && words[j - 1]!.sentence === words[end]!.sentence) j--;
  if (j === end || words[j]!.lower !== 'and') return false;
  const first = words[j - 1];
  if (first === undefined || first.sentence !== words[end]!.sentence || first.cls !== 'N') return false;
  // The first subject opens its sentence or follows a determiner: it is not the object of something before.
  const before = words[j - 2];
  return before === undefined || before.sentence !== first.sentence || DETERMINERS.has(before.lower);
}

const NOMINAL_SUFFIX = /(ment|tion|sion|ance|ence|ity|ness|ism)s?$/;

/**
 * wink tags many nouns of technical compounds as verbs ("content management systems", "program counter
 * variables"). A verb-tagged word squeezed between a modifier and a noun, or ending a compound with a
 * nominal suffix, is read as a noun.
 */
function repairNouns(words: Word[]): void {
  repairVerbs(words);
  repairNounPhraseOpenings(words);
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    if (w.pos !== 'VERB' || w.stop) continue;
    const prev = words[k - 1]!;
    if (prev.cls === 'X' || prev.sentence !== w.sentence || prev.stop) continue;
    // "probabilistic algorithms", "polar coordinates", "linear probing": an adjective modifies a noun,
    // so a plural-looking or -ing "verb" right after one is that noun.
    // (Not a plural-looking word before "a" or "an": "the elastic net encourages a grouping effect", where the
    // tagger took "net" for an adjective; a singular article does not go on from a plural ("algorithms that
    // decide", "the earliest cathodes the smallest capacity fade" keep their nouns).
    const next = words[k + 1];
    const beforeDeterminer = next !== undefined && next.sentence === w.sentence && (next.lower === 'a' || next.lower === 'an') && /[^s]s$/.test(w.lower);
    if ((prev.pos === 'ADJ' || attributiveParticiple(words, k - 1)) && !beforeDeterminer && !/(ed|en)$/.test(w.lower) && (/[^s]s$/.test(w.lower) || /ing$/.test(w.lower))) {
      w.cls = 'N';
      continue;
    }
    // "(also called quasi-linear means)": a parenthesis that a naming participle opens holds a name
    // only, so the word that closes it is a noun ("a method called cross validation works" is a verb).
    if (/[^s]s$/.test(w.lower) && words[k + 1]?.text === ')' && afterNamingWord(words, k)) {
      w.cls = 'N';
      continue;
    }
    // "agents beat benchmarks": after a plural subject a verb is a verb, and so after two joined by "and"
    // ("Pruning and INT8 quantization reduce latency").
    if (/[^s]s$/.test(prev.lower) && prev.pos !== 'PROPN') continue;
    if (!/s$/.test(w.lower) && !NOMINAL_SUFFIX.test(w.lower) && joinedSubject(words, k - 1)) continue;
    // "Triton simplifies GPU programming": a verb in the third person is a verb; modifiers in a
    // compound are singular.
    if (/[^s]s$/.test(w.lower) && !NOMINAL_SUFFIX.test(w.lower)) continue;
    const beforeNoun = next !== undefined && next.cls === 'N' && next.sentence === w.sentence && !next.stop;
    // A gerund after a noun names an activity: "reinforcement learning", "question answering".
    // ("a provider wishing to", "methods using the": with an object or "to" after it, it is a verb.)
    const gerund = w.lower.endsWith('ing') && prev.cls === 'N' && !(next && VERB_FOLLOWERS.has(next.pos));
    // A bare "verb" closing a compound before punctuation is its head: "knowledge model reuse:".
    const closing = prev.cls === 'N' && !/s$/.test(w.lower) && (next === undefined || next.sentence !== w.sentence || next.pos === 'PUNCT');
    if (beforeNoun || gerund || closing || NOMINAL_SUFFIX.test(w.lower)) w.cls = 'N';
  }
  repairPhrasalVerbs(words);
}

const NAMING_WORDS = new Set(['called', 'termed', 'named', 'dubbed', 'denoted', 'so-called']);

/** Do the modifiers before word `k` follow a naming participle ("called", "termed") directly? */
function afterNamingWord(words: Word[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && k - j <= 4 && words[j]!.cls !== 'X' && words[j]!.sentence === words[k]!.sentence && !NAMING_WORDS.has(words[j]!.lower)) j--;
  return j >= 0 && j < k - 1 && NAMING_WORDS.has(words[j]!.lower) && words[j]!.sentence === words[k]!.sentence;
}

/**
 * "quasi-weighted means", "the weighted means": a participle written as a compound or right after a
 * determiner stands before its noun ("the data obtained shows" is a participle after its noun).
 */
function attributiveParticiple(words: Word[], k: number): boolean {
  const w = words[k]!;
  if (w.pos !== 'VERB' || w.cls !== 'A' || !/ed$/.test(w.lower)) return false;
  const before = words[k - 1];
  return w.text.includes('-') || (before !== undefined && before.sentence === w.sentence && before.pos === 'DET');
}

function compoundPos(parts: string[], lower: string): string {
  const last = parts[parts.length - 1] ?? 'X';
  if (ALL_DIGITS.test(lower.replace(/[-/.+]/g, ''))) return 'NUM';
  if (last === 'ADJ' || (/(ed)$/.test(lower) && last !== 'NOUN' && last !== 'PROPN')) return 'ADJ';
  return 'NOUN';
}

function make(text: string, lower: string, pos: string, sentence: number, stop: boolean, _parts: string[]): Word {
  return { text, lower, lemma: lower, pos, cls: classify(pos, lower), sentence, stop };
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'that', 'those', 'its', 'their', 'our', 'his', 'her', 'each', 'every']);
const QUANTIFIERS = new Set(['another', 'several', 'many', 'some', 'numerous', 'various']);

const STARTS_ACRONYM = /^\p{Lu}{2,}/u;

function looksThirdPerson(w: Word): boolean {
  return w.pos === 'NOUN' && /[^s]s$/.test(w.lower) && !w.text.includes('-') && !STARTS_ACRONYM.test(w.text);
}

/** "results", "LLMs": a plural's ending (not "class", "model's"). */
const PLURAL_ENDING = /\p{Ll}[^s']s$|\p{Lu}s$/u;

/** "our results support the", "Simulations show that": a bare noun between a plural noun and a determiner is the plural subject's verb. */
function pluralSubjectVerb(prev: Word, w: Word): boolean {
  return (
    w.pos === 'NOUN' &&
    LOWER_WORD.test(w.text) &&
    !/s$/.test(w.lower) &&
    prev.sentence === w.sentence &&
    !prev.stop &&
    (prev.pos === 'NOUN' || prev.pos === 'PROPN') &&
    PLURAL_ENDING.test(prev.text)
  );
}

/** Marks that close a subject's phrase or the clause set off inside it. */
const SUBJECT_CLOSERS = new Set([',', "'", '’', '"', '”', ')']);

/**
 * "this 'twisted bilayer graphene' exhibits flat bands", "an algorithm, affecting millions of patients,
 * exhibits significant bias": an -s word after a singular noun or a mark that closes the subject, before
 * an adjective with its noun, is the verb ("in both cases similar results" has its determiner before the
 * plural, and "cancer cells" a plural after a modifier; "interface bus parallel data" a singular noun in -us).
 */
function endsSubject(prev: Word, w: Word): boolean {
  if (prev.sentence !== w.sentence) return false;
  return SUBJECT_CLOSERS.has(prev.text) || (prev.cls === 'N' && !prev.stop && !PLURAL_ENDING.test(prev.text) && prev.pos !== 'PROPN');
}

/** Subject pronouns that a bare verb follows: "we reanalyse the data", "they report a". */
const SUBJECT_PRONOUNS = new Set(['we', 'they', 'i', 'you']);

function bareNoun(w: Word): boolean {
  return w.pos === 'NOUN' && LOWER_WORD.test(w.text) && !/s$/.test(w.lower);
}

/**
 * "print-capitalism, which created unified fields of exchange", "sites that deliberately repost illegal content": the
 * first word of a relative clause whose pronoun is its subject is the clause's verb, not a modifier of the object
 * ("Created unified fields", "Repost illegal content" were tags, review 17 L1). "Which" and "who" after a noun
 * (or its comma) open such a clause; "that" may open a clause of content too ("the idea that data mining
 * helps"), so only an adverb after it ("or that deliberately") shows a verb to come.
 */
/** Focusing adverbs, a closed class of English: they single out a phrase of any kind ("only data", "even experts"). */
const FOCUSING_ADVERBS = new Set(['only', 'even', 'also', 'just', 'mainly', 'mostly', 'merely', 'especially', 'particularly', 'exclusively', 'largely', 'primarily', 'solely', 'chiefly', 'simply', 'alone']);

function relativeClauseVerb(words: Word[], k: number): boolean {
  const w = words[k]!;
  const next = words[k + 1];
  if (next === undefined || next.sentence !== w.sentence || (next.cls !== 'N' && next.cls !== 'A')) return false;
  let j = k - 1;
  while (j >= 0 && words[j]!.pos === 'ADV' && words[j]!.sentence === w.sentence) j--;
  const pronoun = words[j];
  if (pronoun === undefined || pronoun.sentence !== w.sentence) return false;
  // A bare noun the tagger took for the verb ("repost"), or a past verb it read as a participle that modifies ("created").
  const verbForm = bareNoun(w) || (w.pos === 'VERB' && w.cls === 'A' && LOWER_WORD.test(w.text));
  // ("or that deliberately repost": the adverb shows the verb whatever stands before "that". A focusing adverb
  // leans on a noun phrase as well: "in that only discretization error is involved".)
  if (pronoun.lower === 'that') return k - 1 > j && verbForm && !words.slice(j + 1, k).some((a) => FOCUSING_ADVERBS.has(a.lower));
  if (pronoun.lower !== 'which' && pronoun.lower !== 'who') return false;
  let a = j - 1;
  if (words[a]?.text === ',') a--;
  const antecedent = words[a];
  if (antecedent === undefined || antecedent.sentence !== w.sentence || antecedent.cls !== 'N') return false;
  return verbForm;
}

/** "we reanalyse their data": a bare word between a subject pronoun and its object is the verb. */
function pronounSubjectVerb(prev: Word, w: Word): boolean {
  return bareNoun(w) && prev.sentence === w.sentence && SUBJECT_PRONOUNS.has(prev.lower);
}

/**
 * "We translate the paper and reanalyse their data": "and" joins like with like, so a bare word after
 * it, with an object of its own, is a verb when a verb and its object stand before the "and" ("in
 * theory and practice the method" has a preposition there, and keeps its noun).
 */
function coordinatedVerb(words: Word[], k: number): boolean {
  const w = words[k]!;
  const and = words[k - 1]!;
  if (!bareNoun(w) || (and.lower !== 'and' && and.lower !== 'or') || and.sentence !== w.sentence) return false;
  let j = k - 2;
  // Back over the first verb's object: its noun phrase, determiner included.
  while (j >= 0 && k - j <= 6 && words[j]!.sentence === w.sentence && (words[j]!.cls === 'N' || words[j]!.cls === 'A' || DETERMINERS.has(words[j]!.lower))) j--;
  const verb = words[j];
  return j < k - 2 && verb !== undefined && verb.sentence === w.sentence && verb.pos === 'VERB' && verb.cls === 'X' && LOWER_WORD.test(verb.text);
}

/**
 * The reverse mistake: a verb in the third person tagged as a plural noun ("the world model guides the
 * search"). A plural noun right before a determiner is almost always such a verb. (Titles and
 * abstract fragments often have no verb at all, so a missing verb proves nothing.)
 */
function repairVerbs(words: Word[]): void {
  for (let k = 1; k + 1 < words.length; k++) {
    const w = words[k]!;
    const next = words[k + 1]!;
    if (next.sentence !== w.sentence) continue;
    // "tumors exhibit another dimension", "prospects exhibit several effects": a quantifier opens the object
    // too, after a bare noun that a plural subject leads into ("operating systems such as", "agents both
    // plan" keep their nouns: only the bare word between is read as a verb).
    const prev = words[k - 1]!;
    // "perovskites exhibit strong band-gap absorptions": an adjective with its noun opens the object as a
    // determiner does (a plural modifier's compound has its noun head next, not an adjective).
    let head = k + 1;
    while (head < words.length && head - k <= 3 && words[head]!.pos === 'ADJ' && words[head]!.sentence === w.sentence) head++;
    const adjectiveObject = head > k + 1 && words[head]?.cls === 'N' && words[head]!.sentence === w.sentence;
    const object =
      DETERMINERS.has(next.lower) ||
      ((QUANTIFIERS.has(next.lower) || adjectiveObject) && pluralSubjectVerb(prev, w)) ||
      (adjectiveObject && looksThirdPerson(w) && VERB_S_ENDING.test(w.text) && endsSubject(prev, w));
    if (textSubjectVerb(words, k)) {
      w.cls = 'X';
      w.pos = 'VERB';
      continue;
    }
    if (relativeClauseVerb(words, k)) {
      w.cls = 'X';
      w.pos = 'VERB';
      continue;
    }
    // "We benchmark YOLOv8 variants": no noun follows "we" or "they", so a bare word there is the verb
    // whatever its object opens with.
    if (!object && !(pronounSubjectVerb(prev, w) && next.cls === 'N')) continue;
    if (looksThirdPerson(w) || pluralSubjectVerb(prev, w) || pronounSubjectVerb(prev, w) || coordinatedVerb(words, k)) {
      w.cls = 'X';
      w.pos = 'VERB';
    }
  }
}

/** Nouns for the text itself, as its own sentences name it ("this paper", "the present article"). */
const TEXT_GENRES = new Set(['paper', 'article', 'letter', 'chapter', 'thesis', 'essay', 'note']);
/** The words that make such a noun the text: "this paper", "the paper", "our article", "the present note". */
const TEXT_DETERMINERS = new Set(['this', 'the', 'our', 'present']);

/**
 * "The paper deals with", "this article focuses on", "the letter reports on": after the text's own name
 * as the subject, a word in -s before a preposition is its verb, not the head of a compound ("Paper deals"
 * was a concept of six papers, review 18 H3), and so is one before a determiner or a number, which open its
 * object ("the paper reviews nine publications", "this paper reviews the state of": "Paper reviews", review
 * 18 H3): a noun phrase goes on with neither. The material's compounds ("the paper mills in Finland") are
 * read so too, far rarer in abstracts than the text's "this paper" as a subject.
 */
const TAKES_OBJECT = new Set(['ADP', 'DET', 'NUM']);

function textSubjectVerb(words: Word[], k: number): boolean {
  const w = words[k]!;
  const subject = words[k - 1];
  const det = words[k - 2];
  const next = words[k + 1];
  if (subject === undefined || det === undefined || next === undefined) return false;
  if (w.pos !== 'NOUN' || !LOWER_WORD.test(w.text) || !VERB_S_ENDING.test(w.text) || !TAKES_OBJECT.has(next.pos)) return false;
  if (subject.sentence !== w.sentence || det.sentence !== w.sentence || next.sentence !== w.sentence) return false;
  return TEXT_GENRES.has(subject.lower) && TEXT_DETERMINERS.has(det.lower);
}

/** Pronouns that can only be an object: the word before them is a verb or a preposition. */
const OBJECT_PRONOUNS = new Set(['itself', 'them', 'us', 'him', 'himself', 'herself', 'me']);

/** Particles of phrasal verbs: "loading up on", "carrying out", "sorting out", "paying off", "scaling down". */
const PARTICLES = new Set(['up', 'out', 'off', 'down']);

/**
 * What follows a word shows it is a verb. "Industry insiders loading up on cheap stock", "the report
 * points out that": an -ing word or a third-person form followed by a particle is a phrasal verb,
 * never the head of a noun run ("speeds up to 10 m/s", "sizes down to 10 nm", "out of" are
 * prepositions, not particles).
 */
const THIRD_PERSON_ENDING = /\p{Ll}[^s']s$/u;
/** "combines", "studies" (not "bus", "analysis", "corpus", "status"). */
const VERB_S_ENDING = /\p{Ll}[^siu']s$/u;
const LOWER_ING = /\p{Ll}ing$/u;
function repairPhrasalVerbs(words: Word[]): void {
  for (let k = 1; k + 1 < words.length; k++) {
    const w = words[k]!;
    const next = words[k + 1]!;
    if (next.sentence !== w.sentence || w.cls === 'X' || w.text.includes('-') || STARTS_ACRONYM.test(w.text)) continue;
    const thirdPerson = (w.pos === 'NOUN' || w.pos === 'VERB') && THIRD_PERSON_ENDING.test(w.text);
    // "NuVox Communications positions itself": a plural-looking word before an object pronoun is a
    // verb ("the agents themselves" is left alone: "themselves" also stands after a plural subject).
    if (OBJECT_PRONOUNS.has(next.lower) && thirdPerson) {
      w.cls = 'X';
      w.pos = 'VERB';
      continue;
    }
    // "The discussion combines historical analysis": a plural-looking word between a singular noun and
    // an adjective with its noun is no compound (modifiers are singular; an adjective opens a new phrase).
    const prev = words[k - 1]!;
    const after2 = words[k + 2];
    if (
      thirdPerson &&
      VERB_S_ENDING.test(w.text) &&
      w.pos === 'NOUN' &&
      LOWER_WORD.test(w.text) &&
      prev.cls === 'N' &&
      prev.sentence === w.sentence &&
      !/s$/.test(prev.lower) &&
      next.pos === 'ADJ' &&
      after2 !== undefined &&
      after2.cls === 'N' &&
      after2.sentence === w.sentence
    ) {
      w.cls = 'X';
      w.pos = 'VERB';
      continue;
    }
    if (!PARTICLES.has(next.lower)) continue;
    const after = words[k + 2];
    if (after !== undefined && after.sentence === w.sentence && (after.lower === 'to' || after.lower === 'of')) continue;
    if (LOWER_ING.test(w.text) || (thirdPerson && words[k - 1]!.cls === 'N' && words[k - 1]!.sentence === w.sentence)) {
      w.cls = 'X';
      w.pos = 'VERB';
    }
  }
}

