import { describe, expect, it } from 'vitest';
import { dotsWithout, isOneWordLabel, loneConceptCounts, nearestFloor } from '../../../src/lib/graph/lone-concepts';

const vector = (entries: [number, number][]) => ({ ids: Int32Array.from(entries, (e) => e[0]), weights: Float64Array.from(entries, (e) => e[1]) });

describe('isOneWordLabel', () => {
  it('is one word for a plain word or a short form, not for phrases or hyphenated names', () => {
    expect(isOneWordLabel('Films')).toBe(true);
    expect(isOneWordLabel('CRISPR')).toBe(true);
    expect(isOneWordLabel('Thin films')).toBe(false);
    expect(isOneWordLabel('self-play')).toBe(false);
    expect(isOneWordLabel('COVID-19')).toBe(false);
  });
});

describe('nearestFloor', () => {
  it('is the k-th largest similarity, without reordering its input', () => {
    const sims = [0.1, 0.5, 0.3, 0.2];
    expect(nearestFloor(sims, 2)).toBe(0.3);
    expect(sims).toEqual([0.1, 0.5, 0.3, 0.2]);
  });
  it('lets every candidate through when there are at most k, and none when k is 0', () => {
    expect(nearestFloor([0.1, 0.2], 2)).toBe(-Infinity);
    expect(nearestFloor([0.1, 0.2], 0)).toBe(Infinity);
  });
});

describe('dotsWithout', () => {
  // Words 0 ("thin") and 1 ("film"), feature 2 the pair "thin film", feature 3 the word 3 ("gate").
  const firstWord = Int32Array.from([0, 1, 0, 3]);
  const secondWord = Int32Array.from([-1, -1, 1, -1]);
  const a = vector([[0, 0.6], [2, 0.8]]);
  const b = vector([[0, 0.8], [1, 0.5], [2, 0.3]]);
  it('is the dot product less the shared features that hold a word of the set, pairs included', () => {
    const marks = new Int32Array(4);
    const [none, film, thin, gate] = dotsWithout(a, b, [[], [1], [0], [3]], firstWord, secondWord, marks);
    expect(none).toBeCloseTo(0.72);
    expect(film).toBeCloseTo(0.48);
    expect(thin).toBeCloseTo(0);
    expect(gate).toBeCloseTo(0.72);
    expect([...marks]).toEqual([0, 0, 0, 0]);
  });
  it('handles more sets than one pass marks, alike either way round', () => {
    const sets = Array.from({ length: 40 }, (_, s) => (s % 2 === 0 ? [1] : []));
    const sums = dotsWithout(a, b, sets, firstWord, secondWord, new Int32Array(4));
    expect(sums.map((x) => x.toFixed(6))).toEqual(sets.map((s) => (s.length ? '0.480000' : '0.720000')));
    expect(dotsWithout(b, a, sets, firstWord, secondWord, new Int32Array(4))).toEqual(sums);
  });
});

describe('loneConceptCounts', () => {
  it('counts a one-word concept when the papers also share a concept of several words, whatever their words', () => {
    expect(loneConceptCounts(true, 0, 0.3, 0.4)).toBe(true);
  });
  it('otherwise counts it only when the rest of their words reach the nearer of the two floors', () => {
    expect(loneConceptCounts(false, 0.3, 0.3, 0.4)).toBe(true);
    expect(loneConceptCounts(false, 0.29, 0.3, 0.4)).toBe(false);
    expect(loneConceptCounts(false, 0.29, 0.4, 0.3)).toBe(false);
  });
});
