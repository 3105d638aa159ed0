import { describe, expect, it } from 'vitest';
import { describePaperChanges, paperChanges } from '../../../src/lib/content/run-changes';

describe('what a re-run changed (review 20 L1)', () => {
  it('tells papers added, removed and renamed apart: a move is neither an addition nor a removal', () => {
    const changes = paperChanges({
      previous: ['kept', 'gone', 'old-title', 'swapped-a'],
      next: ['kept', 'new-one', 'new-title', 'another', 'swapped-a'],
      renamed: new Map([
        ['old-title', 'new-title'],
        // Not a move this run can stand by: its old slug is a page still, or it was no page before.
        ['swapped-a', 'another'],
        ['never-a-page', 'kept'],
      ]),
    });
    expect(changes).toEqual({ added: ['another', 'new-one'], removed: ['gone'], renamed: [{ from: 'old-title', to: 'new-title' }] });
    expect(describePaperChanges(changes, false)).toBe('changes since last run: +2 added (another, new-one), \u22121 removed (gone), 1 renamed (old-title \u2192 new-title)');
  });

  it('says nothing on a first run or when nothing changed, and names only what changed', () => {
    const first = paperChanges({ previous: [], next: ['a', 'b'], renamed: new Map() });
    expect(describePaperChanges(first, true)).toBeUndefined();
    const same = paperChanges({ previous: ['a', 'b'], next: ['b', 'a'], renamed: new Map() });
    expect(describePaperChanges(same, false)).toBeUndefined();
    const removed = paperChanges({ previous: ['a', 'b'], next: ['a'], renamed: new Map() });
    expect(describePaperChanges(removed, false)).toBe('changes since last run: \u22121 removed (b)');
  });

  it('names at most five of each kind, then counts the rest', () => {
    const next = Array.from({ length: 8 }, (_, i) => `paper-${i + 1}`);
    const renamed = new Map(Array.from({ length: 6 }, (_, i) => [`old-${i + 1}`, `new-${i + 1}`] as const));
    const changes = paperChanges({ previous: [...renamed.keys()], next: [...next, ...renamed.values()], renamed });
    expect(describePaperChanges(changes, false)).toBe(
      'changes since last run: +8 added (paper-1, paper-2, paper-3, paper-4, paper-5 and 3 more), 6 renamed (old-1 \u2192 new-1, old-2 \u2192 new-2, old-3 \u2192 new-3, old-4 \u2192 new-4, old-5 \u2192 new-5 and 1 more)',
    );
    expect(describePaperChanges(changes, false, 2)).toMatch(/paper-2 and 6 more\), 6 renamed \(old-1 → new-1, old-2 → new-2 and 4 more\)$/);
  });
});
