/**
 * Full-text find for the graph page. The graph's own find box matches titles and concept names it has
 * in memory; this adds the Pagefind index (abstracts too, with concept aliases) and tells the graph
 * which papers to light up through the `atlas:highlight` event the graph client listens for:
 *
 *   document.dispatchEvent(new CustomEvent('atlas:highlight', { detail: { ids, query } }))
 *
 * `ids` are paper slugs (= graph node ids), best match first; an empty list clears the highlight. A full-text
 * search that could not run (offline, its index not on the device) sends no ids and `unavailable`, the sentence the
 * header's search box says then, for the graph's status line to add after what its own title/concept match found.
 */
import { findPaperIds, warmUp } from './search-client';
import { searchUnavailableMessage } from './unavailable-message';

export interface HighlightDetail {
  ids: string[];
  query: string;
  unavailable?: string;
}

export const HIGHLIGHT_EVENT = 'atlas:highlight';
/** The graph's request for a Find's papers again (src/client/graph/find-results.ts `askFindAgain`). */
export const FIND_AGAIN_EVENT = 'atlas:find-again';

/** Searches the full text and dispatches `atlas:highlight` on `target`; returns the ids it sent. */
export async function highlightFullText(query: string, target: EventTarget = document): Promise<string[]> {
  const ids = query.trim() === '' ? [] : await findPaperIds(query);
  target.dispatchEvent(new CustomEvent<HighlightDetail>(HIGHLIGHT_EVENT, { detail: { ids, query } }));
  return ids;
}

/**
 * Wires the graph page's find box (`#graph-find-form`): besides the graph's own title/concept match,
 * every submitted query also runs through the full-text index and the matching papers light up.
 * Loaded by the header search box's script only on pages that have that form.
 */
export function attachGraphFind(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type="search"], input[name="q"]');
  if (!input) return;
  input.addEventListener('focus', () => warmUp({ aliases: true }), { once: true });
  // The graph waits for these matches before filtering by a concept the text names (find-results.ts).
  form.dataset.fullText = 'on';
  let latest = 0;
  const search = (query: string) => {
    const run = ++latest;
    void findPaperIds(query)
      .then((ids) => {
        // A newer query supersedes this one; only the latest result lights up.
        if (run === latest) document.dispatchEvent(new CustomEvent<HighlightDetail>(HIGHLIGHT_EVENT, { detail: { ids, query } }));
      })
      .catch((err: unknown) => {
        console.warn('Full-text find failed:', err);
        // Still an answer: the graph then filters by the concept the text names, as without full text, and says
        // that the papers' text was not searched (its own match alone read as all the Find had found).
        const detail: HighlightDetail = { ids: [], query, unavailable: searchUnavailableMessage(navigator.onLine) };
        if (run === latest) document.dispatchEvent(new CustomEvent<HighlightDetail>(HIGHLIGHT_EVENT, { detail }));
      });
  };
  form.addEventListener('submit', () => search(input.value));
  // The graph asks again for a Find it has no answer to (a link with `find=`, a Back to a Find answered late).
  document.addEventListener(FIND_AGAIN_EVENT, (event) => {
    const query = (event as CustomEvent<{ query?: unknown }>).detail?.query;
    if (typeof query === 'string') search(query);
  });
}

export { findPaperIds, warmUp };
