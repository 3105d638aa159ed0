import { describe, expect, it } from 'vitest';
import { plainMathText, splitMath } from '../../../src/lib/normalise/math-text';
import { renderInlineMath } from '../../../src/lib/site/math';
import { unwrapStyleCommands } from '../../../src/lib/normalise/tex-style';

describe('splitMath', () => {
  it('finds inline math in a title', () => {
    expect(splitMath('UR$^2$: Unify RAG')).toEqual([
      { kind: 'text', text: 'UR' },
      { kind: 'math', tex: '^2' },
      { kind: 'text', text: ': Unify RAG' },
    ]);
  });

  it('leaves prices and lone dollars alone (Pandoc rule)', () => {
    expect(splitMath('costs $5 and $10 per run')).toEqual([{ kind: 'text', text: 'costs $5 and $10 per run' }]);
    expect(splitMath('a $ b')).toEqual([{ kind: 'text', text: 'a $ b' }]);
    expect(splitMath('open $x without close')).toEqual([{ kind: 'text', text: 'open $x without close' }]);
  });

  it('reads a TeX relation written right before a number as math, and a price range still as text', () => {
    // Review 10 LOW: BibTeX's `0$<$x$\leq$1` showed "0<x$\leq$1" in the h1 and the tab title.
    expect(splitMath('x$\\leq$1')).toEqual([
      { kind: 'text', text: 'x' },
      { kind: 'math', tex: '\\leq' },
      { kind: 'text', text: '1' },
    ]);
    expect(splitMath('from $5-$10 a run')).toEqual([{ kind: 'text', text: 'from $5-$10 a run' }]);
  });

  it('reads display math, $$...$$ and \\[...\\], and LaTeX inline \\(...\\) as math (review 17 H1)', () => {
    // Tao's arXiv abstract showed "define $$ H_t(x) := ...$$ where" as raw TeX on the page.
    expect(splitMath('define $$ H_t(x) := \\int_0^\\infty du$$ where')).toEqual([
      { kind: 'text', text: 'define ' },
      { kind: 'math', tex: ' H_t(x) := \\int_0^\\infty du', display: true },
      { kind: 'text', text: ' where' },
    ]);
    expect(splitMath('asserts that \\[ \\sum_n a_n = o(x) \\] as')).toEqual([
      { kind: 'text', text: 'asserts that ' },
      { kind: 'math', tex: ' \\sum_n a_n = o(x) ', display: true },
      { kind: 'text', text: ' as' },
    ]);
    expect(splitMath('for \\(x^2\\) only')).toEqual([
      { kind: 'text', text: 'for ' },
      { kind: 'math', tex: 'x^2' },
      { kind: 'text', text: ' only' },
    ]);
    expect(splitMath('$$ a \\$ b $$')).toEqual([{ kind: 'math', tex: ' a \\$ b ', display: true }]);
    // Unclosed or empty: text, as before.
    expect(splitMath('costs $$5 a run')).toEqual([{ kind: 'text', text: 'costs $$5 a run' }]);
    expect(splitMath('a $$ $$ b')).toEqual([{ kind: 'text', text: 'a $$ $$ b' }]);
    expect(splitMath('open \\[ x')).toEqual([{ kind: 'text', text: 'open \\[ x' }]);
  });

  it('reads display math as plain text without its dollars (meta description, tab title)', () => {
    expect(plainMathText('asserts that $$ \\sum_{n} \\lambda(n) = o(x) $$ as $x\\to\\infty$')).toBe(
      'asserts that \\sumₙ λ(n) = o(x) as x→∞',
    );
  });

  it('reads \\$ as a literal dollar and skips escaped dollars inside math', () => {
    expect(splitMath('pay \\$5')).toEqual([{ kind: 'text', text: 'pay $5' }]);
    expect(splitMath('$a\\$b$')).toEqual([{ kind: 'math', tex: 'a\\$b' }]);
  });
});

describe('renderInlineMath', () => {
  it('renders math as MathML and escapes the text around it', () => {
    const html = renderInlineMath('<b>Med</b>-R$^3$ & co');
    expect(html).toContain('&lt;b&gt;Med&lt;/b&gt;-R');
    expect(html).toContain('<math');
    expect(html).toContain('<msup>');
    expect(html).toContain(' &amp; co');
    expect(html).not.toContain('<b>');
  });

  it('shows unparseable TeX as escaped source, without inline styles', () => {
    const html = renderInlineMath('bad $\\frac{1}{$ and $\\notacommand<script>$');
    expect(html).not.toContain('style=');
    expect(html).not.toContain('<script');
    expect(html).toContain('class="math-source"');
  });

  it('draws a title\'s display math inline, and unparseable display math as its source', () => {
    const html = renderInlineMath('On $$\\mathbb{Z}_p$$-lattices and $$\\frac{1}{$$');
    expect(html).toMatch(/^On <span class="katex"><math [^>]*>.*<\/math>.*<\/span>-lattices and <span class="math-source">\$\$\\frac\{1\}\{\$\$<\/span>$/s);
    expect(html).not.toContain('display="block"');
  });

  it('does not let TeX produce links or raw HTML', () => {
    const html = renderInlineMath('$\\href{javascript:alert(1)}{x}$ $\\htmlClass{evil}{y}$');
    expect(html).not.toMatch(/href=|class="evil"/);
  });

  it('keeps the MathML out of the search index and gives it the TeX as text, escaped', () => {
    const html = renderInlineMath('$\\mathbf{a}<b>c$');
    expect(html).toMatch(/^<span class="katex"><math [^>]*data-pagefind-ignore [^>]*>.*<\/math><span class="math-reading" data-pagefind-ignore>a&lt;b&gt;c<\/span><span hidden class="math-search-text">a&lt;b&gt;c<\/span><\/span>$/s);
    expect(html).not.toContain('<b>');
  });

  it('gives each formula its plain reading as text, so a heading or link says "UR²", not "UR :" (review 19 M4)', () => {
    // Chromium leaves MathML out of a heading's or link's accessible name: the reading `<title>` shows is text
    // beside the MathML, which is still drawn but hidden from assistive technology, and kept out of the index.
    expect(renderInlineMath('UR$^2$: Unify')).toMatch(
      /^UR<span class="katex"><math aria-hidden="true" data-pagefind-ignore [^>]*>.*<msup>.*<\/math><span class="math-reading" data-pagefind-ignore>²<\/span><span hidden class="math-search-text">\^2<\/span><\/span>: Unify$/s,
    );
    expect(renderInlineMath('Med-R$^{3}$')).toContain('<span class="math-reading" data-pagefind-ignore>³</span>');
    // Escaped, never markup.
    expect(renderInlineMath('$a<b$')).toContain('<span class="math-reading" data-pagefind-ignore>a&lt;b</span>');
    // A reading that is still TeX is left to the MathML, which stays exposed; source shown for TeX that does not parse is text already.
    const frac = renderInlineMath('$\\frac{a}{b}$');
    expect(frac).not.toContain('math-reading');
    expect(frac).not.toContain('aria-hidden');
    expect(renderInlineMath('bad $\\frac{1}{$')).not.toContain('math-reading');
  });

  it('returns escaped plain text unchanged when there is no math', () => {
    expect(renderInlineMath('Attention Is All You Need')).toBe('Attention Is All You Need');
  });
});

describe('plainMathText', () => {
  it('drops the dollars and turns digit exponents into superscripts', () => {
    expect(plainMathText('UR$^2$: Unify RAG')).toBe('UR²: Unify RAG');
    expect(plainMathText('Med-R$^{3}$')).toBe('Med-R³');
    expect(plainMathText('$\\alpha$-divergence')).toBe('α-divergence');
    expect(plainMathText('$\\alpha < \\beta$ and $k \\le n$')).toBe('α < β and k ≤ n');
    expect(plainMathText('Li$_x$CoO$_2$ (0$<$x$\\leq$1): A New Cathode Material')).toBe('LiₓCoO₂ (0<x≤1): A New Cathode Material');
    expect(plainMathText('$\\sim$10 nm, 5$\\times$10, $\\approx$2, $\\pm$3, 1$\\neq$2, $\\geq$4, $\\to$0, $\\lesssim$1')).toBe('∼10 nm, 5×10, ≈2, ±3, 1≠2, ≥4, →0, ≲1');
    // A square root reads as √ (./math-text.test.ts); other commands stay as they are.
    expect(plainMathText('$\\sqrt{n}$ and $\\frac{1}{2}$')).toBe('√n and \\frac{1}{2}');
    // Sub- and superscripts with a Unicode form for every character; others stay as written.
    expect(plainMathText('$x_{ij}$, $x_0$, $T_{\\mathrm{max}}$, $2^{k+1}$')).toBe('xᵢⱼ, x₀, Tₘₐₓ, 2ᵏ⁺¹');
    expect(plainMathText('H$_{\\infty}$ and $x_{T}$ and $x_{AB}$')).toBe('H_∞ and x_T and x_{AB}');
  });
});

describe('style commands in plain text', () => {
  it('reads a title with a font command as its letters (the <title>, og:title, search and graph label)', () => {
    expect(plainMathText('A Survey of $\\mathcal{O}(n^2)$ Message Passing')).toBe('A Survey of O(n²) Message Passing');
    expect(plainMathText('$\\mathbf{x}_i$ in $\\mathbb{R}^n$')).toBe('xᵢ in Rⁿ');
    expect(plainMathText('a domain $\\Omega \\subset \\mathbb{R}^n$, $A \\cup B \\subseteq C$, $\\forall x \\exists y$, $\\Re(s)$')).toBe('a domain Ω ⊂ Rⁿ, A ∪ B ⊆ C, ∀ x ∃ y, ℜ(s)');
    expect(plainMathText('$\\operatorname*{arg\\,max}_{\\theta}$ and $\\text{softmax}(z)$')).toBe('arg max_θ and softmax(z)');
    expect(plainMathText('$\\boldsymbol{\\alpha}$, $\\mathrm{KL}(p \\| q)$, $\\emph{very}$ $\\textbf{bold}$ $\\textit{it}$')).toBe('α, KL(p \\| q), very bold it');
  });

  it('unwraps nested and unbraced arguments and leaves every other command as written', () => {
    expect(unwrapStyleCommands('\\mathbf{\\mathcal{F}_{\\mathrm{max}}}')).toBe('F_{max}');
    expect(unwrapStyleCommands('\\mathbf x + \\mathcal\\alpha')).toBe('x + \\alpha');
    expect(unwrapStyleCommands('\\text{a \\{b\\} c}')).toBe('a \\{b\\} c');
    expect(unwrapStyleCommands('\\mathbfx \\sqrt{n} \\textcolor{red}{x} \\mathbf*{y}')).toBe('\\mathbfx \\sqrt{n} \\textcolor{red}{x} \\mathbf*{y}');
    // Cut off (KaTeX renders neither): the argument there is kept.
    expect(unwrapStyleCommands('\\mathbf{x')).toBe('x');
    expect(unwrapStyleCommands('x\\mathbf')).toBe('x');
  });

  it('unwraps a formula nested tens of thousands deep, in time linear in its length', () => {
    // An abstract is input: a recursive unwrapping overflowed the stack here and broke the site build.
    const depth = 20_000;
    const deep = `${'\\text{'.repeat(depth)}x${'}'.repeat(depth)}`;
    expect(unwrapStyleCommands(deep)).toBe('x');
    expect(unwrapStyleCommands(`${'{'.repeat(depth)}x${'}'.repeat(depth)}`)).toBe(`${'{'.repeat(depth)}x${'}'.repeat(depth)}`);
    expect(plainMathText(`We study $${deep}$ in graphs`)).toBe('We study x in graphs');
  });
});
