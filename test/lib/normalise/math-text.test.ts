import { describe, expect, it } from 'vitest';
import { plainMathText } from '../../../src/lib/normalise/math-text';

describe('plainMathText (titles in <title>, search rows and graph labels)', () => {
  it('scripts a count with a fraction bar or a decimal point around them (review 13 L1: "Li_{1/3−2x/3}" showed its braces)', () => {
    expect(plainMathText('Li[Ni$_x$Li$_{1/3-2x/3}$Mn$_{2/3-x/3}$]O$_2$')).toBe('Li[NiₓLi₁/₃₋₂ₓ/₃Mn₂/₃₋ₓ/₃]O₂');
    expect(plainMathText('Li$_{1.3}$Al$_{0.3}$Ti$_{1.7}$(PO$_4$)$_3$')).toBe('Li₁.₃Al₀.₃Ti₁.₇(PO₄)₃');
    expect(plainMathText('MPa·m$^{1/2}$')).toBe('MPa·m¹/²');
  });

  it('leaves a script with a character that has no Unicode form as written', () => {
    expect(plainMathText('$T_{eff}$ and $x_{a/b}$')).toBe('T_{eff} and x_{a/b}');
    expect(plainMathText('$H_{\\infty}$')).toBe('H_∞');
  });
});
