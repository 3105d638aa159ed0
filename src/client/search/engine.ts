/**
 * Full-text search over the Pagefind index, shared by the header box, the search page and the graph's
 * find box. It runs in a worker of its own (search-worker.ts; pages call it through search-client.ts).
 * Nothing is fetched until the first search (or a deliberate `warmUp()` on focus): the Pagefind bundle
 * and the concept alias map are imported lazily from the site's own base path.
 *
 * The index holds paper pages only; concept rows come from the concepts of the papers found
 * (src/lib/search/concept-hits.ts). What a first search fetches is kept small on purpose: the filter
 * index that gives exact per-concept counts (several times the size of everything else at 10,000
 * papers) loads only where counts are shown (`loadFilterCounts()`: the search page) or when the reader
 * filters, and only the result rows shown are loaded.
 */
import { expandQuery, namesLookup, normaliseForm, readAliasMap, wordsOnlyQuery, type AliasMap } from '../../lib/search/aliases';
import { acronymQuery } from '../../lib/search/acronym-query';
import { decodeConceptRefs, matchConcepts } from '../../lib/search/concept-hits';
import { parseExcerpt, regionExcerpt, unionLocations, WORD_GAPS, type ExcerptSegment, type ScoredLocation } from '../../lib/search/excerpt';
import { EXCERPT_FROM, EXCERPT_TO } from '../../lib/search/anchors';
import { leadWith, mergeRanked, promoteExactTitles, type MergedHit } from '../../lib/search/merge';
import { allButOneWord, takeInTurn } from '../../lib/search/most-words';
import { searchableQuery } from '../../lib/search/query-symbols';
import { confirmedFallenBackWords } from '../../lib/search/prefix-fallback';
import { keepWholeWords } from '../../lib/search/whole-words';
import { fetchKey, pagefindInitFiles } from '../../lib/search/pagefind-preload';
import { closestWord, correctedQuery, unseenParts } from '../../lib/search/spelling-fix';
import { readWordShard, wordShardKey, type WordBands } from '../../lib/search/word-list';
import { siteBase } from './site-base';
import { assertIndexReached, indexMisses, watchIndexFetches } from './index-reach';

/** The parts of Pagefind's browser API this site uses (pagefind.js ships no types of its own). */
interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text; `locations` count its words. */
  content: string;
  /** `content` as Pagefind splits it into words. */
  raw_content?: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  /** Elements with an id inside the indexed region, with the word they start at. */
  anchors?: Array<{ id: string; location: number }>;
  weighted_locations?: ScoredLocation[];
}
interface PagefindResult {
  id: string;
  score: number;
  /** Locations of the matched words in the page's `content`, this search's own (`data()` reports those of the last search to load the page). */
  words: number[];
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
  /** Loads the index chunks (and filter chunks) `search` would, and searches nothing. */
  preload(term: string, options?: { filters?: Record<string, unknown> }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Words in a result's excerpt. */
const EXCERPT_WORDS = 26;

export interface SearchHit {
  /** Page URL including the base path. */
  url: string;
  title: string;
  /** `paper` or `concept`. */
  kind: string;
  /** Paper slug or concept id. */
  id: string;
  year?: string;
  /** A paper's authors, as its card names them ("A, B, C et al."). */
  authors?: string;
  cluster?: string;
  excerpt: ExcerptSegment[];
  concepts: string[];
}

export interface SearchOutcome {
  query: string;
  /** The queries actually run: the user's, then alias variants. */
  queries: string[];
  /** Matching papers (concept rows are extra: they lead to the pages of concepts those papers carry). */
  total: number;
  /** Only the query as typed was searched, not its alias variants (`variants: 'when-few'`): `total` is a floor. */
  asTyped: boolean;
  hits: SearchHit[];
  /** Concept filter values among the matches, most first. */
  concepts: Array<{ label: string; count: number }>;
  /**
   * `all`: each count is over every match (Pagefind's filter index is loaded). `shown`: the filter index
   * is not loaded yet, so the values and counts come from the loaded rows only and are not shown as totals.
   */
  conceptCounts: 'all' | 'shown';
  /**
   * Words of the query that no loaded result holds (../../lib/search/spelling-fix.ts `unseenParts`): maybe
   * typos, which `spellingFix` checks against the collection's words.
   */
  unseen: string[];
}

let pagefindPromise: Promise<PagefindApi> | undefined;
interface Aliases {
  map: AliasMap;
  namesOf: (label: string) => readonly string[];
}
let aliasPromise: Promise<Aliases> | undefined;
/** The alias map once it has arrived, for searches that do not wait for it. */
let aliasesLoaded: Aliases | undefined;
let filterPromise: Promise<void> | undefined;

/** The global fetch as it was before fetchAhead wrapped it. */
const plainFetch: typeof fetch = (input, init) => originalFetch!(input, init);
let originalFetch: typeof fetch | undefined;

/** Responses fetched ahead for Pagefind (fetchAhead), each handed to the first fetch of the same file. */
const ahead = new Map<string, Promise<Response>>();
/** Files Pagefind has asked for already: never fetched ahead again after that. */
const asked = new Set<string>();
let fetchWrapped = false;

/**
 * Fetches Pagefind's entry now, and as soon as it arrives the metadata and WebAssembly it names
 * (../../lib/search/pagefind-preload.ts), while `pagefind.js` itself still loads; Pagefind's own fetches of
 * those files then get these responses. Same files, same bytes: only the waiting goes.
 */
function fetchAhead(dir: string): void {
  if (typeof fetch !== 'function') return;
  const base = self.location.href;
  if (!fetchWrapped) {
    fetchWrapped = true;
    originalFetch = fetch.bind(self);
    self.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const key = fetchKey(url, base);
      asked.add(key);
      const early = ahead.get(key);
      if (!early || (init?.method && init.method !== 'GET')) return plainFetch(input, init);
      ahead.delete(key);
      return early.then((r) => r, () => plainFetch(input, init));
    };
  }
  const get = (file: string, init?: RequestInit): Promise<Response> | undefined => {
    const key = fetchKey(`${dir}${file}`, base);
    if (asked.has(key) || ahead.has(key)) return undefined;
    const response = plainFetch(key, init);
    // Kept until Pagefind asks; a failure is retried by Pagefind's own fetch.
    response.catch(() => undefined);
    ahead.set(key, response);
    return response;
  };
  // `no-cache`: as fresh as Pagefind's `?ts=` cache buster makes its own request for the entry.
  void (get('pagefind-entry.json', { cache: 'no-cache' }) ?? Promise.resolve(undefined))
    .then((r) => (r?.ok ? r.clone().json() : null))
    .then((entry: unknown) => {
      for (const file of pagefindInitFiles(entry)) void get(file);
    })
    .catch(() => undefined);
}

function loadPagefind(): Promise<PagefindApi> {
  pagefindPromise ??= (async () => {
    const url = `${siteBase()}pagefind/pagefind.js`;
    fetchAhead(`${siteBase()}pagefind/`);
    // Before Pagefind loads: its chunk fetches go through the global fetch, which this counts the failures of.
    watchIndexFetches(globalThis, `${siteBase()}pagefind/index/`);
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // Pagefind searches every metadata field and lifts a page whose field holds the query's words (1.x, `metaWeights`,
    // 1 for a field it is not told of). A result row's authors are there to be shown: the byline, which the index
    // holds as text, finds a paper by any of its authors, and a title or concept word that is also a name ("Bloom
    // filter", "Turing machine") must not rank a paper up for the name of one of its first three authors.
    await api.options({ baseUrl: siteBase(), excerptLength: EXCERPT_WORDS, ranking: { metaWeights: { authors: 0 } } });
    await api.init();
    return api;
  })();
  // A failed load (e.g. offline before the first visit) may be retried by the next search.
  pagefindPromise.catch(() => {
    pagefindPromise = undefined;
  });
  return pagefindPromise;
}

/**
 * Loads Pagefind's filter index, after which every search reports per-concept counts over all its
 * matches. Pagefind also loads the concept filter by itself the first time a search is filtered by one.
 */
export function loadFilterCounts(): Promise<void> {
  filterPromise ??= loadPagefind().then((api) => api.filters().then(() => undefined));
  filterPromise.catch(() => {
    filterPromise = undefined;
  });
  return filterPromise;
}

function loadAliases(): Promise<Aliases> {
  aliasPromise ??= fetch(`${siteBase()}search/aliases.json`)
    .then((r) => (r.ok ? r.json() : null))
    .then(readAliasMap)
    .catch(() => readAliasMap(null))
    .then((map) => (aliasesLoaded = { map, namesOf: namesLookup(map) }));
  return aliasPromise;
}

export interface WarmUpOptions {
  /** The alias map too (default), for pages whose every search uses it. */
  aliases?: boolean;
  /** The filter index too, where exact counts will be shown (the search page). */
  filters?: boolean;
}

/** Starts loading search (bundle, WebAssembly, and what the options name) ahead of the first keystroke. */
export function warmUp({ aliases = true, filters = false }: WarmUpOptions = {}): void {
  void loadPagefind().catch(() => undefined);
  if (aliases) void loadAliases();
  if (filters) void loadFilterCounts().catch(() => undefined);
}

function text(value: string | undefined): string {
  // Pagefind stores metadata as the escaped text of the element.
  return value === undefined ? '' : parseExcerpt(value).map((s) => s.text).join('');
}

function idFromUrl(url: string): string {
  const parts = url.replace(/\/+$/, '').split('/');
  return decodeURIComponent(parts[parts.length - 1] ?? '');
}

/**
 * A page's data with the words every search that found it matched (the query's and its variants'). One
 * at a time: Pagefind hands out one cached object per page and sets its matched words on each call.
 */
async function pageData(item: PagefindResult, also: readonly PagefindResult[]): Promise<PagefindResultData> {
  const d = await item.data();
  if (also.length === 0) return d;
  const own = { locations: d.weighted_locations ?? [], excerpt: d.excerpt };
  const lists = [own.locations];
  for (const other of also) lists.push((await other.data()).weighted_locations ?? []);
  return { ...d, excerpt: own.excerpt, weighted_locations: unionLocations(lists) };
}

/** The excerpt from the abstract, between the anchors the paper page sets; see `regionExcerpt`. */
function abstractExcerpt(d: PagefindResultData): ExcerptSegment[] | undefined {
  const from = d.anchors?.find((a) => a.id === EXCERPT_FROM)?.location;
  if (from === undefined || !d.weighted_locations) return undefined;
  const to = d.anchors?.find((a) => a.id === EXCERPT_TO)?.location;
  return regionExcerpt(d.content, d.weighted_locations, from, to, EXCERPT_WORDS, d.raw_content);
}

function conceptUrl(id: string): string {
  return `${siteBase()}concepts/${encodeURIComponent(id)}/`;
}

/** A result's words that matched the query: its text at the matched locations, and its metadata (Pagefind searches that too). */
function matchedWords(result: PagefindResult, d: PagefindResultData): string[] {
  const words = d.content.split(WORD_GAPS);
  return [...result.words.map((i) => words[i] ?? ''), ...Object.values(d.meta).map((v) => text(v))];
}

/**
 * Pagefind's search, with nothing found when a query word is in the index only as a much shorter word
 * (../../lib/search/prefix-fallback.ts): the best result's matched words tell, and its row is loaded anyway
 * (a word they suggest fell back is searched alone in quotes to be sure);
 * and a query word the index holds by itself is not also found as the start of longer words
 * (../../lib/search/whole-words.ts), which costs searches but no page loads.
 */
async function searchIndex(api: PagefindApi, term: string, filters: Record<string, unknown>): Promise<PagefindSearch | null> {
  const run = (q: string) => api.search(q, { filters });
  const found = await run(term);
  const best = found?.results[0];
  if (!found || !best) return found;
  if ((await confirmedFallenBackWords(run, term, matchedWords(best, await best.data()))).length > 0) {
    return { ...found, results: [], unfilteredResultCount: 0, filters: {} };
  }
  return keepWholeWords(run, term, found);
}

/**
 * `term` and its alias variants, `term` first; only `term` without the alias map. The map knows "ECS" and "ecs"
 * as one form: a query searched as a lowercase acronym puts the query as `typed` back as its first variant.
 */
function variantsOf(term: string, aliases: Aliases | undefined, typed?: string): string[] {
  const variants = aliases ? expandQuery(term, aliases.map) : [term];
  if (typed !== undefined) variants.splice(1, 0, typed);
  return variants;
}

/**
 * A query's variants searched as `searchIndex` searches, with `done` the searches of the first of them already run,
 * and their pages merged into one list, best first, those found only through a later variant a little below an
 * equally good direct hit (../../lib/search/merge.ts): what `search` does with the query it settled on, and
 * `mostWords` with each of its queries.
 */
async function searchMerged(
  api: PagefindApi,
  variants: readonly string[],
  filters: Record<string, unknown>,
  done: ReadonlyArray<PagefindSearch | null> = [],
): Promise<{ searches: Array<PagefindSearch | null>; merged: Array<MergedHit<PagefindResult>> }> {
  const searches = [...done, ...(await Promise.all(variants.slice(done.length).map((v) => searchIndex(api, v, filters))))];
  return { searches, merged: mergeRanked(searches.map((s) => (s?.results ?? []).map((r) => ({ id: r.id, score: r.score, item: r })))) };
}

export interface SearchOptions {
  /** Only pages that carry every one of these concept labels. */
  concepts?: readonly string[];
  /** How many papers to show (their rows are the only ones loaded in full). */
  limit?: number;
  /** At most this many concept rows, above the papers. */
  maxConcepts?: number;
  /**
   * `always`: also search every alias variant of the query (full recall: the search page, the graph).
   * `when-few`: only when the query itself finds fewer papers than `limit`, and only then fetch the alias
   * map (the header box: its few rows rarely reach past direct matches, and most first searches then
   * need neither the map nor the index chunks of the variants' words).
   */
  variants?: 'always' | 'when-few';
  /** Wait for Pagefind's filter index first, so that concept counts are over all matches. */
  exactCounts?: boolean;
}

export async function search(
  query: string,
  { concepts = [], limit = 10, maxConcepts = 3, variants = 'always', exactCounts = false }: SearchOptions = {},
): Promise<SearchOutcome> {
  const misses = indexMisses();
  const [pagefind, preloaded] = await Promise.all([loadPagefind(), variants === 'always' ? loadAliases() : aliasesLoaded]);
  // Every text this search asks Pagefind for, so that it can ask for their index chunks again (assertIndexReached).
  const asked = new Set<string>();
  const api: PagefindApi = {
    ...pagefind,
    search: (q, options) => {
      asked.add(q);
      return pagefind.search(q, options);
    },
  };
  // Without the filter index the search still works, with counts over the loaded rows.
  if (exactCounts) await loadFilterCounts().catch(() => undefined);
  const filters: Record<string, unknown> = {};
  if (concepts.length > 0) filters.concept = { all: [...concepts] };
  // A lowercase acronym ending in S ("ecs", "ansys"), which the stemmer read as a plural, is searched as the
  // acronym ("ECS") where the index holds it (../../lib/search/acronym-query.ts): that search leads, and the
  // query as typed follows as a variant. A search in quotes per such word, no page loaded; none for most queries.
  // Its pages lead where the word as typed is no word of the index ("pacs" found "Self-Paced" above PACS).
  // It depends on the query alone, so it runs beside the query's own search, which asks for the same index
  // chunks (the acronym starts with the word as typed): Pagefind loads a chunk once however many searches ask.
  const readAcronym = async (t: string) => {
    const reading = await acronymQuery((q) => api.search(q, { filters }), t);
    return reading && { ...reading, found: await searchIndex(api, reading.term, filters) };
  };
  let term = searchableQuery(query);
  let [first, acronym] = await Promise.all([searchIndex(api, term, filters), readAcronym(term)]);
  const words = (first?.results.length ?? 0) === 0 ? wordsOnlyQuery(term) : undefined;
  if (words !== undefined) {
    term = words;
    [first, acronym] = await Promise.all([searchIndex(api, term, filters), readAcronym(term)]);
  }
  // A hyphenated word the index holds whole nowhere is searched as the phrase of its parts: "standard-model"
  // finds "Standard Model", while "difference-in-differences" finds no page that merely has "difference".
  if ((first?.results.length ?? 0) === 0 && term.includes('-')) first = await searchIndex(api, `"${term.replace(/-/g, ' ')}"`, filters);
  const typed = acronym?.found && acronym.found.results.length > 0 ? { term, found: first } : undefined;
  if (typed) {
    term = acronym!.term;
    first = acronym!.found;
  }
  const runVariants = variants === 'always' || (first?.results.length ?? 0) < limit;
  const aliases = runVariants ? (preloaded ?? (await loadAliases())) : preloaded;
  // Names are matched against every variant the map knows, searched or not: "RLHF" names its concept either way.
  const queries = variantsOf(term, aliases, typed?.term);
  const done = [first, ...(typed ? [typed.found] : [])];
  const searched = runVariants ? queries : queries.slice(0, done.length);
  const { searches, merged: ranked } = await searchMerged(api, searched, filters, done);
  // A chunk of a searched word not fetched (offline, not on this device) reads as that word being nowhere.
  await assertIndexReached(misses, () => Promise.all([...asked].map((q) => pagefind.preload(q, { filters }))));
  const merged = typed && acronym!.leads ? leadWith(ranked, new Set(first!.results.map((r) => r.id))) : ranked;
  const loaded = await Promise.all(merged.slice(0, limit).map((h) => pageData(h.item, h.also)));
  const papers = promoteExactTitles(loaded, queries, (d) => text(d.meta.title), normaliseForm);
  const refs = papers.map((d) => decodeConceptRefs(text(d.meta.concepts)));
  // "grpo" typed in lower case names GRPO where the alias map says so (no paper writes "grpo" as a word): the
  // map (a few kB) is fetched for it when a loaded paper's concept has that abbreviation.
  const lower = new Set(query.split(/\s+/).filter((w) => w === w.toLowerCase()).map(normaliseForm));
  const names = aliases ?? (maxConcepts > 0 && refs.some((r) => r.some((c) => c.abbreviation && lower.has(normaliseForm(c.abbreviation)))) ? await loadAliases() : undefined);
  const conceptRows: SearchHit[] = matchConcepts(
    refs,
    queries,
    names?.namesOf ?? (() => []),
    normaliseForm,
    maxConcepts,
  ).map((c) => ({
    url: conceptUrl(c.id),
    title: c.label,
    kind: 'concept',
    id: c.id,
    excerpt: c.otherNames.length > 0 ? [{ text: `Also written as ${c.otherNames.join(', ')}`, mark: false }] : [],
    concepts: [],
  }));
  const paperRows: SearchHit[] = papers.map(paperRow);
  const facets = conceptFacets(searches, paperRows);
  return {
    query,
    queries: searched,
    total: merged.length,
    asTyped: !runVariants,
    hits: [...conceptRows, ...paperRows],
    ...facets,
    unseen: unseenParts(query, papers.map((d) => [d.content, ...Object.values(d.meta).map((v) => text(v))].join(' '))),
  };
}

/** A paper's result row. */
function paperRow(d: PagefindResultData): SearchHit {
  return {
    url: d.url,
    title: text(d.meta.title) || idFromUrl(d.url),
    // Only paper pages are indexed, and a paper's id is the last part of its URL.
    kind: 'paper',
    id: idFromUrl(d.url),
    ...(d.meta.year ? { year: text(d.meta.year) } : {}),
    ...(d.meta.authors ? { authors: text(d.meta.authors) } : {}),
    // From the filter, not metadata: Pagefind searches metadata, and the cluster's name is not the paper's text.
    ...(d.filters.cluster?.[0] ? { cluster: text(d.filters.cluster[0]) } : {}),
    excerpt: abstractExcerpt(d) ?? parseExcerpt(d.excerpt),
    concepts: (d.filters.concept ?? []).map((c) => text(c)),
  };
}

export interface MostWordsOptions {
  /** Only pages that carry every one of these concept labels (as the search's own). */
  concepts?: readonly string[];
  /** How many papers to list. */
  limit?: number;
  /** Paper ids not to list again: those the query itself found. */
  exclude?: readonly string[];
}

/**
 * Papers that match all of `query`'s words but one (../../lib/search/most-words.ts), for a query that found few
 * (review 43 finding 9): each such query is searched as `search` searches one, alias variants included, and the
 * best paper of each is taken in turn, less those in `exclude`. None for a query of
 * fewer than three words. Fetches only the index chunks of those queries and the rows it returns.
 */
export async function mostWords(query: string, { concepts = [], limit = 5, exclude = [] }: MostWordsOptions = {}): Promise<SearchHit[]> {
  const queries = allButOneWord(searchableQuery(query));
  if (queries.length === 0) return [];
  const [api, aliases] = await Promise.all([loadPagefind(), loadAliases()]);
  const filters: Record<string, unknown> = {};
  if (concepts.length > 0) filters.concept = { all: [...concepts] };
  const lists = await Promise.all(queries.map(async (q) => (await searchMerged(api, variantsOf(q, aliases), filters)).merged));
  // The query whose best paper scores best first; then the best of each in turn (see most-words.ts).
  const ranked = lists.filter((l) => l.length > 0).sort((a, b) => b[0]!.score - a[0]!.score);
  const taken = takeInTurn(ranked, (h) => h.id);
  const skip = new Set(exclude);
  const rows: SearchHit[] = [];
  // The excluded pages are known by URL only once loaded: a few more rows are loaded than listed.
  for (const h of taken.slice(0, limit + skip.size)) {
    const d = await pageData(h.item, h.also);
    const row = paperRow(d);
    if (!skip.has(row.id) && rows.length < limit) rows.push(row);
  }
  return rows;
}

/**
 * Pagefind's counts when its filter index is loaded (the best count any query variant reports for a
 * concept); otherwise the concepts of the loaded rows, counted among them.
 */
function conceptFacets(
  searches: ReadonlyArray<PagefindSearch | null>,
  rows: readonly SearchHit[],
): Pick<SearchOutcome, 'concepts' | 'conceptCounts'> {
  const counts = new Map<string, number>();
  let all = false;
  for (const s of searches) {
    const byLabel = s?.filters?.concept;
    if (!byLabel || Object.keys(byLabel).length === 0) continue;
    all = true;
    for (const [label, count] of Object.entries(byLabel)) {
      if (count > 0) counts.set(text(label), Math.max(counts.get(text(label)) ?? 0, count));
    }
  }
  if (!all) for (const row of rows) for (const label of row.concepts) counts.set(label, (counts.get(label) ?? 0) + 1);
  const concepts = [...counts.entries()]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return { concepts, conceptCounts: all ? 'all' : 'shown' };
}

/** Every concept's label (Pagefind's filter index): names to suggest when a search finds nothing. */
export const conceptLabels = async (): Promise<string[]> => Object.keys((await (await loadPagefind()).filters()).concept ?? {}).map(text);

const wordShards = new Map<string, Promise<WordBands>>();

/** One shard of the collection's words (../../pages/search/words/[shard].json.ts), fetched once; none on failure. */
function wordShard(key: string): Promise<WordBands> {
  let shard = wordShards.get(key);
  if (!shard) {
    shard = fetch(`${siteBase()}search/words/${key}.json`)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then(readWordShard);
    // A failed fetch (offline) is tried again by a later query.
    shard.catch(() => wordShards.delete(key));
    wordShards.set(key, shard);
  }
  return shard.catch(() => []);
}

/**
 * `query` with each of its `unseen` words that is no word of the collection replaced by the word of the
 * collection it is most likely a typo of, or undefined when none is (review 41 finding 7). Fetches the
 * shards of the collection's words those words need, after the results are shown.
 */
export async function spellingFix(query: string, unseen: readonly string[]): Promise<string | undefined> {
  const fixes = new Map<string, string>();
  await Promise.all(
    unseen.map(async (part) => {
      const word = closestWord(part, await wordShard(wordShardKey(part)));
      if (word !== undefined) fixes.set(part, word);
    }),
  );
  return fixes.size > 0 ? correctedQuery(query, fixes) : undefined;
}

/**
 * Ids of the papers whose full text matches `query` (with concept aliases), best first: what the graph
 * page lights up.
 */
export async function findPaperIds(query: string, limit = 200): Promise<string[]> {
  if (query.trim() === '') return [];
  const outcome = await search(query, { limit, maxConcepts: 0 });
  return outcome.hits.filter((h) => h.kind === 'paper').map((h) => h.id);
}
