/**
 * Which changes of the explorer's state (url-state.ts) are steps the browser's Back and Forward buttons walk
 * through, as in a map: a selection made or dropped, the view switched, a filter set or cleared, a Find
 * applied each push an entry; a burst of slider moves is one entry; a change that is no step of its own
 * rewrites the entry it belongs to. The camera is no part of the state: pans and zooms write nothing.
 * Pure: the browser's side is in history.ts.
 */
import type { GraphState } from './url-state';

/**
 * What made a change, as the explorer's handlers say it:
 * - `step`: a discrete choice (a selection, the view, a cluster or concept filter, Clear filters, a Find);
 * - `gradual`: the strength slider, moved by dragging or by arrow keys, each move applied as it comes;
 * - `continuing`: the rest of an action whose first part made the entry on top (a Find's full-text answer);
 * - `quiet`: no step of its own (the state tidied at start, a node selected as its page opens).
 */
export type Change = 'step' | 'gradual' | 'continuing' | 'quiet';

/** How one write reaches the history. */
export type Write = 'none' | 'push' | 'replace';

/** The history entry on top, as the explorer last wrote it (or found it: the page's first, a Back). */
export interface Entry {
  state: GraphState;
  /** When a gradual change last wrote it (ms, any clock), or undefined: the next slider move pushes. */
  gradualAt?: number | undefined;
}

/** Slider moves less than this apart (ms) are one burst, one entry: a drag, or an arrow key held or tapped in a row. */
export const SETTLE_MS = 1000;

/** Changes of one handler run are one write; the strongest says how (a quiet part makes all of it quiet). */
const STRENGTH: Record<Change, number> = { step: 0, gradual: 1, continuing: 2, quiet: 3 };

export function mergeChanges(a: Change, b: Change): Change {
  return STRENGTH[b] > STRENGTH[a] ? b : a;
}

/** All clusters (`*`), or those listed in order: `[3, 0]` and `[0, 3]` are one filter. */
function clusterKey(state: GraphState): string {
  return state.clusters ? [...state.clusters].sort((x, y) => x - y).join(',') : '*';
}

/** The fields in which two states differ, by their URL names' order. */
export function changedFields(a: GraphState, b: GraphState): (keyof GraphState)[] {
  const out: (keyof GraphState)[] = [];
  if (a.view !== b.view) out.push('view');
  if (a.node !== b.node) out.push('node');
  if (clusterKey(a) !== clusterKey(b)) out.push('clusters');
  if (a.concept !== b.concept) out.push('concept');
  if (a.minWeight !== b.minWeight) out.push('minWeight');
  if (a.find !== b.find) out.push('find');
  return out;
}

/**
 * How to write `next` over `entry`, the entry on top, at time `now`: nothing for the same state; a rewrite
 * for a quiet or continuing change, and for a slider move onto an entry a slider move wrote less than
 * SETTLE_MS ago; else a new entry.
 */
export function historyWrite(entry: Entry, next: GraphState, change: Change, now: number): Write {
  const fields = changedFields(entry.state, next);
  if (fields.length === 0) return 'none';
  if (change === 'quiet' || change === 'continuing') return 'replace';
  if (change === 'gradual' && fields.length === 1 && fields[0] === 'minWeight' && entry.gradualAt !== undefined && now - entry.gradualAt < SETTLE_MS) {
    return 'replace';
  }
  return 'push';
}

/** The entry on top once `write` has put `next` there. */
export function entryAfter(entry: Entry, next: GraphState, change: Change, write: Write, now: number): Entry {
  if (write === 'none') return entry;
  return { state: copyState(next), gradualAt: change === 'gradual' ? now : undefined };
}

/** A copy the explorer's later changes to its own state object do not reach. */
export function copyState(state: GraphState): GraphState {
  return { ...state, ...(state.clusters ? { clusters: [...state.clusters] } : {}) };
}

/**
 * What a Back or Forward to `target` redoes on a graph showing `current`:
 * - `redraw`: the other view's elements (their build-time positions; no layout runs);
 * - `refilter`: the filters differ, or the view they apply to (nothing differs: neither this nor a selection);
 * - `select`: `frame` a node newly selected as a fresh selection is framed (centred with its neighbours),
 *   `inPlace` select it again where it lies (a redrawn view's node), `clear` drop the selection, `keep` leave it;
 * - `frameShown`: frame what a changed cluster or concept filter shows, as setting that filter does.
 */
export interface RestorePlan {
  redraw: boolean;
  refilter: boolean;
  select: 'frame' | 'inPlace' | 'clear' | 'keep';
  frameShown: boolean;
  /** Another Find's papers lit (or none), and its text in the find box. */
  find: boolean;
}

export function restorePlan(current: GraphState, target: GraphState): RestorePlan {
  const fields = new Set(changedFields(current, target));
  const redraw = fields.has('view');
  const filtered = fields.has('clusters') || fields.has('concept');
  const refilter = redraw || filtered || fields.has('minWeight');
  const select = target.node ? (fields.has('node') ? 'frame' : redraw ? 'inPlace' : 'keep') : current.node || redraw ? 'clear' : 'keep';
  return { redraw, refilter, select, frameShown: filtered && select !== 'frame', find: fields.has('find') };
}
