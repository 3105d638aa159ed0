import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanText, collapseWhitespace, decodeTex } from '../../../src/lib/normalise/text';
import { seededRandom } from '../../../src/lib/graph/seeded-random';

/** Text written for TeX, as BibTeX fields and the arXiv listing are. */
const tex = (s: string) => cleanText(decodeTex(s, { typography: true }));
/** Typed text (JSON, Atom): backslash commands only. */
const typed = (s: string) => cleanText(decodeTex(s, { typography: false }));

describe('decodeTex', () => {
  it.each([
    ['boosting performance by over 10\\% relative', 'boosting performance by over 10% relative'],
    ['R\\&D and snake\\_case and \\#1', 'R&D and snake_case and #1'],
    ["to ``think with videos'' by", 'to “think with videos” by'],
    ["a `single' quote", 'a ‘single’ quote'],
    ['domains--Math, Code--each', 'domains–Math, Code–each'],
    ['pillars -- environment --- and', 'pillars – environment — and'],
    ['\\textbf{bold} and \\emph{emph} and \\textit{\\textbf{nested}}', 'bold and emph and nested'],
    ['a ({\\sc pddl}) representation', 'a (pddl) representation'],
    ['Sch{\\"o}nberg, \\\'{e}t\\\'e, Fran\\c{c}ois, \\v{S}koda, Stra\\ss{}e', 'Schönberg, été, François, Škoda, Straße'],
    ['{BERT} and {L}arge models', 'BERT and Large models'],
    ['as shown \\cite{smith2020} here', 'as shown here'],
    ['  lots \n of\t\u00a0space  ', 'lots of space'],
    ['e\u0301 composed', 'é composed'],
  ])('%j → %j', (input, expected) => {
    expect(tex(input)).toBe(expected);
  });

  it('keeps inline math verbatim for rendering', () => {
    expect(tex('a $R^3$ space and $\\alpha_{1} + \\beta$ and $^2$ ok')).toBe('a $R^3$ space and $\\alpha_{1} + \\beta$ and $^2$ ok');
    expect(tex('the \\(x_i\\) term')).toBe('the \\(x_i\\) term');
    expect(tex('costs \\$5 only')).toBe('costs $5 only');
  });

  it('keeps URLs verbatim, even with LaTeX-looking characters, and repairs url{url} doubling', () => {
    expect(cleanText('see https://github.com/PAL-ML/PEARL_v1 and https://x.org/a--b~c%20d.')).toBe(
      'see https://github.com/PAL-ML/PEARL_v1 and https://x.org/a--b~c%20d.',
    );
    expect(cleanText('Code: https://github.com/Alibaba-NLP/VRAG{https://github.com/Alibaba-NLP/VRAG}.')).toBe('Code: https://github.com/Alibaba-NLP/VRAG.');
    expect(cleanText('at \\url{https://a.org/x\\_y}')).toBe('at https://a.org/x_y');
    expect(cleanText('at https://github.com/a/b\\_c.')).toBe('at https://github.com/a/b_c.');
  });

  it('keeps HTML, frontmatter look-alikes and script-ish text as literal text', () => {
    for (const hostile of ['{{constructor.constructor(\'alert(1)\')()}} and ${alert(1)} {{x}}', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '</script><!--', '[x](javascript:alert(1))', '--- title: x ---', 'key: [1, 2]', '__proto__']) {
      expect(cleanText(hostile)).toBe(hostile);
    }
  });

  it('removes control characters, lone surrogates and the BOM but keeps RTL text and combining marks', () => {
    expect(cleanText('a\u0000b\u0007c\ufeffd\ud800e')).toBe('a b c d e');
    expect(cleanText('שלום עולם مرحبا')).toBe('שלום עולם مرحبا');
    expect(cleanText('Z\u0351\u036b\u0343a\u0352l')).toBe('Z\u0351\u036b\u0343a\u0352l'.normalize('NFC'));
  });

  it('removes bidi overrides, embeddings and isolates, which could only reorder what is shown around them', () => {
    expect(cleanText('Open photo\u202Egnp.exe')).toBe('Open photognp.exe');
    expect(cleanText('\u2067דוד כהן\u2069 and \u202Bمحمد\u202C')).toBe('דוד כהן and محمد');
    // The marks that only say which way a neutral character leans stay.
    expect(cleanText('a\u200Fb\u200Ec')).toBe('a\u200Fb\u200Ec');
  });

  it('turns TeX ties into spaces and drops stray comment markers, keeping percent signs', () => {
    expect(tex('Large Language Models~(LLMs) and Fig.~3')).toBe('Large Language Models (LLMs) and Fig. 3');
    expect(tex('expand rapidly. % With these boosts')).toBe('expand rapidly. With these boosts');
    expect(tex('by 10 % and 5\\% more, see https://x.org/~me/a%20b')).toBe('by 10 % and 5% more, see https://x.org/~me/a%20b');
    expect(tex('$a~b$ stays')).toBe('$a~b$ stays');
  });

  it("reads an author's own macro in prose as its name, a math symbol's as its character, and leaves one with an argument as written", () => {
    // The bundled listing's: the abstract showed `\method` and `\spc … \task` as TeX source (user probe).
    expect(tex('We propose \\method, a framework. We show \\method is a general approach')).toBe('We propose method, a framework. We show method is a general approach');
    expect(tex('Based on self-paced learning, \\spc automatically generates \\task curricula')).toBe('Based on self-paced learning, spc automatically generates task curricula');
    expect(tex('Our \\method{} is fast and {\\method} too')).toBe('Our method is fast and method too');
    expect(tex('a \\sim 10\\% gain with \\alpha set by \\log n')).toBe('a ∼ 10% gain with α set by log n');
    expect(tex('it is \\bf not \\em here')).toBe('it is not here');
    // An argument means what the unknown macro makes of it; math keeps its TeX for rendering.
    expect(tex('a \\foo{bar baz} and $\\method + x$')).toBe('a \\foo{bar baz} and $\\method + x$');
    // Known commands are read as before.
    expect(tex('\\emph{x}, Sch{\\"o}n, {\\sc pddl}, Bib\\TeX{} and 10\\%')).toBe('x, Schön, pddl, BibTeX and 10%');
    // A backslash that is text stays text: typed prose (JSON, Atom's typed fields), and TeX's \textbackslash.
    expect(typed('C:\\Users\\me and \\d+')).toBe('C:\\Users\\me and \\d+');
    expect(tex('the \\textbackslash{}n escape')).toBe('the \\n escape');
  });

  it('is idempotent on typical inputs', () => {
    for (const s of ["``a'' -- b \\% {C} **d** $x^2$ https://a.org/b_c.", 'Sch{\\"o}n \\emph{x}', '<b>x</b> & y']) {
      const once = tex(s);
      expect(tex(once)).toBe(once);
    }
  });

  it('applies TeX typography only to text written for TeX', () => {
    const typedText = "Run graph-mine --verbose on it; the C++ operator i-- and alert('x') and <!-- c --> and `code' and ``q'' keep ~/data, 10--20, a---b, Tilde~here and {BERT}.";
    expect(typed(typedText)).toBe(typedText);
    expect(tex('10--20 and a---b, Tilde~here')).toBe('10–20 and a—b, Tilde here');
    // Backslash commands are not something typed prose contains by accident, so every format reads them.
    expect(typed('Bal\\\'azs: 10\\% and \\emph{x}')).toBe('Balázs: 10% and x');
  });

  it('keeps the word space after a control word ended by {}', () => {
    expect(tex('Bib\\TeX{} Injection and \\LaTeX{} rocks')).toBe('BibTeX Injection and LaTeX rocks');
    expect(tex('Bib\\TeX\\ Injection')).toBe('BibTeX Injection');
  });

  it('puts accents over \\i and \\j on i and j', () => {
    expect(tex("Garc{\\'\\i}a, na\\\"{\\i}ve, Ji{\\v{r}}{\\'\\i}, \\'{\\i}, \\v{\\j}")).toBe('García, naïve, Jiří, í, ǰ');
    // What other decoders make of it (ı + combining acute) is repaired too.
    expect(tex('Garcı\u0301a')).toBe('García');
  });

  it('reads escaped braces and line breaks, and drops citations with the space before them', () => {
    expect(tex('Backslash \\\\ and \\{braces\\}, see \\cite{key}.')).toBe('Backslash and {braces}, see.');
    expect(tex('a\\\\b')).toBe('a b');
  });
});

describe('cleanText', () => {
  it('is the same for every format: TeX is left to the readers', () => {
    expect(cleanText("10--20 ``q'' \\emph{x} {BERT} Tilde~here")).toBe("10--20 ``q'' \\emph{x} {BERT} Tilde~here");
    expect(cleanText('we introduce **Med-R^3**, a **Med**ical **R**etrieval')).toBe('we introduce Med-R³, a Medical Retrieval');
  });
});

describe('work per call', () => {
  afterEach(() => vi.restoreAllMocks());

  it('collapses whitespace as one space per run, trimmed, whatever the whitespace (random texts)', () => {
    const pieces = ['a', 'bc', ' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '\r\n', 'é', '.'];
    const random = seededRandom(11);
    for (let run = 0; run < 2000; run++) {
      const text = Array.from({ length: Math.floor(random() * 12) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      expect(collapseWhitespace(text)).toBe(text.replace(/\s+/g, ' ').trim());
    }
  });

  it('builds no new text where there is no whitespace to collapse (called several times per field of every record)', () => {
    const replace = vi.spyOn(String.prototype, 'replace');
    expect(collapseWhitespace(' Plain text, one space between words. ')).toBe('Plain text, one space between words.');
    expect(replace).not.toHaveBeenCalled();
    expect(collapseWhitespace('two  spaces\tand a tab')).toBe('two spaces and a tab');
    expect(replace).toHaveBeenCalled();
  });

  it("reads textcomp's text symbols as their characters", () => {
    expect(decodeTex('a 30\\textpercent{} rise, 5\\textperthousand{} of 2\\textonehalf{} \\textmu m', { typography: true })).toBe('a 30% rise, 5‰ of 2½ µ m');
    expect(decodeTex('costs 10\\texteuro{} \\textpm{} 1', { typography: true })).toBe('costs 10€ ± 1');
  });

  it('reads TeX commands without building their patterns again on every call', () => {
    const input = 'The \\emph{fast} {\\bf method} costs \\ldots{} little $x^2$ \\url{https://a.org/x_y}';
    const expected = decodeTex(input, { typography: true });
    const built = vi.spyOn(globalThis, 'RegExp');
    expect(decodeTex(input, { typography: true })).toBe(expected);
    expect(built).not.toHaveBeenCalled();
  });
});

describe('collapseWhitespace', () => {
  it('collapses every character JavaScript counts as whitespace, one at a time and beside a space', () => {
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      if (!/\s/.test(c)) continue;
      for (const text of [`a${c}b`, `a ${c}b`, `a${c} b`, `${c}a`]) expect(collapseWhitespace(text), `U+${code.toString(16)}`).toBe(text.replace(/\s+/g, ' ').trim());
    }
  });
});
