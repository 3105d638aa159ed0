import { describe, expect, it } from 'vitest';
import { frameGaps } from '../../bench/graph-interaction';

describe('frameGaps', () => {
  it('measures gaps between consecutive frames', () => {
    expect(frameGaps([0, 16, 40, 300])).toEqual([16, 24, 260]);
  });

  it('takes no gap across a pause of the recording (the harness running script in the page)', () => {
    expect(frameGaps([0, 16, 32, NaN, 500, 516])).toEqual([16, 16, 16]);
  });

  it('has no gaps for fewer than two frames', () => {
    expect(frameGaps([])).toEqual([]);
    expect(frameGaps([5])).toEqual([]);
    expect(frameGaps([NaN, 5])).toEqual([]);
  });
});
