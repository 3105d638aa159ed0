import { describe, expect, it } from 'vitest';
import { collect, emitJson } from '../../../src/lib/export/text-pieces';

const samples: unknown[] = [
  null,
  42,
  'text with "quotes", </script> and \u2028',
  [],
  {},
  [1, 'two', null, { three: [3] }],
  { version: 1, papers: [{ id: 'a', related: [{ id: 'b', score: 0.5, shared: ['x'] }] }, { id: '__proto__' }], concepts: [] },
  { skipped: undefined, kept: 1, nested: { alsoSkipped: undefined, list: [undefined, 2] } },
  JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1}'),
];

describe('emitJson', () => {
  it.each(samples.map((value) => [JSON.stringify(value)?.slice(0, 40), value]))('gives the bytes JSON.stringify gives: %s', (_, value) => {
    for (const depth of [0, 1, 2, 3, 8]) expect(collect((emit) => emitJson(value, emit, depth))).toBe(JSON.stringify(value));
  });

  it('emits one piece per item below the levels it opens', () => {
    const pieces: string[] = [];
    emitJson({ nodes: [{ id: 1 }, { id: 2 }], edges: [{ id: 3 }] }, (p) => pieces.push(p), 2);
    expect(pieces).toContain('{"id":1}');
    expect(pieces).toContain('{"id":3}');
    expect(pieces.every((p) => p.length <= 12)).toBe(true);
  });
});

describe('collect', () => {
  it('joins the pieces in order', () => {
    expect(collect((emit) => ['a', 'b', 'c'].forEach(emit))).toBe('abc');
    expect(collect(() => {})).toBe('');
  });
});
