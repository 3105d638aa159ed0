/**
 * Pagefind excerpts are HTML: escaped page text with the hits wrapped in `<mark>`. The site never puts
 * them into innerHTML; it turns them into plain-text segments and builds `<mark>` elements itself, so
 * content cannot inject markup whatever the index holds.
 */
import { TEX_CHARS } from '../normalise/tex-chars';
import { PLURAL_GUARD, WORD_JOINER } from './search-fold';

export interface ExcerptSegment {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the few entities an escaper produces; anything else stays as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return Object.hasOwn(ENTITIES, body.toLowerCase()) ? ENTITIES[body.toLowerCase()]! : whole;
  });
}

/** A TeX command: letters, or a capitalised name glued to the text after it (`$\Lambda$CDM` is `\LambdaCDM`). */
const TEX_COMMAND = /\\([A-Za-z][a-z]*)/g;

/**
 * The index's text as it is read: the index holds a formula as its TeX, for the words a reader types, and an
 * excerpt shows its Greek letters and symbols as characters (`\Omega \subset R^n` as Ω ⊂ R^n), like the
 * page's title; an underscore, which the index holds as a word joiner, is an underscore again (`array1_size`).
 */
export function asRead(text: string): string {
  return text.replace(TEX_COMMAND, (whole, name: string) => TEX_CHARS.get(name) ?? whole).replaceAll(PLURAL_GUARD, '').replaceAll(WORD_JOINER, '_');
}

/**
 * Splits on `<mark>`/`</mark>` only; every other tag-looking piece of text is kept as literal text.
 * Adjacent segments of the same kind are merged and empty ones dropped.
 */
export function parseExcerpt(html: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let mark = false;
  for (const piece of html.split(/(<\/?mark>)/i)) {
    const lower = piece.toLowerCase();
    if (lower === '<mark>') { mark = true; continue; }
    if (lower === '</mark>') { mark = false; continue; }
    if (piece === '') continue;
    const text = asRead(decodeEntities(piece));
    const last = segments[segments.length - 1];
    if (last && last.mark === mark) last.text += text;
    else segments.push({ text, mark });
  }
  return segments;
}

/** A matched word of a result: its index among the page text's words and Pagefind's score for it. */
export interface ScoredLocation {
  location: number;
  balanced_score: number;
}

/**
 * The matched words of one page as several searches found it (the query and its alias variants): each
 * location once, at its best score.
 */
export function unionLocations(lists: ReadonlyArray<readonly ScoredLocation[]>): ScoredLocation[] {
  const best = new Map<number, number>();
  for (const list of lists) for (const h of list) best.set(h.location, Math.max(best.get(h.location) ?? -Infinity, h.balanced_score));
  return [...best].sort((a, b) => a[0] - b[0]).map(([location, balanced_score]) => ({ location, balanced_score }));
}

/** A word's leading punctuation, the rest up to its last letter or digit, and its trailing punctuation. */
const WORD_CORE = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su;

/** How Pagefind splits a page's text into the words its locations count. */
export const WORD_GAPS = /[^\S\uFEFF]+/;

/**
 * An excerpt from one region of a result's text: the `length` words between word `from` and word `to`
 * that hold the most score of matched words, the matched words marked, "…" where text is cut; the region's
 * first `length` words when none of its words matched. Pagefind itself takes the best window of the whole
 * page, and on a paper page that is the title (weighted ten times) nearly whenever the title matches: the
 * result list showed each title twice. Undefined when the region is empty, or when the text is split
 * otherwise than by spaces (Pagefind's word breaks for
 * languages without spaces), so that Pagefind's own excerpt is used. Pagefind marks those breaks with
 * zero-width spaces in the page's text as it read it (`raw`, its `raw_content`) and drops them from `content`,
 * while its word locations still count the words between them.
 */
export function regionExcerpt(
  content: string,
  hits: readonly ScoredLocation[],
  from: number,
  to: number | undefined,
  length: number,
  raw: string = content,
): ExcerptSegment[] | undefined {
  if (raw.includes('\u200b')) return undefined;
  const words = content.split(WORD_GAPS).map(asRead);
  const end = Math.min(to ?? words.length, words.length);
  if (end <= from) return undefined;
  const inside = hits.filter((h) => h.location >= from && h.location < end);
  const score = new Map<number, number>();
  for (const h of inside) score.set(h.location, (score.get(h.location) ?? 0) + h.balanced_score);
  // Every window that starts at or just before a match; the best one, the earliest of equals. Without a
  // match in the region (the title alone matched, or a concept's other name) the abstract's opening:
  // Pagefind's own excerpt would be the title again.
  const size = Math.min(length, end - from);
  let best = from;
  let bestScore = -1;
  for (const h of inside) {
    const start = Math.max(from, Math.min(h.location - 2, end - size));
    let sum = 0;
    for (const [at, s] of score) if (at >= start && at < start + size) sum += s;
    if (sum > bestScore || (sum === bestScore && start < best)) {
      best = start;
      bestScore = sum;
    }
  }
  const segments: ExcerptSegment[] = [];
  const push = (text: string, mark: boolean) => {
    const last = segments[segments.length - 1];
    if (last && last.mark === mark) last.text += text;
    else segments.push({ text, mark });
  };
  if (best > from) push('… ', false);
  for (let i = best; i < best + size; i++) {
    if (i > best) push(' ', false);
    const word = words[i]!;
    // Pagefind's words carry their punctuation: "(RL)" and "RLang," are marked as "RL" and "RLang".
    const core = score.has(i) ? WORD_CORE.exec(word) : null;
    if (core && core[2]) {
      push(core[1]!, false);
      push(core[2], true);
      push(core[3]!, false);
    } else push(word, score.has(i));
  }
  if (best + size < end) push(' …', false);
  return segments;
}
