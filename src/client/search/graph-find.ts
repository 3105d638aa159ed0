/**
 * Full-text find for the graph page. The graph's own find box matches titles and concept names it has
 * in memory; this adds the Pagefind index (abstracts too, with concept aliases) and tells the graph
 * which papers to light up through the `atlas:highlight` event the graph client listens for:
 *
 *   document.dispatchEvent(new CustomEvent('atlas:highlight', { detail: { ids, query } }))
 *
 * `ids` are paper slugs (= graph node ids), best match first; an empty list clears the highlight.
 */
import { findPaperIds } from './engine';

export interface HighlightDetail {
  ids: string[];
  query: string;
}

export const HIGHLIGHT_EVENT = 'atlas:highlight';

/** Searches the full text and dispatches `atlas:highlight` on `target`; returns the ids it sent. */
export async function highlightFullText(query: string, target: EventTarget = document): Promise<string[]> {
  const ids = query.trim() === '' ? [] : await findPaperIds(query);
  target.dispatchEvent(new CustomEvent<HighlightDetail>(HIGHLIGHT_EVENT, { detail: { ids, query } }));
  return ids;
}

export { findPaperIds, warmUp } from './engine';
