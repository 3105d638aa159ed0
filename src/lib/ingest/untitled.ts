/**
 * Records with an abstract but no title. Some collections have none to give (SemEval's and other keyphrase
 * sets, exports of proceedings that list only abstracts); by default such a record is not read, with an
 * error that says so, since a page needs a name the reader can trust. `--untitled from-abstract` (or
 * `"untitled": "from-abstract"` in atlas.config.json) keeps them instead, each titled by its abstract's
 * first words and named in a warning, so the made-up title cannot pass for the author's.
 */
import { excerpt } from './position';

export type UntitledPolicy = 'skip' | 'from-abstract';

/** What the format parsers are told beyond the file's text. */
export interface IngestOptions {
  untitled?: UntitledPolicy;
  /**
   * The year the run is made in, given by the caller (nothing here reads the clock): a record's year later than
   * the next one is taken for a typo (2109 for 2019), warned about and left out, as a year that cannot be read
   * is. Without it no year is too late.
   */
  currentYear?: number;
}

/** Words a made-up title keeps at most: about what a real title runs to. */
const TITLE_WORDS = 12;

/**
 * Abbreviations whose full stop ends no sentence. A general class of English and scholarly writing, not a
 * reading of any corpus: a sentence cut at "e.g." or "Fig." would make a title of half a clause.
 */
const NO_SENTENCE_END = new Set(['e.g', 'i.e', 'cf', 'viz', 'vs', 'etc', 'al', 'approx', 'ca', 'fig', 'figs', 'eq', 'eqs', 'ref', 'refs', 'no', 'vol', 'sec', 'ch', 'dr', 'prof', 'mr', 'mrs', 'ms', 'st']);

const SENTENCE_STOP = /[.!?]["')\]]?$/;
const TRAILING_STOP = /[.!?"')\]]+$/;
const INITIAL = /^[A-Z]\.$/;
/** A word that may open a sentence: a capital or a digit, perhaps after a quote or bracket. */
const SENTENCE_OPENER = /^["'(\[]?[\p{Lu}\d]/u;

/** The abstract's first sentence, or its first words when that runs long, marked with "…" where it was cut. */
export function titleFromAbstract(abstract: string): string {
  const words = abstract.replace(/\s+/g, ' ').trim().split(' ');
  const kept: string[] = [];
  for (const word of words) {
    kept.push(word);
    const next = words[kept.length];
    const endsSentence = SENTENCE_STOP.test(word) && !NO_SENTENCE_END.has(word.replace(TRAILING_STOP, '').toLowerCase()) && !INITIAL.test(word);
    if (endsSentence && (next === undefined || SENTENCE_OPENER.test(next))) {
      return kept.join(' ').replace(/[.!?]+(["')\]]?)$/, '$1');
    }
    if (kept.length === TITLE_WORDS) break;
  }
  const title = kept.join(' ').replace(/[\s,;:.]+$/, '');
  return kept.length < words.length ? `${title}…` : title;
}

/** The title a record without one gets under `policy`: made from its abstract, or none (the record is not read). */
export function untitledTitle(policy: UntitledPolicy | undefined, abstract: string | undefined): string | undefined {
  return policy === 'from-abstract' && abstract !== undefined && abstract.trim() !== '' ? titleFromAbstract(abstract) : undefined;
}

/** What an error says of a record with no title, naming the option that would keep it. */
export const TITLE_EXPECTED = "expected a non-empty title (to keep records that have none, titled by their abstract's first words, run with --untitled from-abstract)";

/** What a warning says of a record titled by `untitledTitle`, so the made-up title cannot pass for the author's. */
export function untitledWarning(title: string): string {
  return `no title; titled by its abstract's first words, ${excerpt(title, 80)} (--untitled from-abstract)`;
}
