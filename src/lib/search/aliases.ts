import { stemmer } from 'stemmer';
import { possessiveBase } from '../concepts/other-names';
import { holdsShortForm, isShortFormWord } from '../concepts/short-form';
import { maskNonProse } from '../concepts/non-prose';
import { ENGLISH_STOP_WORDS } from '../graph/english-stopwords';
import { PLURAL_GUARD, searchFold } from './search-fold';

/**
 * Query expansion from the concept registry: a search for "RAG" should also find papers that only spell
 * out "retrieval-augmented generation", and the other way round. Pagefind matches words, not concepts,
 * so the client runs one extra search per alternative surface form and merges the results.
 */

/** The alias map the site ships to the browser (`<base>search/aliases.json`). */
export interface AliasMap {
  version: 1;
  /** Each group holds the normalised surface forms of one concept (label, aliases, abbreviation). */
  groups: string[][];
  /** Other spellings of single words, searched like a concept's forms but naming no concept (./german-spellings.ts). */
  spellings?: string[][];
}

export interface ConceptForms {
  label: string;
  aliases: readonly string[];
  abbreviation?: string | undefined;
}

/**
 * Lower-case words only, spelled as search spells them (./search-fold.ts: "ΛCDM" is "lambdacdm"): hyphens
 * and punctuation become spaces, because Pagefind splits words on them too ("retrieval-augmented" is
 * searched as "retrieval augmented").
 */
export function normaliseForm(text: string): string {
  // A name is matched by its letters, and the stemmer's guard on an acronym's S is not one of them.
  return searchFold(text)
    .replaceAll(PLURAL_GUARD, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The query's words without its punctuation, for a second try when the query as typed finds nothing;
 * undefined when that is the query already, or nothing is left. Pagefind reads some punctuation as syntax
 * or as part of a word: `<script>` and `"script"` found nothing where `script` found papers. A hyphen
 * between two words (letters, digits) stays: the index holds a hyphenated word whole, and one it does not hold is not searched
 * as its parts, which found any page with "difference" and "in" for "difference-in-differences" (review 15 M4).
 */
const JOINING_HYPHEN = /\b-\b/;

export function wordsOnlyQuery(query: string): string | undefined {
  const words = query.split(JOINING_HYPHEN).map(normaliseForm).join('-');
  return words !== '' && words !== query.trim().toLowerCase() ? words : undefined;
}

/** Forms that stem alike ("action model" / "action models") are one form to Pagefind, which stems too. */
export function stemKey(form: string): string {
  return form
    .split(' ')
    .map((w) => stemmer(w))
    .join(' ');
}

const WORD_RUN = /[\p{L}\p{N}]+/gu;
/** A contraction's tail ("'ve" in "We've"): no word of its own. */
const CONTRACTION_TAIL = /['’]\p{L}+/gu;
/** A word written all in lowercase. */
const LOWERCASE_WORD = /(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])/gu;
/** TeX commands (`\spc`), inline code, and host, mail and file names without a scheme ("lfvoid-rl.github.io", "train.py"). */
const NOT_RUNNING_TEXT = [/\\[A-Za-z]+/g, /`[^`\n]*`/g, /(?<!\S)\S*[\p{L}\p{N}]\.[\p{L}\p{N}]{2,}\S*/gu];

/**
 * In how many papers a lowercase word must be written for a short form that spells it to stay out of the
 * aliases. Measured on 1,619 papers (the 119 bundled ones and 1,500 Inspec abstracts): the short forms
 * a reader means (RL, AI, ANN, IOI) are written in lowercase in one paper at most ("meta-rl", "o1-ioi",
 * "aᵢ"), the ordinary words they would take over in two or more ("rms" 2, "ms" 3, "cm" 9, "gas" 10,
 * "local" 70, "it" 564, "is" 1,213).
 */
export const ORDINARY_WORD_MIN_PAPERS = 2;

/** The lowercase words a paper writes in running text: not in URLs, math, markup, TeX commands or code. */
function lowercaseWords(text: string): Set<string> {
  let prose = maskNonProse(text.normalize('NFKC'));
  for (const pattern of NOT_RUNNING_TEXT) prose = prose.replace(pattern, ' ');
  return new Set(prose.replace(CONTRACTION_TAIL, '').match(LOWERCASE_WORD));
}

/**
 * Stems of the ordinary words the papers write, for `buildAliasMap`: Pagefind folds case and stems, so a
 * short form that lowercases to one of them would search it ("SPaCE" every "space", "GA" every "gas").
 * Takes one text per paper (title and abstract). A word is ordinary when it is an English function word,
 * or is written in lowercase in running text by `ORDINARY_WORD_MIN_PAPERS` papers: one URL, macro or
 * model name ("lfvoid-rl.github.io", "\\spc", "o1-ioi"), a name ("Ann") or "We've" no longer makes a
 * reader's "RL", "SPC", "IOI", "ANN" or "VE" a word.
 */
export function ordinaryWordStems(papers: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const word of ENGLISH_STOP_WORDS) out.add(stemmer(word));
  // Each distinct word stemmed once: 10,000 abstracts hold two million words but a few tens of thousands
  // of distinct ones, and stemming every occurrence took the site build 2 s. A word leads to its stem's
  // count, shared by the words of that stem, which counts a paper once however many of them it writes
  // (one look-up a word, where a set of each paper's stems took the 10,000-paper build 3 s).
  const countOf = new Map<string, StemCount>();
  const byStem = new Map<string, StemCount>();
  let paper = 0;
  for (const text of papers) {
    paper++;
    for (const word of lowercaseWords(text)) {
      let count = countOf.get(word);
      if (count === undefined) {
        const stem = stemmer(word);
        count = byStem.get(stem);
        if (count === undefined) byStem.set(stem, (count = { papers: 0, lastPaper: 0 }));
        countOf.set(word, count);
      }
      if (count.lastPaper !== paper) {
        count.lastPaper = paper;
        count.papers++;
      }
    }
  }
  for (const [stem, count] of byStem) if (count.papers >= ORDINARY_WORD_MIN_PAPERS) out.add(stem);
  return out;
}

interface StemCount {
  /** How many papers write a word of this stem. */
  papers: number;
  /** The last of them (counted from 1). */
  lastPaper: number;
}

/** A form holding a short form (concepts/short-form.ts) that would read, case folded, as a word the papers write ("SPaCE", "IS"). */
function spellsOrdinaryWord(raw: string, ordinary: ReadonlySet<string>): boolean {
  for (const word of raw.normalize('NFKC').match(WORD_RUN) ?? []) if (isShortFormWord(word) && ordinary.has(stemmer(word.toLowerCase()))) return true;
  return false;
}

/**
 * One group per concept that has more than one surface form Pagefind would treat differently (an
 * abbreviation, a spelling, a synonym); forms in the concept's own order, label first. Plurals and other
 * inflections are left out: they would cost an extra search and find nothing new. So is a form with a
 * short form that spells a word the papers write (`ordinary`, from `ordinaryWordStems`): Pagefind cannot
 * tell "SPaCE" (self-paced context evaluation) from "space", or "IS" from "is", and a search for either
 * would bring in the other. So is a form with a short form that names more than one concept: "EU" (a
 * paper's end users, and the European Union papers' own concept), "IS" (information systems and importance
 * sampling), "MR" (magnetic resonance and multiresolution) stand for one or the other paper by paper, and
 * a search for the letters expanded to one long form, and showed it as "also written as" beside the other
 * (review 18 H1). `formOf` is `normaliseForm`, or the site's table of it (./name-forms.ts), which the pages fold the same names with.
 */
export function buildAliasMap(concepts: readonly ConceptForms[], ordinary: ReadonlySet<string>, formOf: (name: string) => string = normaliseForm): AliasMap {
  const groups: string[][] = [];
  const formsOf = (concept: ConceptForms) => [concept.label, concept.abbreviation ?? '', ...concept.aliases];
  /** Short-form keys (`stemKey` of the normalised form) → how many concepts have them. */
  const shortKeyConcepts = new Map<string, number>();
  for (const concept of concepts) {
    const keys = new Set(formsOf(concept).flatMap((raw) => (holdsShortForm(raw) ? [stemKey(formOf(raw))] : [])));
    for (const key of keys) shortKeyConcepts.set(key, (shortKeyConcepts.get(key) ?? 0) + 1);
  }
  for (const concept of concepts) {
    const forms: string[] = [];
    const keys = new Set<string>();
    const names = new Set(formsOf(concept).map((raw) => raw.toLowerCase()));
    for (const raw of formsOf(concept)) {
      if (spellsOrdinaryWord(raw, ordinary)) continue;
      // "DAE's" beside "DAE" is that name, not the words "dae s" (review 18 M3).
      const base = possessiveBase(raw);
      if (base !== undefined && names.has(base.toLowerCase())) continue;
      const form = formOf(raw);
      const key = stemKey(form);
      if (form === '' || keys.has(key)) continue;
      if (holdsShortForm(raw) && (shortKeyConcepts.get(key) ?? 0) > 1) continue;
      keys.add(key);
      forms.push(form);
    }
    if (forms.length > 1) groups.push(forms);
  }
  return { version: 1, groups };
}

/** Parses what the browser fetched; anything unexpected yields an empty map (search still works without it). */
export function readAliasMap(value: unknown): AliasMap {
  // (`Object()` takes null and a number alike, in fewer bytes of the search worker than a test of its type.)
  const { groups, spellings } = Object(value) as { groups?: unknown; spellings?: unknown };
  if (!Array.isArray(groups)) return { version: 1, groups: [] };
  return { version: 1, groups: readGroups(groups), ...(Array.isArray(spellings) ? { spellings: readGroups(spellings) } : {}) };
}

function readGroups(groups: unknown[]): string[][] {
  return groups
    .filter((g): g is unknown[] => Array.isArray(g))
    .map((g) => g.filter((f): f is string => typeof f === 'string' && f !== ''))
    .filter((g) => g.length > 1);
}

/**
 * The same word, or one the other's plural ("tumor", "tumors"): concepts keep a plural label or alias, a
 * query may name either. Stems would go too far: "ragged" is "rag" to a stemmer, not a "RAG" query.
 */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long === `${short}s` || long === `${short}es`;
}

/** Where `needle` starts in `haystack`, word by word, a plural matching its singular. */
function findSpan(haystack: readonly string[], needle: readonly string[]): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (!sameWord(haystack[i + j]!, needle[j]!)) continue outer;
    return i;
  }
  return -1;
}

/**
 * The query itself first, then the query with one matched concept form swapped for each of the concept's
 * other forms. A form matches the query's words in the singular or plural: a concept named "Tumors" with
 * the alias "tumours" expands "tumor necrosis factor" to "tumours necrosis factor".
 * Longer matches win over shorter ones inside them ("reinforcement learning from human feedback" before
 * "reinforcement learning"). A word of the map's `spellings` written the German way ("Schoen") gives the
 * query with the word as the papers write it ("schön"). At most `limit` queries in all.
 */
export function expandQuery(query: string, map: AliasMap, limit = 5): string[] {
  const trimmed = query.trim();
  if (trimmed === '') return [];
  const out = [trimmed];
  const seen = new Set([normaliseForm(trimmed)]);
  const words = normaliseForm(trimmed).split(' ').filter(Boolean);
  if (words.length === 0) return out;

  interface Match { start: number; length: number; group: string[]; form: string }
  const matches: Match[] = [];
  // A spelling pair is searched one way only, from "schoen" to the "schön" the papers write.
  const expandable = [...map.groups.map((group) => ({ group, from: group })), ...(map.spellings ?? []).map((group) => ({ group, from: group.slice(0, 1) }))];
  for (const { group, from } of expandable) {
    for (const form of from) {
      const formWords = form.split(' ');
      const start = findSpan(words, formWords);
      if (start >= 0) matches.push({ start, length: formWords.length, group, form });
    }
  }
  // Longest matches first; a match inside an already-used span adds nothing new.
  matches.sort((a, b) => b.length - a.length || a.start - b.start);
  const used: Array<[number, number]> = [];
  for (const m of matches) {
    if (used.some(([s, e]) => m.start >= s && m.start + m.length <= e && !(m.start === s && m.start + m.length === e))) continue;
    used.push([m.start, m.start + m.length]);
    for (const alternative of m.group) {
      if (alternative === m.form) continue;
      const variant = [...words.slice(0, m.start), alternative, ...words.slice(m.start + m.length)].join(' ');
      if (seen.has(variant)) continue;
      seen.add(variant);
      out.push(variant);
      if (out.length >= limit) return out;
    }
  }
  return out;
}

/**
 * A lookup from any name to all names of its concept (normalised, label first), or `[]` when the map
 * has no other name for it.
 */
export function namesLookup(map: AliasMap): (name: string) => readonly string[] {
  const byForm = new Map<string, string[]>();
  for (const group of map.groups) for (const form of group) if (!byForm.has(form)) byForm.set(form, group);
  return (name) => byForm.get(normaliseForm(name)) ?? [];
}
