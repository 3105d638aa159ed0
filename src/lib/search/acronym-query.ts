import { searchFold } from './search-fold';
import { indexHolds, type SearchAnswer, type WordSearch } from './whole-words';

/**
 * A short acronym ending in S typed in lower case. The index holds "ECS", "IFS" and "ANSYS" with a hidden
 * second S (./search-fold.ts PLURAL_GUARD), as the words `ecss`, `ifss` and `ansyss`, so that the stemmer keeps
 * their S; a query typed in capitals is folded the same way and meets them. Typed in lower case, the word is
 * no acronym to the fold, and the stemmer reads it as a plural: "ecs" is searched as `ec` (which also starts
 * "economic"), "ifs" as `if` (the papers writing "if"), "ansys" as `ansi` (Snowball's y → i), which starts
 * no indexed word at all, so the paper writing ANSYS was not found.
 *
 * So a lowercase word of 2–6 letters ending in an s the stemmer takes off is also looked up as the acronym
 * (`acronymQuery`): one search of that word alone in quotes, exactly, with no fallback to shorter words and
 * no page loaded. Its index chunk is nearly always one the query's own search has loaded already (the
 * stem it searched, "ec", starts `ecss`). Only where the index holds the acronym is the query searched
 * with the word in capitals; a plural such as "cats" (no `catss` in the index) is searched as before. The
 * acronym's pages come first where the word as typed is no word of the index (`AcronymReading.leads`).
 */

/** 2–6 letters ending in a lowercase s, in lower case or with a capital first letter ("ecs", "Ansys"). */
const CANDIDATE = /^[A-Za-z][a-z]{0,4}s$/;
const VOWELS = 'aeiouy';

/**
 * Whether the English (Porter2) stemmer changes a lowercase word ending in s, as its step 1a does: "ies"
 * is cut to "i" or "ie", and a final s goes when a vowel comes before the letter before it ("ecs" → `ec`,
 * "ansys" → `ansy`, later `ansi`), but not after "ss" or "us", nor where the only vowel is just before it
 * ("gas") or there is none ("gps"): those words are searched as typed, and as typed they start the guarded
 * word (`gps` starts `gpss`), so they need no lookup. A "y" is a vowel unless it starts the word or follows
 * a vowel, as the stemmer reads it.
 */
export function stemmerTakesS(word: string): boolean {
  if (!word.endsWith('s') || word.endsWith('ss') || word.endsWith('us')) return false;
  if (word.endsWith('ies')) return true;
  const before = word.slice(0, -2);
  let previousVowel = false;
  for (let i = 0; i < before.length; i++) {
    const letter = before[i]!;
    const vowel: boolean = letter === 'y' ? i > 0 && !previousVowel : VOWELS.includes(letter);
    if (vowel) return true;
    previousVowel = vowel;
  }
  return false;
}

/** The query's words that may be a lowercase acronym the stemmer would take the S of. None in a quoted query. */
export function acronymCandidates(term: string): string[] {
  if (term.includes('"')) return [];
  return [...new Set(term.split(/\s+/).filter((w) => CANDIDATE.test(w) && stemmerTakesS(w.toLowerCase())))];
}

/** A word written as the acronym, in capitals, spelled as the index spells it (`ecs` → "ECS" with its guard). */
export function asAcronym(word: string): string {
  return searchFold(word.toUpperCase());
}

/** How a query with a lowercase acronym in it is searched: `acronymQuery`. */
export interface AcronymReading {
  /** The query with each such word written as the acronym. */
  term: string;
  /**
   * Whether the acronym's pages go before those the query as typed finds: so when no word it replaced is a
   * word of the index as typed. "pacs" is no indexed word (its stem `pac` only starts "paced" and `pacss`), so
   * the typed query found "Self-Paced …" by a longer word and, scored on that, above the paper writing PACS.
   * "models" is a word of the index ("model"): a paper titled in capitals, "MODELS", holds `modelss` as an
   * acronym, and the pages of both are ranked together by score, as for any query and its variant.
   */
  leads: boolean;
}

/**
 * `term` with each of its lowercase acronym candidates the index holds as an acronym (a search of it alone,
 * in quotes, finds a page) written as that acronym, and whether its pages lead; undefined when there is none.
 * One search per candidate, none for most queries, and one more per acronym held (the word as typed, in
 * quotes); no page loaded.
 */
export async function acronymQuery<S extends SearchAnswer>(run: WordSearch<S>, term: string): Promise<AcronymReading | undefined> {
  const candidates = acronymCandidates(term);
  if (candidates.length === 0) return undefined;
  const held = await Promise.all(candidates.map((w) => indexHolds(run, asAcronym(w))));
  const acronyms = new Map(candidates.filter((_, i) => held[i]).map((w) => [w, asAcronym(w)] as const));
  if (acronyms.size === 0) return undefined;
  const typedHeld = await Promise.all([...acronyms.keys()].map((w) => indexHolds(run, w)));
  return {
    term: term
      .split(/(\s+)/)
      .map((part) => acronyms.get(part) ?? part)
      .join(''),
    leads: !typedHeld.some(Boolean),
  };
}
