/**
 * Inline math (`$...$`) in titles and abstracts, rendered at build time by KaTeX as MathML: browsers draw
 * MathML natively, so pages need no math fonts, stylesheet or script.
 */
import { withItalics } from '../normalise/italic-spans';
import katex from 'katex';
import { escapeHtml } from './html';
import { mathSource, plainTex, splitMath } from '../normalise/math-text';
import { unwrapStyleCommands } from '../normalise/tex-style';
import { mathVariantsAsCharacters } from './math-alphabets';

/**
 * HTML for text that may hold inline math: plain parts escaped, math as MathML. Math KaTeX cannot parse
 * stays visible as its escaped source rather than as KaTeX's red error box (which needs inline styles).
 * Display math is drawn inline here: a title or a card's line has no room for a block.
 */
export function renderInlineMath(text: string, italics: readonly string[] = []): string {
  return splitMath(text)
    .map((segment) => {
      if (segment.kind === 'text') return plainHtml(segment.text, italics);
      const html = renderTex(segment.tex);
      return html === undefined ? `<span class="math-source">${escapeHtml(mathSource(segment))}</span>` : withReading(html, plainTex(segment.tex));
    })
    .join('');
}

/** A plain part of such text, escaped, with the phrases its input set in italics as `<em>`. */
function plainHtml(text: string, italics: readonly string[]): string {
  return italics.length === 0 ? escapeHtml(text) : withItalics(text, italics, escapeHtml, (html) => `<em>${html}</em>`);
}

/**
 * A title's formula with its plain reading as text, as `<title>` and search results show it (`UR$^2$` → "UR²"):
 * Chromium leaves MathML out of a heading's or a link's accessible name, so screen readers' heading and link
 * lists said "UR : Unify…" (review 19 M4). The reading is a text span drawn at no size (`.math-reading`) and the
 * MathML, still drawn, is hidden from assistive technology: a label on either, or a visually-hidden span taken
 * out of the line, is set off with spaces in Chromium's names ("UR ² : Unify…"). The index skips the reading
 * (it holds the TeX, ./math.ts renderTex). A reading that is still TeX (`\frac{a}{b}`) is left to the MathML.
 */
function withReading(html: string, reading: string): string {
  if (/[\\^_{}]/.test(reading)) return html;
  return html
    .replace('<math ', '<math aria-hidden="true" ')
    .replace('</math>', `</math><span class="math-reading" data-pagefind-ignore>${escapeHtml(reading)}</span>`);
}

/**
 * KaTeX's MathML for one TeX expression, or undefined when KaTeX cannot parse it. Pagefind indexes every
 * text node, MathML's too, so it read each formula twice, as the characters drawn and as KaTeX's TeX
 * annotation: "grows as O(n2)O(n^2) in" in the index and in search excerpts. The MathML is kept out of the
 * index and a hidden copy of the TeX, style commands unwrapped, stands for it: the form a reader types
 * (`O(n^2)`, `x_i`), which Pagefind splits into words as it splits the query. Letters in a math alphabet
 * (`\mathbb{R}`) are written as its characters (ℝ), which Chromium draws where it ignores `mathvariant`.
 * `display`: set apart and centred (`<math display="block">`), as the source's `$$...$$` asks.
 */
export function renderTex(tex: string, display = false): string | undefined {
  let html: string;
  try {
    html = katex.renderToString(tex, {
      output: 'mathml',
      displayMode: display,
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
  const searchText = `<span hidden class="math-search-text">${escapeHtml(formulaSearchText(tex))}</span>`;
  return mathVariantsAsCharacters(html)
    .replace('<math ', '<math data-pagefind-ignore ').replace(/<\/span>$/, `${searchText}</span>`);
}

/**
 * A formula as the index holds it: its TeX without style commands, so that it is the words a reader types
 * (`\mathbb{R}^n` is `R^n`, the word `rn`). A one-character script loses its braces, which no word holds,
 * so that the excerpt reads `W^l_p` where the abstract writes `W^{l}_{p}`; the excerpt shows its Greek
 * letters and symbols as characters (../search/excerpt.ts asRead).
 */
export function formulaSearchText(tex: string): string {
  return unwrapStyleCommands(tex)
    .trim()
    .replace(/([_^])\{\s*([A-Za-z0-9])\s*\}/g, '$1$2');
}
