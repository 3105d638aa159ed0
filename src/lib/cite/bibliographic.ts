/**
 * Where in its container a paper is, and who published it: volume, number (issue), pages, month and
 * publisher, as the user's BibTeX, CSL or JSON gives them. Pages show none of it, but a Cite entry without
 * it is less than the entry the user already had.
 */

export interface Bibliographic {
  volume?: string;
  /** The issue, or a report's number: BibTeX's `number`, CSL's `issue`. */
  number?: string;
  /** As written ("1–42", "e1234"), a MEDLINE range in full ("2103-16" → "2103-2116"); the Cite box writes a range with `--`. */
  pages?: string;
  /** 1–12. */
  month?: number;
  publisher?: string;
  /** The container's editors, each as one name ("Gordon H. Bower"): an edited book's chapter is cited with them. */
  editors?: string[];
  /** An article number where there are no page numbers (ACM's `articleno`, biblatex's `eid`), and the page count. */
  articleNumber?: string;
  pageCount?: string;
  /** A report's issuer (BibTeX's `institution`, CSL's `publisher` of a report) and its kind as it names itself ("Working Paper"). */
  institution?: string;
  reportType?: string;
  /**
   * A book's series ("Bibliothèque des sciences humaines"), or a journal's series number ("Ann. of Math. (2)" is
   * series 2 of the Annals): BibTeX's and biblatex's `series`, CSL's `collection-title`.
   */
  series?: string;
  /** Where the publisher is (BibTeX's `address`, biblatex's `location`, CSL's `publisher-place`). */
  address?: string;
  /** A translation's translators, each as one name: a translated text is cited with them. */
  translators?: string[];
  edition?: string;
  isbn?: string;
  /** The arXiv category a preprint was filed under (INSPIRE's `primaryClass = "hep-ex"`): biblatex's `eprintclass`. */
  eprintClass?: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/** BibTeX's month macro (`mar`): every style prints it in its own language and form. */
export function monthMacro(month: number): string | undefined {
  return MONTHS[month - 1];
}

const LEADING_NUMBER = /^(\d{1,2})(?!\d)(\P{L}*)$/u;
const SECOND_NUMBER = /^\s*[-‐‑‒–—]+\s*\d{1,2}(?!\d)/;
const WORDS = /\p{L}+/gu;

/**
 * A month from a number, a numeric string ("3", "03", and "09 1", as the BibTeX parser gives `sep # "~1"`),
 * or text naming one month by its English name or abbreviation ("mar", "March", "Sept.", "1 March 2020");
 * undefined for anything else: a season ("Spring"), or a range of two months ("Mar–Apr", "01–02"), which
 * BibTeX's one month cannot say.
 */
export function parseMonth(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 && value <= 12 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase();
  // A leading number is the month only when no word follows it (in "1 March 2020" it is the day) and no
  // second month after a dash ("01–02"); "03/2019" and "03-2020" are March.
  const number = LEADING_NUMBER.exec(text);
  if (number) return SECOND_NUMBER.test(number[2]!) ? undefined : parseMonth(Number(number[1]));
  const named = new Set((text.match(WORDS) ?? []).map(monthOfWord).filter((m) => m !== undefined));
  return named.size === 1 ? [...named][0] : undefined;
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "mar", "march", "sept": a month's name or the start of it, three letters at least ("marble" is none). */
function monthOfWord(word: string): number | undefined {
  if (word.length < 3) return undefined;
  const at = MONTH_NAMES.findIndex((m) => m.startsWith(word));
  return at === -1 ? undefined : at + 1;
}

/** The month of an ISO-style date ("2019-03", "2019-03-15"); undefined for a year alone or other text. */
export function monthOfDate(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^\s*\d{4}-(\d{2})(?:-\d{2})?(?:[T\s/]|$)/.exec(value);
  return m ? parseMonth(Number(m[1])) : undefined;
}

/** A volume, number or page given as a number or as text; nothing for an empty one. */
export function locatorText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

/** The fields that are there, or undefined when none is: a paper file holds only what its input gave. */
export function compactBibliographic(fields: Bibliographic): Bibliographic | undefined {
  const out: Bibliographic = {};
  if (fields.volume) out.volume = fields.volume;
  if (fields.number) out.number = fields.number;
  if (fields.pages) out.pages = fields.pages;
  if (fields.month !== undefined) out.month = fields.month;
  if (fields.publisher) out.publisher = fields.publisher;
  if (fields.editors && fields.editors.length > 0) out.editors = fields.editors;
  if (fields.articleNumber) out.articleNumber = fields.articleNumber;
  if (fields.pageCount) out.pageCount = fields.pageCount;
  if (fields.institution) out.institution = fields.institution;
  if (fields.reportType) out.reportType = fields.reportType;
  if (fields.eprintClass) out.eprintClass = fields.eprintClass;
  if (fields.series) out.series = fields.series;
  if (fields.address) out.address = fields.address;
  if (fields.translators && fields.translators.length > 0) out.translators = fields.translators;
  if (fields.edition) out.edition = fields.edition;
  if (fields.isbn) out.isbn = fields.isbn;
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * A report's venue as readers cite it, "National Bureau of Economic Research Working Paper 19843": its issuer,
 * kind (BibTeX styles print "Technical Report" where the entry names none) and number. None without an issuer.
 */
export function reportVenue({ institution, reportType, number }: Bibliographic): string | undefined {
  if (!institution) return undefined;
  // "SSRN Scholarly Paper", "NBER Working Paper": a kind that opens with its issuer's name or initials names the
  // issuer already ("Social Science Research Network SSRN Scholarly Paper 3038939" said it twice, review 17 L3).
  const issuer = reportType !== undefined && namesIssuer(reportType, institution) ? [] : [institution];
  return [...issuer, reportType ?? 'Technical Report', number].filter((part) => part !== undefined && part !== '').join(' ');
}

const LINKING_WORDS = new Set(['of', 'for', 'and', 'the', 'on', 'in', '&']);

/** Whether a report's kind opens with its issuer's whole name or its initials (of its words but "of", "for", …). */
function namesIssuer(reportType: string, institution: string): boolean {
  const type = reportType.trim().toLowerCase();
  const name = institution.trim().toLowerCase();
  if (type.startsWith(`${name} `)) return true;
  const words = name.split(/\s+/).filter((w) => !LINKING_WORDS.has(w));
  if (words.length < 2) return false;
  const initials = words.map((w) => w[0]).join('');
  return type.split(/\s+/)[0] === initials;
}

/**
 * Where a book appeared, as a bibliography prints it after the title: "Neuwied: Luchterhand", or the publisher
 * alone; none without a publisher (a place alone says little).
 */
export function bookVenue({ publisher, address }: Bibliographic): string | undefined {
  if (!publisher) return undefined;
  return address ? `${address}: ${publisher}` : publisher;
}

/** Fills the fields `into` lacks from `from` (a merged duplicate's record). */
export function fillBibliographic(into: Bibliographic | undefined, from: Bibliographic | undefined): Bibliographic | undefined {
  return from === undefined ? into : compactBibliographic({ ...from, ...into });
}

/**
 * A range's ends: a number, with the letters a journal may put before it (a supplement's "S12", an electronic
 * page "e123"), and a dash or hyphens between them, spaced or not (a `--` a JSON file copied from BibTeX too).
 */
const DASH = '(?:-+|[‐‑‒–—−])';
const RANGE = new RegExp(`^(\\p{L}{0,3})(\\d+)\\s*${DASH}\\s*(\\p{L}{0,3})(\\d+)$`, 'u');

/**
 * A `pages` field in one form whatever the input format wrote (review 44 item 7: BibTeX's `100--110` read as
 * "100–110", CSL-JSON's "231-241" stayed "231-241"): a range from a page to a later one is written with an en
 * dash and no spaces, as typeset bibliographies print it ("100–110", "S12–S19", "e123–e130"); a range MEDLINE
 * cut to the digits that change ("2103-16") is written in full ("2103–2116"), as BibTeX styles and readers
 * need it. Each range of a list ("1-5, 7-9") is read alone. Anything else is left as written: one page or an
 * article number ("e1234", "021801"), ends whose letters differ ("A5-B7"), and a "range" that does not go
 * forward ("1299-03", "035001-1": an article and a page in it), which an en dash would misstate.
 */
export function pageRange(pages: string): string {
  return pages
    .split(/(\s*[,;]\s*)/)
    .map((part, i) => (i % 2 === 1 ? part : oneRange(part)))
    .join('');
}

function oneRange(pages: string): string {
  const m = RANGE.exec(pages);
  if (!m) return pages;
  const [, prefix, first, lastPrefix, cut] = m as unknown as [string, string, string, string, string];
  if (lastPrefix !== '' && lastPrefix !== prefix) return pages;
  // Only a bare number is completed: "e2021-0034" is not page e2021 to e2034.
  const completed = prefix === '' && lastPrefix === '' && cut.length < first.length;
  const last = completed ? first.slice(0, first.length - cut.length) + cut : cut;
  if (completed ? Number(last) <= Number(first) : Number(last) < Number(first)) return pages;
  return `${prefix}${first}\u2013${lastPrefix}${last}`;
}

const BIBTEX_DASH = new RegExp(`(?<=\\S)\\s*${DASH}\\s*(?=\\S)`, 'gu');

/** A page range with BibTeX's `--` between its ends, whatever dash or hyphen the input used ("1–42" → "1--42"). */
export function bibtexPages(pages: string): string {
  return pages.replace(BIBTEX_DASH, '--');
}
