import { describe, expect, it } from 'vitest';
import { withMemoryReleased, withNativeMemoryReleased } from '../../../scripts/lib/malloc-release';

describe('withMemoryReleased', () => {
  it("adds glibc's mmap and trim thresholds to the step's environment, leaving the rest as it was", () => {
    const env = withMemoryReleased({ PATH: '/usr/bin', ATLAS_CONTENT_DIR: 'content' });
    expect(env).toEqual({ PATH: '/usr/bin', ATLAS_CONTENT_DIR: 'content', MALLOC_MMAP_THRESHOLD_: '131072', MALLOC_TRIM_THRESHOLD_: '131072' });
  });

  it('keeps a value the user set, and does not change the environment it was given', () => {
    const given = { MALLOC_TRIM_THRESHOLD_: '0' };
    const env = withMemoryReleased(given);
    expect(env.MALLOC_TRIM_THRESHOLD_).toBe('0');
    expect(env.MALLOC_MMAP_THRESHOLD_).toBe('131072');
    expect(given).toEqual({ MALLOC_TRIM_THRESHOLD_: '0' });
  });
});

describe('withNativeMemoryReleased', () => {
  it("sets mimalloc's purge delay to 0 for Astro's process and keeps a value the user set", () => {
    expect(withNativeMemoryReleased({ PATH: '/usr/bin' })).toEqual({ PATH: '/usr/bin', MIMALLOC_PURGE_DELAY: '0' });
    const given = { MIMALLOC_PURGE_DELAY: '10' };
    expect(withNativeMemoryReleased(given)).toEqual({ MIMALLOC_PURGE_DELAY: '10' });
    expect(given).toEqual({ MIMALLOC_PURGE_DELAY: '10' });
  });
});
