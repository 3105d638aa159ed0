import { describe, expect, it } from 'vitest';
import { assertPlainData, pageCacheKey, siteKey } from '../../../src/lib/cache/page-key';

describe('pageCacheKey', () => {
  const site = siteKey({ config: { title: 'Atlas', description: 'd' }, base: '/' });

  it('is the same for the same view and changes with any rendered value', () => {
    const view = { title: 'Graph transformers', related: [{ id: 'b', title: 'B', color: '#123456' }] };
    expect(pageCacheKey(view, site)).toBe(pageCacheKey(structuredClone(view), site));
    const renamed = { ...view, related: [{ ...view.related[0]!, title: 'B, retitled' }] };
    expect(pageCacheKey(renamed, site)).not.toBe(pageCacheKey(view, site));
    const recoloured = { ...view, related: [{ ...view.related[0]!, color: '#654321' }] };
    expect(pageCacheKey(recoloured, site)).not.toBe(pageCacheKey(view, site));
  });

  it('changes with the site-wide layout inputs', () => {
    const view = { title: 'Graph transformers' };
    const other = siteKey({ config: { title: 'My reading list', description: 'd' }, base: '/' });
    const rebased = siteKey({ config: { title: 'Atlas', description: 'd' }, base: '/atlas/' });
    expect(pageCacheKey(view, other)).not.toBe(pageCacheKey(view, site));
    expect(pageCacheKey(view, rebased)).not.toBe(pageCacheKey(view, site));
  });

  it('refuses views JSON would flatten (a Map would give different pages one key)', () => {
    expect(() => assertPlainData({ concepts: new Map([['a', 1]]) })).toThrow(/view\.concepts is a Map/);
    expect(() => assertPlainData({ list: [{ ids: new Set(['a']) }] })).toThrow(/view\.list\[0\]\.ids is a Set/);
    expect(() => assertPlainData({ render: () => 1 })).toThrow(/function/);
    expect(() => assertPlainData({ at: new Date(0) })).toThrow(/plain object/);
    expect(() => assertPlainData({ a: [1, 'x', null, { b: true }] })).not.toThrow();
  });
});
