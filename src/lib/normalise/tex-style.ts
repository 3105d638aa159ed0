/**
 * TeX's style commands, for text made from TeX: page titles and graph labels (./math-text.ts), the search
 * index's copy of a formula (../site/math.ts), and a query typed as TeX (../search/query-symbols.ts). No KaTeX here: the
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
 * Plain TeX's font switches, which style the rest of their group (`T_{\rm c}`, `{\bf x}`): with no typesetting
 * they are nothing, and the group is left as it was.
 */
const STYLE_SWITCHES = new Set('rm bf it sf tt sl sc cal mit'.split(' '));

/**
 * TeX with every style command replaced by its argument (`\mathcal{O}(n)` → `O(n)`, `\mathbf x_i` → `x_i`,
 * nested ones too); every other command stays as written. One pass with a stack of open braces, each
 * remembering whether it opened a style command's argument (then it and its closing brace are dropped):
 * abstracts are input, and a formula nested 20,000 deep overflowed a recursive unwrapping and broke the build.
 */
export function unwrapStyleCommands(tex: string): string {
  let out = '';
  /** Per open brace: whether it is a style command's (dropped with its closing brace). */
  const open: boolean[] = [];
  let i = 0;
  while (i < tex.length) {
    const ch = tex[i]!;
    if (ch === '{') {
      open.push(false);
      out += ch;
      i += 1;
      continue;
    }
    if (ch === '}') {
      if (open.pop() !== true) out += ch;
      i += 1;
      continue;
    }
    COMMAND.lastIndex = i;
    const m = ch === '\\' ? COMMAND.exec(tex) : null;
    if (!m) {
      out += ch;
      i += 1;
      continue;
    }
    i += m[0].length;
    if (m[1] !== undefined && !m[2] && STYLE_SWITCHES.has(m[1])) {
      while (i < tex.length && /\s/.test(tex[i]!)) i += 1;
      continue;
    }
    if (m[1] === undefined || !STYLE_COMMANDS.has(m[1]) || (m[2] && m[1] !== 'operatorname')) {
      out += m[0];
      continue;
    }
    // A style command: its braced argument's braces go; an unbraced one (a letter, a command) stays as it is.
    while (i < tex.length && /\s/.test(tex[i]!)) i += 1;
    if (tex[i] === '{') {
      open.push(true);
      i += 1;
    }
  }
  return out;
}
