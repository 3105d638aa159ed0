import { describe, expect, it } from 'vitest';
import { unversionedArxiv } from '../../../src/lib/cite/arxiv';

describe('unversionedArxiv', () => {
  it('drops the version of new- and old-style ids and leaves anything else alone', () => {
    expect(unversionedArxiv('2301.00001v2')).toBe('2301.00001');
    expect(unversionedArxiv('hep-th/9901001v1')).toBe('hep-th/9901001');
    expect(unversionedArxiv('math.GT/0309136v3')).toBe('math.GT/0309136');
    expect(unversionedArxiv('2505.10554')).toBe('2505.10554');
    expect(unversionedArxiv('not-an-id-v2')).toBe('not-an-id-v2');
  });
});
