import { searchFold, WORD_JOINER } from './search-fold';

/**
 * What Pagefind can read of a built page: the page's HTML without the elements marked
 * `data-pagefind-ignore="all"` (Pagefind skips them with everything inside, filters and metadata included),
 * its text in the spelling search knows words by (./search-fold.ts; queries are folded the same way). Only
 * text is folded: tags and attributes stay as written, and so do the metadata and filter values, which the
 * result list shows and the concept filters match by label.
 * Two pages with the same projection index the same, so the search step can keep the last index when only
 * ignored parts changed — on a paper page those are the related list, its local graph and the cluster
 * navigation, which move on many pages when one abstract of the collection changes. For the same reason
 * Pagefind is given the projections to index, not the pages (scripts/lib/post-build.ts).
 *
 * Keeping everything else (layout, `data-pagefind-ignore` without "all", whose filters still count) errs on
 * the side of indexing again. Built pages come from our templates, where text and attribute values are
 * escaped, so a tag can be told from text by its `<`.
 */

const IGNORED_ALL = /<([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*\sdata-pagefind-ignore\s*=\s*(?:"all"|'all'|all\b)[^>]*>/g;

/** Elements that have no end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export function searchIndexProjection(html: string): string {
  return foldText(withoutIgnored(searchedParts(html)));
}

const BODY = /<([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*\sdata-pagefind-body\b[^>]*>/g;
/** An element whose attributes give Pagefind metadata, a filter or a sort key, wherever it stands. */
const TAGGED = /<([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*\sdata-pagefind-(?:meta|filter|sort|default-meta|index-attrs)\b[^>]*>/g;

/**
 * Where the page marks its searchable region (`data-pagefind-body`), Pagefind reads nothing else of it but the
 * page's language, its `<title>` and the metadata, filters and sort keys tagged outside the region: everything
 * else (the head's links and social tags, the site's header, navigation and footer) is left out, a little over
 * half of a paper page's bytes (Pagefind at 10,000 papers: 10.7–11.7 s → 8.8–9.7 s, the same files written).
 * A page whose title Pagefind would have to guess (no `data-pagefind-meta="title"`: its first `<h1>`), that
 * has an image outside the region (a guess at its `image`) or whose tags sit on an element around the region is
 * kept whole: those guesses read the page, and such an element holds everything.
 */
function searchedParts(html: string): string {
  BODY.lastIndex = 0;
  if (!BODY.test(html) || !/\sdata-pagefind-meta\s*=\s*["']?title\b/.test(html)) return html;
  const spans = elementSpans(html, BODY);
  const bodies = [...spans];
  const inBody = (at: number) => bodies.some(([from, to]) => at >= from && at < to);
  for (const [from, to] of elementSpans(html, TAGGED)) {
    if (inBody(from)) continue;
    // Tags on an element around the region (`<body data-pagefind-filter=…>`): kept whole, the region would be kept twice.
    if (bodies.some(([start]) => start > from && start < to)) return html;
    spans.push([from, to]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  if (between(html, spans).some((part) => /<img\b/i.test(part))) return html;
  const title = /<title\b[^>]*>[\s\S]*?<\/title>/i.exec(html);
  const htmlTag = /<html\b[^>]*>/i.exec(html)?.[0] ?? '<html>';
  const kept = spans.map(([from, to]) => html.slice(from, to));
  return `<!DOCTYPE html>${htmlTag}<head>${title?.[0] ?? ''}</head><body>${kept.join('')}</body></html>`;
}

/** Start and end of every element whose start tag `tags` matches, outermost ones only. */
function elementSpans(html: string, tags: RegExp): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  tags.lastIndex = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    const tag = m[1]!.toLowerCase();
    const openEnd = m.index + m[0].length;
    const end = VOID.has(tag) || m[0].endsWith('/>') ? openEnd : endOfElement(html, tag, openEnd);
    out.push([m.index, end]);
    tags.lastIndex = end;
  }
  return out;
}

/** The text before, between and after `spans` (in order, not overlapping). */
function between(html: string, spans: ReadonlyArray<readonly [number, number]>): string[] {
  const parts: string[] = [];
  let at = 0;
  for (const [from, to] of spans) {
    parts.push(html.slice(at, from));
    at = to;
  }
  parts.push(html.slice(at));
  return parts;
}

/** The page without the elements marked `data-pagefind-ignore="all"`. */
function withoutIgnored(html: string): string {
  return between(html, elementSpans(html, IGNORED_ALL)).join('');
}

/** The page's text spelled as search spells words, `_` held as a word joiner (./search-fold.ts WORD_JOINER). */
function foldWords(text: string): string {
  return searchFold(text.replaceAll(WORD_JOINER, '').replaceAll('_', WORD_JOINER));
}

/** A tag, a comment or a doctype, quoted attribute values read whole (they may hold `>`). */
const MARKUP = /<!--[\s\S]*?-->|<(?:[^>"']|"[^"]*"|'[^']*')*>/g;
function foldText(html: string): string {
  const out: string[] = [];
  let at = 0;
  MARKUP.lastIndex = 0;
  for (let m = MARKUP.exec(html); m; m = MARKUP.exec(html)) {
    out.push(foldWords(html.slice(at, m.index)), m[0]);
    at = m.index + m[0].length;
    const tag = /^<([a-zA-Z][a-zA-Z0-9-]*)/.exec(m[0])?.[1]?.toLowerCase();
    if (tag === undefined || VOID.has(tag) || m[0].endsWith('/>')) continue;
    if (tag === 'script' || tag === 'style' || /\sdata-pagefind-(?:meta|filter)\b/.test(m[0])) {
      const end = endOfElement(html, tag, at);
      out.push(html.slice(at, end));
      at = end;
      MARKUP.lastIndex = end;
    }
  }
  out.push(foldWords(html.slice(at)));
  return out.join('');
}

/** Index just past the end tag that closes an element `tag` opened before `from` (nesting counted). */
function endOfElement(html: string, tag: string, from: number): number {
  const tags = new RegExp(`<(/?)${tag}(?=[\\s/>])[^>]*>`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    if (m[1] === '/') depth--;
    else if (!m[0].endsWith('/>')) depth++;
    if (depth === 0) return m.index + m[0].length;
  }
  // Unclosed: the rest of the page is inside it.
  return html.length;
}
