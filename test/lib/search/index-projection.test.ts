import { describe, expect, it } from 'vitest';
import { searchIndexProjection } from '../../../src/lib/search/index-projection';

const page = (related: string) => `<!DOCTYPE html><html lang="en"><body><main>
<article class="paper" data-pagefind-body>
  <h1 data-pagefind-weight="10">Sparse attention</h1>
  <section class="paper__abstract"><p>We study sparse attention.</p></section>
  <section aria-labelledby="related-heading" data-pagefind-ignore="all">
    <h2 id="related-heading">Related papers</h2>
    <section class="inner"><ol>${related}</ol></section>
    <figure class="local-graph" data-pagefind-ignore="all"><svg><line x1="1"></line></svg></figure>
  </section>
  <p data-pagefind-ignore><span data-pagefind-filter="concept">Attention</span></p>
</article></main></body></html>`;

describe('searchIndexProjection', () => {
  it('drops elements marked data-pagefind-ignore="all" with everything inside, nested same tags included', () => {
    const out = searchIndexProjection(page('<li>Paper A (0.412)</li>'));
    expect(out).not.toContain('Related papers');
    expect(out).not.toContain('Paper A');
    expect(out).not.toContain('<svg');
    expect(out).toContain('We study sparse attention.');
    expect(out).toContain('</article></main></body></html>');
  });

  it('gives the same projection when only ignored parts differ, and a different one otherwise', () => {
    expect(searchIndexProjection(page('<li>Paper A (0.412)</li>'))).toBe(searchIndexProjection(page('<li>Paper B (0.398)</li><li>Paper C</li>')));
    const other = page('<li>Paper A</li>').replace('We study sparse attention.', 'We study dense attention.');
    expect(searchIndexProjection(other)).not.toBe(searchIndexProjection(page('<li>Paper A</li>')));
  });

  it('keeps data-pagefind-ignore without "all": Pagefind still reads the filters inside', () => {
    expect(searchIndexProjection(page(''))).toContain('data-pagefind-filter="concept">Attention');
  });

  it('treats an ignored void element as one tag and an unclosed one as running to the end', () => {
    expect(searchIndexProjection('<p>a<img data-pagefind-ignore="all" src="x.png">b</p>')).toBe('<p>ab</p>');
    expect(searchIndexProjection('<p>a</p><div data-pagefind-ignore="all"><div>x</div>')).toBe('<p>a</p>');
  });

  it('does not take text that names the attribute for a tag', () => {
    const html = '<p>Write &lt;nav data-pagefind-ignore="all"&gt; to hide it.</p>';
    expect(searchIndexProjection(html)).toBe(html);
  });
});

describe('searchIndexProjection spells the text as search does (search-fold.ts)', () => {
  const paper = `<article data-pagefind-body>
  <h1 data-pagefind-weight="10">IL-1β and TNF-α drive NF-κB activation</h1>
  <p class="byline">Łukasz Kaiser, Jürgen Groß, Kari Øvrebø</p>
  <p>Interpreted in ΛCDM, <span class="katex"><math data-pagefind-ignore><mi>H</mi></math><span hidden class="math-search-text">H_0</span></span> is 67.4; dimension 2⁵³.</p>
  <div hidden data-pagefind-ignore><span data-pagefind-meta="title">IL-1β and TNF-α</span><span data-pagefind-filter="concept">TNF-α</span></div>
  <img alt="σ_8" src="a_b.png"><script>const x_1 = "α";</script>
</article>`;

  it('folds Greek letters, subscripts, `_` and ł, ø, ß in the text the index reads (review 9 M1, M3)', () => {
    const out = searchIndexProjection(paper);
    expect(out).toContain('IL-1beta and TNF-alpha drive NF-kappaB activation');
    expect(out).toContain('Lukasz Kaiser, Jürgen Gross, Kari Ovrebo');
    expect(out).toContain('Interpreted in LambdaCDM, ');
    expect(out).toContain('class="math-search-text">H0</span>');
    expect(out).toContain('dimension 2^53.');
  });

  it('leaves markup, metadata and filter values, and scripts as written', () => {
    const out = searchIndexProjection(paper);
    expect(out).toContain('<span data-pagefind-meta="title">IL-1β and TNF-α</span>');
    expect(out).toContain('<span data-pagefind-filter="concept">TNF-α</span>');
    expect(out).toContain('<img alt="σ_8" src="a_b.png"><script>const x_1 = "α";</script>');
    expect(out).toContain('<span hidden class="math-search-text">');
  });

  it('reads a quoted `>` as part of its tag', () => {
    expect(searchIndexProjection('<p title="a > b_c">x_1</p>')).toBe('<p title="a > b_c">x1</p>');
  });
});
