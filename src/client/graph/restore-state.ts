/**
 * Back or Forward: the state in the address applied to the graph as drawn, only what differs redone
 * (history-step.ts), and written nowhere.
 */
import { fitToClusters, parseState } from './url-state';
import { restorePlan } from './history-step';
import { drawView } from './elements';
import type { Explorer } from './explorer-state';
import { applyFilters, fitWeightSlider, syncControls } from './filters';
import { applyHighlight, askFindAgain } from './find-results';
import { frameShown } from './fit-view';
import { select } from './selection';
import { quietly } from './state-history';
import { announceSelection, selectionStatus } from './status-line';
import { hideTip } from './tooltip';
import { levelOfDetail } from './zoom-detail';

/**
 * Back or Forward: the URL's state applied to the graph as drawn, written nowhere. Only what differs is
 * redone (history-step.ts, restorePlan): the other view's elements at their build-time positions, the
 * filters, and the selection, framed as a fresh selection is.
 */
export function restoreState(e: Explorer): void {
  const target = fitToClusters(parseState(location.search), e.data.clusters.map((c) => c.id));
  const plan = restorePlan(e.state, target);
  // A Find still waiting for its full text was left.
  e.pendingFind = undefined;
  if (e.lastFind) e.lastFind.left = true;
  e.findHidden = undefined;
  e.history?.restored(target);
  if (!plan.refilter && plan.select === 'keep' && !plan.find) return;
  quietly(e, () => {
    hideTip(e);
    const before = selectionStatus(e);
    if (target.concept !== e.state.concept) e.conceptByFind = false;
    if (plan.find) e.conceptByFind = target.find !== undefined && target.concept !== undefined && e.findFilters.get(target.find) === target.concept;
    // The target's view and filters; its selection is made below, by select().
    const { node: _selected, ...rest } = target;
    e.state = { ...rest, ...(e.state.node ? { node: e.state.node } : {}) };
    syncControls(e.root, e);
    if (plan.redraw) {
      drawView(e);
      fitWeightSlider(e.root, e);
    }
    // Also when only the selection differs: the status line and its button then say what the graph shows,
    // not what a Find or a filter of the entry left said (a pass over the elements, changing none).
    applyFilters(e);
    if (plan.redraw) levelOfDetail(e);
    if (plan.frameShown) frameShown(e, true);
    if (plan.find) {
      // The Find of the state gone to: its text in the box, its papers lit (framed, then the selection is).
      const box = e.root.querySelector<HTMLInputElement>('#graph-find');
      if (box) box.value = target.find ?? '';
      e.relight = undefined;
      const answer = target.find === undefined ? [] : e.findAnswers.get(target.find);
      applyHighlight(e, answer ?? []);
      if (!answer) askFindAgain(e, target.find!);
    }
    // Matches lit in the view left are lit in this one (framed, then the selection is).
    else if (plan.redraw && e.highlighted.length) applyHighlight(e, e.highlighted);
    const node = target.node && e.cy.getElementById(target.node).nonempty() ? target.node : undefined;
    if (plan.select === 'frame' || plan.select === 'inPlace') select(e, node, plan.select === 'frame');
    else if (plan.find && node) select(e, node, true);
    else if (plan.select === 'clear') select(e, undefined, false);
    announceSelection(e, before);
  });
}
