import { describe, expect, it } from 'vitest';
import { authorLine } from '../../../src/lib/site/author-line';

describe('authorLine', () => {
  it('says "et al." when the input cut the list or the line does', () => {
    expect(authorLine(['Gil Gamma'], true)).toBe('Gil Gamma et al.');
    expect(authorLine(['A', 'B', 'C', 'D'], undefined, 3)).toBe('A, B, C et al.');
    expect(authorLine(['A', 'B'], false, 3)).toBe('A, B');
    expect(authorLine([], true)).toBe('');
  });
});
