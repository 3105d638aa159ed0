// The linker's selection helpers against the plain sorts they replace: same thresholds, same candidates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kthLargest, topCandidates } from '../../../src/lib/graph/link';

// Few distinct values, so that ties (the hard case) are common.
const weights = fc.array(fc.integer({ min: 1, max: 6 }).map((x) => x / 7), { maxLength: 60 });

describe('kthLargest', () => {
  it('is the k-th value of a descending sort, -Infinity when there are at most k values', () => {
    fc.assert(
      fc.property(weights, fc.integer({ min: 1, max: 30 }), (list, k) => {
        const values = Float64Array.from(list);
        const expected = values.length <= k ? -Infinity : [...values].sort((a, b) => b - a)[k - 1];
        expect(kthLargest(values, k, new Float64Array(values.length))).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves its input untouched', () => {
    const values = Float64Array.from([3, 1, 2, 5, 4]);
    expect(kthLargest(values, 2, new Float64Array(5))).toBe(4);
    expect([...values]).toEqual([3, 1, 2, 5, 4]);
  });
});

describe('topCandidates', () => {
  it('picks the k best by score, ties to the lower index, whatever the order they were touched in', () => {
    fc.assert(
      fc.property(weights, fc.integer({ min: 1, max: 25 }), fc.integer(), (list, k, seed) => {
        const acc = Float64Array.from(list);
        const order = list.map((_, j) => j).sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101) || a - b);
        const heap = new Int32Array(k);
        const count = topCandidates(Int32Array.from(order), order.length, acc, heap);
        const expected = list.map((_, j) => j).sort((a, b) => acc[b]! - acc[a]! || a - b).slice(0, k);
        expect([...heap.subarray(0, count)].sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
      }),
      { numRuns: 500 },
    );
  });
});
