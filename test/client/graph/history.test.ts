import { describe, expect, it } from 'vitest';
import { historyRecorder, type HistoryPort } from '../../../src/client/graph/history';
import { SETTLE_MS } from '../../../src/client/graph/history-step';
import { DEFAULT_STATE, type GraphState } from '../../../src/client/graph/url-state';

/** A browser history in memory: entries, the index of the one shown, a clock, and handlers' ends run by hand. */
function fakeHistory() {
  const entries = [''];
  let at = 0;
  let clock = 0;
  const queued: (() => void)[] = [];
  const port: HistoryPort = {
    push: (search) => {
      entries.splice(at + 1, entries.length, search);
      at++;
    },
    replace: (search) => {
      entries[at] = search;
    },
    now: () => clock,
    later: (fn) => void queued.push(fn),
  };
  return {
    port,
    entries,
    top: () => entries[at],
    back: () => entries[--at]!,
    /** The handler returns: what it recorded is written. */
    settle: () => queued.splice(0).forEach((fn) => fn()),
    tick: (ms: number) => void (clock += ms),
  };
}

const state = (over: Partial<GraphState> = {}): GraphState => ({ ...DEFAULT_STATE, ...over });

describe('the explorer’s history recorder', () => {
  it('writes one handler’s changes as one entry: a Find that drops the selection, then selects its match', () => {
    const h = fakeHistory();
    const rec = historyRecorder(state({ node: 'p:a' }), h.port);
    rec.record(state());
    rec.record(state({ node: 'p:b' }));
    expect(h.entries).toEqual(['']);
    h.settle();
    expect(h.entries).toEqual(['', '?node=p%3Ab']);
  });

  it('writes nothing for a handler that ends where it began', () => {
    const h = fakeHistory();
    const rec = historyRecorder(state({ node: 'p:a' }), h.port);
    rec.record(state());
    rec.record(state({ node: 'p:a' }));
    h.settle();
    expect(h.entries).toEqual(['']);
  });

  it('takes a run of slider moves as one entry and a move after a pause as another', () => {
    const h = fakeHistory();
    const rec = historyRecorder(state(), h.port);
    for (const w of [0.01, 0.02, 0.03]) {
      rec.record(state({ minWeight: w }), 'gradual');
      h.settle();
      h.tick(100);
    }
    expect(h.entries).toEqual(['', '?w=0.03']);
    h.tick(SETTLE_MS);
    rec.record(state({ minWeight: 0.04 }), 'gradual');
    h.settle();
    expect(h.entries).toEqual(['', '?w=0.03', '?w=0.04']);
  });

  it('rewrites the entry on top for a quiet change, and writes it before the handler ends', () => {
    const h = fakeHistory();
    const rec = historyRecorder(state({ node: 'p:a' }), h.port);
    rec.as('quiet', () => rec.record(state({ node: 'p:b' })));
    expect(h.entries).toEqual(['?node=p%3Ab']);
  });

  it('joins a Find’s later answer to the entry the Find pushed', () => {
    const h = fakeHistory();
    const rec = historyRecorder(state({ node: 'p:a' }), h.port);
    const mark = rec.mark();
    rec.record(state());
    h.settle();
    expect(h.entries).toEqual(['', '']);
    rec.continuing(mark, () => rec.record(state({ concept: 'agents' })));
    expect(h.entries).toEqual(['', '?concept=agents']);
  });

  it('makes a Find’s later answer a step of its own when the Find pushed nothing, or others came since', () => {
    const h = fakeHistory();
    const rec = historyRecorder(state(), h.port);
    const quiet = rec.mark();
    rec.record(state());
    h.settle();
    rec.continuing(quiet, () => rec.record(state({ concept: 'agents' })));
    expect(h.entries).toEqual(['', '?concept=agents']);

    const mark = rec.mark();
    rec.record(state({ concept: 'agents', node: 'p:a' }));
    h.settle();
    rec.record(state({ concept: 'agents', node: 'p:b' }));
    h.settle();
    rec.continuing(mark, () => rec.record(state({ concept: 'robots', node: 'p:b' })));
    expect(h.entries.slice(2)).toEqual(['?node=p%3Aa&concept=agents', '?node=p%3Ab&concept=agents', '?node=p%3Ab&concept=robots']);
  });

  it('after a Back, writes nothing for the restored state and pushes the next change', () => {
    const h = fakeHistory();
    const rec = historyRecorder(state(), h.port);
    const mark = rec.mark();
    rec.record(state({ node: 'p:a' }));
    h.settle();
    rec.record(state({ node: 'p:b' }));
    h.settle();
    expect(h.back()).toBe('?node=p%3Aa');
    rec.restored(state({ node: 'p:a' }));
    rec.record(state({ node: 'p:a' }));
    h.settle();
    expect(h.entries).toEqual(['', '?node=p%3Aa', '?node=p%3Ab']);
    // A Find's answer that comes after the Back is no part of an entry on top.
    rec.continuing(mark, () => rec.record(state({ node: 'p:c' })));
    expect(h.entries).toEqual(['', '?node=p%3Aa', '?node=p%3Ac']);
  });

  it('does not join a slider move after a Back to the burst it came from', () => {
    const h = fakeHistory();
    const rec = historyRecorder(state(), h.port);
    rec.record(state({ minWeight: 0.1 }), 'gradual');
    h.settle();
    h.back();
    rec.restored(state());
    rec.record(state({ minWeight: 0.2 }), 'gradual');
    h.settle();
    expect(h.entries).toEqual(['', '?w=0.2']);
    expect(h.top()).toBe('?w=0.2');
  });
});
