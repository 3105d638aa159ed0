/**
 * The header search box's working part, loaded by `search-box-trigger.ts` when the reader first
 * focuses the box or presses its shortcut: results drop down under it as they type; Enter without a
 * chosen result goes to the search page.
 */
import { warmUp } from './search-client';
import { SearchUi, searchElements } from './search-ui';

export function initSearchBox(root: HTMLElement): SearchUi {
  const els = searchElements(root);
  const ui = new SearchUi(els, {
    idPrefix: root.id || 'atlas-search',
    // A dropdown: two or three rows fit under the box on a laptop screen, the search page lists twenty at a
    // time, and each row is one more fragment (about 1.3 kB at 10,000 papers) for the first search to fetch:
    // with a sixth, the first search at 10,000 papers came to 300.0 kB, 20 bytes over its budget.
    pageSize: 5,
    maxFilters: 6,
    maxConcepts: 2,
    // A few quick rows: alias variants only when the query finds too few papers itself, and no filter
    // index until the reader filters (see engine.ts).
    variants: 'when-few',
    exactCounts: false,
  });
  // The focus that loaded this module has already happened. The alias map waits until a query needs it.
  warmUp({ aliases: false });

  // Reopen on focus when there is a query; close when focus and pointer leave the widget.
  els.input.addEventListener('focus', () => {
    if (els.input.value.trim() !== '' && els.results.childElementCount + els.empty.childElementCount > 0) ui.open();
  });
  root.addEventListener('focusout', (event) => {
    if (!root.contains(event.relatedTarget as Node | null)) ui.close();
  });
  document.addEventListener('pointerdown', (event) => {
    if (!root.contains(event.target as Node)) ui.close();
  });
  // Whatever was typed while this module loaded, once typing pauses: searching a half-typed word would
  // fetch index chunks for it that the finished query does not need.
  if (els.input.value.trim() !== '') ui.schedule();
  return ui;
}
