/**
 * Abbreviation definitions found with the Schwartz–Hearst algorithm (Schwartz & Hearst, "A simple
 * algorithm for identifying abbreviation definitions in biomedical text", PSB 2003): a short form in
 * parentheses after its long form, "large language models (LLMs)", or the reverse,
 * "LLMs (large language models)". The long form is the shortest run of preceding words in which the
 * short form's characters appear in order, the first one at the start of a word.
 */
import { HAS_LETTER, HAS_UPPER } from './word-shape';
import { DISCOURSE_NOUNS } from './candidates';
import { spellLoneGreek } from '../normalise/greek';
import { readFormulaSubscripts } from './non-prose';
import { LATIN_AFTER_A } from './tokenize';

const GREEK_SCRIPT = /\p{Script=Greek}/u;

export interface AbbreviationPair {
  short: string;
  long: string;
  /** The long form is written right after a percentage: "95% confidence interval [CI]" (`shortFormReading`). */
  afterPercentage?: boolean;
}

/** Schwartz–Hearst's `findBestLongForm`: the long form the short form abbreviates, or null. */
export function findBestLongForm(short: string, long: string): string | null {
  let s = short.length - 1;
  let l = long.length - 1;
  while (s >= 0) {
    const c = short[s]!.toLowerCase();
    // A formula's subscripts count atoms: "carbon dioxide (CO₂)" spells no 2.
    if (!isAlnum(c) || SUBSCRIPT_CHARACTER.test(c)) {
      s--;
      continue;
    }
    // The first character of the short form must start a word of the long form.
    while ((l >= 0 && long[l]!.toLowerCase() !== c) || (s === 0 && l > 0 && isAlnum(long[l - 1]!))) l--;
    if (l < 0) return null;
    l--;
    s--;
  }
  const start = long.lastIndexOf(' ', l) + 1;
  return long.slice(start);
}

/** Unicode's subscript digits, signs and letters ("CO₂", "LiₓCoO₂", as TeX's "CO$_2$" is read). */
const SUBSCRIPT_CHARACTER = /[\u2080-\u209c]/u;

/** Words that only point at a name: one that starts a long form took a letter of the short form. */
const ARTICLES = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'our', 'its', 'their']);

/** Function words a long form may hold without a letter in the short form ("Olympiad in Informatics"). */
const SKIPPABLE = new Set(['of', 'in', 'for', 'the', 'and', 'from', 'to', 'with', 'on', 'by', 'a', 'an', 'as', 'at', 'via']);

const STARTS_LETTER = /^\p{L}/u;

/**
 * The long form in which every letter of the short form starts a word or a hyphenated part, read from
 * the end: "Proximal Policy Optimization" for PPO, "Reinforcement Learning from Human Feedback" for
 * RLHF, "Cyber-Physical Systems" for CPS. Null when the initials do not spell the short form.
 */
export function initialsLongForm(short: string, long: string): string | null {
  const letters = short.replace(/s$/, '').toLowerCase().replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return null;
  const ws = words(long);
  let s = letters.length - 1;
  let k = ws.length - 1;
  for (; k >= 0 && s >= 0; k--) {
    const parts = ws[k]!.toLowerCase().split(/[-‐‑–/]/).filter((p) => STARTS_LETTER.test(p));
    if (parts.length === 0) return null;
    // The parts of one word are matched from its last to its first; all or none of them.
    let t = s;
    let p = parts.length - 1;
    while (p >= 0 && t >= 0 && parts[p]![0] === letters[t]) {
      p--;
      t--;
    }
    if (p < 0) s = t;
    else if (parts.length > 1 && parts[parts.length - 1]![0] === letters[s]) s--;
    else if (!SKIPPABLE.has(ws[k]!.toLowerCase())) return null;
  }
  if (s >= 0) return null;
  const first = ws[k + 1]!;
  return SKIPPABLE.has(first.toLowerCase()) ? null : ws.slice(k + 1).join(' ');
}

function isAlnum(c: string): boolean {
  return /[\p{L}\p{N}]/u.test(c);
}

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

/** A plausible short form: 2–10 characters, at most two words, starts alphanumeric, holds a letter. */
export function isShortForm(s: string): boolean {
  if (s.length < 2 || s.length > 10) return false;
  if (words(s).length > 2) return false;
  if (!isAlnum(s[0]!)) return false;
  return HAS_LETTER.test(s);
}

function checkPair(short: string, longCandidate: string): AbbreviationPair | null {
  const shortClean = short.trim();
  if (!isShortForm(shortClean)) return null;
  const maxWords = Math.min(shortClean.length + 5, shortClean.length * 2);
  const lw = words(longCandidate);
  const windowWords = lw.slice(Math.max(0, lw.length - maxWords));
  const window = windowWords.join(' ');
  // "interleukin-1 beta (IL-1β)": a Greek letter of the short form may be spelled out in the long form.
  let long = findBestLongForm(shortClean, window) ?? (GREEK_SCRIPT.test(shortClean) ? findBestLongForm(spellLoneGreek(shortClean).trim(), window) : null);
  if (!long) {
    // "Extensible Markup Language (XML)", "eXtreme Programming (XP)": English abbreviates ex- as X. The
    // words are read without their "e" and the long form is the same words as written.
    if (!/^x/i.test(shortClean)) return null;
    const found = initialsLongForm(shortClean, windowWords.map((w) => w.replace(EX_PREFIX, '$1')).join(' '));
    if (!found) return null;
    long = windowWords.slice(windowWords.length - words(found).length).join(' ');
  }
  // Schwartz–Hearst takes the shortest match, even one that finds letters inside words: "Policy
  // Optimization" for PPO (the second P in "oPtimization"), "Informatics" for IOI. Letters that
  // start words are the stronger evidence.
  let byInitials = initialsLongForm(shortClean, window);
  // "neural network models (NN)", "support vector machine approach (SVM)": a last word for a kind of thing
  // ("models", "method", "approach") that no initial of the short form starts, after words whose initials
  // spell it, is said of the term, not part of it ("global system for mobile communications (GSM)" keeps
  // its last word).
  if (!byInitials && windowWords.length > 2 && kindWord(windowWords[windowWords.length - 1]!)) byInitials = initialsLongForm(shortClean, windowWords.slice(0, -1).join(' '));
  if (byInitials && (words(byInitials).length > words(long).length || !long.endsWith(byInitials))) long = byInitials;
  const longWords = words(long);
  if (long.length <= shortClean.length || longWords.length > maxWords) return null;
  // "The p53 tumour suppressor gene (TP53)": an article never abbreviates, so the letter it lent the short
  // form says the brackets hold another name, not its initials (the concept's id was the-p53-tumour-…).
  // ("A posteriori (AP)": that "a" is Latin, no article.)
  if (ARTICLES.has(longWords[0]!.toLowerCase()) && !(longWords[0]!.toLowerCase() === 'a' && LATIN_AFTER_A.test(longWords[1]?.toLowerCase() ?? ''))) return null;
  if (long.toLowerCase().includes(shortClean.toLowerCase())) return null;
  // A long form is a name: one holding brackets or clause punctuation spans more than a name.
  if (/[()[\]{};:!?"]/.test(long)) return null;
  // "linear, parameter-varying (LPV)": the comma separates two modifiers of one name.
  const pair: AbbreviationPair = { short: shortClean, long: long.replace(/^[^\p{L}\p{N}]+/u, '').replace(/\s*,\s*/g, ' ') };
  if (PERCENTAGE_END.test(lw.slice(0, lw.length - longWords.length).join(' '))) pair.afterPercentage = true;
  return pair;
}

/** Text that ends in a percentage, "95%", "95.02 %". */
const PERCENTAGE_END = /\d\s?%$/u;
/** A word written right after a percentage: "CI" in "(95% CI, 0.75 to 0.93)". */
const AFTER_PERCENTAGE = /\d\s?%\s+([\p{L}][\p{L}\p{N}]*)/gu;

/** The words a text writes right after a percentage ("CI" in "95% CI"), as written. */
export function wordsAfterPercentages(text: string): string[] {
  return [...text.matchAll(AFTER_PERCENTAGE)].map((m) => m[1]!);
}

/** "models", "method", "approach": a noun that says what kind of thing the words before it are (`DISCOURSE_NOUNS`). */
function kindWord(word: string): boolean {
  const lower = word.toLowerCase();
  return DISCOURSE_NOUNS.has(lower) || (lower.endsWith('s') && DISCOURSE_NOUNS.has(lower.slice(0, -1)));
}

/** "Extensible", "eXtreme": a word's opening "e" before an x. */
const EX_PREFIX = /^[Ee]([Xx])/;

/** The long form never reaches back over a sentence end. */
const SENTENCE_END = /[.!?]\s+(?=\S)|[\n\r]+/g;

function sinceSentenceStart(text: string): string {
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) start = m.index + m[0].length;
  return text.slice(start);
}

/** "[12]", "[3-5]", "[11, 12, 37]": a reference number in square brackets, not a definition. */
const REFERENCE_NUMBERS = /^[\p{N}\s,;–-]*$/u;

/**
 * Every abbreviation definition in a text, in order of appearance: in parentheses, "large language models
 * (LLMs)", or in square brackets as NEJM writes them, "95% confidence interval [CI]" (a bracket of
 * reference numbers is a citation).
 */
export function findAbbreviations(written: string): AbbreviationPair[] {
  const text = readFormulaSubscripts(written);
  const found: { at: number; pair: AbbreviationPair }[] = [];
  for (const m of text.matchAll(/\(([^()]*)\)/g)) for (const pair of definitionAt(text, m.index, m[1]!)) found.push({ at: m.index, pair });
  for (const m of text.matchAll(/\[([^[\]]*)\]/g)) {
    if (REFERENCE_NUMBERS.test(m[1]!)) continue;
    for (const pair of definitionAt(text, m.index, m[1]!)) found.push({ at: m.index, pair });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.pair);
}

/** The definition that a bracket at `at` holding `content` gives with the words before it, if any. */
function definitionAt(text: string, at: number, content: string): AbbreviationPair[] {
  let inside = content.trim();
  // "(LLMs; see ...)", "(RAG, for short)": the short form is the part before the separator.
  const sep = inside.search(/[;,]/);
  if (sep >= 0) inside = inside.slice(0, sep).trim();
  if (!inside) return [];
  const before = sinceSentenceStart(text.slice(Math.max(0, at - 300), at)).replace(/[\s,]+$/, '');
  // Lowercase words in parentheses ("(logical)", "(ii)") are glosses and list markers, not short forms.
  if (words(inside).length <= 2 && HAS_UPPER.test(inside)) {
    const pair = checkPair(inside, before);
    if (pair) return [pair];
  }
  // Reverse pattern: "SF (long form)".
  const prev = /(\S+)$/.exec(before);
  if (prev && words(inside).length > 1) {
    const short = prev[1]!.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (isShortForm(short) && HAS_UPPER.test(short)) {
      const pair = checkPair(short, inside);
      if (pair && words(pair.long).length === words(inside).length) return [pair];
    }
  }
  return [];
}

/**
 * The long form more than half of the corpus's definitions of a short form give, or undefined. A plurality
 * or a tie would be decided by input order, and one more paper could then change every other paper's
 * reading: short of a majority, the short form stays itself.
 */
export function majorityLongForm(votes: ReadonlyMap<string, number>): string | undefined {
  let total = 0;
  for (const n of votes.values()) total += n;
  for (const [long, n] of votes) if (n * 2 > total) return long;
  return undefined;
}

/**
 * What a short form means in one paper: the paper's own definition if it gives one ("median partitioning
 * (MP)" is not another paper's "maximum power (MP)"); else, of the long forms the corpus defines for it,
 * the one the paper writes out (the most often defined, the first met on a tie, if it writes several);
 * else the corpus's majority long form (`majorityLongForm`) if the paper writes the short form right after a
 * percentage where a definition writes the long form after one, or if it is about what the papers that
 * define it are about (`inContext`, sense-context.ts) and, for a single definition, also writes a word of
 * the long form (`writesWord`) or shares that sense with another paper that writes the letters undefined
 * (`sharedSense`); else undefined, the short form standing for itself. Letters mean different
 * things in different fields, and neither the number of papers that define a short form nor a word of the
 * long form says which one a paper means: "US" is ultrasound in two imaging papers and the United States in
 * a ballot-box one, "ROI" (region of interest) return on investment in a finance paper that writes
 * "interest", "SPS" (spark plasma sintering) CERN's accelerator in a quark–gluon "plasma" paper, "IBM"
 * (immersed boundary method) the company in a paper that writes "method" (review 18 H1). A single
 * definition is one author's reading of the letters, and a paper that shares no word with its long form
 * gives no sign that it means it ("mu CRL", a process algebra, is no "contextual RL (cRL)"); but letters that
 * several papers of the definer's field write without defining them are that field's name for it, not one
 * author's reading ("QCD" in lattice and collider papers beside one "quantum chromodynamics (QCD)", whose
 * bare "QCD" was a concept page of its own: probe 56). A percentage
 * before both is a sign: trial reports write "95% CI" undefined, and one that defines it writes "95%
 * confidence interval [CI]"; a statistic is named after its level, and the letters after a percentage are
 * that statistic, not a name. The concept stage (corpus-abbreviations.ts `longIn`) reads short forms by this
 * rule, and the related-paper mentions (graph/concept-mentions.ts) call it so that both stages read a paper
 * alike. Short and long forms are keys in whatever normal form the caller counts them in, words joined by spaces;
 * `writesOut` says whether the paper writes a long form (in that form) out, `writesWord` whether it writes a
 * word, `inContext` whether the paper is near a paper that uses the short form as that long form,
 * `afterPercentage` whether it writes the short form after a percentage and a definition writes that long
 * form after one, `sharedSense` whether the sense reaches another paper that writes the short form undefined
 * (`sharedUndefined`).
 */
export function shortFormReading(
  own: string | undefined,
  corpusVotes: ReadonlyMap<string, number> | undefined,
  writesOut: (long: string) => boolean,
  writesWord: (word: string) => boolean,
  inContext: (long: string) => boolean,
  afterPercentage: (long: string) => boolean,
  sharedSense: (long: string) => boolean = () => false,
): string | undefined {
  if (own !== undefined) return own;
  if (corpusVotes === undefined) return undefined;
  let written: string | undefined;
  for (const [long, n] of corpusVotes) if (writesOut(long) && (written === undefined || n > corpusVotes.get(written)!)) written = long;
  if (written !== undefined) return written;
  const long = majorityLongForm(corpusVotes);
  if (long === undefined) return undefined;
  if (afterPercentage(long)) return long;
  if (corpusVotes.get(long)! === 1 && !long.split(' ').some((w) => !SKIPPABLE.has(w) && writesWord(w)) && !sharedSense(long)) return undefined;
  return inContext(long) ? long : undefined;
}

/** Letters a short form needs for a lone definition to reach it through papers that share its reading (`sharedUndefined`). */
const MIN_SHARED_LETTERS = 3;

/**
 * Whether a short form's sense (`using`: the papers `SenseContext.sensePapers` gives, its `definers` and the papers
 * that write its long form among them) holds two papers or more that write the short form (`writesShort`) without
 * defining it, in a collection of `papers` wider than a paper's `neighbours`: in a smaller one every paper is near
 * every other, and nearness tells no field from another. Only a `short` form of three letters or more: two are the
 * initials of too many names for a field's papers to share one reading ("EU", an IT paper's "end user (EU)", is the
 * European Union in trade papers near it). (`using` is asked only then: the sense is a pass over the collection's
 * words.)
 */
export function sharedUndefined(short: string, papers: number, neighbours: number, using: () => ReadonlySet<number>, definers: Iterable<number>, writesShort: (doc: number) => boolean): boolean {
  if (papers - 1 <= neighbours || (short.match(/[\p{L}\p{N}]/gu)?.length ?? 0) < MIN_SHARED_LETTERS) return false;
  const defining = new Set(definers);
  let others = 0;
  for (const doc of using()) if (!defining.has(doc) && writesShort(doc) && ++others >= 2) return true;
  return false;
}
