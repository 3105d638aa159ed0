/**
 * What every page runs on load for the header search box: nothing but listeners. `/` or Ctrl/⌘-K
 * focuses the box from anywhere (on the search page, the page's own larger box), and the first focus
 * loads the search UI (`search-box.ts`), which then loads Pagefind. Without JavaScript the box is a
 * plain form that opens the search page.
 */
import type { SearchUi } from './search-ui';

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function armSearchBox(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('[data-search-input]');
  if (!input) return;
  let ui: Promise<SearchUi> | undefined;
  const load = (): Promise<SearchUi> => {
    if (!ui) {
      ui = import('./search-box').then((m) => m.initSearchBox(root));
      // A failed load (e.g. offline before the first visit) is retried on the next focus.
      ui.catch((err: unknown) => {
        console.warn('Search could not load:', err);
        ui = undefined;
      });
    }
    return ui;
  };
  input.addEventListener('focus', () => void load().catch(() => undefined));
  // Typing before the first focus is impossible, but a pointer press is the earliest sign of intent.
  input.addEventListener('pointerdown', () => void load().catch(() => undefined), { once: true });

  document.addEventListener('keydown', (event) => {
    const k = event.key.toLowerCase();
    const isSlash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(event.target);
    const isCmdK = k === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
    if (!isSlash && !isCmdK) return;
    event.preventDefault();
    const pageBox = document.querySelector<HTMLInputElement>('[data-atlas-search-page] [data-search-input]');
    if (pageBox) {
      pageBox.focus();
      pageBox.select();
      return;
    }
    input.focus();
    input.select();
    if (input.value.trim() !== '') void load().then((u) => u.run(), () => undefined);
  });
}
