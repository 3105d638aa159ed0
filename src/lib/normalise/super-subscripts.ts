/**
 * Super- and subscripts typed as plain text, as exports carry them. INSPEC and older IEEE Xplore records write
 * `AB/sup 2/`, `/sup 18/F-FDG`, `L/sub p/`, `H/sub infinity /`, Greek letters spelled out (`/sup kappa /`);
 * arXiv-style abstracts write TeX carets outside math (`Med-R^3`, `O(n^2)`). Left as they are, they show as
 * noise on a page and break phrases apart ("AB/sup", "Sup 18/FDG-PET", "Med-R" as concepts). A script whose
 * every character has a Unicode super- or subscript form becomes those characters ("AB²", "¹⁸F-FDG", "Lₚ",
 * "Med-R³"): plain text, so it reads, slugs (NFKD folds it back to ASCII) and joins phrases like any word.
 * Any other slash script becomes inline math (`H$_{\infty}$`), rendered with the rest of the page's math; a
 * caret that has no Unicode form stays as typed.
 */
import { GREEK_LETTERS } from './greek';

/** TeX has commands for the Greek capitals that do not look like Latin letters only. */
const TEX_CAPITALS = new Set(['Gamma', 'Delta', 'Theta', 'Lambda', 'Xi', 'Pi', 'Sigma', 'Upsilon', 'Phi', 'Psi', 'Omega']);
const LATIN_LOOKALIKE: Record<string, string> = { Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Χ: 'X' };

const STARTS_LOWER = /^\p{Ll}/u;

function greekTex(name: string): string {
  if (name === 'infinity') return '\\infty ';
  if (name === 'omicron') return 'o';
  if (STARTS_LOWER.test(name) || TEX_CAPITALS.has(name)) return `\\${name} `;
  return LATIN_LOOKALIKE[GREEK_LETTERS.get(name)!] ?? name;
}

// Made on first use: a bundler keeps a module-level template string even where nothing reads it (the search worker).
let spelledOut: RegExp | undefined;
const spelledOutPattern = (): RegExp => (spelledOut ??= new RegExp(`\\b(${[...GREEK_LETTERS.keys(), 'infinity'].join('|')})\\b`, 'g'));

// Pure: a bundle that uses none of these tables (the search worker reaches this module through
// concepts/non-prose.ts) leaves them out.
const SUPERSCRIPT = /* @__PURE__ */ charMap(
  '0123456789+-−=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVWαβγδεθιφχ',
  '⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂᵅᵝᵞᵟᵋᶿᶥᵠᵡ',
);
const SUBSCRIPT = /* @__PURE__ */ charMap('0123456789+-−=()aehijklmnoprstuvxβγρφχ', '₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵪ');

function charMap(from: string, to: string): Map<string, string> {
  const a = [...from];
  const b = [...to];
  if (a.length !== b.length) throw new Error('super-subscripts: character tables differ in length');
  return new Map(a.map((c, i) => [c, b[i]!]));
}

/** The text in Unicode super- or subscript characters, or undefined when one of its characters has none. */
export function unicodeScript(kind: 'sup' | 'sub', text: string): string | undefined {
  const table = kind === 'sup' ? SUPERSCRIPT : SUBSCRIPT;
  const chars = [...text];
  return chars.length > 0 && chars.every((c) => table.has(c)) ? chars.map((c) => table.get(c)).join('') : undefined;
}

/** `/sup …/` or `/sub …/`; the records put a space before the closing slash after a spelled-out Greek letter. */
const SLASH_SCRIPT = /\/(sup|sub) ([^/]{1,40}?) ?\//g;

export function decodeSlashScripts(text: string): string {
  if (!text.includes('/su')) return text;
  return text.replace(SLASH_SCRIPT, (_m, kind: 'sup' | 'sub', body: string) => scriptText(kind, body.trim()));
}

/** A super- or subscript as Unicode characters where each has one, else as inline math. */
export function scriptText(kind: 'sup' | 'sub', body: string): string {
  if (kind === 'sup' && body === 'TM') return '™';
  // Spelled-out letters are written with spaces around them: "( alpha , beta )", "t- tau".
  const letters = body.replace(spelledOutPattern(), (name) => (name === 'infinity' ? '∞' : GREEK_LETTERS.get(name)!)).replace(/\s*([^\p{L}\p{N}\s])\s*/gu, '$1');
  return unicodeScript(kind, letters) ?? `$${kind === 'sup' ? '^' : '_'}{${toTex(body)}}$`;
}

/** Characters TeX would read as commands: escaped, or the symbol they stand for. */
const TEX_SPECIAL: Record<string, string> = { '\\': '\\backslash ', '~': '\\sim ', '^': '\\wedge ' };

/** Runs of letters, kept by `split` as the odd-numbered parts. */
const LETTER_RUNS = /(\p{L}+)/u;

function toTex(body: string): string {
  return body
    .split(LETTER_RUNS)
    .map((part, i) => {
      if (i % 2 === 0) return part.replace(/[#$%&_{}~^\\]/g, (c) => TEX_SPECIAL[c] ?? `\\${c}`);
      if (part === 'infinity' || GREEK_LETTERS.has(part)) return greekTex(part);
      return part.length > 1 ? `\\mathrm{${part}}` : part;
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * `R^3`, `n^{2}`, `x^n` after a letter, digit or bracket: a braced script, a signed run of digits, or one
 * lowercase letter, each standing alone (so `2^10x` and `a^bc` are left to the reader).
 */
const CARET_SCRIPT = /(?<=[\p{L}\p{N})\]])\^(?:\{([^{}\s]{1,12})\}|([+\-−]?\p{N}{1,4}|\p{Ll})(?![\p{L}\p{N}]|\.\p{N}))/gu;

/** Call with math and URLs taken out: a caret there is TeX or part of an address. */
export function decodeCaretScripts(text: string): string {
  if (!text.includes('^')) return text;
  return text.replace(CARET_SCRIPT, (whole, braced?: string, bare?: string) => unicodeScript('sup', braced ?? bare ?? '') ?? whole);
}
