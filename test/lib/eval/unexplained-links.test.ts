import { describe, expect, it } from 'vitest';
import { countUnexplainedLinks, describeUnexplainedLinks } from '../../../src/lib/eval/unexplained-links';

describe('countUnexplainedLinks', () => {
  const related = {
    a: [
      { id: 'b', score: 0.5, shared: ['rl'] },
      { id: 'c', score: 0.2, shared: [] },
    ],
    b: [
      { id: 'a', score: 0.5, shared: ['rl'] },
      { id: 'c', score: 0.1, shared: ['one-paper-tag'] },
    ],
    c: [{ id: 'a', score: 0.2, shared: [] }],
  };

  it('counts list entries and pairs, with no concept at all and with none that has a page', () => {
    expect(countUnexplainedLinks(related, new Set(['rl']))).toEqual({
      entries: 5,
      pairs: 3,
      noConcept: { entries: 2, pairs: 1 },
      noPageConcept: { entries: 3, pairs: 2 },
    });
  });

  it('says which count is which', () => {
    const line = describeUnexplainedLinks(countUnexplainedLinks(related, new Set(['rl'])), 2);
    expect(line).toBe(
      'Related-list entries: 5 (3 pairs of papers; a pair in both papers\' lists counts twice), of which 2 (40.0%, 1 pair) share no concept ' +
        '(abstract similarity only, scored × 0.5) and 3 (60.0%, 2 pairs) no concept with a page (in 2 or more papers), shown as "Similar wording".',
    );
  });
});
