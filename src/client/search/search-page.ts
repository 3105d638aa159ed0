/** The search page: its own box, larger pages of results, state mirrored in the URL (`?q=&concept=`). */
import { SearchUi, searchElements } from './search-ui';

export function initSearchPage(root: HTMLElement): SearchUi {
  const els = searchElements(root);
  const params = new URLSearchParams(location.search);
  const ui = new SearchUi(els, {
    idPrefix: 'search-page',
    pageSize: 20,
    maxFilters: 16,
    maxConcepts: 3,
    // The page for all results and filters: every alias variant, and concept counts over all matches.
    variants: 'always',
    exactCounts: true,
    initialConcepts: params.getAll('concept'),
    onSearch: (query, concepts) => {
      const url = new URL(location.href);
      url.searchParams.delete('q');
      url.searchParams.delete('concept');
      if (query) url.searchParams.set('q', query);
      for (const c of concepts) url.searchParams.append('concept', c);
      history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    },
  });
  const initial = params.get('q') ?? '';
  if (initial.trim() !== '') {
    els.input.value = initial;
    void ui.run();
  } else {
    els.input.focus();
  }
  return ui;
}
