/**
 * Inline math (`$...$`) in titles and abstracts, rendered at build time by KaTeX as MathML: browsers draw
 * MathML natively, so pages need no math fonts, stylesheet or script.
 */
import katex from 'katex';
import { escapeHtml } from './html';
import { GREEK_LETTERS } from '../normalise/greek';
import { unicodeScript } from '../normalise/super-subscripts';
import { unwrapStyleCommands } from './tex-style';

export type MathSegment = { kind: 'text'; text: string } | { kind: 'math'; tex: string };

/**
 * Split text into plain and `$...$` parts with Pandoc's rule, so prices survive: the opening `$` must be
 * followed by a non-space, the closing one preceded by a non-space and not followed by a digit; `\$` is
 * a literal dollar.
 */
export function splitMath(text: string): MathSegment[] {
  const segments: MathSegment[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\\' && text[i + 1] === '$') {
      plain += '$';
      i += 2;
      continue;
    }
    if (ch === '$' && text[i + 1] !== '$' && text[i + 1] !== undefined && !/\s/.test(text[i + 1]!)) {
      const close = findClosingDollar(text, i + 1);
      if (close !== -1) {
        if (plain) segments.push({ kind: 'text', text: plain });
        plain = '';
        segments.push({ kind: 'math', tex: text.slice(i + 1, close) });
        i = close + 1;
        continue;
      }
    }
    plain += ch;
    i += 1;
  }
  if (plain) segments.push({ kind: 'text', text: plain });
  return segments;
}

function findClosingDollar(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    const ch = text[j]!;
    if (ch === '\\') {
      j += 1;
      continue;
    }
    if (ch === '$') {
      const before = text[j - 1]!;
      const after = text[j + 1];
      if (/\s/.test(before) || (after !== undefined && /[0-9]/.test(after))) return -1;
      return j;
    }
  }
  return -1;
}

/**
 * HTML for text that may hold inline math: plain parts escaped, math as MathML. Math KaTeX cannot parse
 * stays visible as its escaped source rather than as KaTeX's red error box (which needs inline styles).
 */
export function renderInlineMath(text: string): string {
  return splitMath(text)
    .map((segment) => {
      if (segment.kind === 'text') return escapeHtml(segment.text);
      return renderTex(segment.tex) ?? `<span class="math-source">${escapeHtml(`$${segment.tex}$`)}</span>`;
    })
    .join('');
}

/**
 * KaTeX's MathML for one TeX expression, or undefined when KaTeX cannot parse it. Pagefind indexes every
 * text node, MathML's too, so it read each formula twice, as the characters drawn and as KaTeX's TeX
 * annotation: "grows as O(n2)O(n^2) in" in the index and in search excerpts. The MathML is kept out of the
 * index and a hidden copy of the TeX, style commands unwrapped, stands for it: the form a reader types
 * (`O(n^2)`, `x_i`), which Pagefind splits into words as it splits the query.
 */
export function renderTex(tex: string): string | undefined {
  let html: string;
  try {
    html = katex.renderToString(tex, {
      output: 'mathml',
      throwOnError: true,
      strict: 'ignore',
      // User text: no \href, \htmlClass and friends, and bounded macro expansion.
      trust: false,
      maxExpand: 200,
      maxSize: 10,
    });
  } catch {
    return undefined;
  }
  const searchText = `<span hidden class="math-search-text">${escapeHtml(unwrapStyleCommands(tex).trim())}</span>`;
  return html.replace('<math ', '<math data-pagefind-ignore ').replace(/<\/span>$/, `${searchText}</span>`);
}

/** Text for places that cannot hold markup (`<title>`, meta descriptions, SVG labels): math kept as its source, without the dollars. */
export function plainMathText(text: string): string {
  return splitMath(text)
    .map((segment) => (segment.kind === 'text' ? segment.text : plainTex(segment.tex)))
    .join('');
}

const SYMBOLS = 'le ≤ leq ≤ ge ≥ geq ≥ neq ≠ times × cdot · pm ± infty ∞ to → rightarrow → leftarrow ← approx ≈ sim ∼ in ∈ ell ℓ';

/** TeX commands that have a single Unicode character, for plain-text places. */
const TEX_CHARS: ReadonlyMap<string, string> = (() => {
  const map = new Map(GREEK_LETTERS);
  const parts = SYMBOLS.split(' ');
  for (let i = 0; i + 1 < parts.length; i += 2) map.set(parts[i]!, parts[i + 1]!);
  return map;
})();

/** `^{…}` or `_{…}` (style commands already unwrapped), or a single character after the mark. */
const SCRIPT = /([_^])(?:\{([^{}]*)\}|([0-9]+|[A-Za-z]))/g;

/** `R^3` reads as R³, `x_{ij}` as xᵢⱼ, `\alpha` as α and `\mathcal{O}` as O; anything richer stays as TeX source. */
function plainTex(tex: string): string {
  return unwrapStyleCommands(tex)
    // Thin and medium spaces (`\\operatorname{arg\\,max}`) as a space, a negative one as none.
    .replace(/\\[,:; ]/g, ' ')
    .replace(/\\!/g, '')
    .replace(/\\([A-Za-z]+)(?![A-Za-z])/g, (whole, name: string) => TEX_CHARS.get(name) ?? whole)
    .replace(SCRIPT, (whole, mark: string, braced?: string, bare?: string) => {
      const body = (braced ?? bare ?? '').replace(/\s+/g, '');
      // No Unicode form: one character needs no braces to read ("H_∞"); more stay as written.
      return unicodeScript(mark === '^' ? 'sup' : 'sub', body) ?? ([...body].length === 1 ? `${mark}${body}` : whole);
    });
}
