/**
 * The explorer's state in the browser's history (history-step.ts decides how each change is written). The
 * explorer records its state after every change; the changes one handler makes (a Find drops the selection,
 * then selects its match) are written once, when the handler is done, as one entry. Back and Forward are
 * applied by the explorer, which tells this module where the history now stands (`restored`).
 */
import { copyState, entryAfter, historyWrite, mergeChanges, type Change, type Entry } from './history-step';
import { formatState, type GraphState } from './url-state';

/** What the recorder needs of the browser (a stand-in in tests). */
export interface HistoryPort {
  /** Write the query string (`formatState`) as a new entry, or over the entry on top. */
  push(search: string): void;
  replace(search: string): void;
  now(): number;
  /** Run `fn` once the running handler is done (a microtask in the browser). */
  later(fn: () => void): void;
}

export function browserHistory(): HistoryPort {
  const url = (search: string) => `${location.pathname}${search}${location.hash}`;
  return {
    push: (search) => history.pushState(null, '', url(search)),
    replace: (search) => history.replaceState(history.state, '', url(search)),
    now: () => performance.now(),
    later: (fn) => queueMicrotask(fn),
  };
}

/** Where the history stood when an action began (`mark`), for a part of it that comes later (`continuing`). */
export interface Mark {
  pushes: number;
}

export interface HistoryRecorder {
  /** The explorer's state after a change; written once the handler is done. */
  record(state: GraphState, change?: Change): void;
  /** Write what is recorded now. */
  flush(): void;
  /** Run `fn`, whose changes are of this kind whatever its parts say, and write them. */
  as(change: Change, fn: () => void): void;
  /** Where the history stands before an action whose answer comes later. */
  mark(): Mark;
  /**
   * Run the later part of the action begun at `mark`: it rewrites the entry that action pushed while that
   * entry is on top, or is a step of its own (the action pushed nothing, or other entries came since).
   */
  continuing(mark: Mark, fn: () => void): void;
  /** A Back or Forward brought this state to the top: it is written nowhere, and the next change pushes. */
  restored(state: GraphState): void;
}

export function historyRecorder(initial: GraphState, port: HistoryPort = browserHistory()): HistoryRecorder {
  let entry: Entry = { state: copyState(initial) };
  /** Entries pushed (and Backs or Forwards, which a mark must not take for its own entry). */
  let pushes = 0;
  /** Whether the entry on top is the one the last push made. */
  let ownTop = false;
  let pending: { state: GraphState; change: Change } | undefined;
  let scheduled = false;
  let forced: Change | undefined;

  const flush = () => {
    scheduled = false;
    if (!pending) return;
    const { state, change } = pending;
    pending = undefined;
    const now = port.now();
    const write = historyWrite(entry, state, change, now);
    if (write === 'push') {
      port.push(formatState(state));
      pushes++;
      ownTop = true;
    } else if (write === 'replace') port.replace(formatState(state));
    entry = entryAfter(entry, state, change, write, now);
  };
  const as = (change: Change, fn: () => void) => {
    flush();
    const outer = forced;
    forced = outer ? mergeChanges(outer, change) : change;
    try {
      fn();
    } finally {
      forced = outer;
      if (!outer) flush();
    }
  };
  return {
    record(state, change = 'step') {
      const kind = forced ? mergeChanges(change, forced) : change;
      pending = { state: copyState(state), change: pending ? mergeChanges(pending.change, kind) : kind };
      if (!scheduled) {
        scheduled = true;
        port.later(flush);
      }
    },
    flush,
    as,
    mark() {
      flush();
      return { pushes };
    },
    continuing(mark, fn) {
      flush();
      as(ownTop && pushes === mark.pushes + 1 ? 'continuing' : 'step', fn);
    },
    restored(state) {
      pending = undefined;
      entry = { state: copyState(state) };
      pushes++;
      ownTop = false;
    },
  };
}
