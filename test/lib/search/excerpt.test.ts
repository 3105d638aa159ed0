import { describe, expect, it } from 'vitest';
import { asRead, decodeEntities, parseExcerpt, regionExcerpt, unionLocations } from '../../../src/lib/search/excerpt';

describe('parseExcerpt', () => {
  it('splits marked hits from plain text', () => {
    expect(parseExcerpt('grounds <mark>retrieval</mark> in text')).toEqual([
      { text: 'grounds ', mark: false },
      { text: 'retrieval', mark: true },
      { text: ' in text', mark: false },
    ]);
  });

  it('keeps every other tag as literal text, never as markup', () => {
    const segments = parseExcerpt('<img src=x onerror=alert(1)> and &lt;script&gt;<mark>x</mark></script>');
    expect(segments).toEqual([
      { text: '<img src=x onerror=alert(1)> and <script>', mark: false },
      { text: 'x', mark: true },
      { text: '</script>', mark: false },
    ]);
  });

  it('survives unbalanced marks', () => {
    expect(parseExcerpt('a</mark>b<mark>c')).toEqual([
      { text: 'ab', mark: false },
      { text: 'c', mark: true },
    ]);
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric entities and leaves unknown ones alone', () => {
    expect(decodeEntities('&amp;&lt;&gt;&quot;&#39;&#x41;&bogus;&#0;')).toBe('&<>"\'A&bogus;&#0;');
    expect(decodeEntities('&constructor;&__proto__;')).toBe('&constructor;&__proto__;');
  });
});

describe('regionExcerpt', () => {
  // Title (words 0–3), byline (4), abstract (5–19), other names (20–21).
  const content = 'Sparse attention for LLMs. 2024. We study sparse attention. It cuts memory by half while keeping accuracy on long inputs. LLM ·';
  const at = (location: number, balanced_score = 1) => ({ location, balanced_score });
  const text = (segments: { text: string; mark: boolean }[] | undefined) =>
    segments?.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

  it('takes the window of the region, not the title, and marks the matched words', () => {
    const hits = [at(0, 10), at(1, 10), at(7), at(8)];
    expect(text(regionExcerpt(content, hits, 5, 20, 6))).toBe('We study [sparse] [attention]. It cuts …');
  });

  it('prefers the window with the most score and cuts on both sides with an ellipsis', () => {
    const hits = [at(7), at(14), at(15), at(16)];
    expect(text(regionExcerpt(content, hits, 5, 20, 5))).toBe('… by half [while] [keeping] [accuracy] …');
  });

  it('stays inside the region when a match is near its end', () => {
    const hits = [at(19)];
    expect(text(regionExcerpt(content, hits, 5, 20, 4))).toBe('… accuracy on long [inputs].');
  });

  it('takes the opening of the region when only the title or other names matched, never the title', () => {
    expect(text(regionExcerpt(content, [at(0, 10), at(20)], 5, 20, 6))).toBe('We study sparse attention. It cuts …');
    expect(text(regionExcerpt(content, [], 5, 20, 20))).toBe('We study sparse attention. It cuts memory by half while keeping accuracy on long inputs.');
    expect(regionExcerpt(content, [at(0, 10)], 5, 5, 6)).toBeUndefined();
  });

  it('leaves the excerpt to Pagefind for text it splits at zero-width spaces', () => {
    expect(regionExcerpt('注意\u200b機構', [at(1)], 0, undefined, 6)).toBeUndefined();
    // As a result holds it: the breaks are in the text Pagefind read, gone from the text it gives back.
    expect(regionExcerpt('注意機構 model', [at(1)], 0, undefined, 6, '注意\u200b機構 model')).toBeUndefined();
    expect(regionExcerpt('attention model', [at(1)], 0, undefined, 6, 'attention model')).toBeDefined();
  });

  it('gives page text back as plain text, whatever it looks like', () => {
    const hostile = 'Title. <script>alert(1)</script> </mark><mark> here';
    const segments = regionExcerpt(hostile, [at(1)], 1, undefined, 4)!;
    expect(segments).toEqual([
      { text: '<', mark: false },
      { text: 'script>alert(1)</script', mark: true },
      { text: '> </mark><mark> here', mark: false },
    ]);
  });

  it('marks a word without the punctuation Pagefind reads with it: "(RL)", "RLang,"', () => {
    const rl = 'Reinforcement Learning (RL) learns from rewards. RLang, a language, helps.';
    expect(text(regionExcerpt(rl, [at(2), at(6)], 0, undefined, 12))).toBe('Reinforcement Learning ([RL]) learns from rewards. [RLang], a language, helps.');
    expect(text(regionExcerpt('It is “x”.', [at(2)], 0, undefined, 3))).toBe('It is “[x]”.');
    // A word of punctuation alone stays marked as it is.
    expect(text(regionExcerpt('a — b', [at(1)], 0, undefined, 3))).toBe('a [—] b');
  });
});

describe('unionLocations', () => {
  it('keeps every matched word of a page found by several searches once, at its best score, in text order', () => {
    const rl = [{ location: 2, balanced_score: 3 }, { location: 9, balanced_score: 1 }];
    const typed = [{ location: 0, balanced_score: 2 }, { location: 1, balanced_score: 2 }, { location: 9, balanced_score: 4 }];
    expect(unionLocations([rl, typed])).toEqual([
      { location: 0, balanced_score: 2 },
      { location: 1, balanced_score: 2 },
      { location: 2, balanced_score: 3 },
      { location: 9, balanced_score: 4 },
    ]);
    expect(unionLocations([])).toEqual([]);
  });
});

describe('asRead (review 11 LOW: excerpts showed "\\Omega \\subset R^n" and "array1size")', () => {
  it("reads a formula's Greek letters and symbols, as the index holds them in TeX, as characters", () => {
    expect(asRead('\\Omega \\subset R^n, L^p(\\Omega), q \\le p^*, \\zeta(s), \\Re(s) > 1, x \\in\\mathbb')).toBe('Ω ⊂ R^n, L^p(Ω), q ≤ p^*, ζ(s), ℜ(s) > 1, x ∈\\mathbb');
    // `$\Lambda$CDM` reaches the index glued to the word after it; a TeX command is lower case after its first letter.
    expect(asRead('\\LambdaCDM, \\inR')).toBe('ΛCDM, ∈R');
  });

  it('leaves other commands, and words that only start like a symbol, as written', () => {
    expect(asRead('\\frac{1}{2} \\liminf \\int \\infimum \\new \\top \\LaTeX C:\\tools')).toBe('\\frac{1}{2} \\liminf \\int \\infimum \\new \\top \\LaTeX C:\\tools');
  });

  it("reads the index's word joiner as the underscore it stands for", () => {
    expect(asRead('array1\u2060size, W^l\u2060p')).toBe('array1_size, W^l_p');
    const marked = regionExcerpt('if (x < array1\u2060size) y', [{ location: 3, balanced_score: 1 }], 0, undefined, 5);
    expect(marked?.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('')).toBe('if (x < [array1_size]) y');
    expect(parseExcerpt('a <mark>\\Omega</mark>\u2060b')).toEqual([
      { text: 'a ', mark: false },
      { text: 'Ω', mark: true },
      { text: '_b', mark: false },
    ]);
  });
});
