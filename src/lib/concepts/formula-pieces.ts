/**
 * A chemical formula the words of a text cannot hold whole: one with brackets inside it or with subscripts
 * that are no counts ("Li[NixLi(1/3−2x/3)Mn(2/3−x/3)]O2", "Fe$_{0.65}$Mn$_{0.35}$PO$_4$", "Ca(OH)₂"). The
 * tagger cuts it at each bracket and math span, and an element symbol cut out of it ("Mn") is no word the
 * author wrote: it became a concept, linked in the middle of the formula (review 13 M5). Such a formula
 * is read as a phrase break, like inline math; one the words do hold ("LiFePO4", "LiₓCoO₂") stays a word.
 */
import { elementSymbols } from './elements';

/** Written without a space; a TeX math span ("$_{0.35}$") counts as written so, spaces and all. */
const CHUNK = /(?:\$[^$\n]{1,60}\$|[^\s$])+/gu;

/**
 * The parts a formula is written in: element symbols, the placeholders chemists write for a metal, a halogen
 * or a group ("LiₓMₓTi₂₋ₓ", "ABX₃": M, X, R, A, B), counts (digits, decimals, fractions, the variables x, y,
 * z, δ), Unicode scripts, charges, brackets and TeX math.
 */
let patterns: { part: RegExp; symbol: RegExp } | undefined;
// Made on first use: the search worker reaches this module (through non-prose.ts) and never calls it.
function formulaPatterns(): { part: RegExp; symbol: RegExp } {
  return (patterns ??= {
    part: new RegExp(
      String.raw`(?:${elementSymbols().join('|')}|[MXRA]|\$[^$\n]{1,60}\$|[\p{N}.,/+\-−–·xyzδ]|[\u2070-\u209f\u00b2\u00b3\u00b9]|[()[\]{}])`,
      'yu',
    ),
    symbol: new RegExp(`^(?:${elementSymbols().join('|')})`, 'u'),
  });
}
/** A chunk's core and the punctuation of the sentence around it (a full stop, a comma, a quote), which stays. */
const CORE = /^([.,;:!?'"“”‘’]*)(.*?)([.,;:!?'"“”‘’]*)$/su;
const INNER_GLUE = /\$|[()[\]{}]/u;

/** The chunk's parts, or undefined when something in it is no part of a formula ("CNNs", "IL-6"). */
function formulaParts(chunk: string): string[] | undefined {
  const { part } = formulaPatterns();
  const parts: string[] = [];
  part.lastIndex = 0;
  while (part.lastIndex < chunk.length) {
    const at = part.lastIndex;
    const match = part.exec(chunk);
    if (!match || match.index !== at) return undefined;
    parts.push(match[0]);
  }
  return parts;
}

/**
 * Is this chunk a formula in pieces? It is made of formula parts only, holds two element symbols or more,
 * and is glued inside by a bracket or math span: brackets around it are the sentence's ("(CNN)", "(Mn)").
 */
function inPieces(core: string): boolean {
  const parts = formulaParts(core);
  const { symbol } = formulaPatterns();
  if (!parts || parts.filter((p) => symbol.test(p) && !p.startsWith('$')).length < 2) return false;
  const inner = parts.slice(1, -1).some((p) => INNER_GLUE.test(p));
  const edges = [parts[0]!, parts[parts.length - 1]!];
  // "(PO4)3", "Ca(OH)₂": a bracket at the chunk's edge with more of the formula after it glues too.
  return inner || (edges[0] === '(' && parts.lastIndexOf(')') < parts.length - 1) || edges.some((p) => p.startsWith('$'));
}

/** Each formula in pieces becomes a phrase break, " ; ", as inline math does. */
export function maskFormulasInPieces(text: string): string {
  return text.replace(CHUNK, (chunk) => {
    const [, before = '', core = '', after = ''] = CORE.exec(chunk) ?? [];
    // Every formula in pieces holds a bracket or a math span: the rest are not looked at further.
    return core !== '' && INNER_GLUE.test(core) && inPieces(core) ? `${before} ; ${after}` : chunk;
  });
}
