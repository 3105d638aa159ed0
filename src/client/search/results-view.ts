/**
 * Renders search results, concept filters and the empty state with DOM methods only: text from the
 * index goes in as text nodes, and the only elements built from an excerpt are the `<mark>`s.
 */
import type { ExcerptSegment } from '../../lib/search/excerpt';
import type { SearchHit, SearchOutcome } from './search-client';
import { siteBase } from './site-base';

export function excerptFragment(segments: readonly ExcerptSegment[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const s of segments) {
    if (s.mark) {
      const mark = document.createElement('mark');
      mark.textContent = s.text;
      fragment.append(mark);
    } else {
      fragment.append(document.createTextNode(s.text));
    }
  }
  return fragment;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, textContent?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (textContent !== undefined) node.textContent = textContent;
  return node;
}

/**
 * The line under a result's title: what it is, its authors, its year, its cluster. The authors are named as a
 * paper card names them (review 44 item 9: 49 papers found through an author, none saying so, read as wrong hits).
 * The cluster is named as one, in quotes: its name is concepts joined by " · " and, bare in that place, read as the
 * paper's own concepts. `isolated`: text from the record, set apart from the rest of the line in its own direction.
 */
function resultMetaParts(hit: Pick<SearchHit, 'kind' | 'year' | 'cluster' | 'authors'>): Array<{ text: string; isolated?: true }> {
  const parts: Array<{ text: string; isolated?: true }> = [{ text: hit.kind === 'concept' ? 'Concept' : 'Paper' }];
  if (hit.authors) parts.push({ text: hit.authors, isolated: true });
  if (hit.year) parts.push({ text: hit.year });
  if (hit.cluster) parts.push({ text: `cluster “${hit.cluster}”` });
  return parts;
}

/** The line under a result's title, as text. */
export function resultMeta(hit: Pick<SearchHit, 'kind' | 'year' | 'cluster' | 'authors'>): string {
  return resultMetaParts(hit)
    .map((p) => p.text)
    .join(' · ');
}

/** The line under a result's title, as an element: the authors in a `<bdi>`, so that a right-to-left name cannot carry the year across. */
function resultMetaElement(hit: Pick<SearchHit, 'kind' | 'year' | 'cluster' | 'authors'>): HTMLElement {
  const line = el('span', 'search-result__meta');
  resultMetaParts(hit).forEach((part, i) => {
    if (i > 0) line.append(' · ');
    line.append(part.isolated ? el('bdi', 'search-result__authors', part.text) : part.text);
  });
  return line;
}

/**
 * The count line, which a screen reader announces. `asTyped`: only the query as typed was searched, not the other
 * names of its concepts (the header box, when the query alone fills its rows): the search page, which searches
 * those too, may find more, so the count is a floor (review 18 M5: "28 results" in the box, 142 behind its "All
 * results" link), said in plain words (review 19 L4). Nothing found under concept filters says which filters,
 * since they stay on as the query changes (review 19 L3: a bare "No results.").
 */
export function resultStatus(total: number, shown: number, selected: readonly string[], asTyped = false): string {
  const filters = selected.join(' + ');
  if (total === 0) return selected.length > 0 ? `No results with the filter${selected.length > 1 ? 's' : ''} ${filters}.` : 'No results.';
  const about = selected.length > 0 ? ` about ${filters}` : '';
  return asTyped
    ? `At least ${total} results${about}${shown < total ? `; top ${shown} shown` : ''}.`
    : `${total} result${total === 1 ? '' : 's'}${shown < total ? `, showing the top ${shown}` : ''}${about}.`;
}

/** One result row: the title links to the page; `idPrefix` keeps ids unique per widget. */
export function resultItem(hit: SearchHit, index: number, idPrefix: string): HTMLLIElement {
  const li = el('li', 'search-result');
  li.id = `${idPrefix}-result-${index}`;
  li.dataset.url = hit.url;
  const link = el('a', 'search-result__title');
  link.href = hit.url;
  link.textContent = hit.title;
  // Isolated, in the title's own direction: right-to-left text or a bidi override in it must not reorder the row.
  link.dir = 'auto';
  const head = el('div', 'search-result__head');
  head.append(link);
  head.append(resultMetaElement(hit));
  li.append(head);
  if (hit.excerpt.length > 0) {
    const p = el('p', 'search-result__excerpt');
    p.append(excerptFragment(hit.excerpt));
    li.append(p);
  }
  return li;
}

/** The helpful part of "no results": what was searched, what to try next. */
export function emptyState(outcome: SearchOutcome, filtered: boolean): HTMLElement {
  const box = el('div', 'search-empty');
  box.dataset.searchEmpty = '';
  const title = el('p', 'search-empty__title');
  title.append('No papers or concepts match ');
  title.append(el('strong', undefined, `“${outcome.query}”`));
  title.append(filtered ? ' with the selected concepts.' : '.');
  box.append(title);
  const tips = el('ul', 'search-empty__tips');
  if (filtered) {
    // A button, not only advice: the filters stay on as the query changes (review 19 L3).
    const clear = el('button', 'search-empty__clear', 'Clear the concept filters');
    clear.type = 'button';
    clear.dataset.searchClear = '';
    const tip = el('li');
    tip.append(clear, ' to search everything.');
    tips.append(tip);
  }
  tips.append(el('li', undefined, 'Check the spelling, or use fewer or more general words — every word must appear.'));
  tips.append(el('li', undefined, 'Abbreviations and their long forms both work (e.g. an acronym or the phrase it stands for).'));
  const browse = el('li');
  browse.append('Or browse ');
  const papers = el('a', undefined, 'all papers');
  papers.href = `${siteBase()}papers/`;
  const concepts = el('a', undefined, 'all concepts');
  concepts.href = `${siteBase()}concepts/`;
  browse.append(papers, ' or ', concepts, '.');
  tips.append(browse);
  box.append(tips);
  return box;
}

/** "Did you mean …?" with a link to the search for each name (../../lib/search/did-you-mean.ts). */
export function didYouMean(names: readonly string[]): HTMLElement {
  const p = el('p', 'search-empty__suggest');
  appendDidYouMean(p, names);
  return p;
}

function appendDidYouMean(p: HTMLElement, names: readonly string[]): void {
  p.append('Did you mean ');
  names.forEach((name, i) => {
    if (i > 0) p.append(i === names.length - 1 ? ' or ' : ', ');
    const link = el('a', undefined, name);
    link.href = `${siteBase()}search/?q=${encodeURIComponent(name)}`;
    link.dir = 'auto';
    p.append(link);
  });
  p.append('?');
}

/**
 * The words of `query` that `corrected` (../../lib/search/spelling-fix.ts `correctedQuery`, which keeps the query's
 * words one for one and leaves the ones it does not correct as typed) corrects, as typed; the whole query if none.
 */
export function correctedWords(query: string, corrected: string): string[] {
  const typed = query.trim().split(/\s+/);
  const fixed = corrected.trim().split(/\s+/);
  const changed = typed.length === fixed.length ? typed.filter((w, i) => w !== fixed[i]) : [];
  return changed.length > 0 ? changed : [query.trim()];
}

/**
 * Above results found for a query with a word no paper holds (review 41 finding 7: "grapheen" showed six
 * papers about graphs and no hint): "No paper has the word “grapheen”. Did you mean graphene?", the corrected
 * query a link to its search: the content of `hint` (a live region, hidden while empty). It says what is
 * true of the word, where "Showing results for “grapheen”" read as the search's own reading of the query
 * (review 43, its notes on search: "Showing results for “controler”. Did you mean controller?").
 */
export function spellingHint(hint: HTMLElement, query: string, corrected: string): void {
  const words = correctedWords(query, corrected);
  const parts: Array<string | HTMLElement> = [words.length > 1 ? 'No paper has the words ' : 'No paper has the word '];
  words.forEach((word, i) => {
    if (i > 0) parts.push(i === words.length - 1 ? ' or ' : ', ');
    const typed = el('strong', undefined, `“${word}”`);
    typed.dir = 'auto';
    parts.push(typed);
  });
  parts.push('. ');
  hint.replaceChildren(...parts);
  appendDidYouMean(hint, [corrected]);
}

/**
 * Toggle buttons for concept filters; `selected` ones first and pressed. Counts are shown only when
 * they are over all matches (`withCounts`), not just over the rows loaded so far.
 */
export function conceptFilters(
  facets: ReadonlyArray<{ label: string; count: number }>,
  selected: readonly string[],
  max: number,
  withCounts = true,
): HTMLElement[] {
  const shown = [
    ...selected.map((label) => ({ label, count: facets.find((f) => f.label === label)?.count ?? 0 })),
    ...facets.filter((f) => !selected.includes(f.label)),
  ].slice(0, Math.max(max, selected.length));
  return shown.map(({ label, count }) => {
    const button = el('button', 'search-filter');
    button.type = 'button';
    button.dataset.concept = label;
    button.setAttribute('aria-pressed', String(selected.includes(label)));
    button.append(el('span', 'search-filter__label', label));
    if (withCounts) button.append(el('span', 'search-filter__count', String(count)));
    button.title = selected.includes(label) ? `Stop filtering by ${label}` : `Only results about ${label}`;
    return button;
  });
}

/**
 * Filters a narrow screen shows before "More filters": sixteen chips pushed a phone's first result down to
 * about y=650 of 844 (review 41 finding 8). Pressed ones come first in the row, so they stay in view. The CSS
 * that hides the rest (SearchBox.astro, `nth-child(n + 6)`) counts the same five: change them together.
 */
export const FEW_FILTERS = 5;

/** The button that shows a collapsed filter row's other `hidden` chips (shown by CSS on narrow screens only). */
export function moreFiltersButton(hidden: number): HTMLButtonElement {
  const button = el('button', 'search-filters__more', `More filters (${hidden})`);
  button.type = 'button';
  button.dataset.filtersMore = '';
  return button;
}
