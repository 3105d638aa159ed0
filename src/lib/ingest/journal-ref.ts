/**
 * arXiv's `journal_ref`: where a preprint was published, as its authors typed it ("Ann. of Math. (2) 167
 * (2008), 481-547", "CVPR 2022", "Proc. ICML 2019, pp. 1-9"). A paper with one is cited as what it became,
 * not as the preprint: an article or a conference paper, in the year it appeared, which for a journal is
 * often years after the preprint (Green–Tao: arXiv 2004, Annals 2008).
 */
import type { EntryType } from '../cite/entry-type';

/** Words that say a venue is a meeting's proceedings, not a journal. */
const MEETING = /\b(?:proc(?:eedings)?|conf(?:erence)?|workshop|symposium|congress|colloquium|meeting)\b/i;
/** "CVPR 2022", "NeurIPS'21", "ICML 2019": a venue written as an acronym and a year is a conference's. */
const ACRONYM_AND_YEAR = /^\s*[A-Z][A-Za-z]*[A-Z][A-Za-z]*\s*(?:'\d{2}|\d{4})\b/;
const YEAR = /\b(1[89]\d{2}|20\d{2})\b/g;

export interface JournalRef {
  entryType: EntryType;
  /** The year it appeared, when the reference writes one no earlier than the preprint's. */
  year?: number;
}

export function readJournalRef(ref: string, preprintYear?: number): JournalRef {
  const entryType: EntryType = MEETING.test(ref) || ACRONYM_AND_YEAR.test(ref) ? 'inproceedings' : 'article';
  // The last year written: page ranges and volumes are not years, and a "(2)" series number is no year.
  const years = [...ref.matchAll(YEAR)].map((m) => Number(m[1]));
  const last = years[years.length - 1];
  const year = last !== undefined && (preprintYear === undefined || (last >= preprintYear && last <= preprintYear + 15)) ? last : undefined;
  return year !== undefined ? { entryType, year } : { entryType };
}
