/**
 * The filters (clusters, a concept, link strength): applied to the graph, touching only what changes, and
 * the filter controls put in line with the state.
 */
import { shownStatus } from './status-text';
import { sliderMax } from './weight-slider';
import type { Explorer } from './explorer-state';
import { markSelectionHidden } from './selection-panel';
import { setStatus } from './status-line';

/** Hide what the filters exclude. Only elements whose visibility changes are touched: each class change costs a style pass. */
export function applyFilters(e: Explorer): void {
  const { cy, data, state } = e;
  const allowed = state.clusters ? new Set(state.clusters) : undefined;
  const conceptIndex = state.concept ? data.concepts.ids.indexOf(state.concept) : -1;
  const members = conceptIndex >= 0 ? new Set(e.conceptMembers[conceptIndex]) : undefined;
  const active = !!allowed || !!members || state.minWeight > 0;
  const hidden = new Set<string>();
  if (active) {
    const paperVisible = data.papers.ids.map((_, i) => (!allowed || allowed.has(data.papers.cluster[i]!)) && (!members || members.has(i)));
    cy.nodes().forEach((n) => {
      const i = n.data('index') as number;
      const visible =
        n.data('kind') === 'paper' ? paperVisible[i]! : i === conceptIndex || (e.conceptTags[i] ?? []).some(([paper]) => paperVisible[paper]);
      if (!visible) hidden.add(n.id());
    });
    cy.edges().forEach((edge) => {
      if ((edge.data('weight') as number) < state.minWeight || hidden.has(edge.data('source') as string) || hidden.has(edge.data('target') as string)) {
        hidden.add(edge.id());
      }
    });
  }
  cy.batch(() => {
    for (const id of e.filtered) if (!hidden.has(id)) cy.getElementById(id).removeClass('filtered');
    for (const id of hidden) if (!e.filtered.has(id)) cy.getElementById(id).addClass('filtered');
  });
  e.filtered = hidden;
  let hiddenNodes = 0;
  for (const id of hidden) if (!id.startsWith('r') && !id.startsWith('t')) hiddenNodes++;
  e.nodesShown = cy.nodes().length - hiddenNodes;
  e.edgesShown = cy.edges().length - (hidden.size - hiddenNodes);
  const container = cy.container()!;
  container.dataset.nodeCount = String(e.nodesShown);
  container.dataset.edgeCount = String(e.edgesShown);
  setStatus(shownStatus(e.nodesShown, e.edgesShown, active));
  markSelectionHidden(e);
}

/**
 * The strength slider spans the links of the view shown, not 0–1: a collection's paper–paper links rarely pass
 * 0.2, so most of a 0–1 slider hid every link. A strength from a shared link above the strongest still holds
 * (the slider shows its end).
 */
export function fitWeightSlider(root: HTMLElement, e: Explorer): void {
  let strongest = 0;
  e.cy.edges().forEach((edge) => {
    strongest = Math.max(strongest, edge.data('weight') as number);
  });
  const weight = root.querySelector<HTMLInputElement>('#graph-weight')!;
  // Rounded down: at the slider's end the strongest link(s) stay drawn (review 21 finding 10).
  weight.max = String(sliderMax(strongest));
  // Set again: the thumb's place depends on the range.
  weight.value = String(e.state.minWeight);
}

/** Put the controls in line with the state (after loading a shared URL or clearing filters). */
export function syncControls(root: HTMLElement, e: Explorer): void {
  const { state, data } = e;
  for (const radio of root.querySelectorAll<HTMLInputElement>('input[name="graph-view"]')) radio.checked = radio.value === state.view;
  for (const box of root.querySelectorAll<HTMLInputElement>('input[name="graph-cluster"]')) {
    box.checked = !state.clusters || state.clusters.includes(Number(box.value));
  }
  const weight = root.querySelector<HTMLInputElement>('#graph-weight')!;
  weight.value = String(state.minWeight);
  root.querySelector<HTMLOutputElement>('#graph-weight-value')!.value = String(state.minWeight);
  const i = state.concept ? data.concepts.ids.indexOf(state.concept) : -1;
  root.querySelector<HTMLInputElement>('#graph-concept')!.value = i >= 0 ? data.concepts.labels[i]! : '';
}
