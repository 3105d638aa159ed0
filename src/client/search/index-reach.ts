/**
 * Whether a search could read every part of the index it asked for. Pagefind drops an index chunk it could not
 * fetch without a word (its `loadChunk` swallows the error), so offline, on a device that holds the index's entry
 * but not the chunk of a query's word, a search found nothing and the reader was told "No results." (session 53's
 * note): the collection may well hold the word. Counting the index's failed fetches lets a search say so.
 *
 * The count is the worker's, not a search's: searches overlap (the reader types on, and the search of the shorter
 * text runs to its end), and a chunk only the earlier search needed, failing while the later one ran, made the
 * later one say "not saved" over results it had read in full (review finding 9a). Which search a fetch is for
 * cannot be told from the fetch (Pagefind asks for each chunk once, for whichever search needs it first), so a
 * search that saw a failure asks for its own chunks again (`assertIndexReached`): Pagefind forgets a chunk it could
 * not fetch and fetches it anew, and does not fetch one it holds.
 */

/** The fetch this module wraps: the worker's global scope, or a test's stand-in. */
export interface FetchScope {
  fetch: typeof fetch;
}

let failed = 0;
/** Index fetches under way, each settling (never rejecting) when its request does. */
const underWay = new Set<Promise<void>>();
const watched = new WeakSet<FetchScope>();

/**
 * The longest a re-check waits for other searches' fetches under way. A request that hangs (a network that answers
 * nothing) must not hold up an answer; a failure they bring later is counted against this search, as before.
 */
const SETTLE_WAIT_MS = 1000;

/** How many of the index's files could not be fetched since the page loaded: a search's starting reading. */
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
  scope.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = original(input, init);
    if (!isIndex(input)) return request;
    const settled = request.then(
      (response) => {
        if (!response.ok) failed++;
      },
      () => {
        failed++;
      },
    );
    underWay.add(settled);
    void settled.then(() => underWay.delete(settled));
    // The caller gets the request's own promise, so that a failure is counted before the caller hears of it.
    return settled.then(() => request);
  };
}

/** Thrown by a search that could not read part of the index: its results would be a part taken for all. */
export class IndexUnreachable extends Error {
  constructor() {
    super('Part of the search index could not be fetched');
    this.name = 'IndexUnreachable';
  }
}

/**
 * Throws IndexUnreachable when the search that read `before` (`indexMisses()` as it started) could not fetch an index
 * chunk it needed. A fetch that failed since may be another search's, so the search's own chunks are asked for
 * again by `askAgain` (Pagefind's `preload` of each query it searched): once the fetches under way have settled, a
 * chunk it holds is not fetched again, and one it could not fetch is fetched anew, by this search. Only a failure
 * during that counts. When none failed since `before`, nothing is asked again.
 */
export async function assertIndexReached(before: number, askAgain: () => Promise<unknown>): Promise<void> {
  if (failed === before) return;
  await othersSettled();
  const again = failed;
  await askAgain();
  if (failed !== again) throw new IndexUnreachable();
}

/** The index fetches under way have settled, or SETTLE_WAIT_MS has passed. */
async function othersSettled(): Promise<void> {
  if (underWay.size === 0) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = new Promise<void>((resolve) => (timer = setTimeout(resolve, SETTLE_WAIT_MS)));
  await Promise.race([Promise.all([...underWay]), wait]);
  clearTimeout(timer);
}
