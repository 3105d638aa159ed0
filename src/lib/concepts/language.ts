/**
 * Whether an abstract is clearly not English. The concept extractor's tagger, phrase patterns and
 * background frequencies are English: a German abstract gave "Die", "Verfahren" and every capitalised noun
 * as concepts. No language detector is among the project's libraries, and this question needs none: every
 * English abstract is dense in English function words, and a German, French, Spanish, Italian, Portuguese
 * or Dutch one in its own. An abstract counts as non-English only when both say so, so an English text
 * that is terse (a list of keywords, formulas, a one-line note) is never one: it lacks the other
 * languages' function words as much as English ones.
 *
 * Measured: the English share is 0.05–0.52 over the 1,500 Inspec train and dev abstracts and the bundled
 * corpus (the lowest are one-line notes, "Records management standards are now playing a key role in
 * e-business strategy"), the other languages' share at most 0.047; the hand-written German, French and Spanish
 * abstracts of `test/fixtures/language/` have no English function words and 0.27–0.40 of their own.
 * `test/lib/concepts/language.test.ts` checks that none of those English abstracts is flagged.
 */
import type { PaperRecord } from '../model/paper';
import type { IngestProblem } from '../model/source';

/**
 * English function words that are not also common words of the languages below or of English technical
 * writing's borrowings ("a", "in", "an", "on", "so", "die", "was", "per", "via", "et al." are left out).
 */
const ENGLISH = new Set(
  (
    'the of and to for with that this these those we our us are be been being by from which who whose it its can ' +
    'or not has have had such into than their they them at but between both each more most other over under ' +
    'using while when where how what there then thus however only may should would could were through about ' +
    'all any'
  ).split(' '),
);

/**
 * Function words of German, French, Spanish, Italian, Portuguese and Dutch that English abstracts do not use
 * (names such as "van der Waals" or "de Gennes" bring a few; "et", "per", "non", "di", "do", "as" are left
 * out as English or Latin in English text).
 */
const OTHER = new Set(
  (
    // German
    'der die das und ist nicht mit von den dem des ein eine einer eines einem zu auf für sich auch werden wird wurde ' +
    'sind oder als bei durch nach wie über unter zwischen diese dieser dieses kann können wir im zur zum aus sowie dass ' +
    // French
    'le les la du un une est pour dans sur avec que qui nous ce cette ces sont ont être été ou aux leur mais pas au ' +
    // Spanish, Italian, Portuguese
    'el los las del en que por para con una uno es se su sus más pero este esta estos estas entre sobre también ser fue lo ' +
    'il della delle che sono nel nella gli è questo questa dei degli alla anche ' +
    'não uma os dos das em com são foi pelo pela ' +
    // Dutch
    'het een van voor met zijn worden wordt deze ook naar bij door aan'
  ).split(' '),
);

/** Fewer words than this say too little to judge by. */
const MIN_WORDS = 12;
/** At most this share of English function words... */
const MAX_ENGLISH = 0.1;
/** ...and at least this share of the others'. */
const MIN_OTHER = 0.15;

const WORD = /\p{L}+/gu;

export interface LanguageShares {
  words: number;
  english: number;
  other: number;
}

/** The share of the text's words that are English function words, and that are other languages'. */
export function functionWordShares(text: string): LanguageShares {
  const words = text.toLowerCase().match(WORD) ?? [];
  let english = 0;
  let other = 0;
  for (const w of words) {
    if (ENGLISH.has(w)) english++;
    else if (OTHER.has(w)) other++;
  }
  const n = Math.max(words.length, 1);
  return { words: words.length, english: english / n, other: other / n };
}

/** Whether the abstract is clearly written in a language other than English (see the module's comment). */
export function looksNonEnglish(abstract: string): boolean {
  const s = functionWordShares(abstract);
  return s.words >= MIN_WORDS && s.english <= MAX_ENGLISH && s.other >= MIN_OTHER;
}

/** One warning per paper whose text the concept stage did not read, at the place it was first read from. */
export function nonEnglishWarnings(slugs: readonly string[], papers: readonly PaperRecord[]): IngestProblem[] {
  const bySlug = new Map(papers.map((p) => [p.slug, p]));
  return slugs.flatMap((slug) => {
    const source = bySlug.get(slug)?.sources[0];
    return source ? [{ file: source.file, line: source.line, severity: 'warning' as const, reason: NON_ENGLISH }] : [];
  });
}

export const NON_ENGLISH = 'abstract looks non-English; concepts are extracted from English text only';
