/**
 * Whether the search could read every part of the index it asked for. Pagefind drops an index chunk it could not
 * fetch without a word (its `loadChunk` swallows the error), so offline, on a device that holds the index's entry
 * but not the chunk of a query's word, a search found nothing and the reader was told "No results." (session 53's
 * note): the collection may well hold the word. Counting the index's failed fetches lets a search say so.
 */

/** The fetch this module wraps: the worker's global scope, or a test's stand-in. */
export interface FetchScope {
  fetch: typeof fetch;
}

let failed = 0;
const watched = new WeakSet<FetchScope>();

/** How many of the index's files could not be fetched since the page loaded: compare two readings. */
export function indexMisses(): number {
  return failed;
}

/**
 * Wraps `scope.fetch` (once per scope) so that a request under `indexBase` (the site's `pagefind/` folder) that
 * fails, or answers with an error status, is counted. The request itself goes on as it would have.
 */
export function watchIndexFetches(scope: FetchScope, indexBase: string): void {
  if (watched.has(scope)) return;
  watched.add(scope);
  const original = scope.fetch.bind(scope);
  const base = new URL(indexBase, 'http://index.invalid/').pathname;
  const isIndex = (input: RequestInfo | URL): boolean => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return new URL(href, 'http://index.invalid/').pathname.startsWith(base);
  };
  scope.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    try {
      const response = await original(input, init);
      if (!response.ok && isIndex(input)) failed++;
      return response;
    } catch (error) {
      if (isIndex(input)) failed++;
      throw error;
    }
  };
}

/** Thrown by a search that could not read part of the index: its results would be a part taken for all. */
export class IndexUnreachable extends Error {
  constructor() {
    super('Part of the search index could not be fetched');
    this.name = 'IndexUnreachable';
  }
}

/** Throws IndexUnreachable when an index file failed to load since `before` (an `indexMisses()` reading). */
export function assertIndexReached(before: number): void {
  if (failed !== before) throw new IndexUnreachable();
}
