import { describe, expect, it } from 'vitest';
import { folderIsAsRecorded, parseStepStamp, stampIsCurrent, stepKey } from '../../../src/lib/cache/step-stamp';

const files: Record<string, { size: number; mtimeMs: number }> = {
  'api/papers.json': { size: 120, mtimeMs: 1000.5 },
  'api/graph.cyjs': { size: 90, mtimeMs: 1000.7 },
};
const statOf = (path: string) => files[path];
const stamp = { key: 'k1', outputs: Object.entries(files).map(([path, s]) => ({ path, ...s })) };

describe('stampIsCurrent', () => {
  it('is current only with the same key and every output untouched', () => {
    expect(stampIsCurrent(stamp, 'k1', statOf)).toBe(true);
    expect(stampIsCurrent(stamp, 'k2', statOf)).toBe(false);
    expect(stampIsCurrent(undefined, 'k1', statOf)).toBe(false);
  });

  it('is stale when an output is gone, resized or rewritten', () => {
    expect(stampIsCurrent(stamp, 'k1', (p) => (p === 'api/graph.cyjs' ? undefined : statOf(p)))).toBe(false);
    expect(stampIsCurrent(stamp, 'k1', (p) => ({ ...statOf(p)!, size: statOf(p)!.size + 1 }))).toBe(false);
    expect(stampIsCurrent(stamp, 'k1', (p) => ({ ...statOf(p)!, mtimeMs: statOf(p)!.mtimeMs + 0.001 }))).toBe(false);
  });

  it('never trusts a stamp that records no output', () => {
    expect(stampIsCurrent({ key: 'k1', outputs: [] }, 'k1', statOf)).toBe(false);
  });
});

describe('parseStepStamp', () => {
  it('reads back what was written and rejects other shapes', () => {
    expect(parseStepStamp(JSON.parse(JSON.stringify(stamp)))).toEqual(stamp);
    expect(parseStepStamp(undefined)).toBeUndefined();
    expect(parseStepStamp({ key: 'k1' })).toBeUndefined();
    expect(parseStepStamp({ key: 'k1', outputs: [{ path: 'a', size: '1', mtimeMs: 2 }] })).toBeUndefined();
  });

  it('keeps a recorded SHA-256 and drops one that is not one', () => {
    const sha256 = 'a'.repeat(64);
    expect(parseStepStamp({ key: 'k', outputs: [{ path: 'a', size: 1, mtimeMs: 2, sha256 }] })?.outputs[0]).toEqual({ path: 'a', size: 1, mtimeMs: 2, sha256 });
    expect(parseStepStamp({ key: 'k', outputs: [{ path: 'a', size: 1, mtimeMs: 2, sha256: 'xyz' }] })?.outputs[0]).toEqual({ path: 'a', size: 1, mtimeMs: 2 });
  });
});

describe('stepKey', () => {
  it('changes with any byte of any part, and with bytes moved across a part boundary', () => {
    const base = stepKey([['a', 'xy'], ['b', 'z']]);
    expect(stepKey([['a', 'xy'], ['b', 'z']])).toBe(base);
    expect(stepKey([['a', 'x'], ['b', 'yz']])).not.toBe(base);
    expect(stepKey([['a', 'xy'], ['b', 'Z']])).not.toBe(base);
    expect(stepKey([['a', Buffer.from('xy')], ['b', new Uint8Array([0x7a])]])).toBe(base);
  });
});

describe('folderIsAsRecorded', () => {
  const recorded = [
    { path: 'papers/a.md', size: 10, mtimeMs: 5 },
    { path: 'graph.json', size: 20, mtimeMs: 6 },
  ];

  it('holds for the same files in any order', () => {
    expect(folderIsAsRecorded(recorded, [...recorded].reverse())).toBe(true);
  });

  it('fails when a file was edited, removed or added', () => {
    expect(folderIsAsRecorded(recorded, [recorded[0]!, { ...recorded[1]!, mtimeMs: 7 }])).toBe(false);
    expect(folderIsAsRecorded(recorded, [recorded[0]!, { ...recorded[1]!, size: 21 }])).toBe(false);
    expect(folderIsAsRecorded(recorded, [recorded[0]!])).toBe(false);
    expect(folderIsAsRecorded(recorded, [...recorded, { path: 'concepts.yaml', size: 3, mtimeMs: 8 }])).toBe(false);
    // As many files, one of them another.
    expect(folderIsAsRecorded(recorded, [recorded[0]!, { path: 'graph2.json', size: 20, mtimeMs: 6 }])).toBe(false);
  });
});
