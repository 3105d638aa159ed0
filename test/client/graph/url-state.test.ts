import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, formatState, parseState, type GraphState } from '../../../src/client/graph/url-state';

describe('graph URL state', () => {
  it('round-trips every field', () => {
    const state: GraphState = { view: 'concepts', node: 'p:attention-is-all-you-need', clusters: [0, 3], concept: 'large-language-model', minWeight: 0.35 };
    const search = formatState(state);
    expect(search).toBe('?view=concepts&node=p%3Aattention-is-all-you-need&clusters=0%2C3&concept=large-language-model&w=0.35');
    expect(parseState(search)).toEqual(state);
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
    const state = parseState('?view=nope&node=x:1&clusters=1,a,-2,1&w=7&concept=%3Cscript%3E');
    expect(state).toEqual({ view: 'papers', clusters: [1], minWeight: 1, concept: '<script>' });
    expect(parseState('?w=abc').minWeight).toBe(0);
  });
});
