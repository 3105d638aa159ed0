/**
 * The header search box on every page. `/` or Ctrl/⌘-K focuses it from anywhere; results drop down
 * under it; Enter without a chosen result goes to the search page. Pagefind loads on first focus.
 */
import { SearchUi, searchElements } from './search-ui';

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function initSearchBox(root: HTMLElement): SearchUi {
  const els = searchElements(root);
  const ui = new SearchUi(els, { idPrefix: root.id || 'atlas-search', pageSize: 8, maxFilters: 6 });

  document.addEventListener('keydown', (event) => {
    const k = event.key.toLowerCase();
    const isSlash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(event.target);
    const isCmdK = k === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
    if (!isSlash && !isCmdK) return;
    event.preventDefault();
    // On the search page the shortcut goes to the page's own, larger box.
    const pageBox = document.querySelector<HTMLInputElement>('[data-atlas-search-page] [data-search-input]');
    if (pageBox) {
      pageBox.focus();
      pageBox.select();
      return;
    }
    els.input.focus();
    els.input.select();
    if (els.input.value.trim() !== '') void ui.run();
  });

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
  return ui;
}
