import { describe, expect, it } from 'vitest';
import { asksToSave } from '../../../src/lib/site/connection';

describe('asksToSave', () => {
  it('is false where the browser says nothing', () => {
    expect(asksToSave(undefined)).toBe(false);
    expect(asksToSave({})).toBe(false);
  });

  it('is true with data saver on, or on a link rated 3G or slower', () => {
    expect(asksToSave({ saveData: true })).toBe(true);
    expect(asksToSave({ effectiveType: '3g' })).toBe(true);
    expect(asksToSave({ effectiveType: 'slow-2g', saveData: false })).toBe(true);
  });

  it('is false on a fast link without data saver', () => {
    expect(asksToSave({ effectiveType: '4g', saveData: false })).toBe(false);
  });

  it('is false on fast mobile data: the graph page loads the script the reader came for (fetching ahead has rules of its own)', () => {
    expect(asksToSave({ effectiveType: '4g', type: 'cellular' })).toBe(false);
  });
});
