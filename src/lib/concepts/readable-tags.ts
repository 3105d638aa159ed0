/**
 * Whether a phrase reads as a tag a person would write: its length, its edges, no clause punctuation, no verb
 * and its object, no subject before its verb, no symbol's name, no word every paper uses.
 */
import type { Background } from './background';
import { stem } from './normalise';
import { GREEK_NAMES } from '../normalise/greek';
import { ACRONYM_PLURAL, HAS_LETTER } from './word-shape';

/** Tags are short: a long phrase is a description, and its nested phrases are candidates too. */
export const MAX_TAG_WORDS = 4;

/** A single word must be rarer than this in background scientific text to be a tag ("chess", not "cost"). */
const MAX_SINGLE_WORD_SHARE = 0.03;

/** Greek letter names, roman numerals and bibliographic abbreviations ("see ibid., vol. 11, no. 5"). */
const SYMBOL_WORDS = new RegExp(`^(${GREEK_NAMES.join('|')}|i{1,3}|iv|vi{0,3}|ix|xi{1,3}|vol|pp|no|ch|ibid|cf|etc)$`, 'i');

/** Function words that never open or close a label (a long form may open on one its short form spells: `readableLongForm`). */
const EDGE_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'for', 'to', 'and', 'or', 'with', 'by', 'from', 'as', 'via']);

const ING_WORD = /^\p{L}+ing$/u;
/** A phrase opened by a lowercase -ing word ("sliding mode control"). */
export const LOWER_ING = /^\p{Ll}+ing\s/u;
const TWO_LETTERS = /\p{L}{2}/u;
/** "X-ray", "k-means", "p-adic", "B-spline": a letter joined by a hyphen to a word of letters. */
const LETTER_COMPOUND = /^\p{L}[-‐‑]\p{L}{2,}(?:[-‐‑]\p{L}+)*$/u;
/** "answers", "methods": a lowercase plural (not "class"). */
const LOWER_PLURAL = /^\p{Ll}+[^s]s$/u;
/**
 * Words that end so but are no plurals: adjectives in -ous ("continuous integration", "autonomous driving",
 * "heterogeneous graphs") and singular nouns in -is, -us, -as, -os, -ics ("analysis pipeline", "bias correction",
 * "virus detection", "chaos theory", "physics engine"). Read as plural subjects, such phrases were never tags
 * where the word was written in lowercase (review 14 N6: "continuous integration").
 */
const NOT_PLURAL = /(?:ous|is|us|as|os|ics)$/u;

/**
 * "Marbury v. Madison", "Katz v. United States": the stop of "v." between two capitalised names is that of a case
 * name (the law's "versus"), no sentence's end; such a name was a paper's best phrase and never its tag (review 17 M5).
 */
const CASE_NAME_VERSUS = /(?<=\p{Lu}[\p{L}'’-]*) v\. (?=\p{Lu})/gu;

/**
 * A label shows as written: at most four words, no clause punctuation, no stray full stop ("Number field K.").
 * `ingModifier`: a first -ing word is known to modify the rest, not to take it as its object.
 */
export function readableLabel(label: string, ingModifier = false): boolean {
  const words = label.split(/\s+/);
  if (words.length > MAX_TAG_WORDS || /[()[\]{},;:!?"]|\.(\s|$)/.test(label.replace(CASE_NAME_VERSUS, ' v '))) return false;
  if (EDGE_WORDS.has(words[0]!.toLowerCase()) || EDGE_WORDS.has(words[words.length - 1]!.toLowerCase())) return false;
  // "Enhancing large language models": a verb and its object.
  return ingModifier || !(words.length >= 3 && ING_WORD.test(words[0]!));
}

/**
 * A long form that a paper abbreviates may open with a function word the short form spells: "a posteriori
 * (AP)", "In Situ Adaptive Tabulation (ISAT)". That word is then part of the name, not the loose edge of a
 * fragment ("of the model"), and the long form is the label, not the letters.
 */
export function readableLongForm(label: string, shortForm: string): boolean {
  const words = label.split(/\s+/);
  const first = words[0]!.toLowerCase();
  return (
    words.length > 1 &&
    words.length <= MAX_TAG_WORDS &&
    EDGE_WORDS.has(first) &&
    first[0] === shortForm[0]!.toLowerCase() &&
    readableLabel(words.slice(1).join(' '))
  );
}

function first<T>(items: Iterable<T>): T | undefined {
  for (const item of items) return item;
  return undefined;
}

export function acceptableTag(key: string, surfaces: Iterable<string>, bg: Background, ingModifier = false): boolean {
  const words = key.split(' ');
  // "LLMs answer questions": a plural inside a phrase is almost always a subject before its verb.
  for (const surface of surfaces) {
    const parts = surface.split(' ');
    if (parts.slice(0, -1).some((w) => ACRONYM_PLURAL.test(w) || (LOWER_PLURAL.test(w) && !NOT_PLURAL.test(w)))) return false;
    break;
  }
  // A phrase may not open on a letter alone ("x axis" of a plot, "a" of a list), but a letter joined to the
  // next word by a hyphen is one word with it: "X-ray diffraction", "k-means clustering", "p-adic Hodge theory"
  // (the key splits them at the hyphen; they were never tags).
  const opening = (first(surfaces) ?? '').split(/\s+/)[0]!;
  if (words.length > MAX_TAG_WORDS || !(TWO_LETTERS.test(words[0]!) || LETTER_COMPOUND.test(opening)) || !HAS_LETTER.test(words[words.length - 1]!)) return false;
  for (const surface of surfaces) if (!readableLabel(surface, ingModifier)) return false;
  // "Enhancing large language models", "drawing domain knowledge": a verb and its object. The object
  // is a candidate of its own.
  if (!ingModifier && words.length >= 3 && ING_WORD.test(words[0]!)) return false;
  // "Omega", "II", "Vol": a symbol's name, a list number or a citation word is no topic.
  if (words.length === 1 && SYMBOL_WORDS.test(key)) return false;
  if (words.length === 1 && bg.docs > 0) {
    const share = key.split(/[^\p{L}\p{N}]+/u).reduce((m, part) => Math.min(m, part ? bg.word(stem(part)) : Infinity), Infinity) / bg.docs;
    if (share >= MAX_SINGLE_WORD_SHARE) return false;
  }
  return true;
}
