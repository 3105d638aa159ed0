import { describe, expect, it } from 'vitest';
import { authorLine, shownAuthors } from '../../../src/lib/site/author-line';

describe('authorLine', () => {
  it('says "et al." when the input cut the list or the line does', () => {
    expect(authorLine(['Gil Gamma'], true)).toBe('Gil Gamma et al.');
    expect(authorLine(['A', 'B', 'C', 'D'], undefined, 3)).toBe('A, B, C et al.');
    expect(authorLine(['A', 'B'], false, 3)).toBe('A, B');
    expect(authorLine([], true)).toBe('');
  });

  it('gives the names to show one by one, with the et al. flag', () => {
    expect(shownAuthors(['A', 'B', 'C', 'D'], false, 3)).toEqual({ names: ['A', 'B', 'C'], etAl: true });
    expect(shownAuthors(['A'], true)).toEqual({ names: ['A'], etAl: true });
    expect(shownAuthors([], true)).toEqual({ names: [], etAl: false });
  });
});
