/**
 * Shapes of words that the concept stages test again and again, per word of every abstract. Kept as
 * module constants, not written inline: tsx (which runs the content stage) compiles a `\p{…}` regex
 * literal into `new RegExp(…)`, which builds a fresh object every time the line runs.
 */

export const HAS_LETTER = /\p{L}/u;
export const HAS_UPPER = /\p{Lu}/u;
export const HAS_DIGIT = /\p{N}/u;
export const STARTS_UPPER = /^\p{Lu}/u;
/** "Models", "Transformer": a capital, then lowercase only. */
export const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;
/** "Models", "Multi-agent": a capital and a lowercase letter open it. */
export const STARTS_TITLE = /^\p{Lu}\p{Ll}/u;
export const LOWER_WORD = /^\p{Ll}+$/u;
/** "LLM", "GPT-4o", "AutoTriton": two capitals in a row, or a capital after a lowercase letter. */
export const INNER_CAPITALS = /\p{Lu}{2}|\p{Ll}\p{Lu}/u;
export const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;
/** A plural in title case: "Models" (not "Analysis", "Corpus", "Virus"). */
export const TITLE_CASE_PLURAL = /^\p{Lu}\p{Ll}+[^siu']s$/u;
/** "LLMs", "VLMs", "GPT4s": an acronym's plural. */
export const ACRONYM_PLURAL = /^\p{Lu}[\p{Lu}\p{N}]*\p{Lu}s$/u;
/**
 * A word whose capitals come after a lowercase start ("eXtensible", "iPhone", "mRNA") is written as its name is;
 * so is a lowercase letter joined by a hyphen to a word ("p-adic", "k-means", "n-gram", "t-test"): the letter is
 * a variable, and its case is part of what it means (p is not P).
 */
const LOWER_THEN_CAPITAL = /^\p{Ll}+\p{Lu}|^\p{Ll}[-‐‑]\p{L}/u;
/**
 * A lowercase Greek letter in English text is a symbol, and its case is what it means: "αs" (the strong coupling)
 * is no "Αs", whose capital reads as a Latin A, "μ-opioid" no "Μ-opioid", "γδ T cells" no "Γδ T cells" ("Αs" was a
 * concept's label, probe 56).
 */
const LOWER_GREEK = /^(?=\p{Ll})\p{Script=Greek}/u;
/** The text with its first letter capitalised, as a label opens, unless its first word is written as its name is ("mRNA", "αs"). */
export function upperFirst(s: string): string {
  return s && !LOWER_THEN_CAPITAL.test(s) && !LOWER_GREEK.test(s) ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/**
 * English derivational prefixes that make a kind of what follows ("meta-learning", "multi-agent systems",
 * "pre-training", "co-simulation", "sub-band", "self-organization"): a closed class of word formation, not a
 * field's words. Negating and hedging ones ("non-", "anti-", "semi-", "quasi-") do not: "non-linearity" is
 * no linearity.
 */
export const KIND_PREFIX = /^(?:meta|multi|pre|post|co|sub|super|inter|intra|micro|macro|nano|hyper|auto|self)$/i;

/**
 * A hyphenated compound: letters or digits joined by hyphens ("few-shot", "end-to-end", "GPT-4"; U+2010 and U+2011
 * are hyphens too), not a dash between spaces nor an en dash ("Bose–Einstein", "2019–2021").
 */
export const HYPHENATED = /[\p{L}\p{N}]+(?:[-\u2010\u2011][\p{L}\p{N}]+)+/gu;

/** A word that starts with a letter or digit (not punctuation). */
export const WORD_START = /^[\p{L}\p{N}]/u;

/** A word written with a digit, a hyphen or a capital inside it ("TP53", "mRNA", "CH₄", "UK") is a name. */
export const NAME_SHAPE = /\p{N}|-|.\p{Lu}/u;
