/**
 * Math (`$...$`; display math `$$...$$` and `\[...\]`; LaTeX's inline `\(...\)`) read as text, without KaTeX:
 * where the math meets the input's text (comparing two records of one paper, ../normalise/dedupe.ts) and where it
 * cannot be markup (page titles, graph labels). The site renders the same segments as MathML (../site/math.ts).
 */
import { unicodeScript } from './super-subscripts';
import { TEX_CHARS, TEX_OPERATOR_NAMES } from './tex-chars';
import { unwrapStyleCommands } from './tex-style';

/** `display`: the source set the formula apart (`$$...$$`, `\[...\]`); where a block cannot go it is drawn inline. */
export type MathSegment = { kind: 'text'; text: string } | { kind: 'math'; tex: string; display?: true };

/** A formula as its source wrote it, delimiters included: what a page shows when KaTeX cannot parse it. */
export function mathSource(segment: { tex: string; display?: true }): string {
  return segment.display ? `$$${segment.tex}$$` : `$${segment.tex}$`;
}

/**
 * Split text into plain and `$...$` parts with Pandoc's rule, so prices survive: the opening `$` must be
 * followed by a non-space, the closing one preceded by a non-space and not followed by a digit; `\$` is
 * a literal dollar. Math that holds a TeX command may be followed by a digit, as TeX writes a relation
 * before a number (`0$<$x$\leq$1`, `$\sim$10 nm`): no price range (`$5-$10`) holds one. Display math
 * (`$$...$$`, `\[...\]`, as arXiv abstracts write it) and LaTeX's inline `\(...\)` need only their closing
 * delimiter and something between.
 */
export function splitMath(text: string): MathSegment[] {
  return locateMath(text).map(({ segment }) => segment);
}

/** A segment and the span of the source it was read from (`$` and `\$` included). */
interface LocatedSegment {
  segment: MathSegment;
  start: number;
  end: number;
}

/**
 * Whether `text` may hold math. Every delimiter read here (`$`, `$$`, `\[`, `\(`, and the literal `\$`) starts
 * with a dollar or a backslash, so a text holding neither is one plain segment: most titles and labels, read
 * at 10,000 papers about 900,000 times by the pages, their views and local graphs (docs/bench/analysis.md,
 * forty-second round), need not be read character by character.
 */
function mayHoldMath(text: string): boolean {
  return text.includes('$') || text.includes('\\');
}

function locateMath(text: string): LocatedSegment[] {
  if (!mayHoldMath(text)) return text === '' ? [] : [{ segment: { kind: 'text', text }, start: 0, end: text.length }];
  const segments: LocatedSegment[] = [];
  let plain = '';
  let plainStart = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    // Only a backslash or a dollar opens math or escapes one (`FENCES`, `\$`): the run of text up to the next
    // is plain as a whole, taken in one slice (a character at a time, this was most of the duplicate test's
    // folding at 10,000 papers).
    if (ch !== '\\' && ch !== '$') {
      let j = i + 1;
      while (j < text.length && text[j] !== '\\' && text[j] !== '$') j++;
      plain += text.slice(i, j);
      i = j;
      continue;
    }
    if (ch === '\\' && text[i + 1] === '$') {
      plain += '$';
      i += 2;
      continue;
    }
    const fence = FENCES.find((f) => text.startsWith(f.open, i));
    if (fence) {
      const close = findFence(text, i + fence.open.length, fence.close);
      const tex = close === -1 ? '' : text.slice(i + fence.open.length, close);
      if (tex.trim() !== '') {
        if (plain) segments.push({ segment: { kind: 'text', text: plain }, start: plainStart, end: i });
        plain = '';
        const segment: MathSegment = fence.display ? { kind: 'math', tex, display: true } : { kind: 'math', tex };
        segments.push({ segment, start: i, end: close + fence.close.length });
        i = close + fence.close.length;
        plainStart = i;
        continue;
      }
    }
    if (ch === '$' && text[i + 1] !== '$' && text[i + 1] !== undefined && !/\s/.test(text[i + 1]!)) {
      const close = findClosingDollar(text, i + 1);
      if (close !== -1) {
        if (plain) segments.push({ segment: { kind: 'text', text: plain }, start: plainStart, end: i });
        plain = '';
        segments.push({ segment: { kind: 'math', tex: text.slice(i + 1, close) }, start: i, end: close + 1 });
        i = close + 1;
        plainStart = i;
        continue;
      }
    }
    plain += ch;
    i += 1;
  }
  if (plain) segments.push({ segment: { kind: 'text', text: plain }, start: plainStart, end: text.length });
  return segments;
}

const TEX_COMMAND = /\\[A-Za-z]/;

/** Delimiters that open math and the one that closes it (`$...$` aside, which has Pandoc's rule). */
const FENCES: ReadonlyArray<{ open: string; close: string; display: boolean }> = [
  { open: '$$', close: '$$', display: true },
  { open: '\\[', close: '\\]', display: true },
  { open: '\\(', close: '\\)', display: false },
];

/** Where `close` first stands after `from`, a backslash escaping the character after it (`\$` in `$$...$$`); -1 if nowhere. */
function findFence(text: string, from: number, close: string): number {
  for (let j = from; j < text.length; j++) {
    if (text.startsWith(close, j)) return j;
    if (text[j] === '\\') j += 1;
  }
  return -1;
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
      if (/\s/.test(before) || (after !== undefined && /[0-9]/.test(after) && !TEX_COMMAND.test(text.slice(from, j)))) return -1;
      return j;
    }
  }
  return -1;
}

/**
 * Text with each formula read as `plainMathText` reads it (`CO$_2$` → `CO₂`, `$\Lambda$CDM` → `ΛCDM`) and the
 * rest left exactly as written, with the source span of each formula's reading: a mention found in the reading
 * can be mapped back to the source (../content/mentions.ts) and never cut a formula in two.
 */
export interface MathReading {
  text: string;
  formulas: Array<{ start: number; end: number; readStart: number; readEnd: number }>;
}

export function readMathInPlace(source: string): MathReading {
  let text = '';
  const formulas: MathReading['formulas'] = [];
  for (const { segment, start, end } of locateMath(source)) {
    if (segment.kind === 'text') {
      text += source.slice(start, end);
      continue;
    }
    const readStart = text.length;
    text += plainTex(segment.tex);
    formulas.push({ start, end, readStart, readEnd: text.length });
  }
  return { text, formulas };
}

/** Text for places that cannot hold markup (`<title>`, meta descriptions, SVG labels): math kept as its source, without the dollars. */
export function plainMathText(text: string): string {
  if (!mayHoldMath(text)) return text;
  return splitMath(text)
    .map((segment) => (segment.kind === 'text' ? segment.text : plainTex(segment.tex)))
    .join('');
}

/**
 * `^{…}` or `_{…}` (style commands already unwrapped, commands already read as their characters), or the one
 * token TeX reads after the mark: a single character, so `\mu^+` is μ⁺ and `10^12` is 10¹2, as the page's
 * MathML draws them.
 */
const SCRIPT = /([_^])\s*(?:\{([^{}]*)\}|([^\s{}\\]))/gu;

/** Signs with no superscript form that plain text writes raised anyway, after the letter: W±. */
const RAISED_AS_IS = /^[±∓]$/u;

/**
 * `\sqrt{…}` or `\sqrt` and one token, once the body's scripts and commands are read (`\sqrt[3]{…}`, a root of
 * another degree, stays as written).
 */
const SQUARE_ROOT = /\\sqrt(?![A-Za-z])\s*(?:\{([^{}]*)\}|([^\s{}\\[]))/gu;

/** A root's body that needs no brackets after √: one character, a number, or a body in brackets already. */
const ONE_SYMBOL = /^(?:.|\p{N}+(?:\.\p{N}+)?|\(.*\))$/u;

/**
 * A space TeX ignores that plain text should too: between a charge sign and the particle after it
 * (`\mu^+ \mu^-` as μ⁺μ⁻, not "μ⁺ μ⁻").
 */
const AFTER_CHARGE = /(?<=[⁺⁻])\s+(?=\p{L})/gu;

/** Marks a script keeps at the baseline: a fraction bar, a decimal point. */
const UNSCRIPTED = /[/.,]/;

function scriptedAround(kind: 'sup' | 'sub', body: string): string | undefined {
  const parts = body.split(/([/.,])/);
  if (parts.length < 3 || parts.some((part) => part === '' || (!UNSCRIPTED.test(part) && unicodeScript(kind, part) === undefined))) return undefined;
  return parts.map((part) => (UNSCRIPTED.test(part) ? part : unicodeScript(kind, part)!)).join('');
}

/** `R^3` reads as R³, `x_{ij}` as xᵢⱼ, `\alpha` as α and `\mathcal{O}` as O; anything richer stays as TeX source. */
export function plainTex(tex: string): string {
  // (Only a fenced formula, `$$ x $$`, can open or close with a space.)
  return unwrapStyleCommands(tex.trim())
    // Thin and medium spaces (`\\operatorname{arg\\,max}`) as a space, a negative one as none.
    .replace(/\\[,:; ]/g, ' ')
    .replace(/\\!/g, '')
    .replace(/\\([A-Za-z]+)(?![A-Za-z])/g, (whole, name: string, at: number, all: string) => {
      if (!TEX_OPERATOR_NAMES.has(name)) return TEX_CHARS.get(name) ?? whole;
      // TeX puts a thin space between an operator and the letter or command after it (`\\sin\\theta` is sin θ).
      return /^[A-Za-z0-9\\]/.test(all.slice(at + whole.length, at + whole.length + 1)) ? `${name} ` : name;
    })
    .replace(SCRIPT, (whole, mark: string, braced?: string, bare?: string) => {
      const body = (braced ?? bare ?? '').replace(/\s+/g, '');
      // No Unicode form: one character needs no braces to read ("H_∞"); a count with a fraction bar or a decimal
      // point has its digits and letters scripted and those kept ("Li_{1/3−2x/3}" as Li₁/₃₋₂ₓ/₃, "Ti_{1.7}" as Ti₁.₇);
      // anything else stays as written.
      const kind = mark === '^' ? 'sup' : 'sub';
      if (kind === 'sup' && RAISED_AS_IS.test(body)) return body;
      return unicodeScript(kind, body) ?? ([...body].length === 1 ? `${mark}${body}` : scriptedAround(kind, body) ?? whole);
    })
    .replace(SQUARE_ROOT, (_whole, braced?: string, bare?: string) => {
      const body = (braced ?? bare ?? '').trim();
      return ONE_SYMBOL.test(body) ? `√${body}` : `√(${body})`;
    })
    .replace(AFTER_CHARGE, '');
}
