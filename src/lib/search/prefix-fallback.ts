import { searchFold } from './search-fold';
import { indexHolds, type SearchAnswer, type WordSearch } from './whole-words';

/**
 * Pagefind answers a query word that no indexed word starts with by the longest indexed word the query
 * word starts with, however short (Pagefind PR #315, issue #599 "backtracking not having a cap"; 1.6 has no
 * setting for it). That keeps a half-typed word working where stemming cut the indexed word shorter than
 * what was typed ("reinforcem" finds "reinforc", the stem of "reinforcement"), but it made "zzqxv" find the
 * two papers that write `ZZ`, "RCT" every author initial "R.", and "Haultfoeuille" every "H.".
 *
 * The fallback is all or nothing for each query word: either every match is a word that starts with it, or
 * every match is the same shorter word. So the matched words of one result (its text at the matched
 * locations, and its metadata) tell whether a query word fell back, and the search treats a query word that
 * fell back to much less than itself as a word that is not in the index: no results.
 *
 * Those matched words only suggest a fallback: a word's stem can be far shorter than half of it
 * ("optimization" is "optim", "being" is "be"), and a result that holds only other words of that stem
 * ("optimal") then looks like one. So a suspected word is searched alone in quotes, exactly as its stem
 * (`confirmedFallenBackWords`): a stem the index holds as a word was never fallen back from.
 */

const MARKS = /\p{M}/gu;
const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;

/** A word as Pagefind compares it: search spelling, lower case, no accents, letters and digits only. */
export function comparableWord(word: string): string {
  return searchFold(word).normalize('NFD').replace(MARKS, '').toLowerCase().replace(NOT_LETTER_OR_DIGIT, '');
}

/**
 * How many leading letters of a query word a matched word must share with it. A short word must be there
 * whole: "RCT" is not found by "r". A longer one needs half of itself, and at least three letters: a word
 * found through its stem can share little more than the stem ("happiness" is found by "happy", whose
 * stem "happi" is the query's), while a fallback is usually a letter or two ("Gross" by "G.").
 */
function lettersNeeded(queryWord: string): number {
  const length = [...queryWord].length;
  return length <= 3 ? length : Math.max(3, Math.floor(length / 2));
}

function sharedStart(a: readonly string[], from: number, b: readonly string[]): number {
  let n = 0;
  while (n < b.length && from + n < a.length && a[from + n] === b[n]) n++;
  return n;
}

/**
 * Whether `matched` (a word of the page) matches `queryWord` by more than a short fallback. The query word
 * may start anywhere in it: Pagefind also indexes the parts of a compound ("cdm" in "LambdaCDM", "rl" in
 * "meta-RL") and reports the whole word's location.
 */
function matchesWell(matched: string, queryWord: readonly string[], needed: number): boolean {
  const letters = [...matched];
  for (let i = 0; i + needed <= letters.length; i++) if (sharedStart(letters, i, queryWord) >= needed) return true;
  return false;
}

/**
 * The words of `query` (as sent to Pagefind) that none of `matchedWords` (a result's words at its matched
 * locations, and its metadata values) matches by more than a short fallback; empty when the result is a
 * real match for every query word.
 */
export function fallenBackWords(query: string, matchedWords: Iterable<string>): string[] {
  const matched = [...new Set([...matchedWords].flatMap((text) => text.split(/\s+/)).map(comparableWord))].filter(Boolean);
  const out: string[] = [];
  for (const typed of query.split(/\s+/)) {
    const word = comparableWord(typed);
    if (word === '') continue;
    const letters = [...word];
    // A hyphenated word, which the index holds as one word, needs all its parts but the last whole: else
    // "standard-model" fell back to "standard" and "difference-in-differences" to "difference" (review 15 M4).
    const last = comparableWord(typed.split('-').pop()!);
    const needed = letters.length - [...last].length + lettersNeeded(last);
    if (!matched.some((m) => matchesWell(m, letters, needed))) out.push(word);
  }
  return out;
}

/**
 * `fallenBackWords`, each checked by one more search: a word that Pagefind finds in quotes (its stem alone,
 * with neither longer words nor a fallback) has its stem in the index, so the bare search found that stem
 * and fell back from nothing. Review 43 finding 1: "optimization" (stem "optim") showed "No results" on a
 * collection where 53 papers write it or "optimal", since the best result wrote only "optimal", 5 letters of
 * the 6 `lettersNeeded` asks of a 12-letter word. A word with more than letters and digits ("standard-model")
 * is left as `fallenBackWords` names it. Costs a search only where a word is suspected, never a page load.
 */
export async function confirmedFallenBackWords<S extends SearchAnswer>(run: WordSearch<S>, query: string, matchedWords: Iterable<string>): Promise<string[]> {
  const suspected = fallenBackWords(query, matchedWords);
  if (suspected.length === 0) return suspected;
  const typed = new Map(query.split(/\s+/).map((t) => [comparableWord(t), t] as const));
  const held = await Promise.all(
    suspected.map(async (word) => {
      const token = typed.get(word) ?? '';
      if (!PLAIN_WORD.test(token)) return false;
      return indexHolds(run, token);
    }),
  );
  return suspected.filter((_, i) => !held[i]);
}
