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
 * A listing is title/abstract pairs: counting from where its records start, the line after most titles must
 * read as an abstract (a final title with no line after it counts as one without). One paragraph among short
 * lines is a note ("TODO" / a long sentence / "buy milk"), not a listing. The page's glued button label marks
 * a listing by itself, so there one abstract is enough (a copy cut short after its first paper is still read).
 */
function abstractPlaces(lines: Line[], start: number): { places: number; abstracts: number } {
  let places = 0;
  let abstracts = 0;
  for (let i = start; i < lines.length; i += 2) {
    places++;
    if (looksLikeAbstract(lines[i + 1], lines[i])) abstracts++;
  }
  return { places, abstracts };
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
  const { places, abstracts } = abstractPlaces(lines, start.index);
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
  for (let i = start.index; i < lines.length; i += 2) {
    const titleLine = lines[i]!;
    let title = titleLine.text;
    if (i === start.index && start.glued) title = title.replace(GLUED_PREFIX, '');
    const abstractLine = lines[i + 1];
    if (!abstractLine) {
      problems.push({
        file,
        line: titleLine.line,
        severity: 'error',
        dropped: true,
        reason: `dangling title ${excerpt(title)} at the end of the listing: expected an abstract line after it`,
      });
      break;
    }
    // The listing carries arXiv abstracts, which their authors type in TeX's conventions (`--`, `~`, ``` `` ```).
    records.push(decodeRecordTex({ title, abstract: abstractLine.text, source: { file, line: titleLine.line } }, { typography: true }));
  }
  return { records, problems };
}
