/**
 * Records with an abstract but no title. Some collections have none to give (SemEval's and other keyphrase
 * sets, exports of proceedings that list only abstracts); by default such a record is not read, with an
 * error that says so, since a page needs a name the reader can trust. `--untitled from-abstract` (or
 * `"untitled": "from-abstract"` in atlas.config.json) keeps them instead, each titled by a sentence of its
 * abstract and named in a warning, so the made-up title cannot pass for the author's.
 */
import { excerpt } from './position';
import { aboutTheText, citesByNumber, leansOnWhatCameBefore, sentences, withoutCitations } from '../normalise/sentences';

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
 * The sentence of the abstract a made title is taken from: the first that is neither about the text itself
 * ("Table 1 lists 8 pairs of B decays", "The remainder of our discussion proceeds as follows") nor leans on a
 * sentence before it ("There are many possible applications for this mechanism"), which out of place name
 * nothing the paper is about (review 22 finding 11); of those, the first that cites no other work by number
 * ("An OPE of VQCD(r) was developed in [3]" reports that work: review 41 finding 10); failing that, the first not
 * about the text; failing that, the first.
 */
export function titleSentence(abstract: string): string {
  const all = sentences(abstract.replace(/\s+/g, ' ').trim()).map((s) => s.text);
  const notAboutText = all.filter((s) => !aboutTheText(s));
  const alone = notAboutText.filter((s) => !leansOnWhatCameBefore(s));
  return alone.find((s) => !citesByNumber(s)) ?? alone[0] ?? notAboutText[0] ?? all[0] ?? '';
}

/**
 * A sentence of the abstract ({@link titleSentence}) without its numbered citations, or its first words when that
 * runs long, marked with "…" where it was cut.
 */
export function titleFromAbstract(abstract: string): string {
  const words = withoutCitations(titleSentence(abstract)).split(' ').filter((w) => w !== '');
  if (words.length <= TITLE_WORDS) return words.join(' ').replace(/[.!?]+(["')\]]?)$/, '$1');
  return `${words.slice(0, TITLE_WORDS).join(' ').replace(/[\s,;:.]+$/, '')}…`;
}

/** The title a record without one gets under `policy`: made from its abstract, or none (the record is not read). */
export function untitledTitle(policy: UntitledPolicy | undefined, abstract: string | undefined): string | undefined {
  return policy === 'from-abstract' && abstract !== undefined && abstract.trim() !== '' ? titleFromAbstract(abstract) : undefined;
}

/** What an error says of a record with no title, naming the option that would keep it. */
export const TITLE_EXPECTED = "expected a non-empty title (to keep records that have none, titled by a sentence of their abstract, run with --untitled from-abstract)";

/** What a warning says of a record titled by `untitledTitle`, so the made-up title cannot pass for the author's. */
export function untitledWarning(title: string): string {
  return `no title; titled by a sentence of its abstract, ${excerpt(title, 80)} (--untitled from-abstract)`;
}
