import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stableJson } from '../../../src/lib/content/plan';

describe('stableJson', () => {
  it('writes each array item whole on a line of its own, under keys opened one per line', () => {
    const text = stableJson({
      version: 1,
      papers: { nodes: [{ id: 'a', x: 1.5 }, { id: 'b', x: -2 }], edges: [] },
      clusters: [{ id: 0, label: 'RL', topConcepts: ['policy-gradient'] }],
    });
    expect(text).toBe(
      [
        '{',
        '  "version": 1,',
        '  "papers": {',
        '    "nodes": [',
        '      {"id":"a","x":1.5},',
        '      {"id":"b","x":-2}',
        '    ],',
        '    "edges": []',
        '  },',
        '  "clusters": [',
        '    {"id":0,"label":"RL","topConcepts":["policy-gradient"]}',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('leaves out the keys JSON leaves out', () => {
    expect(stableJson({ a: undefined, b: 1, c: () => 1 })).toBe('{\n  "b": 1\n}\n');
    expect(stableJson({ a: undefined })).toBe('{}\n');
  });

  it('reads back as the same data (hostile strings included) and is one line per item', () => {
    const record = fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor')), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 });
    fc.assert(
      fc.property(fc.record({ items: fc.array(record, { maxLength: 5 }), meta: record }), (value) => {
        const text = stableJson(value);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        if (value.items.length > 0) expect(text.split('\n').length).toBeGreaterThanOrEqual(value.items.length + 2);
      }),
    );
  });
});
