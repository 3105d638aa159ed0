import { describe, expect, it } from 'vitest';
import { withoutDoubledText } from '../../../src/lib/normalise/doubled-text';

const ABSTRACT =
  'Sea ice thickness was measured by airborne electromagnetic sounding over the Fram Strait in spring. The modal thickness fell by a fifth over the decade, and ridged ice thinned the most.';

describe('withoutDoubledText', () => {
  it('keeps one copy of an abstract given twice, joined directly or by a space', () => {
    expect(withoutDoubledText(`${ABSTRACT}${ABSTRACT}`)).toBe(ABSTRACT);
    expect(withoutDoubledText(`${ABSTRACT} ${ABSTRACT}`)).toBe(ABSTRACT);
  });

  it('leaves a text that only repeats part of itself, or a short one said twice', () => {
    const partly = `${ABSTRACT} The modal thickness fell by a fifth over the decade, and ridged ice thinned the most.`;
    expect(withoutDoubledText(partly)).toBe(partly);
    expect(withoutDoubledText('Yes, it works. Yes, it works.')).toBe('Yes, it works. Yes, it works.');
    expect(withoutDoubledText(ABSTRACT)).toBe(ABSTRACT);
  });
});
