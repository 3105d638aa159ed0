/**
 * The interactive part shared by the header search box and the search page: debounced search as you
 * type, concept filter toggles, arrow-key navigation of the results, Enter to open, Escape to close, a
 * helpful empty state, and a clear message when search cannot load.
 *
 * Results are a plain list of links and the arrow keys move real focus between them (input → first
 * link → … and back up), so every result is an ordinary link to assistive technology, middle-click and
 * "open in new tab"; the result count is announced through a polite live region.
 */
import { closeNames } from '../../lib/search/did-you-mean';
import { allButOneWord, FEW_RESULTS } from '../../lib/search/most-words';
import { conceptLabels, mostWords, search, spellingFix, warmUp, type SearchOutcome } from './search-client';
import { conceptFilters, didYouMean, emptyState, FEW_FILTERS, moreFiltersButton, resultItem, resultStatus, spellingHint } from './results-view';
import { markOfflineLinks } from '../offline/available';
import { searchUnavailableMessage } from './unavailable-message';

/** How long typing pauses before the search runs... */
const PAUSE_MS = 120;
/** ...and, longer, for a query of one letter: a slow typist leaves 300–400 ms between keys. */
const ONE_LETTER_PAUSE_MS = 700;
/**
 * How long found results wait for the spelling hint above them ("No paper has the word “grapheen”. Did you mean
 * graphene?"), which needs a shard of the collection's words: shown after them, it pushed them down a line (two
 * on a phone) as the reader began to read. A hint later than this arrives in space kept for it.
 */
const HINT_WAIT_MS = 250;
/** Papers listed as matching most of the words of a query that found few. */
const MOST_WORDS_ROWS = 5;

export interface SearchUiElements {
  input: HTMLInputElement;
  results: HTMLElement;
  status: HTMLElement;
  filters: HTMLElement;
  empty: HTMLElement;
  /** "No paper has the word …. Did you mean …?" above results found for a query with a misspelled word. */
  spelling?: HTMLElement;
  /** Header only: the dropdown that holds everything but the input. */
  popup?: HTMLElement;
  /** Header only: link to the search page for the current query. */
  more?: HTMLAnchorElement;
  /** Search page only: loads more results. */
  showMore?: HTMLButtonElement;
  /** Search page only: the papers matching most of the words of a query that found few, a list in a section kept hidden until then. */
  most?: HTMLElement;
}

export interface SearchUiOptions {
  idPrefix: string;
  pageSize: number;
  maxFilters: number;
  /** Concept rows shown above the papers, at most. */
  maxConcepts: number;
  /** See `SearchOptions.variants`. */
  variants: 'always' | 'when-few';
  /** See `SearchOptions.exactCounts`. */
  exactCounts: boolean;
  /** Called after each search with the query and selected concepts (the search page mirrors them in the URL). */
  onSearch?: (query: string, concepts: readonly string[]) => void;
  initialConcepts?: readonly string[];
}

export class SearchUi {
  private readonly els: SearchUiElements;
  private readonly opts: SearchUiOptions;
  private selected: string[];
  /** The reader asked for all of a narrow screen's filters ("More filters"); a new query collapses the row again. */
  private filtersOpen = false;
  private limit: number;
  private sequence = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** A keystroke's search is waiting for typing to pause. */
  private typing = false;

  constructor(els: SearchUiElements, opts: SearchUiOptions) {
    this.els = els;
    this.opts = opts;
    this.selected = [...(opts.initialConcepts ?? [])];
    this.limit = opts.pageSize;
    const { input } = els;
    input.addEventListener('focus', () => warmUp({ aliases: opts.variants === 'always' }), { once: true });
    input.addEventListener('input', () => this.schedule());
    input.addEventListener('keydown', (event) => this.onInputKey(event));
    els.results.addEventListener('keydown', (event) => this.onResultKey(event));
    const openRow = (event: MouseEvent) => {
      // The whole row is a target, not only the title link.
      const row = (event.target as Element).closest<HTMLElement>('.search-result');
      if (row && !(event.target as Element).closest('a') && row.dataset.url) location.assign(row.dataset.url);
    };
    els.results.addEventListener('click', openRow);
    els.most?.addEventListener('click', openRow);
    els.filters.addEventListener('click', (event) => {
      if ((event.target as Element).closest('[data-filters-more]')) {
        this.filtersOpen = true;
        els.filters.removeAttribute('data-collapsed');
        // Focus goes to the first chip the row had left out, not back to the page's start.
        els.filters.querySelectorAll<HTMLButtonElement>('button[data-concept]')[FEW_FILTERS]?.focus();
        return;
      }
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-concept]');
      if (!button) return;
      const label = button.dataset.concept ?? '';
      this.selected = this.selected.includes(label) ? this.selected.filter((l) => l !== label) : [...this.selected, label];
      this.limit = this.opts.pageSize;
      void this.run();
    });
    els.empty.addEventListener('click', (event) => {
      if (!(event.target as Element).closest('[data-search-clear]')) return;
      this.selected = [];
      this.limit = this.opts.pageSize;
      // The button goes with the empty state: focus goes back to the box.
      els.input.focus();
      void this.run();
    });
    els.showMore?.addEventListener('click', () => {
      this.limit += this.opts.pageSize;
      void this.run();
    });
  }

  get query(): string {
    return this.els.input.value.trim();
  }

  /**
   * Runs the search for the input's value once typing pauses (every keystroke restarts the wait). One
   * letter is searched as a whole word (../../lib/search/whole-words.ts), which the first letter of a word
   * being typed seldom is: it waits for a longer pause, so that typing "n", "e", "u" slowly shows no "No
   * papers or concepts match n" before the second letter, while a reader who stops at "R" still gets its
   * papers.
   */
  schedule(): void {
    this.limit = this.opts.pageSize;
    this.filtersOpen = false;
    clearTimeout(this.timer);
    this.typing = true;
    // A "no match" already shown spoke of the query before this keystroke.
    if (!this.els.empty.hidden) {
      this.els.empty.replaceChildren();
      this.els.empty.hidden = true;
      this.els.status.textContent = '';
    }
    this.timer = setTimeout(() => void this.run(), [...this.query].length === 1 ? ONE_LETTER_PAUSE_MS : PAUSE_MS);
  }

  /**
   * Whether an answer is out of date: a later search has started, or it found nothing while the reader has
   * typed on (the next search is waiting for a pause), when "no match" would speak of a query no longer there.
   */
  private stale(seq: number, outcome?: SearchOutcome): boolean {
    return seq !== this.sequence || (this.typing && outcome?.total === 0);
  }

  /**
   * The spelling hint's corrected query for found results that hold none of the words of a query word
   * (../../lib/search/spelling-fix.ts), if any: undefined when no hint can be.
   */
  private spellingFor(outcome: SearchOutcome): Promise<string | undefined> | undefined {
    if (!this.els.spelling || outcome.total === 0 || outcome.unseen.length === 0) return undefined;
    return spellingFix(outcome.query, outcome.unseen).catch(() => undefined);
  }

  /** Runs the search for the input's current value now. */
  async run(): Promise<void> {
    clearTimeout(this.timer);
    this.typing = false;
    const query = this.query;
    const seq = ++this.sequence;
    if (query === '') {
      this.clear();
      this.els.input.dataset.searched = '';
      this.opts.onSearch?.('', this.selected);
      return;
    }
    this.open();
    this.els.status.textContent = 'Searching…';
    const options = { concepts: this.selected, limit: this.limit, maxConcepts: this.opts.maxConcepts, variants: this.opts.variants };
    let outcome: SearchOutcome;
    try {
      // Exact counts wait for Pagefind's filter index (324 kB at 10,000 papers): it is fetched meanwhile,
      // the results are shown as soon as they are found, and the filters once their counts are known.
      // Once the index is in, a search has the counts at once and runs once.
      if (this.opts.exactCounts) warmUp({ aliases: false, filters: true });
      outcome = await search(query, { ...options, exactCounts: false });
      if (this.opts.exactCounts && outcome.conceptCounts !== 'all') {
        if (!(await this.show(outcome, seq, true))) return;
        outcome = await search(query, { ...options, exactCounts: true });
        if (this.stale(seq, outcome)) return;
        this.renderFilters(outcome);
        this.finished(query);
        return;
      }
    } catch (err) {
      if (seq !== this.sequence) return;
      console.warn('Search failed:', err);
      this.render(null);
      this.els.input.dataset.searched = query;
      this.els.status.textContent = import.meta.env.DEV
        ? 'The search index exists only in a built site: run npm run build, then npm run preview.'
        : searchUnavailableMessage(navigator.onLine);
      return;
    }
    if (await this.show(outcome, seq, false)) this.finished(query);
  }

  /**
   * Shows found results: with the spelling hint when it comes within HINT_WAIT_MS, then the filters (laid out
   * unseen where their exact counts are still loading, `countsPending`), the hint's later arrival and the papers
   * matching most of the words. False, showing nothing, when a newer search or typing made it stale.
   */
  private async show(outcome: SearchOutcome, seq: number, countsPending: boolean): Promise<boolean> {
    if (this.stale(seq, outcome)) return false;
    const fix = this.spellingFor(outcome);
    const early = await settledWithin(fix, HINT_WAIT_MS);
    if (this.stale(seq, outcome)) return false;
    this.renderResults(outcome, fix, early);
    this.renderFilters(outcome, countsPending);
    void this.suggest(outcome, seq, fix);
    void this.listMostWords(outcome, seq);
    return true;
  }

  /**
   * Below the results of a query of three or more words that found fewer than FEW_RESULTS papers: the papers that
   * match all its words but one (../../lib/search/most-words.ts; review 43 finding 9), if there are any it has not
   * listed. Asked for once the results are shown: only this fallback runs those searches and loads their rows.
   */
  private async listMostWords(outcome: SearchOutcome, seq: number): Promise<void> {
    const most = this.els.most;
    if (!most || outcome.total >= FEW_RESULTS || allButOneWord(outcome.query).length === 0) return;
    const found = outcome.hits.filter((h) => h.kind === 'paper').map((h) => h.id);
    const rows = await mostWords(outcome.query, { concepts: this.selected, limit: MOST_WORDS_ROWS, exclude: found }).catch(() => []);
    if (seq !== this.sequence || this.typing || rows.length === 0) return;
    most.querySelector('ul')?.replaceChildren(...rows.map((hit, i) => resultItem(hit, i, `${this.opts.idPrefix}-most`)));
    void markOfflineLinks(most);
    most.hidden = false;
  }

  /**
   * What a query may be a typo of, once its results are shown. Nothing found (and no concept filter on): the
   * concept names close to it (review 18 M4), or else the query with its misspelled words corrected, under its
   * "No papers match". Papers found for a query with a word no paper holds: that corrected query above them
   * (review 41 finding 7: "grapheen" showed six papers about graphs and no hint).
   */
  private async suggest(outcome: SearchOutcome, seq: number, found?: Promise<string | undefined>): Promise<void> {
    const { query, total, unseen } = outcome;
    const nothing = total === 0;
    if (!nothing) {
      // Found results: a hint not in yet (`HINT_WAIT_MS`) goes into the space kept for it (`renderResults`).
      const fixed = await found;
      if (seq !== this.sequence || !this.els.spelling?.hasAttribute('data-pending')) return;
      this.els.spelling.removeAttribute('data-pending');
      if (fixed !== undefined) spellingHint(this.els.spelling, query, fixed);
      return;
    }
    if (this.selected.length > 0) return;
    const [names, fixed] = await Promise.all([
      conceptLabels().then((labels) => closeNames(query, labels), () => []),
      unseen.length > 0 ? spellingFix(query, unseen).catch(() => undefined) : undefined,
    ]);
    if (seq !== this.sequence) return;
    // Concept names close to the whole query say more than its words corrected one by one ("sparce rewards" is
    // as near "space rewards" as "sparse rewards"): those when there are any.
    const box = this.els.empty.querySelector('.search-empty__title');
    const all = names.length > 0 || fixed === undefined ? names : [fixed];
    if (all.length > 0 && box) box.after(didYouMean(all));
  }

  private finished(query: string): void {
    // Which query the list shows: lets tests and other scripts tell a finished search from a stale one.
    this.els.input.dataset.searched = query;
    this.opts.onSearch?.(query, this.selected);
  }

  private render(outcome: SearchOutcome | null): void {
    this.renderResults(outcome);
    this.renderFilters(outcome);
  }

  /**
   * The filter row is built again on each search, a pressed filter moved to the front. The filter that has focus
   * (the one just toggled) is kept and updated in place, the others built again around it: removed, it dropped
   * focus to <body> and, in the header, closed the popup (review 19 M1). While exact counts load (`pending`) it
   * stays alone in the row. Without one, the row is laid out from the results' own concepts but not shown
   * (`data-pending`, CSS: SearchBox.astro) until the counts come: the results below it do not move when they
   * do, as they did on a first search (131 px at 1280 px, on the seed site).
   */
  private renderFilters(outcome: SearchOutcome | null, pending = false): void {
    const { filters } = this.els;
    const active = document.activeElement;
    const kept = active instanceof HTMLElement && filters.contains(active) ? active : undefined;
    const placeholder = pending && !kept && outcome !== null;
    if (pending && !placeholder) outcome = null;
    // The room a placeholder row took: the row with the counts keeps to it.
    const room = filters.hasAttribute('data-pending') && !filters.hidden ? filters.getBoundingClientRect().height : undefined;
    // A placeholder row has counts, as the row that replaces it will: so it takes that row's room.
    const fresh = outcome ? conceptFilters(outcome.concepts, this.selected, this.opts.maxFilters, placeholder || outcome.conceptCounts === 'all') : [];
    const at = fresh.findIndex((b) => b.dataset.concept === kept?.dataset.concept);
    if (kept && (at !== -1 || !outcome)) {
      const twin = fresh[at];
      if (twin) {
        kept.replaceChildren(...twin.childNodes);
        kept.title = twin.title;
        kept.setAttribute('aria-pressed', twin.getAttribute('aria-pressed')!);
      }
      for (const other of [...filters.children]) if (other !== kept) other.remove();
      kept.before(...fresh.slice(0, Math.max(at, 0)));
      kept.after(...fresh.slice(at + 1));
    } else {
      filters.replaceChildren(...fresh);
      // A filter that is no longer listed: focus goes to the row's first, or back to the box.
      if (kept) {
        this.open();
        (filters.querySelector('button') ?? this.els.input).focus();
      }
    }
    // On a narrow screen the row shows FEW_FILTERS chips and a button for the rest (CSS: data-collapsed).
    filters.querySelector('[data-filters-more]')?.remove();
    const collapsed = !this.filtersOpen && fresh.length > FEW_FILTERS;
    filters.toggleAttribute('data-collapsed', collapsed);
    if (collapsed) filters.append(moreFiltersButton(fresh.length - FEW_FILTERS));
    filters.hidden = filters.childElementCount === 0;
    filters.toggleAttribute('data-pending', placeholder);
    if (room !== undefined && !placeholder) keepToRoom(filters, room, fresh.length);
  }

  /**
   * The results, and above them the spelling hint of `fix` when it came in time (`early`), or else the hint's space
   * kept (`data-pending`, CSS: SearchBox.astro) until it comes: the results do not move when it does. A query with
   * no hint keeps the space until its next search: taken back, it would move them up instead.
   */
  private renderResults(outcome: SearchOutcome | null, fix?: Promise<string | undefined>, early?: Settled<string | undefined>): void {
    const { results, empty, status, more, showMore, spelling, most } = this.els;
    if (most) {
      most.hidden = true;
      most.querySelector('ul')?.replaceChildren();
    }
    if (spelling) {
      spelling.replaceChildren();
      spelling.toggleAttribute('data-pending', fix !== undefined && early === undefined);
      if (outcome && early?.value !== undefined) spellingHint(spelling, outcome.query, early.value);
    }
    results.replaceChildren(...(outcome?.hits ?? []).map((hit, i) => resultItem(hit, i, this.opts.idPrefix)));
    void markOfflineLinks(results);
    empty.replaceChildren(...(outcome && outcome.total === 0 ? [emptyState(outcome, this.selected.length > 0)] : []));
    empty.hidden = empty.childElementCount === 0;
    if (!outcome) return;
    const n = outcome.total;
    const shown = outcome.hits.filter((h) => h.kind !== 'concept').length;
    status.textContent = resultStatus(n, shown, this.selected, outcome.asTyped);
    if (more) {
      const url = new URL(more.href, location.href);
      url.searchParams.set('q', outcome.query);
      url.searchParams.delete('concept');
      for (const c of this.selected) url.searchParams.append('concept', c);
      more.href = url.pathname + url.search;
      more.hidden = n === 0;
    }
    if (showMore) showMore.hidden = shown >= n;
  }

  private links(): HTMLAnchorElement[] {
    return [...this.els.results.querySelectorAll<HTMLAnchorElement>('.search-result__title')];
  }

  private onInputKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown') {
      const first = this.links()[0];
      if (!first) return;
      event.preventDefault();
      this.open();
      first.focus();
    } else if (event.key === 'Enter' && !this.els.popup) {
      // The search page searches in place; the header's form goes to the search page.
      event.preventDefault();
      void this.run();
    } else if (event.key === 'Escape') {
      if (this.els.popup && !this.els.popup.hidden) {
        event.preventDefault();
        this.close();
      } else if (this.els.input.value !== '') {
        event.preventDefault();
        this.els.input.value = '';
        void this.run();
      }
    }
  }

  private onResultKey(event: KeyboardEvent): void {
    const links = this.links();
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index === -1) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = index + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) this.els.input.focus();
      else links[Math.min(next, links.length - 1)]!.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.els.input.focus();
      this.close();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      links[event.key === 'Home' ? 0 : links.length - 1]!.focus();
    }
  }

  open(): void {
    if (!this.els.popup) return;
    this.els.popup.hidden = false;
  }

  close(): void {
    if (!this.els.popup) return;
    this.els.popup.hidden = true;
  }

  private clear(): void {
    this.render(null);
    this.els.status.textContent = '';
    this.close();
  }
}

/** A promise's value, where it settled in time. */
export interface Settled<T> {
  value: T;
}

/** `promise`'s value if it settles within `ms`, else undefined (also for no promise) without waiting longer. */
export async function settledWithin<T>(promise: Promise<T> | undefined, ms: number): Promise<Settled<T> | undefined> {
  if (!promise) return undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([promise.then((value) => ({ value })), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Finds a widget's parts by `data-search-*` attributes; throws naming the missing one. */
export function searchElements(root: HTMLElement): SearchUiElements {
  const get = <T extends HTMLElement>(name: string): T => {
    const found = root.querySelector<T>(`[data-search-${name}]`);
    if (!found) throw new Error(`search widget: missing [data-search-${name}]`);
    return found;
  };
  return {
    input: get<HTMLInputElement>('input'),
    results: get('results'),
    status: get('status'),
    filters: get('filters'),
    empty: get('empty'),
    spelling: root.querySelector<HTMLElement>('[data-search-spelling]') ?? undefined,
    popup: root.querySelector<HTMLElement>('[data-search-popup]') ?? undefined,
    more: root.querySelector<HTMLAnchorElement>('[data-search-more]') ?? undefined,
    showMore: root.querySelector<HTMLButtonElement>('[data-search-show-more]') ?? undefined,
    most: root.querySelector<HTMLElement>('[data-search-most]') ?? undefined,
  };
}

/**
 * A filter row that replaced its placeholder keeps to the room the placeholder took. Its concepts are the whole
 * result list's, not the first rows': longer names may take another line. The last shown (of those fewest results
 * are about) give way, so that the results do not move: dropped, or on a phone's folded row (its first chips and
 * "More filters") moved behind the fold.
 */
function keepToRoom(filters: HTMLElement, room: number, chips: number): void {
  const more = filters.querySelector<HTMLElement>('[data-filters-more]');
  const folded = more !== null && more.offsetParent !== null;
  const shown = () => [...filters.querySelectorAll<HTMLElement>('.search-filter[aria-pressed="false"]')].filter((c) => c.offsetParent !== null);
  for (let tries = chips; tries > 0 && filters.getBoundingClientRect().height > room + 0.5; tries--) {
    const last = shown().at(-1);
    if (!last) break;
    if (folded) more.before(last);
    else last.remove();
  }
}
