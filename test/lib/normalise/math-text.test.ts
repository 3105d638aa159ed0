import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainMathText, readMathInPlace, splitMath, type MathSegment } from '../../../src/lib/normalise/math-text';

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

  it('reads a square root as √, bracketing a body longer than one symbol (review 15 M1: "\\sqrt{s}=7" in titles)', () => {
    expect(plainMathText('Higgs Boson Mass in $pp$ Collisions at $\\sqrt{s}=7$ and 8 TeV')).toBe('Higgs Boson Mass in pp Collisions at √s=7 and 8 TeV');
    expect(plainMathText('139 fb$^{-1}$ of $\\sqrt{s}$ =13 TeV')).toBe('139 fb⁻¹ of √s =13 TeV');
    expect(plainMathText('$\\sqrt{x+y}$, $\\sqrt{x^2+y^2}$, $\\sqrt 2$, $\\sqrt{13}$, $\\sqrt{\\pi}$, $\\sqrt{(a+b)}$')).toBe('√(x+y), √(x²+y²), √2, √13, √π, √(a+b)');
    // A root of another degree has no one character.
    expect(plainMathText('$\\sqrt[5]{x}$')).toBe('\\sqrt[5]{x}');
  });

  it('scripts the one token TeX reads after an unbraced ^ or _, signs included, and joins charges as TeX does (review 15 M1)', () => {
    expect(plainMathText('First evidence for the decay $B_s^0 \\to \\mu^+ \\mu^-$')).toBe('First evidence for the decay Bₛ⁰ → μ⁺μ⁻');
    expect(plainMathText('Pentaquark States in $\\Lambda_b^0 \\to J/\\psi K^- p$ Decays')).toBe('Pentaquark States in Λ_b⁰ → J/ψ K⁻p Decays');
    expect(plainMathText('$e^+e^-$ and $\\tau^+ \\tau^-$, $x^ 2$, $10^12$')).toBe('e⁺e⁻ and τ⁺τ⁻, x², 10¹2');
    // No superscript ± exists: written after the letter, as plain text writes it.
    expect(plainMathText('the $W^\\pm$ and $Z^0$ bosons')).toBe('the W± and Z⁰ bosons');
    // A space before anything but a letter stays.
    expect(plainMathText('$x^+ = 1$')).toBe('x⁺ = 1');
  });
});

describe('text without a dollar or a backslash (the reader\'s quick path)', () => {
  /** Strings rich in what opens and closes math: dollars, backslashes, brackets, spaces, digits, letters. */
  const mathish = fc.string({ unit: fc.constantFrom('$', '\\', '[', ']', '(', ')', ' ', '1', 'x', '^', '{', '}', '&', '<', 'é') });

  it('is one plain segment, read back as written; only a dollar or a backslash opens math', () => {
    fc.assert(
      fc.property(fc.oneof(mathish, fc.string()), (text) => {
        const segments = splitMath(text);
        if (!/[$\\]/.test(text)) {
          expect(segments).toEqual(text === '' ? [] : [{ kind: 'text', text }]);
          expect(plainMathText(text)).toBe(text);
          expect(readMathInPlace(text)).toEqual({ text, formulas: [] });
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('still reads what a backslash or a dollar opens', () => {
    expect(splitMath('Graph neural networks for molecules')).toEqual([{ kind: 'text', text: 'Graph neural networks for molecules' }]);
    expect(splitMath('CO$_2$ capture')).toEqual([{ kind: 'text', text: 'CO' }, { kind: 'math', tex: '_2' }, { kind: 'text', text: ' capture' }]);
    expect(plainMathText('\\(\\alpha\\)-helices')).toBe('α-helices');
    expect(plainMathText('costs \\$5 and \\$10')).toBe('costs $5 and $10');
  });

  it('writes log-like functions as their names, spaced from what follows as TeX sets them', () => {
    expect(plainMathText('Energy bounds $O(n \\log n)$ for sparse graphs')).toBe('Energy bounds O(n log n) for sparse graphs');
    expect(plainMathText('$\\sin\\theta$ and $\\log_2 n$')).toBe('sin θ and log₂ n');
    expect(plainMathText('$\\max(a, b)$ and $\\lim_{n}$')).toBe('max(a, b) and limₙ');
    // A command that only starts like one is not one.
    expect(plainMathText('$\\logit$')).toBe('\\logit');
  });
});

describe('splitMath reads plain text between delimiters in runs', () => {
  /** The segments read a character at a time, as splitMath read them before it took plain runs whole. */
  function byCharacter(text: string): MathSegment[] {
    const out: MathSegment[] = [];
    let plain = '';
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (ch === '\\' && text[i + 1] === '$') {
        plain += '$';
        i += 1;
      } else plain += ch;
    }
    if (plain) out.push({ kind: 'text', text: plain });
    return out;
  }

  it('gives the text around escapes, lone backslashes and prices as a character-at-a-time reading does', () => {
    for (const text of ['', 'plain words only', 'costs \\$5 and \\$10', 'a \\ b', 'ends in \\', '\\x\\y \\$', 'a $ 5 b', '$ x', 'trailing $']) {
      expect(splitMath(text)).toEqual(byCharacter(text));
    }
  });

  it('still finds every kind of math between runs of text', () => {
    expect(splitMath('see $x$, $$y$$, \\[z\\] and \\(w\\) \\$3 end')).toEqual([
      { kind: 'text', text: 'see ' },
      { kind: 'math', tex: 'x' },
      { kind: 'text', text: ', ' },
      { kind: 'math', tex: 'y', display: true },
      { kind: 'text', text: ', ' },
      { kind: 'math', tex: 'z', display: true },
      { kind: 'text', text: ' and ' },
      { kind: 'math', tex: 'w' },
      { kind: 'text', text: ' $3 end' },
    ]);
  });
});
