/**
 * The explorer's controls wired to the graph: the view switch, the find box, the concept filter, the link
 * strength slider, the cluster legend, the zoom buttons and keys, Zoom to fit, Clear filters, the offer
 * button and the panel's "Show in graph" buttons.
 */
import { KEY_ZOOM, keyAction, zoomAbout } from './keyboard';
import { wireFullScreen } from './full-screen';
import { allInView } from './status-text';
import { findCandidates, type Candidate } from './find';
import { debounce } from './dom';
import { drawView } from './elements';
import type { Explorer } from './explorer-state';
import { applyFilters, fitWeightSlider, syncControls } from './filters';
import { applyHighlight, liftFindFilter, showConceptPapers, showHiddenMatches } from './find-results';
import { fitToShown, frameShown, keepCentreOnResize, moveTo, nounOf, resizeKeepingCentre, shownNodes } from './fit-view';
import { select } from './selection';
import { saveState } from './state-history';
import { announceSelection, selectionStatus, setStatus, showOffer } from './status-line';
import { hideTip } from './tooltip';
import { levelOfDetail } from './zoom-detail';

export function wireControls(root: HTMLElement, e: Explorer): void {
  for (const radio of root.querySelectorAll<HTMLInputElement>('input[name="graph-view"]')) {
    radio.addEventListener('change', () => {
      if (!radio.checked) return;
      e.state.view = radio.value === 'concepts' ? 'concepts' : 'papers';
      const keep = e.state.node?.startsWith('p:') ? e.state.node : undefined;
      drawView(e);
      fitWeightSlider(root, e);
      applyFilters(e);
      levelOfDetail(e);
      select(e, keep, false);
      if (e.highlighted.length) applyHighlight(e, e.highlighted);
      saveState(e);
    });
  }

  const find = root.querySelector<HTMLInputElement>('#graph-find')!;
  const findOptions = root.querySelector<HTMLDataListElement>('#graph-find-options')!;
  find.addEventListener('input', () =>
    fillOptions(findOptions, candidates(e, find.value, true), e.state.view === 'papers' ? 'Concept: shows its papers' : 'Concept'),
  );
  root.querySelector<HTMLFormElement>('#graph-find-form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    const match = candidates(e, find.value, true)[0];
    // Its full-text answer, if it waits for one, joins the entry this Find writes.
    const mark = e.history?.mark();
    // Each Find is a step of its own, Back returning to what the one before showed (one that lit papers and set
    // no filter changed nothing else in the address: Back skipped it).
    const text = find.value.trim();
    if (text) e.state.find = text;
    else delete e.state.find;
    saveState(e);
    e.lastFind = { query: find.value, left: false };
    e.relight = undefined;
    e.pendingFind = undefined;
    e.findHidden = undefined;
    if (!match) {
      liftFindFilter(e);
      // A selection an earlier Find made is not this one's: the full-text highlight's status named it as if
      // it were a match (review 11 M7: "1 of 1 matching papers highlighted. Selected paper: <the last Find's>").
      select(e, undefined, false);
      setStatus(`Nothing in this view matches “${find.value.trim()}”.`);
      return;
    }
    if (match.kind === 'concept' && e.state.view === 'papers') {
      // The papers view draws no concept to select: a concept named as typed shows its papers, unless the
      // full-text find (search/graph-find.ts marks the form) finds many more papers that do not carry it.
      // A selection an earlier Find made is not this one's (review 18 L3: Find "Neural networks" after a title
      // read "62 of 62 matching papers highlighted … Selected paper: <the title>").
      select(e, undefined, false);
      if ((event.currentTarget as HTMLFormElement).dataset.fullText === 'on') {
        e.pendingFind = { concept: match.id.slice(2), label: match.label, query: find.value, mark };
        setStatus(`Finding “${find.value.trim()}” in the papers’ text…`);
      } else showConceptPapers(e, match.id.slice(2), match.label);
      return;
    }
    liftFindFilter(e);
    // Review 9: Find selected a paper the filter hid (an undrawn node, and its neighbours lit round nothing).
    if (e.filtered.has(match.id)) {
      select(e, undefined, false);
      e.findHidden = match.id;
      setStatus(`${match.label} is hidden by the filters.`);
      showOffer(e, 'Show it', () => showHiddenMatches(e, [match.id.slice(2)]));
      return;
    }
    select(e, match.id, true);
    setStatus(selectionStatus(e));
  });

  const concept = root.querySelector<HTMLInputElement>('#graph-concept')!;
  const conceptOptions = root.querySelector<HTMLDataListElement>('#graph-concept-options')!;
  concept.addEventListener('input', () => fillOptions(conceptOptions, candidates(e, concept.value, false)));
  root.querySelector<HTMLFormElement>('#graph-concept-form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = concept.value.trim();
    if (!text) delete e.state.concept;
    else {
      const match = candidates(e, text, false)[0];
      if (!match) {
        // The box goes back to the filter in force, so that box, graph and address agree (it showed the
        // failed text over the old filter); the status keeps the text typed and says which filter is on.
        const on = e.state.concept ? e.data.concepts.labels[e.data.concepts.ids.indexOf(e.state.concept)] : undefined;
        syncControls(root, e);
        setStatus(`No concept matches “${text}”.${on ? ` The filter stays on ${on}.` : ''}`);
        return;
      }
      e.state.concept = match.id.slice(2);
      concept.value = match.label;
    }
    e.conceptByFind = false;
    applyFilters(e);
    frameShown(e, true);
    saveState(e);
  });

  const weight = root.querySelector<HTMLInputElement>('#graph-weight')!;
  const weightValue = root.querySelector<HTMLOutputElement>('#graph-weight-value')!;
  weight.addEventListener(
    'input',
    debounce(() => {
      e.state.minWeight = Number(weight.value);
      weightValue.value = weight.value;
      applyFilters(e);
      // One step back for a drag or a run of arrow keys (history-step.ts, SETTLE_MS).
      saveState(e, 'gradual');
    }, 80),
  );

  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[name="graph-cluster"]')];
  const clustersChanged = () => {
    const checked = boxes.filter((b) => b.checked).map((b) => Number(b.value));
    if (checked.length === boxes.length) delete e.state.clusters;
    else e.state.clusters = checked;
    applyFilters(e);
    frameShown(e, true);
    saveState(e);
  };
  for (const box of boxes) box.addEventListener('change', clustersChanged);
  root.querySelector('#graph-clusters-all')?.addEventListener('click', () => {
    boxes.forEach((b) => (b.checked = true));
    clustersChanged();
  });
  root.querySelector('#graph-clusters-none')?.addEventListener('click', () => {
    boxes.forEach((b) => (b.checked = false));
    clustersChanged();
  });
  // Keys on the focused canvas, and the zoom buttons over it (keyboard.ts, review 21 finding 7).
  const container = e.cy.container()!;
  container.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const { cy } = e;
    const action = keyAction(event.key, event.shiftKey, { zoom: cy.zoom(), pan: cy.pan() }, cy.width(), cy.height(), cy.minZoom(), cy.maxZoom());
    if (!action || 'clear' in action) return;
    event.preventDefault();
    hideTip(e);
    moveTo(e, action.view, false);
  });
  // Escape anywhere in the explorer but a text box (where it clears the text) drops the selection.
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || (event.target as Element).closest('input, textarea, select')) return;
    hideTip(e);
    if (!e.state.node) return;
    const before = selectionStatus(e);
    select(e, undefined, false);
    announceSelection(e, before);
  });
  const zoomBy = (factor: number) => {
    const { cy } = e;
    hideTip(e);
    moveTo(e, zoomAbout({ zoom: cy.zoom(), pan: cy.pan() }, factor, cy.width(), cy.height(), cy.minZoom(), cy.maxZoom()), true);
  };
  root.querySelector('#graph-zoom-in')?.addEventListener('click', () => zoomBy(KEY_ZOOM));
  root.querySelector('#graph-zoom-out')?.addEventListener('click', () => zoomBy(1 / KEY_ZOOM));
  keepCentreOnResize(e);
  const full = root.querySelector<HTMLButtonElement>('#graph-fullscreen');
  if (full) wireFullScreen(root, full, () => resizeKeepingCentre(e));

  // "only": this cluster alone, one click where it took Hide all and a box (review 21 finding 4).
  for (const only of root.querySelectorAll<HTMLButtonElement>('button[data-only]')) {
    only.addEventListener('click', () => {
      boxes.forEach((b) => (b.checked = b.value === only.dataset.only));
      clustersChanged();
    });
  }

  root.querySelector('#graph-fit')!.addEventListener('click', () => {
    fitToShown(e, true);
    // The status said some lay outside the view.
    if (e.framedPart) setStatus(allInView(e.nodesShown, nounOf(shownNodes(e))));
  });
  root.querySelector('#graph-offer-button')?.addEventListener('click', () => {
    const action = e.offer;
    if (action) action();
  });
  root.querySelector('#graph-reset')!.addEventListener('click', () => {
    delete e.state.clusters;
    delete e.state.concept;
    e.conceptByFind = false;
    e.state.minWeight = 0;
    syncControls(root, e);
    applyFilters(e);
    fitToShown(e, true);
    saveState(e);
  });

  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-select]');
    if (!button?.dataset.select) return;
    // A neighbour the filters hide stays listed (its page link is still good), but selecting it would light
    // up a node that is not drawn.
    if (e.filtered.has(button.dataset.select)) {
      const label = e.cy.getElementById(button.dataset.select).data('label') as string | undefined;
      setStatus(`${label ?? 'That node'} is hidden by the filters. Clear filters to show it.`);
      return;
    }
    select(e, button.dataset.select, true);
    setStatus(selectionStatus(e));
  });
}

/** The find box's (`includePapers`) or the concept filter's matches for `text` (src/client/graph/find.ts). */
function candidates(e: Explorer, text: string, includePapers: boolean): Candidate[] {
  return findCandidates(e.data, text, includePapers, e.state.view);
}

/** `conceptLabel`: what a concept option says it does (the find box in the papers view filters by it). */
function fillOptions(list: HTMLDataListElement, items: Candidate[], conceptLabel = 'Concept'): void {
  list.replaceChildren(
    ...items.map((c) => {
      const option = document.createElement('option');
      option.value = c.label;
      option.label = c.kind === 'paper' ? 'Paper' : conceptLabel;
      return option;
    }),
  );
}
