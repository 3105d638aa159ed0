/**
 * Author keywords, as exports write them: ACM's BibTeX `keywords = {a, b}`, Scopus's `author_keywords = {a; b}`,
 * Zotero's CSL `"keyword": "a, b"`, a JSON list. They are the authors' own words for the paper, shown on its
 * page and offered to the concept stage as hints (concepts/keyword-hints.ts); they are never concepts by themselves.
 */
import { cleanText } from './text';

/** Longer than this is no keyword but a sentence pasted into the field; it is cut, not dropped, so nothing is lost silently. */
export const MAX_KEYWORD_LENGTH = 100;
/** A list longer than this is a tag dump (a Zotero library's tags), not an author's keywords. */
export const MAX_KEYWORDS = 30;

/**
 * A keyword field's pieces: split on ";" where the value holds one, since then a comma is part of a keyword
 * ("Hand, foot and mouth disease; vaccines"), else on ",". A list is taken item by item.
 */
export function splitKeywords(value: string | readonly string[]): string[] {
  if (typeof value !== 'string') return value.flatMap((v) => (v.trim() === '' ? [] : [v.trim()]));
  const pieces = value.includes(';') ? value.split(';') : value.split(',');
  return pieces.map((p) => p.trim()).filter((p) => p !== '');
}

/**
 * arXiv's subject classes as Zotero writes them into an arXiv preprint's tags, "<archive> - <subject>"
 * ("Computer Science - Machine Learning", "Quantitative Biology - Populations and Evolution"), and the archives
 * that have no subjects ("Quantum Physics"). arXiv's own taxonomy, fixed: the classes are arXiv's filing, not the
 * authors' words, and the Atom reader leaves them out for that reason.
 */
const ARXIV_ARCHIVES = [
  'Computer Science', 'Mathematics', 'Physics', 'Statistics', 'Quantitative Biology', 'Quantitative Finance',
  'Electrical Engineering and Systems Science', 'Economics', 'Condensed Matter', 'High Energy Physics',
  'Astrophysics', 'Nonlinear Sciences', 'Nuclear Theory', 'Nuclear Experiment',
];
const ARXIV_CLASS = new RegExp(`^(?:${ARXIV_ARCHIVES.join('|')}) - \\p{Lu}`, 'u');
const ARXIV_LONE_ARCHIVES = new Set(['quantum physics', 'general relativity and quantum cosmology', 'mathematical physics', 'nuclear theory', 'nuclear experiment']);

/**
 * The keywords less arXiv's subject classes: the "<archive> - <subject>" shape always (no author writes a
 * keyword so), an archive's bare name only on an arXiv preprint, where Zotero put it (review 20 L3).
 */
export function withoutArxivClasses(keywords: readonly string[] | undefined, isArxivPreprint: boolean): string[] | undefined {
  if (keywords === undefined) return undefined;
  return keywords.filter((k) => !ARXIV_CLASS.test(k.trim()) && !(isArxivPreprint && ARXIV_LONE_ARCHIVES.has(k.trim().toLowerCase())));
}

function capped(keyword: string): string {
  if (keyword.length <= MAX_KEYWORD_LENGTH) return keyword;
  const cut = keyword.slice(0, MAX_KEYWORD_LENGTH);
  // At a word's end where there is one, so a cut keyword still reads as words.
  const space = cut.lastIndexOf(' ');
  return (space > MAX_KEYWORD_LENGTH / 2 ? cut.slice(0, space) : cut).trim();
}

/**
 * Each keyword cleaned as a title is (whitespace, controls, typed super- and subscripts), the first spelling of
 * a keyword given twice in any case kept, at most MAX_KEYWORDS of them; undefined when none is left.
 */
export function cleanKeywords(keywords: readonly string[] | undefined): string[] | undefined {
  const kept: string[] = [];
  const seen = new Set<string>();
  for (const raw of keywords ?? []) {
    const keyword = capped(cleanText(raw));
    const key = keyword.toLocaleLowerCase('en');
    if (keyword === '' || seen.has(key)) continue;
    seen.add(key);
    kept.push(keyword);
    if (kept.length === MAX_KEYWORDS) break;
  }
  return kept.length > 0 ? kept : undefined;
}

/**
 * What `cleanKeywords` left out or cut of a record's own list, in words for a warning at the record's line
 * (nothing is lost silently); undefined when it kept every keyword whole.
 */
export function keywordLimits(keywords: readonly string[] | undefined): string | undefined {
  const cleaned = (keywords ?? []).map(cleanText).filter((k) => k !== '');
  const distinct = new Set(cleaned.map((k) => capped(k).toLocaleLowerCase('en'))).size;
  const long = cleaned.filter((k) => k.length > MAX_KEYWORD_LENGTH).length;
  const said: string[] = [];
  if (distinct > MAX_KEYWORDS) said.push(`${distinct} author keywords, more than ${MAX_KEYWORDS}: the first ${MAX_KEYWORDS} are kept`);
  if (long > 0) said.push(`${long === 1 ? 'an author keyword' : `${long} author keywords`} longer than ${MAX_KEYWORD_LENGTH} characters ${long === 1 ? 'is' : 'are'} cut at a word's end`);
  return said.length > 0 ? said.join('; ') : undefined;
}

/** Both records' keywords, the first's first: what duplicates of one paper keep when merged. */
export function unionKeywords(a: readonly string[] | undefined, b: readonly string[] | undefined): string[] | undefined {
  return cleanKeywords([...(a ?? []), ...(b ?? [])]);
}

/** The keywords as one text that `splitKeywords` reads back the same: "; " between them where one holds a comma. */
export function joinKeywords(keywords: readonly string[]): string {
  return keywords.join(keywords.some((k) => k.includes(',')) ? '; ' : ', ');
}
