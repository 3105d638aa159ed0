/**
 * The explorer's state to the address and the browser's history (history.ts, history-step.ts): each change
 * written as a step (Back and Forward are applied by restore-state.ts).
 */
import { formatState } from './url-state';
import type { Mark } from './history';
import type { Change } from './history-step';
import type { Explorer } from './explorer-state';

/**
 * The state after a change, to the URL: a step in the history (`change` says what kind, history-step.ts),
 * written once the handler is done; during start-up, over the URL the page opened with.
 */
export function saveState(e: Explorer, change: Change = 'step'): void {
  if (e.history) e.history.record(e.state, change);
  else history.replaceState(history.state, '', `${location.pathname}${formatState(e.state)}${location.hash}`);
}

export function quietly(e: Explorer, fn: () => void): void {
  if (e.history) e.history.as('quiet', fn);
  else fn();
}

export function continuing(e: Explorer, mark: Mark | undefined, fn: () => void): void {
  if (e.history && mark) e.history.continuing(mark, fn);
  else fn();
}
