import { describe, expect, it } from 'vitest';
import { searchIndexProjection } from '../../../src/lib/search/index-projection';
import { decodeEntities, regionExcerpt, WORD_GAPS } from '../../../src/lib/search/excerpt';
import { searchableQuery } from '../../../src/lib/search/query-symbols';
import { renderInlineMath } from '../../../src/lib/site/math';

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

  it('folds Greek letters, subscripts, `_` (to a word joiner) and ł, ø, ß in the text the index reads (review 9 M1, M3)', () => {
    const out = searchIndexProjection(paper);
    // After a hyphen the Greek letter's part is one lowercase word (search-fold.ts HYPHEN_GREEK), which Pagefind does not split.
    expect(out).toContain('IL-1beta and TNF-alpha drive NF-kappab activation');
    expect(out).toContain('Lukasz Kaiser, Jürgen Gross, Kari Ovrebo');
    expect(out).toContain('Interpreted in LambdaCDM, ');
    expect(out).toContain('class="math-search-text">H\u20600</span>');
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
    expect(searchIndexProjection('<p title="a > b_c">x_1</p>')).toBe('<p title="a > b_c">x\u20601</p>');
  });
});

/** What Pagefind does not read of a formula: the MathML and a title's plain reading beside it (both data-pagefind-ignore, ../../../src/lib/site/math.ts). */
const MATH_UNREAD = /<span class="katex"><math[\s\S]*?<\/math>(?:<span class="math-reading" data-pagefind-ignore>[^<]*<\/span>)?/g;

describe('formulas and underscores in excerpts (review 11 LOW: "\\Omega \\subset R^n", "W^{l}{p}", "array1size")', () => {
  /** Pagefind's word for a word of the page or of the query: lowercased, what is not a letter, digit or `_` dropped (its `[^\w]`). */
  const pagefindWord = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}_]/gu, '');
  /** The text Pagefind reads from a projected page (its `content`): the text nodes, entities decoded, spaces collapsed. */
  const content = (html: string) => decodeEntities(html.replace(MATH_UNREAD, '').replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
  // Sobolev 1938 (life-and-math.bib:347) and Spectre (zotero-systems.json:2), as the review's corpus writes them.
  const sobolev = 'We introduce the spaces $W^{l}_{p}$ of functions on a domain $\\Omega \\subset \\mathbb{R}^n$ whose generalized derivatives up to order $l$ belong to $L^p(\\Omega)$.';
  const spectre = 'variant 1 (bounds check bypass): if (x < array1_size) y = array2[array1[x] * 4096];';
  const page = searchIndexProjection(`<article data-pagefind-body><p>${renderInlineMath(sobolev)}</p>\n<p>${renderInlineMath(spectre)}</p></article>`);
  const text = content(page);
  const words = text.split(WORD_GAPS);
  const excerpt = (word: string, length = 12) => {
    const at = words.findIndex((w) => pagefindWord(w) === pagefindWord(searchableQuery(word)));
    expect(at, `"${word}" found among ${JSON.stringify(words)}`).toBeGreaterThanOrEqual(0);
    return regionExcerpt(text, [{ location: at, balanced_score: 1 }], 0, undefined, length)!.map((s) => s.text).join('');
  };

  it('shows Greek letters and relations as characters, one-letter scripts without braces, and the underscore', () => {
    expect(excerpt('introduce', 16)).toBe('We introduce the spaces W^l_p of functions on a domain Ω ⊂ R^n whose generalized derivatives …');
    expect(excerpt('L^p(\\Omega)')).toContain('belong to L^p(Ω).');
    expect(excerpt('array1_size')).toContain('if (x < array1_size) y = array2[array1[x] * 4096];');
  });

  it('indexes the same words as before, so the formula is found as TeX, as Unicode and spelled out', () => {
    for (const query of ['\\Omega', 'Ω', 'omega', 'R^n', '\\mathbb{R}^n', 'Rⁿ', 'W^{l}_{p}', 'W^l_p', 'L^p(\\Omega)', 'array1_size', 'array1size', 'subset']) {
      expect(words.map(pagefindWord), query).toContain(pagefindWord(searchableQuery(query)));
    }
    // Pagefind reads the word joiner that stands for `_` as nothing: the word is joined as it was without the `_`.
    expect(words.map(pagefindWord)).toContain('wlp');
    expect(words.map(pagefindWord)).toContain('array1size');
  });
});

describe('a symbol and its letter on the page and in the query (review 15 M4: "√s" and "W±" found unrelated papers)', () => {
  const pagefindWord = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}_]/gu, '');
  const content = (html: string) => decodeEntities(html.replace(MATH_UNREAD, '').replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
  // inspire-hep.bib:176 and :129 as INSPIRE writes them, and a plain-text abstract's Unicode.
  const abstract = 'collisions at $\\sqrt{s}=13$ TeV; giving masses to the $W^\\pm$ and $Z^0$ bosons. A mass of 125.3 ± 0.4 GeV at √s = 8 TeV.';
  const text = content(searchIndexProjection(`<article data-pagefind-body><p>${renderInlineMath(abstract)}</p></article>`));
  const words = text.split(WORD_GAPS);

  it('searches the word the page holds for the formula, not the letter alone', () => {
    const starting = (query: string) => words.filter((w) => pagefindWord(w).startsWith(pagefindWord(searchableQuery(query))));
    expect(starting('√s')).toEqual(['\\sqrt{s}=13', '\\sqrts']);
    expect(starting('W±')).toEqual(['W^\\pm']);
  });

  it('shows ± as ± in the excerpt', () => {
    const at = words.indexOf('\\pm');
    expect(regionExcerpt(text, [{ location: at, balanced_score: 1 }], 0, undefined, 8)!.map((s) => s.text).join('')).toContain('125.3 ± 0.4 GeV');
  });
});

describe('searchIndexProjection leaves out what Pagefind does not read outside the searchable region', () => {
  const head = '<head><meta charset="utf-8"><title>Sparse attention · Atlas</title><link rel="canonical" href="https://example.org/p/"><meta data-pagefind-meta="image[content]" content="/cover.png" property="og:image"></head>';
  const body = '<article data-pagefind-body><h1>Sparse attention</h1><p>We study attention.</p><span data-pagefind-meta="title">Sparse attention</span></article>';
  const page = (inside: string, headPart = head) =>
    `<!DOCTYPE html><html lang="en" dir="ltr">${headPart}<body><header><nav>Papers Concepts Graph</nav><span data-pagefind-filter="site">Atlas</span></header><main>${inside}</main><footer>Open data</footer></body></html>`;

  it('keeps the language, the title, the region and the metadata and filters tagged outside it, in page order', () => {
    expect(searchIndexProjection(page(body))).toBe(
      '<!DOCTYPE html><html lang="en" dir="ltr"><head><title>Sparse attention · Atlas</title></head><body>' +
        '<meta data-pagefind-meta="image[content]" content="/cover.png" property="og:image"><span data-pagefind-filter="site">Atlas</span>' +
        `${body}</body></html>`,
    );
  });

  it('keeps a page whole where Pagefind guesses its title or image from the page', () => {
    const untitled = page(body.replace('<span data-pagefind-meta="title">Sparse attention</span>', ''));
    expect(searchIndexProjection(untitled)).toContain('<nav>Papers Concepts Graph</nav>');
    const pictured = page(`<img src="/figure.png" alt="">${body}`);
    expect(searchIndexProjection(pictured)).toContain('<footer>Open data</footer>');
    const wrapped = page(body).replace('<body>', '<body data-pagefind-filter="section:papers">');
    expect(searchIndexProjection(wrapped).split('We study attention.')).toHaveLength(2);
    expect(searchIndexProjection(wrapped)).toContain('<footer>Open data</footer>');
    // A page without a region is read whole by Pagefind, and kept whole.
    expect(searchIndexProjection('<html><body><nav>Menu</nav><p>Text</p></body></html>')).toBe('<html><body><nav>Menu</nav><p>Text</p></body></html>');
  });
});
