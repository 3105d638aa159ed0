/**
 * What kind of publication a paper is, as a BibTeX entry type: read from a BibTeX/BibLaTeX entry's own type
 * or a CSL item's `type`, so the Cite box writes `@inproceedings{…, booktitle = …}` for a conference paper
 * instead of guessing `@article`. Only the classic BibTeX types are kept: every bibliography style knows
 * them, and BibLaTeX reads them too.
 */

export const ENTRY_TYPES = [
  'article',
  'book',
  'booklet',
  'inbook',
  'incollection',
  'inproceedings',
  'manual',
  'mastersthesis',
  'misc',
  'phdthesis',
  'proceedings',
  'techreport',
  'unpublished',
] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

const CLASSIC = new Set<string>(ENTRY_TYPES);

/** BibLaTeX types and old aliases → the classic type a BibTeX style treats them as. */
const BIBLATEX: ReadonlyMap<string, EntryType> = new Map([
  ['conference', 'inproceedings'],
  ['online', 'misc'],
  ['electronic', 'misc'],
  ['www', 'misc'],
  ['software', 'misc'],
  ['dataset', 'misc'],
  ['report', 'techreport'],
  ['thesis', 'phdthesis'],
  ['mvbook', 'book'],
  ['collection', 'book'],
  ['mvcollection', 'book'],
  ['reference', 'book'],
  ['mvproceedings', 'proceedings'],
  ['inreference', 'incollection'],
  ['suppbook', 'inbook'],
  ['bookinbook', 'inbook'],
  ['suppcollection', 'incollection'],
  ['article', 'article'],
  ['periodical', 'misc'],
  ['patent', 'misc'],
]);

/** CSL item types (CSL 1.0.2) → BibTeX. CSL's plain `article` is a preprint or working paper: `misc`. */
const CSL: ReadonlyMap<string, EntryType> = new Map([
  ['article-journal', 'article'],
  ['article-magazine', 'article'],
  ['article-newspaper', 'article'],
  ['review', 'article'],
  ['review-book', 'article'],
  ['paper-conference', 'inproceedings'],
  ['chapter', 'incollection'],
  ['entry-encyclopedia', 'incollection'],
  ['entry-dictionary', 'incollection'],
  ['book', 'book'],
  ['thesis', 'phdthesis'],
  ['report', 'techreport'],
  ['manuscript', 'unpublished'],
  ['article', 'misc'],
  ['webpage', 'misc'],
  ['post', 'misc'],
  ['post-weblog', 'misc'],
  ['dataset', 'misc'],
  ['software', 'misc'],
]);

/** A BibTeX or BibLaTeX entry's type (`@InProceedings` → `inproceedings`); undefined for a type nobody knows. */
export function entryTypeFromBibtex(type: string): EntryType | undefined {
  const lower = type.toLowerCase();
  return CLASSIC.has(lower) ? (lower as EntryType) : BIBLATEX.get(lower);
}

export function entryTypeFromCsl(type: string | null | undefined): EntryType | undefined {
  return type ? CSL.get(type.toLowerCase()) : undefined;
}

/**
 * Crossref's and OpenAlex's work types (what JSON from their APIs carries), where neither BibTeX nor CSL
 * spells the type the same way.
 */
const CROSSREF_OPENALEX: ReadonlyMap<string, EntryType> = new Map([
  ['journal-article', 'article'],
  ['proceedings-article', 'inproceedings'],
  ['book-chapter', 'incollection'],
  ['book-section', 'incollection'],
  ['book-part', 'incollection'],
  ['reference-entry', 'incollection'],
  ['monograph', 'book'],
  ['edited-book', 'book'],
  ['reference-book', 'book'],
  ['dissertation', 'phdthesis'],
  ['posted-content', 'misc'],
  ['preprint', 'misc'],
  ['report-component', 'techreport'],
]);

/**
 * A plain JSON record's `type`, in whichever vocabulary its tool wrote: BibTeX/BibLaTeX first (so `article`
 * is a journal article, as in OpenAlex), then CSL, then Crossref and OpenAlex. Undefined for a type none
 * of them has.
 */
export function entryTypeFromName(type: string): EntryType | undefined {
  const name = type.trim().toLowerCase();
  return entryTypeFromBibtex(name) ?? CSL.get(name) ?? CROSSREF_OPENALEX.get(name);
}

/** The field a type names its container (journal, proceedings, book) in; the rest say where it appeared. */
export function containerField(type: EntryType): 'journal' | 'booktitle' | 'school' | 'howpublished' {
  if (type === 'article') return 'journal';
  if (type === 'inproceedings' || type === 'incollection' || type === 'inbook') return 'booktitle';
  // A thesis's venue is its university, which @phdthesis and @mastersthesis require as `school`.
  if (type === 'phdthesis' || type === 'mastersthesis') return 'school';
  return 'howpublished';
}

/**
 * biblatex's keys for a thesis's kind (`@thesis{…, type = {mathesis}}`), which its styles print in the reader's
 * language; a classic style would print the key itself, so it chooses the entry type instead.
 */
const THESIS_KINDS: ReadonlyMap<string, EntryType> = new Map([
  ['phdthesis', 'phdthesis'],
  ['mathesis', 'mastersthesis'],
  ['masterthesis', 'mastersthesis'],
  ['mastersthesis', 'mastersthesis'],
]);

export function thesisKind(type: string | undefined): EntryType | undefined {
  return type === undefined ? undefined : THESIS_KINDS.get(type.trim().toLowerCase());
}

export function isThesis(type: EntryType | undefined): boolean {
  return type === 'phdthesis' || type === 'mastersthesis';
}
