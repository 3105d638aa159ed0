/**
 * The control words TeX-written prose still holds once the known commands are read (./text.ts `decodeTex`): an
 * author's own macros (`We propose \method, a framework…`, `\spc automatically generates \task curricula`),
 * defined in a preamble no export carries, and math symbols typed outside `$…$` (`a \sim 10% gain`).
 */
import { TEX_CHARS } from './tex-chars';

/** Font switches (`\bf`, `\sc`), which style what follows and say nothing themselves. */
export const FONT_SWITCHES = 'bf|it|em|sc|tt|rm|sf|sl|small|footnotesize|large|Large|normalfont|bfseries|itshape|scshape|ttfamily';

const SWITCH = new RegExp(`^(?:${FONT_SWITCHES})$`);

/**
 * A control word with no argument: not followed by a brace that opens one (`\foo{x}`, whose argument means what
 * the unknown macro makes of it, stays as written). An empty `{}` after it only ends the word (`\method{} is`).
 */
const BARE_CONTROL_WORD = /\\([A-Za-z]+)(?:\{\}|(?![A-Za-z{]))/g;

/**
 * Each bare control word as the reader would take it: a math symbol's character (`\sim` → ∼, `\alpha` → α), a
 * font switch nothing, any other its own name. An author names a macro for what it
 * stands for, so the name reads right in its sentence ("We propose method, a framework", "spc automatically
 * generates task curricula"), where dropping it left "We propose , a framework" and the backslash was TeX
 * source on the page.
 */
export function readProseMacros(text: string): string {
  return text.replace(BARE_CONTROL_WORD, (_m, name: string) => TEX_CHARS.get(name) ?? (SWITCH.test(name) ? '' : name));
}
