import { describe, expect, it } from 'vitest';
import { americanSpelling } from '../../../src/lib/search/spelling-variants';

describe('americanSpelling', () => {
  it('spells a listed word the American way wherever a run of letters starts with it, in its case', () => {
    expect(americanSpelling('Colour, COLOUR and colours; 3colour, tri-colour, (grey)')).toBe('Color, COLOR and colors; 3color, tri-color, (gray)');
    expect(americanSpelling('Haemoglobin was analysed; the organisation modelled it.')).toBe('Hemoglobin was analyzed; the organization modeled it.');
  });

  it('leaves a run of letters that only holds a listed word, or is not written in ASCII letters', () => {
    // "tricolour" and "αcolour" hold "colour" but do not start with it; the Kelvin sign and long s fold to k and s only in a regex's case-insensitive match.
    expect(americanSpelling('tricolour αcolour \u212Aolour ſulphur colouré organism analyses')).toBe('tricolour αcolour \u212Aolour ſulphur colouré organism analyses');
  });

  it('reads each run of letters as a whole: a combining mark ends it', () => {
    expect(americanSpelling('colou\u0301r grey\u0301')).toBe('colou\u0301r gray\u0301');
  });
});
