/**
 * The graph page's entry script: loads the explorer (explorer.ts, with Cytoscape) at once, or, where
 * load-plan.ts says the connection asks to save, when the reader presses "Show the graph" or reaches for one
 * of the explorer's controls.
 */
import type { ConnectionInfo } from '../../lib/site/connection';
import { ALWAYS_LOAD_KEY, waitReason } from './load-plan';

const root = document.querySelector<HTMLElement>('[data-graph-explorer]');
if (root) {
  const connection = (navigator as Navigator & { connection?: ConnectionInfo }).connection;
  const reason = waitReason(connection, askedBefore());
  if (reason === undefined) void loadExplorer();
  else wait(root, reason);
}

function askedBefore(): boolean {
  try {
    return localStorage.getItem(ALWAYS_LOAD_KEY) === '1';
  } catch {
    return false;
  }
}

let loading: Promise<unknown> | undefined;
function loadExplorer(): Promise<unknown> {
  loading ??= import('./explorer');
  return loading;
}

function wait(root: HTMLElement, reason: string): void {
  const status = document.getElementById('graph-status');
  const offer = document.getElementById('graph-wait');
  const button = document.getElementById('graph-wait-button');
  if (status) status.textContent = reason;
  if (offer) offer.hidden = false;
  root.dataset.graphWaiting = 'true';
  // Until the explorer wires its forms, a submit would reload the page with the query in its address.
  const holdSubmit = (event: Event) => event.preventDefault();
  root.addEventListener('submit', holdSubmit);
  const go = (remember: boolean) => {
    if (root.dataset.graphWaiting !== 'true') return;
    delete root.dataset.graphWaiting;
    if (offer) offer.hidden = true;
    if (status) status.textContent = 'Loading the graph…';
    if (remember) {
      try {
        localStorage.setItem(ALWAYS_LOAD_KEY, '1');
      } catch {
        // Private mode or storage off: the button shows again next time.
      }
    }
    void loadExplorer().then(() => root.removeEventListener('submit', holdSubmit));
  };
  button?.addEventListener('click', () => go(true), { once: true });
  // Reaching for a control (find, filter, legend) is asking for the graph too.
  root.querySelector('.explorer__controls')?.addEventListener('focusin', () => go(false), { once: true });
}
