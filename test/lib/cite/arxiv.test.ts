import { describe, expect, it } from 'vitest';
import { normaliseArxiv, unversionedArxiv } from '../../../src/lib/cite/arxiv';

describe('unversionedArxiv', () => {
  it('drops the version of new- and old-style ids and leaves anything else alone', () => {
    expect(unversionedArxiv('2301.00001v2')).toBe('2301.00001');
    expect(unversionedArxiv('hep-th/9901001v1')).toBe('hep-th/9901001');
    expect(unversionedArxiv('math.GT/0309136v3')).toBe('math.GT/0309136');
    expect(unversionedArxiv('2505.10554')).toBe('2505.10554');
    expect(unversionedArxiv('not-an-id-v2')).toBe('not-an-id-v2');
  });
});

describe('normaliseArxiv', () => {
  it('reads an id however it is written: prefixed, as a link, or as arXiv DOI', () => {
    expect(normaliseArxiv('arXiv:2401.00001v2')).toBe('2401.00001v2');
    expect(normaliseArxiv('https://arxiv.org/abs/2401.00001')).toBe('2401.00001');
    expect(normaliseArxiv('hep-th/9901001')).toBe('hep-th/9901001');
    // arXiv's DataCite DOI, typed where the id goes.
    expect(normaliseArxiv('10.48550/arXiv.2401.00001')).toBe('2401.00001');
    expect(normaliseArxiv('https://doi.org/10.48550/arxiv.1609.02907')).toBe('1609.02907');
  });

  it('reads nothing from text that is no id', () => {
    for (const bad of ['N/A', 'none', '', '10.1000/xyz', '10.48550/arXiv.', 'see arXiv']) expect(normaliseArxiv(bad)).toBeUndefined();
  });
});
