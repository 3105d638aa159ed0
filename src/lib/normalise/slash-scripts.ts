/**
 * Super- and subscripts in the plain-text notation of INSPEC and older IEEE Xplore records: `AB/sup 2/`,
 * `/sup 18/F-FDG`, `L/sub p/`, `H/sub infinity /`, with Greek letters spelled out (`/sup kappa /`). Left as
 * they are, they show as noise on a page and break phrases apart ("AB/sup", "Sup 18/FDG-PET" as concepts).
 * A script whose every character has a Unicode super- or subscript form becomes those characters ("AB²",
 * "¹⁸F-FDG", "Lₚ"): plain text, so it reads, slugs (NFKD folds it back to ASCII) and joins phrases like
 * any word. Any other becomes inline math (`H$_{\infty}$`), which the pages render with everything else.
 */

const GREEK_NAMES = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega';
const LOWER = 'αβγδεζηθικλμνξοπρστυφχψω';
const UPPER = 'ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ';
/** TeX writes the capitals that look like Latin letters (Alpha, Beta, …) as those letters. */
const TEX_CAPITALS = new Set(['Gamma', 'Delta', 'Theta', 'Lambda', 'Xi', 'Pi', 'Sigma', 'Upsilon', 'Phi', 'Psi', 'Omega']);
const LATIN_LOOKALIKE: Record<string, string> = { Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Χ: 'X' };
/** Spelled-out letter → [Unicode, TeX]. */
const GREEK: Record<string, [letter: string, tex: string]> = {};
for (const [i, name] of GREEK_NAMES.split(' ').entries()) {
  GREEK[name] = [LOWER[i]!, name === 'omicron' ? 'o' : `\\${name}`];
  const capital = name[0]!.toUpperCase() + name.slice(1);
  GREEK[capital] = [UPPER[i]!, TEX_CAPITALS.has(capital) ? `\\${capital}` : (LATIN_LOOKALIKE[UPPER[i]!] ?? capital)];
}
GREEK.infinity = ['∞', '\\infty'];
const GREEK_WORD = new RegExp(`\\b(${Object.keys(GREEK).join('|')})\\b`, 'g');

const SUPERSCRIPT = charMap(
  '0123456789+-−=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVWαβγδεθιφχ',
  '⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂᵅᵝᵞᵟᵋᶿᶥᵠᵡ',
);
const SUBSCRIPT = charMap('0123456789+-−=()aehijklmnoprstuvxβγρφχ', '₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵪ');

function charMap(from: string, to: string): Map<string, string> {
  const a = [...from];
  const b = [...to];
  if (a.length !== b.length) throw new Error('slash-scripts: character tables differ in length');
  return new Map(a.map((c, i) => [c, b[i]!]));
}

/** `/sup …/` or `/sub …/`; the records put a space before the closing slash after a spelled-out Greek letter. */
const SLASH_SCRIPT = /\/(sup|sub) ([^/]{1,40}?) ?\//g;

export function decodeSlashScripts(text: string): string {
  if (!text.includes('/su')) return text;
  return text.replace(SLASH_SCRIPT, (_m, kind: 'sup' | 'sub', body: string) => script(kind, body.trim()));
}

function script(kind: 'sup' | 'sub', body: string): string {
  if (kind === 'sup' && body === 'TM') return '™';
  const table = kind === 'sup' ? SUPERSCRIPT : SUBSCRIPT;
  // Spelled-out letters are written with spaces around them: "( alpha , beta )", "t- tau".
  const letters = body.replace(GREEK_WORD, (name) => GREEK[name]![0]).replace(/\s*([^\p{L}\p{N}\s])\s*/gu, '$1');
  const chars = [...letters];
  if (chars.every((c) => table.has(c))) return chars.map((c) => table.get(c)).join('');
  return `$${kind === 'sup' ? '^' : '_'}{${toTex(body)}}$`;
}

/** Characters TeX would read as commands: escaped, or the symbol they stand for. */
const TEX_SPECIAL: Record<string, string> = { '\\': '\\backslash ', '~': '\\sim ', '^': '\\wedge ' };

function toTex(body: string): string {
  return body
    .split(/(\p{L}+)/u)
    .map((part, i) => {
      if (i % 2 === 0) return part.replace(/\s+/g, ' ').replace(/[#$%&_{}~^\\]/g, (c) => TEX_SPECIAL[c] ?? `\\${c}`);
      const greek = GREEK[part];
      if (greek) return greek[1].startsWith('\\') ? `${greek[1]} ` : greek[1];
      return part.length > 1 ? `\\mathrm{${part}}` : part;
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
