import { describe, expect, it } from 'vitest';
import { allInView, count, findStatus, framedNote, shownStatus } from '../../../src/client/graph/status-text';
import { sliderMax } from '../../../src/client/graph/weight-slider';

describe('status line (review 21 finding 6)', () => {
  it('counts in the right number', () => {
    expect(count(1, 'paper')).toBe('1 paper');
    expect(count(0, 'link')).toBe('0 links');
    expect(shownStatus(1, 1, true)).toBe('Showing 1 node and 1 link (filtered).');
    expect(shownStatus(1500, 3092, false)).toBe('Showing 1500 nodes and 3092 links.');
  });

  it('says a Find in one sentence whose numbers add up', () => {
    // 24 shown + 19 hidden = 43 lit; 20 in view + 4 outside = 24 shown.
    expect(findStatus({ shown: 24, hidden: 19, inView: 20, filter: 'Neural networks' })).toBe(
      'Neural networks: 24 matching papers shown, 19 more hidden by the filters; 20 in view, 4 outside it.',
    );
    expect(findStatus({ shown: 16, hidden: 1, inView: 15 })).toBe('16 matching papers shown, 1 more hidden by the filters; 15 in view, 1 outside it.');
    expect(findStatus({ shown: 1, hidden: 0 })).toBe('1 matching paper shown.');
    expect(findStatus({ shown: 0, hidden: 3 })).toBe('No matching paper shown, 3 hidden by the filters.');
    expect(findStatus({ shown: 5, hidden: 0, inView: 5 })).toBe('5 matching papers shown.');
  });

  it('says when the concept filter that hides matches is one the Find set (review 43 finding 4: "2 more hidden by the filters", none set)', () => {
    expect(findStatus({ shown: 4, hidden: 2, filter: 'Papers about Proportional-integral-derivative', byFind: true })).toBe(
      'Papers about Proportional-integral-derivative (a filter this Find set; Clear filters lifts it): 4 matching papers shown, 2 more hidden by that filter.',
    );
    expect(findStatus({ shown: 4, hidden: 2, filter: 'Papers about X' })).toBe('Papers about X: 4 matching papers shown, 2 more hidden by the filters.');
  });

  it('words a framing’s note and Zoom to fit in the right number ("1 more lies", not "1 more lie")', () => {
    expect(framedNote(15, 1)).toBe(' 15 of them in view, 1 more outside it (Zoom to fit shows it).');
    expect(framedNote(20, 4)).toBe(' 20 of them in view, 4 more outside it (Zoom to fit shows them).');
    expect(framedNote(20, 0)).toBe('');
    expect(allInView(1500, 'papers')).toBe('All 1500 papers shown are in view.');
    expect(allInView(1, 'papers')).toBe('The 1 paper shown is in view.');
  });
});

describe('sliderMax (review 21 finding 10)', () => {
  it('keeps the strongest link at the slider’s end', () => {
    for (const strongest of [0.31, 0.309, 0.2149, 0.05, 0.57, 0.29, 1]) expect(sliderMax(strongest)).toBeLessThanOrEqual(strongest);
    expect(sliderMax(0.309)).toBe(0.3);
    expect(sliderMax(0.31)).toBe(0.31);
    expect(sliderMax(0.004)).toBe(0.01);
  });
});
