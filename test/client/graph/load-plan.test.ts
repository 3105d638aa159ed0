import { describe, expect, it } from 'vitest';
import { waitReason } from '../../../src/client/graph/load-plan';

describe('waitReason', () => {
  it('loads at once where the browser says nothing of its link (Firefox, Safari)', () => {
    expect(waitReason(undefined, false)).toBeUndefined();
    expect(waitReason({}, false)).toBeUndefined();
  });

  it('loads at once on a fast link without data saver', () => {
    expect(waitReason({ effectiveType: '4g', saveData: false }, false)).toBeUndefined();
  });

  it('waits with data saver on, whatever the link, and says so', () => {
    expect(waitReason({ effectiveType: '4g', saveData: true }, false)).toMatch(/^Data saver is on, so the graph waits/);
  });

  it('waits on a link the browser rates 3G or slower', () => {
    for (const effectiveType of ['3g', '2g', 'slow-2g']) {
      expect(waitReason({ effectiveType }, false)).toMatch(/^This connection is slow/);
    }
  });

  it('does not ask again a reader who asked for the graph before on this device', () => {
    expect(waitReason({ effectiveType: '2g', saveData: true }, true)).toBeUndefined();
  });
});
