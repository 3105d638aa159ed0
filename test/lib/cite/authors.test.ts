import { describe, expect, it } from 'vitest';
import { withoutOthers } from '../../../src/lib/cite/authors';

describe('withoutOthers', () => {
  it('turns a trailing "others" or "et al." into a flag', () => {
    expect(withoutOthers(['Gil Gamma', 'others'])).toEqual({ names: ['Gil Gamma'], etAl: true });
    expect(withoutOthers(['Gil Gamma', 'et al.'])).toEqual({ names: ['Gil Gamma'], etAl: true });
    expect(withoutOthers(['Gil Gamma', 'Ann Others'])).toEqual({ names: ['Gil Gamma', 'Ann Others'], etAl: false });
    expect(withoutOthers([])).toEqual({ names: [], etAl: false });
  });
});
