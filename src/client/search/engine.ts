/**
 * Full-text search over the Pagefind index, shared by the header box, the search page and the graph's
 * find box. Nothing is fetched until the first search (or a deliberate `warmUp()` on focus): the
 * Pagefind bundle and the concept alias map are imported lazily from the site's own base path.
 */
import { expandQuery, normaliseForm, readAliasMap, type AliasMap } from '../../lib/search/aliases';
import { parseExcerpt, type ExcerptSegment } from '../../lib/search/excerpt';
import { mergeRanked, promoteExactTitles } from '../../lib/search/merge';

/** The parts of Pagefind's browser API this site uses (pagefind.js ships no types of its own). */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: Record<string, unknown> }): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface SearchHit {
  /** Page URL including the base path. */
  url: string;
  title: string;
  /** `paper` or `concept` (from the page's `kind` metadata). */
  kind: string;
  /** Paper slug or concept id. */
  id: string;
  year?: string;
  cluster?: string;
  excerpt: ExcerptSegment[];
  concepts: string[];
}

export interface SearchOutcome {
  query: string;
  /** The queries actually run: the user's, then alias variants. */
  queries: string[];
  total: number;
  hits: SearchHit[];
  /** Concept filter values among the matches, with how many matches carry each, most first. */
  concepts: Array<{ label: string; count: number }>;
}

export function siteBase(): string {
  const base = import.meta.env.BASE_URL || '/';
  return base.endsWith('/') ? base : `${base}/`;
}

let pagefindPromise: Promise<PagefindApi> | undefined;
let aliasPromise: Promise<AliasMap> | undefined;

function loadPagefind(): Promise<PagefindApi> {
  pagefindPromise ??= (async () => {
    const url = `${siteBase()}pagefind/pagefind.js`;
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await api.options({ baseUrl: siteBase(), excerptLength: 26 });
    await api.init();
    // Pagefind reports per-filter counts with search results only once its filter index is loaded.
    await api.filters();
    return api;
  })();
  // A failed load (e.g. offline before the first visit) may be retried by the next search.
  pagefindPromise.catch(() => {
    pagefindPromise = undefined;
  });
  return pagefindPromise;
}

function loadAliases(): Promise<AliasMap> {
  aliasPromise ??= fetch(`${siteBase()}search/aliases.json`)
    .then((r) => (r.ok ? r.json() : null))
    .then(readAliasMap)
    .catch(() => readAliasMap(null));
  return aliasPromise;
}

/** Starts loading search (bundle, WebAssembly, alias map) ahead of the first keystroke. */
export function warmUp(): void {
  void loadPagefind().catch(() => undefined);
  void loadAliases();
}

function text(value: string | undefined): string {
  // Pagefind stores metadata as the escaped text of the element.
  return value === undefined ? '' : parseExcerpt(value).map((s) => s.text).join('');
}

function idFromUrl(url: string): string {
  const parts = url.replace(/\/+$/, '').split('/');
  return decodeURIComponent(parts[parts.length - 1] ?? '');
}

export interface SearchOptions {
  /** Only pages that carry every one of these concept labels. */
  concepts?: readonly string[];
  /** Only pages of this kind (`paper` or `concept`). */
  kind?: string;
  /** How many hits to load in full (titles, excerpts). */
  limit?: number;
}

export async function search(query: string, { concepts = [], kind, limit = 10 }: SearchOptions = {}): Promise<SearchOutcome> {
  const [api, aliases] = await Promise.all([loadPagefind(), loadAliases()]);
  const queries = expandQuery(query, aliases);
  const filters: Record<string, unknown> = {};
  if (concepts.length > 0) filters.concept = { all: [...concepts] };
  if (kind) filters.kind = kind;
  const searches = await Promise.all(queries.map((q) => api.search(q, { filters })));
  const merged = mergeRanked(
    searches.map((s) => (s?.results ?? []).map((r) => ({ id: r.id, score: r.score, item: r }))),
  );
  // A few more than asked for, so that an exact title match just below the cut can still move up.
  const top = merged.slice(0, Math.max(limit, 20));
  const loaded = await Promise.all(top.map((h) => h.item.data()));
  // The concept page named exactly what was typed belongs first even when many papers repeat the term
  // more often than its short page does: look for it among concept pages alone.
  if (!kind || kind === 'concept') {
    const seen = new Set(top.map((h) => h.id));
    const conceptHits = await Promise.all(queries.map((q) => api.search(q, { filters: { ...filters, kind: 'concept' } })));
    const candidates = conceptHits.flatMap((s) => (s?.results ?? []).slice(0, 3)).filter((r) => !seen.has(r.id));
    const extra = await Promise.all(candidates.map((r) => r.data()));
    const wanted = new Set(queries.map(normaliseForm));
    loaded.unshift(...extra.filter((d) => wanted.has(normaliseForm(text(d.meta.title)))).slice(0, 1));
  }
  const ranked = promoteExactTitles(loaded, queries, (d) => text(d.meta.title), normaliseForm).slice(0, limit);
  const hits: SearchHit[] = ranked.map((d) => ({
    url: d.url,
    title: text(d.meta.title) || idFromUrl(d.url),
    kind: text(d.meta.kind) || 'page',
    id: text(d.meta.id) || idFromUrl(d.url),
    ...(d.meta.year ? { year: text(d.meta.year) } : {}),
    ...(d.meta.cluster ? { cluster: text(d.meta.cluster) } : {}),
    excerpt: parseExcerpt(d.excerpt),
    concepts: (d.filters.concept ?? []).map((c) => text(c)),
  }));
  // Facet counts: the best count any of the query variants reports for a concept.
  const counts = new Map<string, number>();
  for (const s of searches) {
    for (const [label, count] of Object.entries(s?.filters?.concept ?? {})) {
      if (count > 0) counts.set(label, Math.max(counts.get(label) ?? 0, count));
    }
  }
  const conceptFacets = [...counts.entries()]
    .map(([label, count]) => ({ label: text(label), count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return { query, queries, total: merged.length, hits, concepts: conceptFacets };
}

/**
 * Ids of the papers whose full text matches `query` (with concept aliases), best first: what the graph
 * page lights up.
 */
export async function findPaperIds(query: string, limit = 200): Promise<string[]> {
  if (query.trim() === '') return [];
  const outcome = await search(query, { kind: 'paper', limit });
  return outcome.hits.map((h) => h.id);
}
