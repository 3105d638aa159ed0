import { describe, expect, it } from 'vitest';
import { markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import { markdownProcessorOptions } from '../../../src/lib/site/markdown-options';
import { abstractMarkdown } from '../../../src/lib/content/markdown';

// As astro.config.mjs renders bodies: safety first, so the only raw HTML left is the MathML made here.
const html = (md: string) => (markdownToHtml(md, markdownProcessorOptions) as MarkdownToHtmlResult).html;

describe('markdownMath', () => {
  it('renders inline math in a body as MathML next to concept links', () => {
    const out = html('[Reinforcement learning](../../concepts/rl/) improves accuracy by $\\alpha = 3.5\\\\%$ on average.');
    expect(out).toContain('<a href="../../concepts/rl/">Reinforcement learning</a>');
    expect(out).toMatch(/<math[^>]*>.*<mi>α<\/mi>.*<\/math>/s);
    expect(out).toContain(' on average.');
  });

  it('renders a formula the body links to its concept as maths inside the link', () => {
    const body = abstractMarkdown('Uptake of CO$_2$ in a flat $\\Lambda$CDM model with $\\sigma_8$ free.', [
      { id: 'carbon-dioxide', forms: ['Carbon dioxide', 'CO₂'] },
      { id: 'lambdacdm-model', forms: ['ΛCDM model'] },
      { id: 'sigma', forms: ['σ', 'sigma'] },
    ]);
    const out = html(body);
    expect(out).toMatch(/<a href="..\/..\/concepts\/carbon-dioxide\/">CO<span class="katex"><math[^>]*>(?:(?!<\/a>).)*<msub><mrow><\/mrow><mn>2<\/mn><\/msub>(?:(?!<\/a>).)*<\/math>(?:(?!<\/a>).)*<\/span><\/a> in a flat/s);
    expect(out).toMatch(/<a href="..\/..\/concepts\/lambdacdm-model\/"><span class="katex"><math[^>]*>(?:(?!<\/a>).)*<mi mathvariant="normal">Λ<\/mi>(?:(?!<\/a>).)*<\/span>CDM model<\/a>/s);
    expect(out).not.toContain('concepts/sigma/');
    expect(out).not.toContain('$');
  });

  it('leaves prices and code alone', () => {
    const out = html('Costs $5 and $10. Inline `$x$` code.');
    expect(out).toContain('Costs $5 and $10.');
    expect(out).toContain('<code>$x$</code>');
    expect(out).not.toContain('<math');
  });

  it('keeps raw HTML inert even next to math, and bad TeX as text', () => {
    const out = html('<script>alert(1)</script> $x^2$ and $\\frac{1}{$ <img src=x onerror=alert(2)>');
    expect(out).not.toMatch(/<(script|img)\b/);
    expect(out).toContain('<msup>');
    expect(out).toContain('$\\frac{1}{$');
  });

  it('renders display math in an abstract as a MathML block and keeps it out of the text (review 17 H1)', () => {
    const out = html(
      abstractMarkdown('define $$ H_t(x) := \\int_0^\\infty e^{tu^2} du$$ where and \\[ \\sum_{n \\leq x} \\lambda(n) \\] as $x$ grows.', []),
    );
    expect(out).toMatch(/define <span class="katex"><math[^>]*display="block"[^>]*>.*<msub><mi>H<\/mi><mi>t<\/mi><\/msub>.*<\/math>/s);
    expect((out.match(/display="block"/g) ?? []).length).toBe(2);
    expect(out).toMatch(/<munder><mo>∑<\/mo>/);
    // The only dollars left are none; the TeX survives only as the annotation and the hidden search text.
    expect(out.replace(/<annotation[^>]*>.*?<\/annotation>/gs, '')).not.toMatch(/\$|\\\[/);
    expect(out).toContain('<span hidden class="math-search-text">\\sum_{n \\leq x} \\lambda(n)</span>');
  });
});
