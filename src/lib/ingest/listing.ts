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
  /**
   * Set when the file was not read at all, its content not being the format its name promised: what it is not,
   * for the run's summary, which would otherwise list it by that format with 0 records.
   */
  notRead?: string;
}

const NOT_A_LISTING = 'not a trending-papers listing';

/** The button label the page puts right before the first title, with no separator. */
const GLUED_PREFIX = /^Subscribe(?=[^\s\p{Ll}])/u;
/** How far down a header can reach: the listing has two header lines, allow a little slack. */
const MAX_HEADER_LINES = 4;
/** An abstract is a paragraph: clearly longer than a title. */
const MIN_ABSTRACT_CHARS = 120;
/** A line this long is a paragraph whatever else it is: no title runs to it. */
const PARAGRAPH_CHARS = 250;

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

/** A full stop after a word at the end of the line. */
const SENTENCE_LAST = /\p{Ll}{2}\.$/u;
/** A full stop after a lower-case word, then a capital: a sentence ends, unless the word is an abbreviation. */
const SENTENCE_END = /(?<!\p{L})(\p{Ll}{2,})\.\s+\p{Lu}/gu;
/** Words written with a full stop inside a sentence ("A Study on DPO vs. GRPO"). */
const ABBREVIATIONS = new Set(['vs', 'al', 'etc', 'cf', 'viz', 'approx', 'resp', 'incl', 'fig', 'figs', 'eq', 'eqs', 'no', 'vol', 'ed', 'eds', 'ch', 'sec', 'ref', 'refs']);

/**
 * How plainly a line reads as an abstract, 0 to 1: a paragraph, more than one sentence, or a sentence ending in a
 * full stop after a word. A title asks ("Can One Domain Help Others? A Data-Centric Study…") and holds initials
 * ("U.S. Elections"), so only a full stop after a word of two letters or more ends a sentence here.
 */
function abstractEvidence(text: string): number {
  if (text.length >= PARAGRAPH_CHARS || SENTENCE_LAST.test(text)) return 1;
  for (const m of text.matchAll(SENTENCE_END)) if (!ABBREVIATIONS.has(m[1]!)) return 1;
  return 0;
}

const clamp01 = (x: number) => Math.max(0, Math.min(1, x));

/**
 * How ill two lines sit as a title and its abstract: the title reads as an abstract or runs long (past 60
 * characters, fully at 260), the abstract reads as a title or runs short (under 400 characters, fully at none), or
 * the abstract is no longer than its title. Its weights, and `ALONE_COST`, were chosen on listings made from
 * Inspec's train and dev abstracts (100 papers a listing, each title and each abstract line taken out in turn:
 * 2.0% of 3,000 misread, where a short abstract with no full stop reads as a title; each still reported at its
 * line), in a range of settings that all do so, and checked on Inspec's test abstracts (1.7% of 1,000) and the
 * bundled listing (none of 238); pairing by place, one lost line misread every pair after it.
 */
function pairCost(title: Line, abstract: Line): number {
  const t = title.text;
  const a = abstract.text;
  const titleCost = abstractEvidence(t) + 2 * clamp01((t.length - 60) / 200);
  const abstractCost = 1 - abstractEvidence(a) + 2 * clamp01((400 - a.length) / 400);
  return titleCost + abstractCost + (a.length > t.length ? 0 : 1);
}

/** What a line standing alone costs: more than a short abstract's pair, less than a pair that is plainly wrong. */
const ALONE_COST = 2.5;

/**
 * The listing's lines from `start` as its papers: title and abstract pairs, and the lines that stand alone (a
 * title whose abstract line was lost in the copy, or an abstract whose title was), laid out so that the pairs
 * sit best (`pairCost`, the fewest ill points over the whole listing). Paired by place alone, one lost line made
 * every later paper's title the abstract of the one before; a line stands alone only where that costs less than
 * the pairs it would spoil, so a short abstract, or a long title, still makes a pair.
 */
type ListingPlace = { kind: 'paper'; title: Line; abstract: Line } | { kind: 'alone'; line: Line; next: Line | undefined };

function listingPlaces(lines: Line[], start: number): ListingPlace[] {
  const n = lines.length;
  // best[i]: the least cost of the lines from i on; pairs win ties.
  const best = new Float64Array(n + 2);
  const paired = new Uint8Array(n + 1);
  for (let i = n - 1; i >= start; i--) {
    const alone = ALONE_COST + best[i + 1]!;
    const pair = i + 1 < n ? pairCost(lines[i]!, lines[i + 1]!) + best[i + 2]! : Infinity;
    paired[i] = pair <= alone ? 1 : 0;
    best[i] = Math.min(pair, alone);
  }
  const places: ListingPlace[] = [];
  for (let i = start; i < n; ) {
    if (paired[i]) {
      places.push({ kind: 'paper', title: lines[i]!, abstract: lines[i + 1]! });
      i += 2;
    } else {
      places.push({ kind: 'alone', line: lines[i]!, next: lines[i + 1] });
      i += 1;
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
      // A file not read, as an unread .enw is: nothing in it could be counted as a record, so no run stops for it.
      severity: 'warning',
      reason: `${NOT_A_LISTING}, so not read: ${found} (a paragraph of ${MIN_ABSTRACT_CHARS} characters or more after its shorter title line); expected a header, then a title line and an abstract line per paper (a .txt is read as a listing unless it opens as a RIS, PubMed or Web of Science export does)`,
    });
    return { records, problems, notRead: NOT_A_LISTING };
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
      if (abstractEvidence(line.text) > 0) {
        reason = `a paragraph with no title line before it (${excerpt(text)}): expected a title line, then its abstract${next === undefined ? '' : `; the next line, ${excerpt(next.text)}, starts the next paper`}`;
      } else if (next === undefined) reason = `dangling title ${excerpt(text)} at the end of the listing: expected an abstract line after it`;
      else reason = `title ${excerpt(text)} has no abstract line after it: the next line, ${excerpt(next.text)}, reads as the next paper's title`;
      problems.push({ file, line: line.line, severity: 'error', dropped: true, reason });
      continue;
    }
    const title = first && start.glued ? place.title.text.replace(GLUED_PREFIX, '') : place.title.text;
    // The listing carries arXiv abstracts, which their authors type in TeX's conventions (`--`, `~`, ``` `` ```).
    records.push(decodeRecordTex({ title, abstract: place.abstract.text, source: { file, line: place.title.line } }, { typography: true }));
  }
  return { records, problems };
}
