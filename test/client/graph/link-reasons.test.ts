import { describe, expect, it } from 'vitest';
import type { ExplorerLinks } from '../../../src/lib/export/explorer-links';
import { linkReason, strengthScale } from '../../../src/client/graph/link-reasons';

const links: ExplorerLinks = {
  version: 1,
  concepts: ['Logic programming', 'Constraint programming', 'Heuristics', 'Scheduling'],
  shared: [[1, 3], [1, 3 * 2, -2], [2 * 2], [], [], [0 * 2 + 1, 2 * 2 + 1, 3 * 2 + 1, -1]],
  words: { '3': ['superstructures', 'unions', 'tramway'] },
};

describe('linkReason (the selection panel’s why, worded as the paper pages’ related cards)', () => {
  it('names the shared concepts, mentions apart, and counts the rest', () => {
    expect(linkReason(links, 0)).toBe('Shares Logic programming and Constraint programming');
    expect(linkReason(links, 1)).toBe('Shares Logic programming; both mention Scheduling and 2 more');
    expect(linkReason(links, 2)).toBe('Both mention Heuristics');
    expect(linkReason(links, 5)).toBe('Shares Logic programming, Heuristics, Scheduling and 1 more');
  });

  // Review 22 finding 5.
  it('says "Same broad area" of a link whose concepts are all broad, and names the words that outweigh its concepts', () => {
    const more = { ...links, words: { ...links.words, '0': ['charmonium'] }, broad: [2] };
    expect(linkReason(more, 0)).toBe('Shares Logic programming and Constraint programming; similar wording: charmonium');
    expect(linkReason(more, 2)).toBe('Same broad area: Heuristics');
    // Links made before the field existed read as before.
    expect(linkReason(links, 2)).toBe('Both mention Heuristics');
  });

  it('says "Similar wording" for a link that shares no concept, with its words where known', () => {
    expect(linkReason(links, 3)).toBe('Similar wording: superstructures, unions and tramway');
    expect(linkReason(links, 4)).toBe('Similar wording');
  });
});

describe('strengthScale', () => {
  it('cuts the links drawn into thirds: a 0.09 link in the top third of a library whose links run 0.01–0.31 is strong', () => {
    const weights = [0.01, 0.02, 0.03, 0.04, 0.05, 0.056, 0.06, 0.07, 0.09, 0.31];
    const of = strengthScale(weights);
    expect(of(0.09)).toBe('strong');
    expect(of(0.31)).toBe('strong');
    expect(of(0.056)).toBe('medium');
    expect(of(0.01)).toBe('weak');
  });

  it('calls the strongest link strong even where all are alike, and copes with no links', () => {
    expect(strengthScale([0.2, 0.2, 0.2])(0.2)).toBe('strong');
    expect(strengthScale([])(0.5)).toBe('medium');
  });
});
