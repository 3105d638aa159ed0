import { describe, expect, it } from 'vitest';
import { mathAlphabetText, mathVariantsAsCharacters } from '../../../src/lib/site/math-alphabets';
import { renderInlineMath } from '../../../src/lib/site/math';

/** The text of each MathML token element (`<mi>`, `<mn>`, `<mo>`) with its attributes, in order. */
function tokens(html: string): string[] {
  return [...html.replace(/<annotation[\s\S]*?<\/annotation>/, '').matchAll(/<(m[ino])([^>]*)>([^<]*)<\/\1>/g)].map((m) => `${m[1]}${m[2]}:${m[3]}`);
}

describe('math alphabets as characters', () => {
  it("draws Wiles' R = 𝕋 and Sobolev's ℝⁿ without mathvariant, which Chromium ignores (review 11 M5)", () => {
    // Both papers of the review: `curves over $\mathbb{Q}$`, `the $R = \mathbb{T}$ theorem`, `$\Omega \subset \mathbb{R}^n$`.
    expect(tokens(renderInlineMath('curves over $\\mathbb{Q}$, the $R = \\mathbb{T}$ theorem'))).toEqual(['mi:ℚ', 'mi:R', 'mo:=', 'mi:𝕋']);
    const sobolev = renderInlineMath('a domain $\\Omega \\subset \\mathbb{R}^n$');
    expect(tokens(sobolev)).toEqual(['mi mathvariant="normal":Ω', 'mo:⊂', 'mi:ℝ', 'mi:n']);
    expect(sobolev).not.toContain('double-struck');
    // What a screen reader or a copy gets besides the letters: the TeX as written, and the index's text.
    expect(sobolev).toContain('<annotation encoding="application/x-tex">\\Omega \\subset \\mathbb{R}^n</annotation>');
    expect(sobolev).toContain('<span hidden class="math-search-text">\\Omega \\subset R^n</span>');
  });

  it('uses the Letterlike Symbols where the block has holes, and the block elsewhere', () => {
    expect(mathAlphabetText('CHNPQRZ', 'double-struck')).toBe('ℂℍℕℙℚℝℤ');
    expect(mathAlphabetText('ABTk1', 'double-struck')).toBe('𝔸𝔹𝕋𝕜𝟙');
    expect(mathAlphabetText('RIgH', 'fraktur')).toBe('ℜℑ𝔤ℌ');
    expect(mathAlphabetText('BELOego', 'script')).toBe('ℬℰℒ𝒪ℯℊℴ');
    expect(mathAlphabetText('h', 'italic')).toBe('ℎ');
    expect(mathAlphabetText('x0', 'bold')).toBe('𝐱𝟎');
    expect(mathAlphabetText('A', 'sans-serif')).toBe('𝖠');
    expect(mathAlphabetText('x', 'monospace')).toBe('𝚡');
  });

  it('spells bold and bold-italic Greek, capitals, small letters and variant forms', () => {
    expect(mathAlphabetText('ΩΘ∇', 'bold')).toBe('𝛀𝚯𝛁');
    expect(mathAlphabetText('αωϵϕϖ∂', 'bold')).toBe('𝛂𝛚𝛜𝛟𝛡𝛛');
    expect(mathAlphabetText('α', 'bold-italic')).toBe('𝜶');
  });

  it('leaves what Unicode cannot spell, and mathvariant="normal", to the attribute', () => {
    expect(mathAlphabetText('α', 'double-struck')).toBeUndefined();
    expect(mathAlphabetText('R', 'initial')).toBeUndefined();
    const kept = '<mi mathvariant="double-struck">α</mi><mi mathvariant="normal">Re</mi><mn mathvariant="bold">12</mn>';
    expect(mathVariantsAsCharacters(kept)).toBe('<mi mathvariant="double-struck">α</mi><mi mathvariant="normal">Re</mi><mn>𝟏𝟐</mn>');
  });

  it('renders every alphabet KaTeX writes as characters, and \\textbf as words', () => {
    const html = renderInlineMath('$\\mathfrak{g} \\mathcal{O} \\mathscr{L} \\mathbf{x} \\boldsymbol{\\alpha} \\mathsf{A} \\mathtt{x} \\mathbb{1}$ $\\textbf{if}$');
    expect(tokens(html)).toEqual(['mi:𝔤', 'mi:𝒪', 'mi:ℒ', 'mi:𝐱', 'mi:𝜶', 'mi:𝖠', 'mi:𝚡', 'mn:𝟙']);
    expect(html).toContain('<mtext mathvariant="bold">if</mtext>');
  });
});
