import { describe, expect, it } from 'vitest';
import { codeVersion, contentHash, parseHashSet, serialiseHashSet } from '../../../src/lib/cache/hash-set-cache';

describe('hash-set cache file', () => {
  const v = codeVersion(['export const a = 1;']);

  it('round-trips', () => {
    const hashes = [contentHash('a'), contentHash('b')];
    expect([...parseHashSet(serialiseHashSet(hashes, v), v)].sort()).toEqual([...hashes].sort());
  });

  it('reads as empty when missing, corrupt, shaped wrong or from other code', () => {
    expect(parseHashSet(undefined, v).size).toBe(0);
    expect(parseHashSet('{"format":1,"version":', v).size).toBe(0);
    expect(parseHashSet('null', v).size).toBe(0);
    expect(parseHashSet(JSON.stringify({ format: 1, version: v, hashes: 'x' }), v).size).toBe(0);
    const other = codeVersion(['export const a = 2;']);
    expect(other).not.toBe(v);
    expect(parseHashSet(serialiseHashSet([contentHash('a')], v), other).size).toBe(0);
    // Junk entries are dropped, good ones kept.
    expect([...parseHashSet(JSON.stringify({ format: 1, version: v, hashes: ['h', 3, null] }), v)]).toEqual(['h']);
  });
});
