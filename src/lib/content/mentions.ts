/**
 * Finds where a paper's concepts are mentioned in its abstract, so the body can link each concept once,
 * at its first mention. Works on plain text; the caller turns the spans into Markdown links.
 */
import { caseKey, shortFormKey } from '../concepts/short-form';
import { readMathInPlace, type MathReading } from '../normalise/math-text';
import { findUrls } from '../normalise/urls';

export interface MentionForms {
  id: string;
  /**
   * Surface forms to look for (label, aliases, abbreviation), matched on word edges: case-insensitively, but
   * a short form only as written (concepts/short-form.ts: "IS" never links "is", "CM" never "cm").
   */
  forms: string[];
}

export interface Span {
  start: number;
  end: number;
}

export interface Mention extends Span {
  id: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** One matcher per set of forms, built once per run: compiling a pattern per paper dominated big runs. */
const matchers = new Map<string, RegExp>();

function matcherFor(forms: string[]): RegExp {
  const key = forms.join('\u0000');
  let matcher = matchers.get(key);
  if (!matcher) {
    // Only where a form starts: word edges and plural endings are checked outside the pattern, which
    // keeps it a plain alternation that compiles fast.
    matcher = new RegExp(forms.map(escapeRegExp).join("|"), "gi");
    matchers.set(key, matcher);
  }
  return matcher;
}

/** Element symbols and counts only: "Mn", "PO₄", "LiFePO4". */
const FORMULA_SHAPE = /^(?:\p{Lu}\p{Ll}?[\p{N}\u2080-\u2089]*)+$/u;
/** What glues a formula's parts: a bracket closed before it, one opened after it, a TeX script. */
const GLUED_BEFORE = /[)\]}_^]/u;
const GLUED_AFTER = /[([{_^]/u;

function atWordEdges(text: string, start: number, end: number): boolean {
  return !(start > 0 && WORD_CHAR.test(text[start - 1]!)) && !(end < text.length && WORD_CHAR.test(text[end]!));
}

/**
 * A symbol cut out of a formula written in pieces ("Mn" in "Li[NixLi(1/3−2x/3)Mn(2/3−x/3)]O2" or
 * "Fe$_{0.65}$Mn$_{0.35}$PO$_4$") is no mention: the concept stage reads such a formula as no words
 * (concepts/formula-pieces.ts), and a link there cut the formula (review 13 M5).
 */
function insideFormula(text: string, start: number, end: number): boolean {
  if (!FORMULA_SHAPE.test(text.slice(start, end))) return false;
  return (start > 0 && GLUED_BEFORE.test(text[start - 1]!)) || (end < text.length && GLUED_AFTER.test(text[end]!));
}

/**
 * A maths symbol: Unicode's (relations, operators, arrows, ∫, ∞, the minus sign) and TeX's `^`; not a plus or an
 * ion's charge, which end names and ions ("C++", "Fe3+", "Na+/K+-ATPase", "Ca²⁺").
 */
const MATH_SIGN = /(?![+⁺⁻₊₋])[\p{Sm}^]/u;
const SPACE = /\s/u;

/**
 * A mention glued, with no space, to a run that holds a maths symbol is a piece of that formula: "dη" of
 * "w∞=-2∫0∞u¯dη" was linked in the middle of the integral (probe 56). Any form a concept has can be a
 * variable's name in some formula; there it names no concept, and a link would cut the formula.
 */
function inFormulaRun(text: string, start: number, end: number): boolean {
  for (let k = start - 1; k >= 0 && !SPACE.test(text[k]!); k--) if (MATH_SIGN.test(text[k]!)) return true;
  for (let k = end; k < text.length && !SPACE.test(text[k]!); k++) if (MATH_SIGN.test(text[k]!)) return true;
  return false;
}

/** A form as `caseKey` folds it; whether it ends in a short form, whose only plural is a lowercase "s" ("GANs"). */
export interface FoldedForm {
  key: string;
  shortEnd: boolean;
}

const LAST_WORD = /[\p{L}\p{N}]+$/u;

export function foldForm(form: string): FoldedForm {
  const last = LAST_WORD.exec(form)?.[0];
  return { key: caseKey(form), shortEnd: last !== undefined && shortFormKey(last) !== undefined };
}

/**
 * Where a mention of one of `forms` (folded, longest first) that starts at `start` of `text` ends, its plural
 * ending included, or -1 when none starts there on word edges (or it is a symbol cut out of a formula, or a
 * piece of one written inline).
 */
export function longestMentionEnd(text: string, start: number, forms: readonly FoldedForm[]): number {
  for (const { key, shortEnd } of forms) {
    if (caseKey(text.slice(start, start + key.length)) !== key) continue;
    for (const ending of shortEnd ? ['s', ''] : ['es', 's', '']) {
      const end = start + key.length + ending.length;
      const written = text.slice(start + key.length, end);
      if (ending && (shortEnd ? written : written.toLowerCase()) !== ending) continue;
      if (atWordEdges(text, start, end)) return insideFormula(text, start, end) || inFormulaRun(text, start, end) ? -1 : end;
    }
  }
  return -1;
}

/**
 * First mention of each concept, non-overlapping, never inside an excluded span (URLs). Where two
 * concepts compete for the same text, the longer match wins ("reinforcement learning from human
 * feedback" over "reinforcement learning").
 */
export function findMentions(source: string, concepts: MentionForms[], exclude: Span[] = []): Mention[] {
  // The concept stage reads a formula as its Unicode form ("CO$_2$" as "CO₂", "$\Lambda$CDM model" as "ΛCDM
  // model": concepts/non-prose.ts), so mentions are looked for in that reading; a mention keeps whole formulas,
  // so the link holds the `$...$` the page renders as maths.
  const reading = readMathInPlace(source);
  const text = reading.text;
  const candidates: Mention[] = [];
  for (const { id, forms } of concepts) {
    const usable = [...new Set(forms.map((f) => f.trim()).filter((f) => f.length >= 2))];
    if (usable.length === 0) continue;
    usable.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    const matcher = matcherFor(usable);
    matcher.lastIndex = 0;
    const folded = usable.map(foldForm);
    for (let match = matcher.exec(text); match; match = matcher.exec(text)) {
      const start = match.index;
      // The pattern only finds where a form starts; the longest form (with or without a plural ending)
      // that also ends on a word edge is the mention.
      const end = longestMentionEnd(text, start, folded);
      const span = end > 0 ? sourceSpan(reading, start, end) : undefined;
      if (span) candidates.push({ id, ...span });
      matcher.lastIndex = start + 1;
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || (a.id < b.id ? -1 : 1));
  const taken: Span[] = [...exclude];
  const linked = new Set<string>();
  const result: Mention[] = [];
  const overlaps = (s: Span) => taken.some((t) => s.start < t.end && t.start < s.end);
  // Longest first so that a long concept claims its words before a shorter one nested inside it.
  const byLength = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const c of byLength) {
    if (linked.has(c.id) || overlaps(c)) continue;
    // Only the earliest free mention of a concept is linked, one that stands as a word of its own before
    // the tail of a hyphenated word ("real-life", "high-density" say no "life", no "density").
    const free = candidates.filter((o) => o.id === c.id && !overlaps(o));
    const chosen = free.find((o) => !hyphenTail(source, o)) ?? free[0] ?? c;
    taken.push(chosen);
    linked.add(chosen.id);
    result.push(chosen);
  }
  return result.sort((a, b) => a.start - b.start);
}

const HYPHEN = /[-\u2010\u2011]/u;

/** A mention right after a hyphen that joins it to a word before it: "life" of "real-life". */
function hyphenTail(text: string, m: Span): boolean {
  return m.start >= 2 && HYPHEN.test(text[m.start - 1]!) && WORD_CHAR.test(text[m.start - 2]!);
}

/** A span of the reading as a span of the source, or undefined where it would cut a formula. */
function sourceSpan(reading: MathReading, start: number, end: number): Span | undefined {
  const from = sourceOffset(reading, start);
  const to = sourceOffset(reading, end);
  return from === undefined || to === undefined ? undefined : { start: from, end: to };
}

function sourceOffset(reading: MathReading, at: number): number | undefined {
  let shift = 0;
  for (const formula of reading.formulas) {
    if (at <= formula.readStart) break;
    if (at < formula.readEnd) return undefined;
    shift = formula.end - formula.readEnd;
  }
  return at + shift;
}

/** Spans of the http(s) URLs in text, found by the same rules that made the paper's links. */
export function urlSpans(text: string): Array<Span & { url: string }> {
  return findUrls(text).map(({ url, index }) => ({ start: index, end: index + url.length, url }));
}
