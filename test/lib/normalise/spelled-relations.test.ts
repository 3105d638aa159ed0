import { describe, expect, it } from 'vitest';
import { decodeSpelledRelations } from '../../../src/lib/normalise/spelled-relations';
import { cleanText } from '../../../src/lib/normalise/text';

describe('decodeSpelledRelations', () => {
  it.each([
    ['from 0.82%+or-0.08% in large veins to 1.71%+or-0.14% in basal ganglia', 'from 0.82%±0.08% in large veins to 1.71%±0.14% in basal ganglia'],
    ['(mean +or- SD) 34 +or- 71 ms', '(mean ± SD) 34 ± 71 ms'],
    ['an x-(100-x)% mixture, 0<or=x<or=50, between', 'an x-(100-x)% mixture, 0≤x≤50, between'],
    ['for any k >or= 4, it is NP-complete', 'for any k ≥ 4, it is NP-complete'],
    ['Let alpha approximately=0.87856 denote', 'Let alpha ≈0.87856 denote'],
  ])('%j → %j', (input, expected) => {
    expect(decodeSpelledRelations(input)).toBe(expected);
  });

  it('leaves "or" between words, and "approximately" without its sign, alone', () => {
    for (const text of ['more or less', 'plus or minus 2%', 'a <or> tag', 'approximately 5', 'x-or-y', 'inapproximately=']) expect(decodeSpelledRelations(text)).toBe(text);
  });
});

describe('cleanText and spelled relations', () => {
  it('reads them in every abstract, but not inside a URL or math', () => {
    expect(cleanText('T1 was 1360 ms+or-116 ms (see https://example.org/q?a=1+or-2) and $a+or-b$')).toBe(
      'T1 was 1360 ms±116 ms (see https://example.org/q?a=1+or-2) and $a+or-b$',
    );
  });

  it('is idempotent', () => {
    const once = cleanText('n>or=2 and 36.9+or-2.9');
    expect(cleanText(once)).toBe(once);
  });
});
