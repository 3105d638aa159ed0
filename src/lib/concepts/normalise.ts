/**
 * Two levels of sameness. A candidate's key is its readable normal form: lowercase, hyphens and
 * slashes read as spaces ("self-play" = "self play"), the head noun singular ("world models" =
 * "world model", "LLMs" = "LLM"); slugs are made from it. A concept's identity folds further, through
 * the Porter stemmer, so inflections of any word meet ("world modelling" = "world models").
 */
import { stemmer } from 'stemmer';
import type { Word } from './tokenize';
import { stripAccents } from '../normalise/accents';

const ACRONYM_PLURAL = /^([A-Z][A-Z0-9]*[A-Z0-9])s$/;

export function wordKey(w: Word, isHead: boolean): string {
  if (isHead) {
    const m = ACRONYM_PLURAL.exec(w.text);
    if (m) return m[1]!.toLowerCase();
    if (w.cls === 'N') return singular(w.lower, w.lemma);
  }
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
 * The identity of a concept: lowercase, split at anything not a letter or digit, Porter-stemmed.
 * "World Models", "world-model" and "world modelling" are one concept; so are "LLMs" and "LLM".
 * It is also exactly how the keyphrase evaluation compares phrases.
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
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .map(stem)
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
