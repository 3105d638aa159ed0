/**
 * Where in its container a paper is, and who published it: volume, number (issue), pages, month and
 * publisher, as the user's BibTeX, CSL or JSON gives them. Pages show none of it, but a Cite entry without
 * it is less than the entry the user already had.
 */

export interface Bibliographic {
  volume?: string;
  /** The issue, or a report's number: BibTeX's `number`, CSL's `issue`. */
  number?: string;
  /** As written ("1–42", "e1234"); the Cite box writes a range with `--`. */
  pages?: string;
  /** 1–12. */
  month?: number;
  publisher?: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/** BibTeX's month macro (`mar`): every style prints it in its own language and form. */
export function monthMacro(month: number): string | undefined {
  return MONTHS[month - 1];
}

/**
 * A month from a number, a numeric string ("3", "03", and "09 1", as the BibTeX parser gives `sep # "~1"`),
 * or an English month name or its abbreviation ("mar", "March", "Sept."); undefined for anything else
 * (a season, "Spring", is not a month).
 */
export function parseMonth(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 && value <= 12 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase();
  const number = /^(\d{1,2})(?!\d)/.exec(text);
  if (number) return parseMonth(Number(number[1]));
  const name = /^([a-z]{3,})\.?(?:\s|$)/.exec(text)?.[1];
  if (name === undefined) return undefined;
  const at = MONTHS.findIndex((m) => m === name.slice(0, 3));
  // "mar", "march", "sept": the word must be the month's name or the start of it.
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][at];
  return at !== -1 && full!.startsWith(name) ? at + 1 : undefined;
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
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Fills the fields `into` lacks from `from` (a merged duplicate's record). */
export function fillBibliographic(into: Bibliographic | undefined, from: Bibliographic | undefined): Bibliographic | undefined {
  return from === undefined ? into : compactBibliographic({ ...from, ...into });
}

/** A page range with BibTeX's `--` between its ends, whatever dash or hyphen the input used ("1–42" → "1--42"). */
export function bibtexPages(pages: string): string {
  return pages.replace(/(?<=\S)\s*(?:-+|[‐‑‒–—])\s*(?=\S)/g, '--');
}
