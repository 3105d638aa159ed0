/**
 * arXiv's `journal_ref`: where a preprint was published, as its authors typed it ("Ann. of Math. (2) 167
 * (2008), 481-547", "CVPR 2022", "Proc. ICML 2019, pp. 1-9"). A paper with one is cited as what it became,
 * not as the preprint: an article or a conference paper, in the year it appeared, which for a journal is
 * often years after the preprint (Green–Tao: arXiv 2004, Annals 2008).
 */
import { compactBibliographic, type Bibliographic } from '../cite/bibliographic';
import type { EntryType } from '../cite/entry-type';

/** Words that say a venue is a meeting's proceedings, not a journal. */
const MEETING = /\b(?:proc(?:eedings)?|conf(?:erence)?|workshop|symposium|congress|colloquium|meeting)\b/i;
/** "CVPR 2022", "NeurIPS'21", "ICML 2019": a venue written as an acronym and a year is a conference's. */
const ACRONYM_AND_YEAR = /^\s*[A-Z][A-Za-z]*[A-Z][A-Za-z]*\s*(?:'\d{2}|\d{4})\b/;
/** "JHEP 1002:029,2010": the four digits after the name, where they are followed by a colon. */
const FOUR_DIGITS_AND_COLON = /^\s*\S+\s*(\d{4})\s*:/;
const YEAR = /\b(1[89]\d{2}|20\d{2})\b/g;
const VOLUME_YEAR = /^(?:1[89]\d{2}|20\d{2})$/;

export interface JournalRef {
  entryType: EntryType;
  /** The year it appeared, when the reference writes one no earlier than the preprint's. */
  year?: number;
  /**
   * A journal article's reference read into its parts, when it has one of the shapes below: the journal's
   * name as written, with its series number apart ("Ann. of Math. (2)": journal "Ann. of Math.", series 2, which
   * biblatex prints as MathSciNet writes it), volume, issue, pages.
   */
  journal?: string;
  bibliographic?: Bibliographic;
}

// The shapes arXiv's journal references take most (each field as the authors typed it):
//   "Phys. Rev. Lett. 116, 061102 (2016)", "Astron. Astrophys. 641, A6 (2020)"  journal volume, pages (year)
//   "Ann. of Math. (2) 167 (2008), 481-547", "Nucl. Phys. B360 (1991) 145-179"    journal volume (year) pages
//   "J. Mach. Learn. Res. 21(140):1-67, 2020"                                     journal volume(issue):pages, year
//   "Phys.Rev.D76:064013,2007", "JHEP 1002:029,2010"                            SPIRES's: journal volume:pages,year
// Anything else ("Proc. ICML 2019, pp. 1-9", free text) is kept whole as the journal:
// a wrong split would be worse in a citation than an unsplit one.
// The name may hold TeX's accents as typed into arXiv's form ("Hautes \'Etudes", "{\"o}"); they are decoded with the
// rest of the record. A series number after it ("Ann. of Math. (2)", MathSciNet's style) is read apart.
const JOURNAL = String.raw`(?<journal>[\p{L}\\{][\p{L}.&'’ \\{}"\x60^~-]*?)(?:\s*\((?<series>\d{1,2})\))?`;
const VOLUME = String.raw`(?<volume>\p{Lu}?\d{1,5})(?:\s*\((?<issue>\d{1,4})\))?`;
// An issue may carry a letter: "no. 1B", "no. 3A" (The Annals of Probability's split issues).
const NUMBER = String.raw`(?:no\.\s*(?<number>\d{1,4}\p{L}?)\s*,\s*)?`;
// Science's e-articles are "eaat9077": up to four letters before the number.
const PAGES = String.raw`(?:pp?\.\s*)?(?<pages>\p{L}{0,4}\d{1,7}(?:\s*[-‐‑–—]+\s*\p{L}?\d{1,7})?)`;
const YEAR_IN_PARENS = String.raw`\((?<year>\d{4})\)`;
const SHAPES = [
  new RegExp(String.raw`^${JOURNAL}\s+${VOLUME}\s*[,:]\s*${NUMBER}${PAGES}\s*${YEAR_IN_PARENS}$`, 'u'),
  new RegExp(String.raw`^${JOURNAL}\s+${VOLUME}\s+${YEAR_IN_PARENS}\s*,?\s*${NUMBER}${PAGES}$`, 'u'),
  new RegExp(String.raw`^${JOURNAL}\s+${VOLUME}\s*[,:]\s*${NUMBER}${PAGES}\s*,\s*(?<year>\d{4})$`, 'u'),
  // SPIRES's, as INSPIRE's older records give it: the name's abbreviations run together and into the volume.
  new RegExp(String.raw`^(?<journal>\p{L}[\p{L}.&'’-]*?\.?)\s*(?<volume>\d{1,5})\s*:\s*${PAGES}\s*,\s*(?<year>\d{4})$`, 'u'),
];

/**
 * JHEP's and JCAP's SPIRES volumes, "1002" for February 2010: INSPIRE cites the month alone as the volume, so such
 * a reference stays whole rather than be cited with a volume of its own making.
 */
const yearAndMonth = (volume: string, year: number) => /^\d{2}(?:0[1-9]|1[0-2])$/.test(volume) && Number(volume.slice(0, 2)) === year % 100;

/** "Phys.Rev.D" → "Phys. Rev. D", as the journal's name is printed: a space after each abbreviation's dot. */
const spacedAbbreviations = (journal: string) => journal.replace(/\.(?=\p{L})/gu, '. ');

/**
 * "Proc. Natl. Acad. Sci. USA", "Proc. R. Soc. B", "Proc. Amer. Math. Soc.", "Proc. IEEE", "Proc. ACM Program.
 * Lang.": the proceedings of an academy or a society, and the journals named so, are journals (review 14 N1:
 * PNAS was cited as a conference paper).
 */
const JOURNAL_PROCEEDINGS = /^\s*proc(?:eedings|\.)?\s+(?:of\s+the\s+)?(?:\S+\s+){0,3}?(?:acad\.?|academy|soc\.?|society)\b|^\s*proc(?:eedings|\.)?\s+(?:of\s+the\s+)?(?:IEEE|ACM\s+\p{L}+\.?\s+\p{L}+\.?)\s+\d/iu;

export function readJournalRef(ref: string, preprintYear?: number): JournalRef {
  // The last year written: page ranges and volumes are not years, and a "(2)" series number is no year.
  const years = [...ref.matchAll(YEAR)].map((m) => Number(m[1]));
  const last = years[years.length - 1];
  // JHEP and JCAP number their volumes by year and month ("JHEP 1002:029,2010"): no conference's year.
  const digits = FOUR_DIGITS_AND_COLON.exec(ref)?.[1];
  const monthVolume = digits !== undefined && last !== undefined && yearAndMonth(digits, last);
  const meeting = (MEETING.test(ref) && !JOURNAL_PROCEEDINGS.test(ref)) || (ACRONYM_AND_YEAR.test(ref) && !monthVolume);
  const entryType: EntryType = meeting ? 'inproceedings' : 'article';
  const year = last !== undefined && (preprintYear === undefined || (last >= preprintYear && last <= preprintYear + 15)) ? last : undefined;
  if (year === undefined) return { entryType };
  const parts = entryType === 'article' ? articleParts(ref.trim(), year) : undefined;
  return parts !== undefined ? { entryType, year, ...parts } : { entryType, year };
}

/**
 * Journal, volume, issue and pages of an article's reference, when it has one of `SHAPES` and the year it
 * writes is the one read as its year (a reference whose year was not taken is not this paper's to split).
 * A volume that is a year ("JHEP 2019, 45") may be either, so such a reference stays whole.
 */
function articleParts(ref: string, year: number): Pick<JournalRef, 'journal' | 'bibliographic'> | undefined {
  for (const shape of SHAPES) {
    const g = shape.exec(ref)?.groups;
    if (g === undefined || Number(g.year) !== year || VOLUME_YEAR.test(g.volume!) || yearAndMonth(g.volume!, year)) continue;
    const bibliographic = compactBibliographic({ volume: g.volume, number: g.issue ?? g.number, pages: g.pages!.replace(/\s+/g, ''), series: g.series });
    return { journal: spacedAbbreviations(g.journal!.trim()), ...(bibliographic !== undefined ? { bibliographic } : {}) };
  }
  return undefined;
}
