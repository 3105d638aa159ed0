/**
 * TeX's style commands, for text made from TeX: page titles and graph labels (./math.ts), the search
 * index's copy of a formula, and a query typed as TeX (../search/query-symbols.ts). No KaTeX here: the
 * search worker imports it.
 */

/**
 * Commands that change only how their argument looks (typeface, weight, upright text, an operator's
 * spacing): where there is no typesetting, the argument is what is left of them.
 */
const STYLE_COMMANDS = new Set(
  'mathcal mathbf mathrm mathit mathsf mathtt mathbb mathfrak mathscr mathnormal boldsymbol bm text textbf textit textrm textsf texttt textup textnormal emph mbox operatorname'.split(' '),
);

const COMMAND = /\\([A-Za-z]+)(\*?)|\\./y;

/**
 * TeX with every style command replaced by its argument (`\mathcal{O}(n)` → `O(n)`, `\mathbf x_i` → `x_i`,
 * nested ones too); every other command stays as written.
 */
export function unwrapStyleCommands(tex: string): string {
  let out = '';
  let i = 0;
  while (i < tex.length) {
    COMMAND.lastIndex = i;
    const m = tex[i] === '\\' ? COMMAND.exec(tex) : null;
    if (!m) {
      out += tex[i];
      i += 1;
      continue;
    }
    i += m[0].length;
    if (m[1] === undefined || !STYLE_COMMANDS.has(m[1]) || (m[2] && m[1] !== 'operatorname')) {
      out += m[0];
      continue;
    }
    while (i < tex.length && /\s/.test(tex[i]!)) i += 1;
    const arg = argumentAt(tex, i);
    out += arg.braced ? unwrapStyleCommands(arg.text) : arg.text;
    i = arg.end;
  }
  return out;
}

/** A command's argument starting at `from`: a braced group (without its braces), a command, or one character. */
function argumentAt(tex: string, from: number): { text: string; braced: boolean; end: number } {
  if (tex[from] === '{') {
    let depth = 0;
    for (let j = from; j < tex.length; j++) {
      const ch = tex[j]!;
      if (ch === '\\') j += 1;
      else if (ch === '{') depth += 1;
      else if (ch === '}' && --depth === 0) return { text: tex.slice(from + 1, j), braced: true, end: j + 1 };
    }
    // Unbalanced: KaTeX would not have parsed it either; the rest is the argument.
    return { text: tex.slice(from + 1), braced: true, end: tex.length };
  }
  COMMAND.lastIndex = from;
  const command = tex[from] === '\\' ? COMMAND.exec(tex) : null;
  const text = command ? command[0] : [...tex.slice(from, from + 2)][0] ?? '';
  return { text, braced: false, end: from + text.length };
}
