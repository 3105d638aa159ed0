import { describe, expect, it } from 'vitest';
import { changedFields, entryAfter, historyWrite, mergeChanges, restorePlan, SETTLE_MS, type Entry } from '../../../src/client/graph/history-step';
import { DEFAULT_STATE, type GraphState } from '../../../src/client/graph/url-state';

const state = (over: Partial<GraphState> = {}): GraphState => ({ ...DEFAULT_STATE, ...over });
const top = (over: Partial<GraphState> = {}, gradualAt?: number): Entry => ({ state: state(over), gradualAt });

describe('which changes are steps in the history', () => {
  it('pushes a selection, a cleared selection, the view, a cluster or concept filter', () => {
    expect(historyWrite(top(), state({ node: 'p:a' }), 'step', 0)).toBe('push');
    expect(historyWrite(top({ node: 'p:a' }), state({ node: 'p:b' }), 'step', 0)).toBe('push');
    expect(historyWrite(top({ node: 'p:a' }), state(), 'step', 0)).toBe('push');
    expect(historyWrite(top(), state({ view: 'concepts' }), 'step', 0)).toBe('push');
    expect(historyWrite(top(), state({ clusters: [2] }), 'step', 0)).toBe('push');
    expect(historyWrite(top({ clusters: [2] }), state({ clusters: [] }), 'step', 0)).toBe('push');
    expect(historyWrite(top(), state({ concept: 'agents' }), 'step', 0)).toBe('push');
  });

  it('pushes each Find, one that lights papers and sets no filter too (Back skipped it)', () => {
    expect(historyWrite(top(), state({ find: 'agents' }), 'step', 0)).toBe('push');
    expect(historyWrite(top({ find: 'agents' }), state({ find: 'world models' }), 'step', 0)).toBe('push');
    expect(changedFields(state({ find: 'agents' }), state({ find: 'world models' }))).toEqual(['find']);
  });

  it('writes nothing for the state already on top (a Find of the paper selected, Clear filters with none set)', () => {
    expect(historyWrite(top({ node: 'p:a' }), state({ node: 'p:a' }), 'step', 0)).toBe('none');
    expect(historyWrite(top({ clusters: [3, 0] }), state({ clusters: [0, 3] }), 'gradual', 0)).toBe('none');
    expect(historyWrite(top(), state(), 'quiet', 0)).toBe('none');
  });

  it('takes slider moves less than SETTLE_MS apart as one step, and a move after a pause as a new one', () => {
    // The first move of a drag pushes: Back returns to the strength before it.
    expect(historyWrite(top(), state({ minWeight: 0.1 }), 'gradual', 5000)).toBe('push');
    const first = entryAfter(top(), state({ minWeight: 0.1 }), 'gradual', 'push', 5000);
    expect(first.gradualAt).toBe(5000);
    expect(historyWrite(first, state({ minWeight: 0.2 }), 'gradual', 5000 + SETTLE_MS - 1)).toBe('replace');
    expect(historyWrite(first, state({ minWeight: 0.2 }), 'gradual', 5000 + SETTLE_MS)).toBe('push');
    // Not onto an entry a discrete step made, nor when more than the strength changed.
    const stepped = entryAfter(first, state({ minWeight: 0.1, node: 'p:a' }), 'step', 'push', 5100);
    expect(stepped.gradualAt).toBeUndefined();
    expect(historyWrite(stepped, state({ minWeight: 0.2, node: 'p:a' }), 'gradual', 5200)).toBe('push');
    expect(historyWrite(first, state({ minWeight: 0.2, node: 'p:a' }), 'gradual', 5100)).toBe('push');
    // A step after a burst pushes, however soon.
    expect(historyWrite(first, state({ minWeight: 0.1, node: 'p:a' }), 'step', 5001)).toBe('push');
  });

  it('rewrites the entry on top for a quiet change or the rest of an action', () => {
    expect(historyWrite(top({ node: 'p:a' }), state({ node: 'p:b' }), 'quiet', 0)).toBe('replace');
    expect(historyWrite(top(), state({ concept: 'agents' }), 'continuing', 0)).toBe('replace');
  });

  it('merges one handler’s changes into the strongest kind', () => {
    expect(mergeChanges('step', 'step')).toBe('step');
    expect(mergeChanges('step', 'gradual')).toBe('gradual');
    expect(mergeChanges('quiet', 'step')).toBe('quiet');
    expect(mergeChanges('continuing', 'quiet')).toBe('quiet');
    expect(mergeChanges('gradual', 'continuing')).toBe('continuing');
  });

  it('keeps a copy of the state written, which later changes to the explorer’s object do not reach', () => {
    const next = state({ clusters: [1, 2] });
    const entry = entryAfter(top(), next, 'step', 'push', 0);
    next.clusters!.push(3);
    next.node = 'p:x';
    expect(entry.state).toEqual(state({ clusters: [1, 2] }));
    expect(entryAfter(entry, next, 'step', 'none', 0)).toBe(entry);
  });

  it('lists the fields two states differ in, cluster order aside', () => {
    expect(changedFields(state(), state())).toEqual([]);
    expect(changedFields(state({ clusters: [1, 0] }), state({ clusters: [0, 1] }))).toEqual([]);
    expect(changedFields(state({ clusters: [] }), state())).toEqual(['clusters']);
    expect(changedFields(state({ view: 'concepts', node: 'p:a', minWeight: 0.2 }), state({ concept: 'x' }))).toEqual(['view', 'node', 'concept', 'minWeight']);
  });
});

describe('what a Back or Forward redoes', () => {
  it('does nothing for the same state (a Back over a jump to #graph-selection-heading)', () => {
    expect(restorePlan(state({ node: 'p:a' }), state({ node: 'p:a' }))).toEqual({ redraw: false, refilter: false, select: 'keep', frameShown: false, find: false });
  });

  it('frames a node newly selected, and drops a selection the target has not', () => {
    expect(restorePlan(state({ node: 'p:b' }), state({ node: 'p:a' }))).toEqual({ redraw: false, refilter: false, select: 'frame', frameShown: false, find: false });
    expect(restorePlan(state(), state({ node: 'p:a' })).select).toBe('frame');
    expect(restorePlan(state({ node: 'p:a' }), state())).toEqual({ redraw: false, refilter: false, select: 'clear', frameShown: false, find: false });
  });

  it('draws the other view only when the view differs, selecting its node again where it lies', () => {
    expect(restorePlan(state({ view: 'concepts', node: 'p:a' }), state({ node: 'p:a' }))).toEqual({ redraw: true, refilter: true, select: 'inPlace', frameShown: false, find: false });
    expect(restorePlan(state({ view: 'concepts' }), state()).select).toBe('clear');
    expect(restorePlan(state({ minWeight: 0.3, node: 'p:a' }), state({ node: 'p:a' }))).toEqual({ redraw: false, refilter: true, select: 'keep', frameShown: false, find: false });
  });

  it('frames what a changed cluster or concept filter shows, unless a new selection is framed', () => {
    expect(restorePlan(state({ concept: 'x', node: 'p:a' }), state({ node: 'p:a' }))).toEqual({ redraw: false, refilter: true, select: 'keep', frameShown: true, find: false });
    expect(restorePlan(state(), state({ clusters: [1] })).frameShown).toBe(true);
    expect(restorePlan(state({ node: 'p:b' }), state({ clusters: [1], node: 'p:a' }))).toEqual({ redraw: false, refilter: true, select: 'frame', frameShown: false, find: false });
  });

  it('lights another Find’s papers where the Finds differ, and nothing else where only they do', () => {
    expect(restorePlan(state({ find: 'world models' }), state({ find: 'agents' }))).toEqual({ redraw: false, refilter: false, select: 'keep', frameShown: false, find: true });
    expect(restorePlan(state({ find: 'agents' }), state()).find).toBe(true);
    expect(restorePlan(state({ find: 'agents', node: 'p:a' }), state({ find: 'agents' })).find).toBe(false);
  });
});
