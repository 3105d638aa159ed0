import { expect, it } from 'vitest';
import { median } from '../../../src/lib/graph/median';

it('is the middle value, or the mean of the two middle ones, whatever the order, leaving its input alone', () => {
  const values = [5, 1, 3];
  expect(median(values)).toBe(3);
  expect(values).toEqual([5, 1, 3]);
  expect(median([4, 1, 3, 2])).toBe(2.5);
  expect(median([7])).toBe(7);
  expect(median([])).toBeNaN();
});
