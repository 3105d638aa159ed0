import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, fitToClusters, formatState, parseState, type GraphState } from '../../../src/client/graph/url-state';

describe('graph URL state', () => {
  it('round-trips every field', () => {
    const state: GraphState = { view: 'concepts', node: 'p:attention-is-all-you-need', clusters: [0, 3], concept: 'large-language-model', minWeight: 0.35 };
    const search = formatState(state);
    expect(search).toBe('?view=concepts&node=p%3Aattention-is-all-you-need&clusters=0%2C3&concept=large-language-model&w=0.35');
    expect(parseState(search)).toEqual(state);
  });

  it('keeps the last Find’s text, trimmed, and none for a blank one', () => {
    expect(parseState('?find=%20world+models%20')).toEqual({ view: 'papers', find: 'world models', minWeight: 0 });
    expect(parseState('?find=%20').find).toBeUndefined();
    expect(formatState({ ...DEFAULT_STATE, node: 'p:a', find: 'RLHF' })).toBe('?node=p%3Aa&find=RLHF');
  });

  it('opens the paper–concept view for a concept node, the only view that draws concepts', () => {
    expect(parseState('?node=c%3Areward-model')).toEqual({ view: 'concepts', node: 'c:reward-model', minWeight: 0 });
    expect(parseState('?view=papers&node=c%3Areward-model').view).toBe('concepts');
    expect(parseState('?node=p%3Asome-paper').view).toBe('papers');
  });

  it('leaves defaults out of the URL', () => {
    expect(formatState(DEFAULT_STATE)).toBe('');
    expect(parseState('')).toEqual(DEFAULT_STATE);
  });

  it('keeps an empty cluster list (nothing shown) apart from no list (all shown)', () => {
    expect(parseState(formatState({ ...DEFAULT_STATE, clusters: [] })).clusters).toEqual([]);
    expect(parseState('?').clusters).toBeUndefined();
  });

  it('falls back to defaults for malformed values and keeps hostile text as an opaque string', () => {
    const state = parseState('?view=nope&node=x:1&clusters=1,a,-2,1&w=0.5&concept=%3Cscript%3E');
    expect(state).toEqual({ view: 'papers', clusters: [1], minWeight: 0.5, concept: '<script>' });
    expect(parseState('?w=abc').minWeight).toBe(0);
  });

  it('shows every cluster for a cluster list without an id in it, and nothing only for an empty one', () => {
    expect(parseState('?clusters=x').clusters).toBeUndefined();
    expect(parseState('?clusters=,,').clusters).toBeUndefined();
    expect(parseState('?clusters=').clusters).toEqual([]);
  });

  it('treats a link strength outside 0–1 as malformed: the default, which shows every link', () => {
    for (const w of ['5', '1.01', '-0.2', 'Infinity', '']) expect(parseState(`?w=${w}`).minWeight, w).toBe(0);
    expect(parseState('?w=1').minWeight).toBe(1);
    expect(parseState('?w=0.333').minWeight).toBe(0.33);
  });

  it('drops cluster ids the graph does not have, and shows all when none is left', () => {
    const known = [0, 1, 2, 3];
    expect(fitToClusters(parseState('?clusters=99'), known).clusters).toBeUndefined();
    expect(fitToClusters(parseState('?clusters=1,99'), known).clusters).toEqual([1]);
    expect(fitToClusters(parseState('?clusters=3,2,1,0'), known).clusters).toBeUndefined();
    expect(fitToClusters(parseState('?clusters='), known).clusters).toEqual([]);
    expect(fitToClusters(parseState('?node=p:x&clusters=7'), known)).toEqual({ ...DEFAULT_STATE, node: 'p:x' });
    expect(fitToClusters(parseState(''), known)).toEqual(DEFAULT_STATE);
  });
});
