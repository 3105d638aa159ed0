/**
 * Two levels of sameness. A candidate's key is its readable normal form: lowercase, hyphens and
 * slashes read as spaces ("self-play" = "self play"), the head noun singular ("world models" =
 * "world model", "LLMs" = "LLM"); slugs are made from it. A concept's identity folds further, through
 * the Porter stemmer, so inflections of any word meet ("world modelling" = "world models"). Short forms
 * keep their case in both (short-form.ts): "SPaCE" is not the word "space", nor "IS" the word "is".
 */
import { stemmer } from 'stemmer';
import type { Word } from './tokenize';
import { stripAccents } from '../normalise/accents';
import { holdsShortForm, isShortFormWord, shortFormKey, shortFormSingular } from './short-form';

const WORD_RUN = /[\p{L}\p{N}]+/gu;

export function wordKey(w: Word, isHead: boolean): string {
  if (holdsShortForm(w.text)) {
    // Short forms as written, the head's in the singular ("GPUs" → "GPU"); the other words lowercase.
    const head = isHead ? shortFormSingular(w.text) : undefined;
    return head ?? w.text.replace(WORD_RUN, (run) => (isShortFormWord(run) ? run : run.toLowerCase()));
  }
  if (isHead && w.cls === 'N') return singular(w.lower, w.lemma);
  return w.lower;
}

/** Singular of a noun, trusting the tagger's lemma only when it is a plausible singular of the word. */
export function singular(lower: string, lemma: string): string {
  // Only plural endings: a noun-tagged "tuning" must not become "tune".
  // "formulae" has a singular; "centre" is one ("center" would be a spelling change, not a singular).
  if (!/(s|i|a|ae)$/.test(lower) || lower.endsWith('ss')) return lower;
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
 * How one written word (a run of letters and digits) is matched: a short form in upper case less its plural
 * "s" ("GANs" → "GAN", "SoTA" → "SOTA"), any other word lowercased and Porter-stemmed.
 */
export function wordIdentity(word: string): string {
  return shortFormKey(word) ?? stem(word.toLowerCase());
}

/**
 * The identity of a concept: split at anything not a letter or digit, each word as `wordIdentity` reads it.
 * "World Models", "world-model" and "world modelling" are one concept; so are "LLMs" and "LLM"; "GAs"
 * and "gases" are not.
 * (The keyphrase evaluation compares phrases so too, less the case: its gold phrases are all lowercase.)
 */
const identityCache = new Map<string, string>();
export function identity(phrase: string): string {
  let id = identityCache.get(phrase);
  if (id === undefined) {
    id = computeIdentity(phrase);
    if (identityCache.size < 500_000) identityCache.set(phrase, id);
  }
  return id;
}

function computeIdentity(phrase: string): string {
  return spellNameSymbols(phrase)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .map(wordIdentity)
    .join(' ');
}

/** URL-safe slug: ASCII letters and digits joined by hyphens. */
export function slugify(text: string): string {
  return stripAccents(spellNameSymbols(text))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
