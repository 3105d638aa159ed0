/**
 * The trending-papers listing: a page copied as text. A short header, then one line per title followed by
 * one line per abstract. The page's "Subscribe" button text ends up glued to the front of the first title.
 */
import type { RawRecord } from '../model/paper';
import type { IngestProblem, UsedRecord } from '../model/source';
import { decodeRecordTex } from './fields';
import { excerpt } from './position';

export interface ParsedRecords {
  records: RawRecord[];
  problems: IngestProblem[];
  /** Records that make no page but serve others' (a BibTeX crossref parent). */
  used?: UsedRecord[];
}

/** The button label the page puts right before the first title, with no separator. */
const GLUED_PREFIX = /^Subscribe(?=[^\s\p{Ll}])/u;
/** How far down a header can reach: the listing has two header lines, allow a little slack. */
const MAX_HEADER_LINES = 4;
/** An abstract is a paragraph: clearly longer than a title. */
const MIN_ABSTRACT_CHARS = 120;

interface Line {
  text: string;
  line: number;
}

function looksLikeAbstract(candidate: Line | undefined, title: Line | undefined): boolean {
  if (!candidate || !title) return false;
  return candidate.text.length >= MIN_ABSTRACT_CHARS && candidate.text.length > title.text.length;
}

/**
 * Where the first title is. The glued button label marks it when present; otherwise the first line that is
 * followed by an abstract-looking line (a listing without a header starts at line 1).
 */
function findFirstTitle(lines: Line[]): { index: number; glued: boolean } {
  for (let i = 0; i < Math.min(MAX_HEADER_LINES + 1, lines.length); i++) {
    if (GLUED_PREFIX.test(lines[i]!.text)) return { index: i, glued: true };
  }
  for (let i = 0; i <= Math.min(MAX_HEADER_LINES, lines.length - 2); i++) {
    if (looksLikeAbstract(lines[i + 1], lines[i]) && !looksLikeAbstract(lines[i], lines[i - 1])) return { index: i, glued: false };
  }
  return { index: 0, glued: false };
}

/**
 * The listing's lines from `start` as its papers: title and abstract pairs, and the lines that are neither
 * (`alone`). Where the line after a title is short and the one after that reads as its abstract, the title has
 * no abstract of its own (a line lost in the copy, or an abstract without its title): that line stands alone
 * and the pairs start again after it. Paired by place alone, one lost line made every later paper's title the
 * abstract of the one before. A short abstract followed by a title is still a pair: only a paragraph after the
 * short line tells that the pairs slipped.
 */
type ListingPlace = { kind: 'paper'; title: Line; abstract: Line } | { kind: 'alone'; line: Line; next: Line | undefined };

function listingPlaces(lines: Line[], start: number): ListingPlace[] {
  const places: ListingPlace[] = [];
  let i = start;
  while (i < lines.length) {
    const title = lines[i]!;
    const abstract = lines[i + 1];
    if (abstract === undefined || (!looksLikeAbstract(abstract, title) && looksLikeAbstract(lines[i + 2], abstract))) {
      places.push({ kind: 'alone', line: title, next: abstract });
      i += 1;
    } else {
      places.push({ kind: 'paper', title, abstract });
      i += 2;
    }
  }
  return places;
}

/**
 * A listing is title/abstract pairs: counting from where its records start, the line after most titles must
 * read as an abstract (a line that stands alone counts as a title without one). One paragraph among short
 * lines is a note ("TODO" / a long sentence / "buy milk"), not a listing. The page's glued button label marks
 * a listing by itself, so there one abstract is enough (a copy cut short after its first paper is still read).
 */
function abstractPlaces(places: readonly ListingPlace[]): { places: number; abstracts: number } {
  const abstracts = places.filter((p) => p.kind === 'paper' && looksLikeAbstract(p.abstract, p.title)).length;
  return { places: places.length, abstracts };
}

export function parseListing(file: string, text: string): ParsedRecords {
  const records: RawRecord[] = [];
  const problems: IngestProblem[] = [];
  const lines: Line[] = [];
  text.split('\n').forEach((raw, i) => {
    const trimmed = raw.trim();
    if (trimmed !== '') lines.push({ text: trimmed, line: i + 1 });
  });
  if (lines.length === 0) {
    problems.push({ file, line: 1, severity: 'warning', reason: 'empty listing: no title/abstract lines found' });
    return { records, problems };
  }
  const start = findFirstTitle(lines);
  const walked = listingPlaces(lines, start.index);
  const { places, abstracts } = abstractPlaces(walked);
  if (start.glued ? abstracts === 0 : abstracts * 2 <= places) {
    const found = abstracts === 0 ? 'no line reads as an abstract' : `only ${abstracts} of the ${places} lines in a title's place ${abstracts === 1 ? 'is' : 'are'} followed by one that reads as an abstract`;
    problems.push({
      file,
      line: lines[0]!.line,
      // A file not read, as an unread .ris is: nothing in it could be counted as a record, so no run stops for it.
      severity: 'warning',
      reason: `not a trending-papers listing, so not read: ${found} (a paragraph of ${MIN_ABSTRACT_CHARS} characters or more after its shorter title line); expected a header, then a title line and an abstract line per paper`,
    });
    return { records, problems };
  }
  if (start.index > 0 && !start.glued) {
    const first = lines[0]!.line;
    const last = lines[start.index - 1]!.line;
    problems.push({
      file,
      line: first,
      severity: 'warning',
      reason: `treated line${first === last ? ` ${first}` : `s ${first}–${last}`} as a header (not a title followed by an abstract)`,
    });
  }
  for (const place of walked) {
    const first = (place.kind === 'paper' ? place.title : place.line) === lines[start.index];
    if (place.kind === 'alone') {
      const { line, next } = place;
      const text = first && start.glued ? line.text.replace(GLUED_PREFIX, '') : line.text;
      let reason: string;
      if (next === undefined) reason = `dangling title ${excerpt(text)} at the end of the listing: expected an abstract line after it`;
      else if (text.length >= MIN_ABSTRACT_CHARS && text.length > next.text.length) {
        reason = `a paragraph with no title line before it (${excerpt(text)}): expected a title line, then its abstract; the next line, ${excerpt(next.text)}, starts the next paper`;
      } else reason = `title ${excerpt(text)} has no abstract line after it: the next line, ${excerpt(next.text)}, is followed by a paragraph, so it reads as the next paper's title`;
      problems.push({ file, line: line.line, severity: 'error', dropped: true, reason });
      continue;
    }
    const title = first && start.glued ? place.title.text.replace(GLUED_PREFIX, '') : place.title.text;
    // The listing carries arXiv abstracts, which their authors type in TeX's conventions (`--`, `~`, ``` `` ```).
    records.push(decodeRecordTex({ title, abstract: place.abstract.text, source: { file, line: place.title.line } }, { typography: true }));
  }
  return { records, problems };
}
