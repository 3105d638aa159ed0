/**
 * What a Find shows: the papers it lights (framed, with the matches the filters hide a button away), and
 * the concept filter a Find in the papers view sets, keeps or lifts once its full-text matches are in.
 */
import { count, findStatus } from './status-text';
import { conceptFilterFits } from './find';
import type { Explorer } from './explorer-state';
import { applyFilters, syncControls } from './filters';
import { frameReadably, frameShown } from './fit-view';
import { placeDrawnLabels } from './neighbourhood';
import { select } from './selection';
import { quietly, saveState } from './state-history';
import { selectionStatus, setStatus, showOffer } from './status-line';

/**
 * `note` follows the count in the status line. Matches the filters hide get a button that shows them; returns
 * whether it did (the button under the status line is one).
 */
export function applyHighlight(e: Explorer, ids: string[], note = ''): boolean {
  const { cy } = e;
  cy.elements('.match').removeClass('match');
  e.highlighted = ids;
  e.found = cy.collection();
  if (ids.length === 0) {
    cy.batch(() => placeDrawnLabels(e));
    return false;
  }
  const matched = cy.collection();
  for (const id of ids) {
    const n = cy.getElementById(`p:${id}`);
    if (n.nonempty()) matched.merge(n);
  }
  matched.addClass('match');
  e.found = matched;
  cy.batch(() => placeDrawnLabels(e));
  const visible = matched.filter((n) => !e.filtered.has(n.id()));
  const framed: { offerAll: () => void; inView?: number | undefined } = visible.nonempty() ? frameReadably(e, visible.nodes(), true, 'matching papers') : { offerAll: () => {} };
  // The selection is named again: a Find selects a node, then its full-text highlight comes in and replaces
  // the status that named it.
  const selected = selectionStatus(e);
  // And the concept filter a Find may have set in the papers view, which the count of hidden papers is about.
  const k = e.state.concept ? e.data.concepts.ids.indexOf(e.state.concept) : -1;
  const filter = k >= 0 ? `Papers about ${e.data.concepts.labels[k]}` : undefined;
  // A Find's best title match that the filters hide (not selected, see the find box).
  const best = e.findHidden && e.filtered.has(e.findHidden) ? cy.getElementById(e.findHidden) : cy.collection();
  const bestNote = best.nonempty() && !matched.contains(best) ? ` ${best.data('label') as string} is hidden by the filters.` : '';
  // One sentence whose numbers add up: shown + hidden = lit, in view + outside = shown (review 21 finding 6).
  const byFind = filter !== undefined && e.conceptByFind && !e.state.clusters && !(e.state.minWeight > 0);
  setStatus(`${findStatus({ shown: visible.length, hidden: matched.length - visible.length, inView: framed.inView, filter, byFind })}${note}${bestNote}${selected ? ` ${selected}` : ''}`);
  framed.offerAll();
  const reveal = best.nonempty() ? [...ids, best.id().slice(2)] : ids;
  if (visible.length < matched.length) showOffer(e, `Show all ${matched.length} matching papers`, () => showHiddenMatches(e, reveal));
  else if (best.nonempty()) showOffer(e, 'Show it', () => showHiddenMatches(e, reveal));
  else return false;
  return true;
}

/**
 * Show these papers (slugs: the lit ones, a Find's hidden best match) where the filters hide them: the concept
 * filter lifted if it hides one, the clusters a cluster filter hides ticked back on, the reader's other
 * choices kept. Then the best match is selected and the lit papers framed as a Find does.
 */
export function showHiddenMatches(e: Explorer, ids: readonly string[]): void {
  const { data, state } = e;
  const index = new Map(data.papers.ids.map((id, i) => [id, i]));
  const hidden = ids.flatMap((id) => {
    const i = index.get(id);
    return i !== undefined && e.filtered.has(`p:${id}`) ? [i] : [];
  });
  const k = state.concept ? data.concepts.ids.indexOf(state.concept) : -1;
  const members = new Set(k >= 0 ? e.conceptMembers[k] : []);
  if (k >= 0 && hidden.some((i) => !members.has(i))) {
    delete state.concept;
    e.conceptByFind = false;
  }
  if (state.clusters) {
    const shown = new Set([...state.clusters, ...hidden.map((i) => data.papers.cluster[i]!)]);
    if (shown.size === e.clusters.size) delete state.clusters;
    else state.clusters = [...shown].sort((a, b) => a - b);
  }
  syncControls(e.root, e);
  applyFilters(e);
  saveState(e);
  const best = e.findHidden;
  e.findHidden = undefined;
  if (best) select(e, best, true);
  if (e.highlighted.length) applyHighlight(e, e.highlighted);
  else setStatus(selectionStatus(e));
}

/** The concept filter a previous Find set, lifted: a Find that sets none is not read through it. */
export function liftFindFilter(e: Explorer): void {
  if (!e.conceptByFind || !e.state.concept) return;
  delete e.state.concept;
  e.conceptByFind = false;
  syncControls(e.root, e);
  applyFilters(e);
  saveState(e);
}

/**
 * A Find's concept filter. A selection it hides is dropped: the Find asked something new, and the status went
 * on naming a paper the filter no longer drew (review 9).
 */
function setFindFilter(e: Explorer, concept: string): void {
  e.state.concept = concept;
  e.conceptByFind = true;
  if (e.state.find) e.findFilters.set(e.state.find, concept);
  syncControls(e.root, e);
  applyFilters(e);
  if (e.state.node && e.filtered.has(e.state.node)) select(e, undefined, false);
  saveState(e);
}

/** The concept filter on `concept`, framed, as Find in the papers view and its offer set it. */
export function showConceptPapers(e: Explorer, concept: string, label: string): void {
  setFindFilter(e, concept);
  setStatus(`Showing the ${count(e.nodesShown, 'paper')} about ${label} (the concept filter; Clear filters shows all).`);
  frameShown(e, true);
}

/**
 * Find named a concept in the papers view and the full text found `ids`: the concept's filter when it keeps
 * most of them, else the matches lit with no filter; either way the status line says what the other choice
 * would show and a button under it makes that choice.
 */
export function settleFoundConcept(e: Explorer, ids: string[]): void {
  const { concept, label } = e.pendingFind!;
  e.pendingFind = undefined;
  const members = e.conceptMembers[e.data.concepts.ids.indexOf(concept)] ?? [];
  const paperIndex = new Map(e.data.papers.ids.map((id, i) => [id, i]));
  const { carrying, filter } = conceptFilterFits(members, ids.flatMap((id) => paperIndex.get(id) ?? []));
  if (ids.length === 0) return showConceptPapers(e, concept, label);
  if (filter) {
    setFindFilter(e, concept);
    // The matches it hides, if any, are a button away (applyHighlight).
    applyHighlight(e, ids);
    return;
  }
  liftFindFilter(e);
  // A filter of the reader's that hides matches: showing them comes first, the concept's filter is in its box.
  if (applyHighlight(e, ids, ` ${carrying} of them carry the concept ${label}.`)) return;
  showOffer(e, `Show only the ${members.length} papers about ${label}`, () => showConceptPapers(e, concept, label));
}

/**
 * The papers of a Find this page has no answer for (a link with `find=`, a step to a Find whose answer came
 * after it was left), asked of the full text again; `relightFind` shows them.
 */
export function askFindAgain(e: Explorer, query: string): void {
  e.relight = query;
  // src/client/search/graph-find.ts FIND_AGAIN_EVENT (not imported: that module brings the search client with it),
  // answered with `atlas:highlight`.
  document.dispatchEvent(new CustomEvent('atlas:find-again', { detail: { query } }));
}

/** A Find's papers lit again as the state shown asks (no step of its own), the selection framed after them. */
export function relightFind(e: Explorer, ids: string[]): void {
  e.relight = undefined;
  quietly(e, () => {
    applyHighlight(e, ids);
    if (e.state.node) select(e, e.state.node, true);
  });
}
