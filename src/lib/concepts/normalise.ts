/**
 * Two levels of sameness. A candidate's key is its readable normal form: lowercase, hyphens and
 * slashes read as spaces ("self-play" = "self play"), the head noun singular ("world models" =
 * "world model", "LLMs" = "LLM"); slugs are made from it. A concept's identity folds further
 * (`conceptWord`): inflections of a word meet ("networks" = "network", "criteria" = "criterion"), and so
 * do a gerund and the one act noun of its verb ("parallel computing" = "parallel computation"), but not
 * words the Porter stemmer joins across kinds ("correctness" and "corrections", "university" and
 * "universe", "encoder" and "encoding", "mines" and "mining"), nor a field of study in -ics and its
 * adjective ("physics" and "physical", "genetics" and "genetic"). Short forms keep their case in both
 * (short-form.ts): "SPaCE" is not the word "space", nor "IS" the word "is".
 */
import { stemmer } from 'stemmer';
import type { Word } from './tokenize';
import { stripAccents } from '../normalise/accents';
import { spellGluedGreekNames, spellGreekLetters, spellLoneGreek } from '../normalise/greek';
import { holdsShortForm, isShortFormWord, joinShortFormCompounds, shortFormKey, shortFormSingular } from './short-form';
import { elementNames, elementSpelling, isElementName } from './elements';

const WORD_RUN = /[\p{L}\p{N}]+/gu;

export function wordKey(w: Word, isHead: boolean): string {
  // "NF-kappaB", "TGFbeta": the letter's name a word of its own, read before the case is lost ("tgfbeta").
  const glued = spellGluedGreekNames(w.text);
  if (glued !== w.text) return glued.trim().replace(WORD_RUN, (run) => (isShortFormWord(run) ? run : run.toLowerCase())).replace(/\s+/g, ' ');
  if (holdsShortForm(w.text)) {
    // Short forms as written, the head's in the singular ("GPUs" → "GPU"); the other words lowercase.
    const head = isHead ? shortFormSingular(w.text) : undefined;
    return head ?? w.text.replace(WORD_RUN, (run) => (isShortFormWord(run) ? run : run.toLowerCase()));
  }
  if (isHead && w.cls === 'N') return singular(w.lower, w.lemma);
  return w.lower;
}

/**
 * A two-letter element symbol opening a hyphenated word before a lowercase part ("Li-ion", "Mn-rich",
 * "Na-ion") is the element: chemistry writes "Li-ion" and "lithium-ion" for one thing.
 */
const SYMBOL_COMPOUND = /^(\p{Lu}\p{Ll})(?=[-‐‑–]\p{Ll})/u;

/**
 * The word with its element symbol spelled as the element's name ("Li-ion" → "lithium-ion"), or undefined.
 * Only a symbol written with its capital, where the caller knows the capital is the author's and not a
 * sentence's or a title's ("Co-training" opening a sentence is no cobalt); and only a two-letter one: one
 * capital before a hyphen is far more often a letter ("K-means", "B-cell", "N-gram", "P-value").
 */
export function elementNamed(text: string): string | undefined {
  const symbol = SYMBOL_COMPOUND.exec(text)?.[1];
  const name = symbol === undefined ? undefined : elementNames().get(symbol);
  return name === undefined ? undefined : name + text.slice(symbol!.length);
}

/**
 * Nouns whose form in -s is their singular, which the tagger's lemma cuts anyway ("species" → "specie",
 * "quantum mechanics" → "quantum mechanic", "nuclear physics" → "nuclear physic"): the names of fields of
 * study in -ics whose form without -s is another word (an adjective, a person), and the few nouns that are
 * the same in both numbers ("news" is no "new"). A closed class of English, not of any corpus. Not listed: -ics
 * words with a singular of their own ("metrics", "statistics", "heuristics", "tactics": a metric, a heuristic).
 */
const SINGULAR_IN_S = new Set([
  'species', 'subspecies', 'series', 'corps', 'chassis', 'headquarters', 'crossroads', 'news',
  'physics', 'mechanics', 'dynamics', 'optics', 'acoustics', 'ethics', 'pragmatics', 'graphics', 'electronics',
  'photonics', 'robotics', 'genetics', 'genomics', 'proteomics', 'informatics', 'semantics', 'phonetics', 'kinetics',
  'thermodynamics', 'aerodynamics', 'hydrodynamics', 'electrodynamics', 'linguistics', 'economics', 'mathematics',
  'politics', 'logistics', 'aesthetics', 'cybernetics', 'hydraulics', 'ergonomics', 'analytics', 'econometrics',
]);

/**
 * Fields named by English word formation: "-omics" ("metabolomics", "transcriptomics") and "-tronics"
 * ("mechatronics", "spintronics"), whose "-omic" and "-tronic" words are adjectives ("genomic DNA").
 */
const FIELD_ENDING = /(omics|tronics)$/;

/**
 * Whether a lowercase word in -s is its own singular (`SINGULAR_IN_S`): also a field of study in -ics after a
 * combining form ("biophysics", "astrophysics", "microelectronics", "psycholinguistics", "pharmacokinetics"),
 * and a field in "-omics" or "-tronics".
 */
export function isSingularInS(lower: string): boolean {
  if (SINGULAR_IN_S.has(lower)) return true;
  if (!lower.endsWith('ics')) return false;
  if (FIELD_ENDING.test(lower)) return true;
  // A combining form has two letters or more ("geo", "bio", "astro"); the shortest field here has six.
  for (let k = 2; k <= lower.length - 6; k++) if (SINGULAR_IN_S.has(lower.slice(k))) return true;
  return false;
}

/** Singular of a noun, trusting the tagger's lemma only when it is a plausible singular of the word. */
export function singular(lower: string, lemma: string): string {
  // Only plural endings: a noun-tagged "tuning" must not become "tune".
  // "formulae" has a singular; "centre" is one ("center" would be a spelling change, not a singular).
  if (!/(s|i|a|ae)$/.test(lower) || lower.endsWith('ss') || isSingularInS(lower)) return lower;
  // British "-re" plurals: "centres" is "centre", not the lemma's "center".
  if (/res$/.test(lower) && lemma.endsWith('er') && lemma.length === lower.length - 1) return lower.slice(0, -1);
  if (lemma && lemma !== lower && lemma.length <= lower.length && lower.startsWith(lemma.slice(0, Math.max(1, lemma.length - 2)))) return lemma;
  return lower;
}

/**
 * "C++", "C#" and "F#" are names, not "C" and "F" with punctuation: spelled out ("cpp", "csharp") before
 * symbols are dropped, so that they keep keys, identities and slugs of their own.
 */
export function spellNameSymbols(text: string): string {
  if (!/[+#]/.test(text)) return text;
  return text.replace(/(?<=[\p{L}\p{N}])\+\+(?![\p{L}\p{N}+])/gu, 'pp').replace(/(?<=[\p{L}\p{N}])#(?![\p{L}\p{N}#])/gu, 'sharp');
}

export function phraseKey(wordKeys: string[]): string {
  const joined = spellNameSymbols(wordKeys.join(' '));
  if (!/[-/‐‑–+]|\s\s/.test(joined)) return joined;
  return joined
    .replace(/[-/‐‑–+]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const stemCache = new Map<string, string>();
/** Porter stem, memoised (the same few thousand words recur in every abstract). */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = stemmer(word);
    if (stemCache.size < 200_000) stemCache.set(word, s);
  }
  return s;
}

/**
 * Porter's inflectional steps only (1a plurals, 1b -ed/-ing, 1c -y) and its spelling clean-up (5a final
 * -e, 5b -ll): "modelling", "modeling", "models" and "model" give "model", "experiences" and
 * "experienced" give "experienc". Written out because the `stemmer` package exposes only the whole
 * algorithm; the expressions are its own.
 */
const CONSONANTS = '([^aeiou][^aeiouy]*)';
const VOWELS = '([aeiouy][aeiou]*)';
const MEASURE_GT0 = new RegExp(`^${CONSONANTS}?${VOWELS}${CONSONANTS}`);
const MEASURE_EQ1 = new RegExp(`^${CONSONANTS}?${VOWELS}${CONSONANTS}${VOWELS}?$`);
const MEASURE_GT1 = new RegExp(`^${CONSONANTS}?(${VOWELS}${CONSONANTS}){2,}`);
const VOWEL_IN_STEM = new RegExp(`^${CONSONANTS}?[aeiouy]`);
const CVC = new RegExp(`^${CONSONANTS}[aeiouy][^aeiouwxy]$`);

export function inflectionStem(word: string): string {
  let r = word.toLowerCase();
  if (r.length < 3) return r;
  // An initial y is a consonant ("yield"), as in the stemmer.
  const initialY = r.startsWith('y');
  if (initialY) r = `Y${r.slice(1)}`;
  if (/^.+?(ss|i)es$/.test(r)) r = r.slice(0, -2);
  // Not Porter's: a word in -us is a singular ("virus", "focus", "consensus", "stimulus"; an -ous adjective),
  // whose plural is in -uses, which meets it ("viruses" → "virus"); English plurals of nouns in -u ("menus",
  // "gurus") are few. Porter cut "virus" to "viru" and "focus" to "focu", apart from "viruses" and "focused".
  else if (/^.+?[^su]s$/.test(r)) r = r.slice(0, -1);
  let m: RegExpExecArray | null;
  if ((m = /^(.+?)eed$/.exec(r))) {
    if (MEASURE_GT0.test(m[1]!)) r = r.slice(0, -1);
  } else if ((m = /^(.+?)(ed|ing)$/.exec(r)) && VOWEL_IN_STEM.test(m[1]!)) {
    r = m[1]!;
    if (/(at|bl|iz)$/.test(r)) r += 'e';
    else if (/([^aeiouylsz])\1$/.test(r)) r = r.slice(0, -1);
    else if (CVC.test(r)) r += 'e';
  }
  if ((m = /^(.+?)y$/.exec(r)) && VOWEL_IN_STEM.test(m[1]!)) r = `${m[1]!}i`;
  if ((m = /^(.+?)e$/.exec(r)) && (MEASURE_GT1.test(m[1]!) || (MEASURE_EQ1.test(m[1]!) && !CVC.test(m[1]!)))) r = m[1]!;
  if (r.endsWith('ll') && MEASURE_GT1.test(r)) r = r.slice(0, -1);
  return initialY ? `y${r.slice(1)}` : r;
}

/**
 * Derivational endings (on the inflection stem) that make another kind of word than the one Porter's
 * later steps reduce it to: a quality ("correctness", "university", "experience", "mechanism"), an
 * adjective ("general", "objective", "continuous", "controllable", "efficient"), an -ize verb and its act
 * noun ("organization", "organizing"), an agent noun ("encoder", "forecaster", "generator", "optimizer").
 * Porter would make one word of each with its root or with another kind ("correction", "universe",
 * "experiment", "generation", "object", "organ", "encoding", "forecast").
 */
const QUALITY = /(ness|iti|ism|anc|enc|anci|enci)$/;
const IZE = /iz(ation)?$/;
const ICAL = /ical$/;
/** An -ic or -ical word ("analytic", "analytical", "heuristics" as its identity keeps it). */
const IC_WORD = /ic(al)?$/;
const ADJECTIVE = /(ic|al|iv|ous|ful|abl|ibl|ant|[^m]ent)$/;
/** An -ion or -ment noun ("transition", "distribution", "contentment"). */
const ACT_NOUN = /(ion|ment)$/;
/** The -al adjective of an -ion or -ment noun ("operational", "developmental"). */
const ACT_NOUN_ADJECTIVE = /(ion|ment)al$/;
/** The doer or the device of a verb ("encoder", "publisher", "simulator"); "paper", "layer", "vector" as well, whose -er Porter keeps anyway. */
const AGENT = /(er|or)$/;
/** "practice", "services": a noun in -ice, not an -ic adjective less its -al ("practical"). */
const ICE_NOUN = /ic(e|es|ed)$/;

/**
 * A gerund (singular, lowercase) when the word is one: an -ing form by Porter's rule (a vowel before the
 * ending, so "string" and "thing" are none), its plural ("encodings", "failings") included.
 */
function gerund(word: string): string | undefined {
  const singular = word.endsWith('ings') ? word.slice(0, -1) : word;
  const m = /^(.+?)ing$/.exec(singular);
  return m && VOWEL_IN_STEM.test(m[1]!) ? singular : undefined;
}

/**
 * `foldWord`, kept apart from every word of two letters: Porter cuts some short words to two ("age", "ages"
 * and "aged" to "ag", "bus" to "bu", "use" to "us"), which are other words written with two letters, an
 * element's symbol or a chemist's group among them ("Ag" silver, "Bu" butyl, "Sn" tin). Such a fold keeps one
 * more letter of the word ("age", "bus", "use"), so the word's own forms still meet and no two-letter word
 * meets them (review 18 H1: "Ag" was an alias of the concept "Age").
 */
function computeConceptWord(word: string): string {
  // "physics" is no "physical", "genetics" no "genetic", "electronics" no "electronic", "news" no "new": a noun in
  // -s that is its singular has no inflection to fold, and Porter's cut makes it another word.
  if (isSingularInS(word)) return word;
  // "aluminum" and "aluminium", "cesium" and "caesium": one element, spelled two ways.
  const element = elementSpelling(word);
  if (element !== undefined) return element;
  const folded = foldWord(word);
  return folded.length <= 2 && word.length > 2 && word.startsWith(folded) ? word.slice(0, folded.length + 1) : folded;
}

function foldWord(word: string): string {
  return kindFold(word) ?? inflectionStem(word);
}

/** `foldWord` for a word whose ending makes it of a kind of its own (a gerund, an -ion noun, an adjective…), or undefined. */
function kindFold(word: string): string | undefined {
  const inflected = inflectionStem(word);
  // "self-organizing" is "self-organization": both name the act of an -ize verb.
  if (IZE.test(inflected)) return inflected.replace(IZE, 'ize');
  // A gerund names the act (or, lexicalised, its product: "building", "findings"): a noun of its own,
  // not the bare verb's noun ("mining" is no "mines", "monitoring" no "monitors") nor its agent
  // ("encoding" is no "encoder"). Its spellings meet: "modelling" = "modeling".
  if (gerund(word) !== undefined) return `${inflected}ing`;
  if (QUALITY.test(inflected)) return inflected;
  // An -ical adjective keeps its ending: it meets its -ic word only where the collection writes the two alike
  // (`conceptWord`), for the -ic word is also a noun of its own ("critic", "mechanic", "clinic", "topic").
  if (ICE_NOUN.test(word) && inflected.endsWith('ic')) return `${inflected}e`;
  if (ADJECTIVE.test(inflected)) return inflected;
  if (ACT_NOUN.test(inflected)) return inflected;
  if (AGENT.test(inflected)) return inflected;
  // Verbs, their participles and plain nouns: their inflections fold ("couple" for "coupled"); Porter's
  // later steps only where the collection writes the forms alike (`porterFamily`).
  return undefined;
}

/**
 * The Porter stem of a word that `foldWord` reads by its inflection alone (a verb, a participle, a plain
 * noun) when Porter cuts more of it, or undefined. Porter's later steps join such words across lexemes:
 * "fabric" and "fabricated", "module" and "modulated", "doctor" and "doctorate", "analog" and "analogy",
 * "local" and "locale" (review 43 finding 2); they meet only where a collection writes them alike
 * (`PhraseWords.family`: "self-assemble" and "self-assembly").
 */
function porterFamily(word: string): string | undefined {
  let f = familyCache.get(word);
  if (f === undefined) {
    // (A word of two letters is none: "Ga" is no "gas", as `computeConceptWord` keeps them apart; nor a noun in
    // -s that is its singular: "news" is no "new", whatever a collection writes before them.)
    f = word.length > 2 && kindFold(word) === undefined && !isSingularInS(word) ? stem(word) : '';
    if (familyCache.size < 200_000) familyCache.set(word, f);
  }
  return f || undefined;
}
const familyCache = new Map<string, string>();

/**
 * The words of a collection's noun phrases (lowercase, accents stripped, short forms left out): its
 * candidate phrases. An -al or -ic adjective is its noun only where the noun is one of them, a gerund is
 * its verb's -ion or -ment noun only where that noun is one of them, and a classical plural its singular
 * only where that singular is one of them (`conceptWord`). Words of
 * the running text would also offer verbs and adverbs ("informal" would be "inform", "lateral" "later").
 */
export class PhraseWords {
  private readonly words = new Set<string>();
  /** Porter stem → the one -ion/-ment noun of the phrases with that stem (null: several). */
  private readonly actNouns = new Map<string, string | null>();

  /**
   * A gerund's or an -ion/-ment noun's identity → the words it is written beside in the phrases ("<parallel"
   * for "parallel computing", ">model" for "computation model"), each as its identity reads it.
   */
  private readonly neighbours = new Map<string, Set<string>>();

  /** Porter stem → the identities of the phrases' words of that stem that fold by inflection alone (`porterFamily`). */
  private readonly families = new Map<string, Set<string>>();
  /** Porter stem → the reading of each of its identities (`family`), once asked. */
  private readonly familyReadings = new Map<string, Map<string, string>>();

  constructor(phrases: Iterable<string>) {
    const phrasesOfWords: string[][] = [];
    // Each phrase once: what a phrase is written beside does not depend on how many papers write it.
    for (const phrase of new Set(phrases)) {
      const runs = stripAccents(phrase).match(WORD_RUN) ?? [];
      if (runs.length > 1) phrasesOfWords.push(runs);
      for (let k = 0; k < runs.length; k++) {
        const run = runs[k]!;
        // A short form ("GAN", "DIGIT") names no noun of the language (short-form.ts).
        if (isShortFormWord(run)) continue;
        const w = run.toLowerCase();
        const kept = conceptWord(w);
        const actNoun = ACT_NOUN.test(kept);
        // An -ion or -ment noun's adjective ("operational budgets") is written beside what the noun is; an -ic
        // or -ical word beside what it is (`icOfIcal`).
        const of = actNoun || gerund(w) !== undefined || IC_WORD.test(kept) ? kept : ACT_NOUN_ADJECTIVE.test(kept) ? kept.slice(0, -2) : undefined;
        if (runs.length > 1 && of !== undefined) {
          let beside = this.neighbours.get(of);
          if (beside === undefined) this.neighbours.set(of, (beside = new Set()));
          if (k > 0) beside.add(`<${wordIdentity(runs[k - 1]!)}`);
          if (k + 1 < runs.length) beside.add(`>${wordIdentity(runs[k + 1]!)}`);
        }
        if (this.words.has(w)) continue;
        this.words.add(w);
        const family = porterFamily(w);
        if (family !== undefined) {
          const members = this.families.get(family);
          if (members === undefined) this.families.set(family, new Set([kept]));
          else members.add(kept);
        }
        if (!actNoun) continue;
        const key = stem(w);
        const known = this.actNouns.get(key);
        this.actNouns.set(key, known === undefined || known === kept ? kept : null);
      }
    }
    // -al and -ic adjectives of nouns the phrases have, and those nouns (`nounOfAdjective`).
    const adjectivesAndNouns = new Set<string>();
    for (const w of this.words) {
      if (!ADJECTIVE_OF_NOUN.test(w)) continue;
      const kept = conceptWord(w);
      const noun = nounWritten(kept, this.words);
      if (noun === undefined) continue;
      adjectivesAndNouns.add(kept);
      adjectivesAndNouns.add(conceptWord(noun));
    }
    // What those, and the words of a Porter family of two identities or more, are written beside.
    for (const runs of phrasesOfWords) {
      for (let k = 0; k < runs.length; k++) {
        if (isShortFormWord(runs[k]!)) continue;
        const w = runs[k]!.toLowerCase();
        const kept = conceptWord(w);
        const family = porterFamily(w);
        if ((family === undefined || this.families.get(family)!.size < 2) && !adjectivesAndNouns.has(kept)) continue;
        let beside = this.neighbours.get(kept);
        if (beside === undefined) this.neighbours.set(kept, (beside = new Set()));
        if (k > 0) beside.add(`<${wordIdentity(runs[k - 1]!)}`);
        if (k + 1 < runs.length) beside.add(`>${wordIdentity(runs[k + 1]!)}`);
      }
    }
  }

  /**
   * The identity of a word that folds by inflection alone (`porterFamily`): the identities of its Porter family
   * that the phrases write after one same word ("self-assemble" and "self-assembly"), and any written so with
   * those, meet in the shortest of them; another keeps its own ("fabric" is no "fabricated", nor "valid models"
   * "validated models").
   */
  family(porterStem: string, kept: string): string {
    let readings = this.familyReadings.get(porterStem);
    if (readings === undefined) {
      readings = new Map();
      const members = [...(this.families.get(porterStem) ?? [])].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
      for (const first of members) {
        if (readings.has(first)) continue;
        readings.set(first, first);
        const group = [first];
        for (let g = 0; g < group.length; g++) {
          for (const other of members) {
            if (readings.has(other) || !this.writtenAlike(group[g]!, other, true)) continue;
            readings.set(other, first);
            group.push(other);
          }
        }
      }
      this.familyReadings.set(porterStem, readings);
    }
    return readings.get(kept) ?? kept;
  }

  /**
   * Whether the phrases write the two words (as `conceptWord` keeps them) beside one same word, on one same
   * side; or, `afterOnly`, after one same word ("self-assembly" and "self-assembles": a shared head after
   * them, "valid models" and "validated models", says less).
   */
  writtenAlike(a: string, b: string, afterOnly = false): boolean {
    const besideA = this.neighbours.get(a);
    const besideB = this.neighbours.get(b);
    if (besideA === undefined || besideB === undefined) return false;
    for (const n of besideA) if (besideB.has(n) && (!afterOnly || n.startsWith('<'))) return true;
    return false;
  }

  has(word: string): boolean {
    return this.words.has(stripAccents(word));
  }

  /** The noun an -al or -ic adjective (as `conceptWord` keeps it) is made from, if the phrases have it (`nounOfAdjective`). */
  nounOf(kept: string): string | undefined {
    return nounWritten(kept, this.words);
  }

  /** The -ion or -ment noun of the phrases whose Porter stem this is, if there is exactly one. */
  actNoun(porterStem: string): string | undefined {
    return this.actNouns.get(porterStem) ?? undefined;
  }
}

/**
 * The noun an -al or -ic adjective (as `computeConceptWord` keeps it) is made from, when the collection's
 * noun phrases have that noun as the adjective without its ending ("behavior" for "behavioral",
 * "computation" for "computational", "robot" for "robotic") and write the two beside one same word
 * (`PhraseWords.writtenAlike`: "behavioral cloning" and "behavior cloning"). What is left must be long enough
 * for Porter to take the ending for a suffix (measure above 1), so "signal", "formal" and "normal" are not
 * "sign", "form" and "norm"; and "general" is not "generation", for no phrase has "gener". A noun the phrases
 * have is not enough: "organic" is no "organ", "digital" no "digit", "personal" no "person", "periodic" no
 * "period", "marginal" no "margin", "systemic" no "system" (review 44: the Inspec and SemEval test libraries
 * read each of these as its noun, "periodic motions" making a paper's tag Period). The -al adjective of an -ion or -ment noun is written beside what
 * the noun is (`PhraseWords`), so it meets the noun wherever both are written beside something, as before.
 */
const ADJECTIVE_OF_NOUN = /^(.+)(al|ic)$/;

function nounOfAdjective(kept: string, written: PhraseWords): string | undefined {
  const noun = written.nounOf(kept);
  return noun !== undefined && written.writtenAlike(kept, conceptWord(noun)) ? noun : undefined;
}

/** The noun of an -al or -ic adjective among a collection's phrase words, before the test of how they are written. */
function nounWritten(kept: string, words: ReadonlySet<string>): string | undefined {
  const noun = ADJECTIVE_OF_NOUN.exec(kept)?.[1];
  if (noun === undefined || !MEASURE_GT1.test(noun)) return undefined;
  return words.has(noun) || words.has(`${noun}s`) ? noun : undefined;
}

/**
 * The -ic word an -ical adjective (as `computeConceptWord` keeps it) meets: where the collection's phrases
 * write the two beside one same word (`PhraseWords.writtenAlike`: "analytical model" and "analytic model",
 * "dynamical systems" and "dynamic systems"). The -ic word may be a noun of another meaning ("critic" beside
 * "critical", "mechanic" beside "mechanical", "topic" beside "topical", "statistics" beside "statistical"), and
 * no dictionary the project has tells the two apart.
 */
function icOfIcal(kept: string, written: PhraseWords): string | undefined {
  const ic = kept.slice(0, -2);
  return written.writtenAlike(kept, ic) ? ic : undefined;
}

/**
 * The act noun a gerund (as `computeConceptWord` keeps it) meets: the one -ion or -ment noun of the
 * collection's phrases with its Porter stem, when that noun is not the verb itself ("positioning" is no
 * "position", "conditioning" no "condition"), and when the phrases write the two beside one same word
 * (`PhraseWords.writtenAlike`: "parallel computing" and "parallel computation", "operating budgets" and
 * "operational budgets"). A shared stem alone is no sign of one word: "edition" is no act of "editing"
 * (review 43 finding 2: "classroom edition" was the concept Editing), nor "formation" of "formatting",
 * "government" of "governing" or "population" of "populating", and no dictionary the project has tells an
 * act noun from such a lexeme of its own (wink-nlp's lemmas fold inflections only).
 */
function actNounOfGerund(word: string, kept: string, written: PhraseWords): string | undefined {
  if (!kept.endsWith('ing') || gerund(word) === undefined) return undefined;
  const noun = written.actNoun(stem(word));
  if (noun === undefined || noun === kept.slice(0, -3)) return undefined;
  return written.writtenAlike(kept, noun) ? noun : undefined;
}

/**
 * A classical plural (Latin or Greek) and the singulars it may have, by ending: "criteria" (criterion),
 * "spectra" (spectrum), "matrices" (matrix), "vertices" (vertex), "analyses" (analysis), "stimuli"
 * (stimulus), "schemata" (schema). The English "-e" singular a "-ses" plural may also have ("bases",
 * "ellipses") is the `english` one. Only a stem of three letters or more: "la", "bi" are no plurals. (ASCII
 * letters: these endings are English spellings of Latin and Greek, and a `\p{L}` class would be rebuilt by tsx.)
 */
const CLASSICAL_PLURALS: readonly { plural: RegExp; singulars: readonly string[]; english?: string }[] = [
  { plural: /^([a-z]{3,}?)ata$/, singulars: ['a'] },
  { plural: /^([a-z]{3,}[^a])a$/, singulars: ['on', 'um'] },
  { plural: /^([a-z]{3,})ices$/, singulars: ['ix', 'ex'] },
  { plural: /^([a-z]{3,}s)es$/, singulars: ['is'], english: 'e' },
  { plural: /^([a-z]{3,})i$/, singulars: ['us'] },
];
/** Plurals English reads as mass nouns of their own: "data" is no "datum", "social media" no "medium". */
const MASS_NOUNS = new Set(['data', 'media']);

/**
 * The singular of a classical plural, when the collection's phrases write exactly one singular it may
 * have and not an English one. (wink-nlp's lemmas give these, but only for words tagged in context, and
 * they also make "data" "datum", "media" "medium" and "axes" "ax"; an identity reads single words, also in
 * the related-paper mentions, where no tagger runs. A head noun's key takes wink's lemma when it is no
 * longer than the word, so "matrices" heads are "matrix" already, and the collection writes that.) An element's
 * name is no such singular: it is a mass noun, and chemistry names the element's oxide by its stem with "-a"
 * ("silica" of silicon, "alumina" of aluminum, "zirconia", "titania", "magnesia"), another substance (probe 56:
 * "silica" was an alias of Silicon, "aluminum" of Alumina).
 */
function classicalSingular(word: string, written: PhraseWords): string | undefined {
  if (MASS_NOUNS.has(word)) return undefined;
  for (const { plural, singulars, english } of CLASSICAL_PLURALS) {
    const m = plural.exec(word);
    if (!m) continue;
    const found = singulars.map((end) => m[1]! + end).filter((s) => written.has(s) && !isElementName(s));
    if (found.length === 1 && !(english !== undefined && written.has(m[1]! + english))) return found[0];
  }
  return undefined;
}

/**
 * British spellings and the American ones, by ending: "analyse" (analyze), "vapour" (vapor), "centre" and
 * "fibre" (center, fiber), "catalogue" (catalog), "defence" (defense). `root` is what the two share, at least
 * three letters (so "tour", "four" and "hour" are no "-our" words); `american` gives the American ending for
 * the British one, and `family` the American endings any of whose words, written by the collection, makes the
 * British word that word's. (ASCII letters: English spellings.) "-ise" and "-isation" ("optimisation") are
 * not among them: measured on Inspec dev (scripts/tune-tags.ts), joining them to "-ize" lowered the tag F1 at
 * every size, the joined concept taking the place of a longer singleton ("integrated optimization model").
 */
const BRITISH_SPELLINGS: readonly { british: RegExp; american: (ending: string) => string; family: readonly string[] }[] = [
  // (Not "-yses": "analyses" is more often the plural of "analysis" than a verb.)
  { british: /^([a-z]{2,}l)ys(e|ed|ing|er|ers)$/, american: (e) => `yz${e}`, family: ['yze', 'yzes', 'yzed', 'yzing'] },
  { british: /^([a-z]{3,})our(|s|ed|ing|ful|able|ite|ites|less)$/, american: (e) => `or${e}`, family: ['or', 'ors'] },
  { british: /^([a-z]{2,}[tb])re(|s)$/, american: (e) => `er${e}`, family: ['er', 'ers'] },
  { british: /^([a-z]{3,})ogue(|s)$/, american: (e) => `og${e}`, family: ['og', 'ogs'] },
  { british: /^([a-z]{3,})ence(|s)$/, american: (e) => `ense${e}`, family: ['ense', 'enses'] },
];

/**
 * The American spelling of a British word ("vapour" → "vapor"), when the collection's phrases write that
 * word in its American spelling: "chemical vapour deposition" and "chemical vapor deposition", "asymptotic
 * behaviour" and "asymptotic behavior" are one concept (review 18 M3, M7: the British paper linked to neither). Only where the phrases write it: "contour", "detour" and "licence" stay
 * themselves in a collection that never writes "contor", "detor" or "license", and no table of words is needed.
 */
function americanSpelling(word: string, written: PhraseWords): string | undefined {
  for (const { british, american, family } of BRITISH_SPELLINGS) {
    const m = british.exec(word);
    if (!m) continue;
    const root = m[1]!;
    return family.some((ending) => written.has(root + ending)) ? root + american(m[2]!) : undefined;
  }
  return undefined;
}

const conceptWordCache = new Map<string, string>();
/**
 * A word as a concept's identity reads it: the Porter stem (`stem`), unless its ending makes it a word
 * of another kind than the stem's (`QUALITY`, `ADJECTIVE`, `ACT_NOUN`, `IZE`, `AGENT`, a gerund); that
 * word keeps its ending and only its inflection is folded (`inflectionStem`): "transition" is not
 * "transit", "iteration" not "iterator", "contentment" not "content", "encoder" not "encoding", "mining"
 * not "mines". Given the words of the collection's noun phrases, an -al or -ic adjective reads as its
 * noun when they have the noun (`nounOfAdjective`): "behavioral cloning" is "behavior cloning", "robotic
 * manipulation" "robot manipulation"; an -ical adjective reads as its -ic word where they write the two
 * alike (`icOfIcal`: "dynamical systems" is "dynamic systems"); a gerund reads as its verb's -ion or -ment noun when they have it
 * (`actNounOfGerund`): "parallel computing" is "parallel computation" (an -ed participle is an adjective
 * and stays itself: "integrated architecture" is no "integration architecture"); and a classical plural
 * reads as the singular they write (`classicalSingular`): "criteria" is "criterion". Memoised like
 * `stem`; the word comes lowercase.
 */
export function conceptWord(word: string, written?: PhraseWords): string {
  let s = conceptWordCache.get(word);
  if (s === undefined) {
    s = computeConceptWord(word);
    if (conceptWordCache.size < 200_000) conceptWordCache.set(word, s);
  }
  if (!written) return s;
  const american = americanSpelling(word, written);
  if (american !== undefined) return conceptWord(american, written);
  const singular = classicalSingular(word, written);
  if (singular !== undefined) return conceptWord(singular, written);
  // An adjective takes no inflection: "intervals" and "robotics" are nouns.
  if (ADJECTIVE_OF_NOUN.test(word)) {
    if (ICAL.test(s)) {
      const ic = icOfIcal(s, written);
      return ic === undefined ? s : conceptWord(ic, written);
    }
    const noun = nounOfAdjective(s, written);
    return noun === undefined ? s : conceptWord(noun, written);
  }
  const family = porterFamily(word);
  if (family !== undefined) return written.family(family, s);
  return actNounOfGerund(word, s, written) ?? s;
}

/**
 * How one written word (a run of letters and digits) is matched in a concept's identity: a short form in
 * upper case less its plural "s" ("GANs" → "GAN", "SoTA" → "SOTA"), any other word lowercased and read by
 * `conceptWord` (given the collection's phrase words, if any). Super- and subscript characters read as
 * the plain ones, so "CO₂" (as Unicode or as TeX's "CO$_2$", concepts/non-prose.ts) is "CO2". Memoised: the
 * mentions read every word of every abstract, and the few thousand distinct ones each took a short-form test,
 * a lowercasing and five regular expressions (`classicalSingular`) per occurrence.
 */
export const wordIdentity = memoisedByPhraseWords(computeWordIdentity);

function computeWordIdentity(word: string, written: PhraseWords | undefined): string {
  const plain = SCRIPT_CHARACTER.test(word) ? word.replace(SCRIPT_CHARACTERS, (c) => c.normalize('NFKC')) : word;
  return shortFormKey(plain) ?? conceptWord(plain.toLowerCase(), written);
}

/** Unicode's super- and subscript letters and digits (NFKC reads each as its plain character). */
const SCRIPT_CHARACTER = /[\u00b2\u00b3\u00b9\u1d2c-\u1d6a\u1d9b-\u1dbf\u2070-\u209c\u2c7c]/u;
const SCRIPT_CHARACTERS = new RegExp(SCRIPT_CHARACTER.source, 'gu');

/**
 * One written word as the Porter stemmer alone folds it (short forms as in `wordIdentity`): looser than
 * a concept's identity, for matching that wants words of one family to meet ("scalable" and
 * "scalability", "retrieve" and "retrieval").
 */
export function wordStem(word: string): string {
  return shortFormKey(word) ?? stem(word.toLowerCase());
}

/**
 * The identity of a concept: split at anything not a letter or digit, each word as `wordIdentity` reads it.
 * "World Models", "world-model" and "world modelling" are one concept; so are "LLMs" and "LLM"; "GAs"
 * and "gases" are not; nor are "program correctness" and "program corrections". A collection's steps pass
 * the words of its noun phrases, so its -al and -ic adjectives meet their nouns ("behavioral cloning" =
 * "behavior cloning"). (The keyphrase evaluation compares phrases with the full Porter stemmer, as the
 * literature does, less the case: its gold phrases are all lowercase.)
 */
export const identity = memoisedByPhraseWords(computeIdentity);

/**
 * `compute` remembered per collection's phrase words (and once for none), up to 500,000 texts each: a text's
 * reading depends on nothing else.
 */
function memoisedByPhraseWords(compute: (text: string, written: PhraseWords | undefined) => string): (text: string, written?: PhraseWords) => string {
  const alone = new Map<string, string>();
  const byWords = new WeakMap<PhraseWords, Map<string, string>>();
  return (text, written) => {
    let cache = alone;
    if (written) {
      cache = byWords.get(written)!;
      if (cache === undefined) byWords.set(written, (cache = new Map()));
    }
    let read = cache.get(text);
    if (read === undefined) {
      read = compute(text, written);
      if (cache.size < 500_000) cache.set(text, read);
    }
    return read;
  };
}

function computeIdentity(phrase: string, written: PhraseWords | undefined): string {
  return identityWords(phrase, written).join(' ');
}

/**
 * A text's words as a concept's identity reads them (`identity` is these joined): where a run of them is
 * a concept's identity, the text names that concept as the concept stage would read it.
 */
export function identityWords(text: string, written?: PhraseWords): string[] {
  return wordRuns(text).map((t) => wordIdentity(t, written));
}

/** A text's words as written, split where an identity splits them (`identityWords`). */
export function wordRuns(text: string): string[] {
  return runsText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/** The text `wordRuns` splits. */
function runsText(text: string): string {
  return (
    joinShortFormCompounds(spellNameSymbols(spellGreekSymbols(text)))
      // "Hodgkin's lymphoma" and "Hodgkin lymphoma", "Alzheimer's disease" and "Alzheimer disease": one
      // term, written with and without the possessive (an eponym's 's is all the concept stage joins).
      .replace(POSSESSIVE_S, '')
  );
}

/**
 * `wordRuns`, and for each word whether one hyphen alone joins it to the word before ("shot" of "few-shot",
 * "European" of "Indo-European"): the words of a hyphenated compound after its first.
 */
export function wordRunsWithJoins(text: string): { runs: string[]; joined: boolean[] } {
  const runs: string[] = [];
  const joined: boolean[] = [];
  const prepared = runsText(text);
  let end = -1;
  for (const m of prepared.matchAll(WORD_RUN)) {
    runs.push(m[0]);
    joined.push(end >= 0 && m.index === end + 1 && COMPOUND_HYPHEN.test(prepared[end]!));
    end = m.index + m[0].length;
  }
  return { runs, joined };
}
const COMPOUND_HYPHEN = /^[-\u2010\u2011]$/;

const GREEK_SCRIPT = /[\p{Script=Greek}\u00b5]/u;
const POSSESSIVE_S = /(?<=\p{L})['’]s(?![\p{L}\p{N}])/gu;

/**
 * A lone Greek letter as the word of its name (`spellLoneGreek`, the reading slugs and duplicate detection
 * share): "TNF-α", "TNF-alpha" and "TNF alpha", "interleukin-1β" and "interleukin-1 beta" are one concept, as
 * TeX's "TNF-$\alpha$" already is once its "$" and "\" separate words. A word of Greek keeps its letters. A
 * name glued to its symbol is a word of its own too (`spellGluedGreekNames`): "IL-1beta" is "IL-1β", "NF-kappaB"
 * "NF-κB".
 */
function spellGreekSymbols(text: string): string {
  return spellGluedGreekNames(GREEK_SCRIPT.test(text) ? spellLoneGreek(text) : text);
}

/**
 * A word lowercase, less a plural ending: Porter's steps 1a and 1c ("policies" and "policy" give
 * "polici"), without the -ed and -ing step, so "advanced" stays apart from "advance".
 */
export function pluralAside(word: string): string {
  let r = word.toLowerCase();
  if (r.length < 3) return r;
  if (/^.+?(ss|i)es$/.test(r)) r = r.slice(0, -2);
  else if (/^.+?[^s]s$/.test(r)) r = r.slice(0, -1);
  const m = /^(.+?)y$/.exec(r);
  return m && VOWEL_IN_STEM.test(m[1]!) ? `${m[1]!}i` : r;
}

/**
 * URL-safe slug: ASCII letters and digits joined by hyphens; an apostrophe joins ("Crohn's disease" →
 * crohns-disease), and a Greek letter is spelled out as a word, as paper slugs spell it ("ΛCDM" → lambda-cdm,
 * "TNF-α" → tnf-alpha, "µ-opioid receptor" → mu-opioid-receptor, not "cdm" or "opioid-receptor"), a letter of
 * a run too ("γδ T cells" → gamma-delta-t-cells), so no concept's id loses its Greek.
 */
export function slugify(text: string): string {
  return spellGreekLetters(stripAccents(spellNameSymbols(text)))
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
