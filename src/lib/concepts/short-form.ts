/**
 * The case rule for short forms, which every stage that matches written forms follows: concept keys and
 * identities (normalise.ts), the related-paper mentions (graph/concept-mentions.ts), the links in a paper's
 * body (content/mentions.ts) and the search aliases (search/aliases.ts). An abbreviation is written with
 * capitals after its first letter ("IS", "GAs", "SPaCE", "LoRA"), and it names only what is written in that
 * case: "IS" (information systems) is no "is", "SPaCE" (self-paced context evaluation) no "space", "GAs"
 * (genetic algorithms) no "gases". Lowercased, a short form would take over the ordinary word it spells.
 * A short form written all in lowercase ("lstm") is read as an ordinary word: nothing tells it apart from one.
 */

/** At most as long as a short form that the abbreviation finder accepts (abbreviations.ts, `isShortForm`). */
const MAX_LENGTH = 10;
/** Two capitals anywhere ("IS", "V2X", "SPaCE") or a capital after a lowercase letter ("LoRA", "pH"). */
const CASED = /\p{Lu}.*\p{Lu}|\p{Ll}\p{Lu}/u;
const WORD = /^[\p{L}\p{N}]+$/u;
const UPPER = /\p{Lu}/gu;
const LOWER = /\p{Ll}/gu;
/** "GANs", "LLMs", "GPT4s": the plural "s" after a capital or digit. */
const PLURAL = /(?<=[\p{Lu}\p{N}])s$/u;

/**
 * A written word (one run of letters and digits) as a short form, less a plural "s" ("GANs" → "GAN"), or
 * undefined for an ordinary word. At least half its letters are capitals: a name with a capital or two
 * inside ("ImageNet", "MiniWoB", "entRopy" in "Domain randOmization via entRopy mAximizatiON") folds like a word.
 */
export function shortFormSingular(word: string): string | undefined {
  if (word.length < 2 || word.length > MAX_LENGTH || !WORD.test(word)) return undefined;
  const singular = word.replace(PLURAL, '');
  if (!CASED.test(singular)) return undefined;
  return (singular.match(UPPER)?.length ?? 0) >= (singular.match(LOWER)?.length ?? 0) ? singular : undefined;
}

/**
 * The key a short form is matched by: upper case, less a plural "s" ("GANs" and "GAN", "SoTA" and "SOTA"
 * meet), so it never meets a word, which is matched lowercased; undefined for an ordinary word.
 */
export function shortFormKey(word: string): string | undefined {
  return shortFormSingular(word)?.toUpperCase();
}

/** Whether a written word (one run of letters and digits) is a short form. */
export function isShortFormWord(word: string): boolean {
  return shortFormSingular(word) !== undefined;
}

const RUN = /[\p{L}\p{N}]+/gu;

/** Whether some word of a written form is a short form ("RL agents", "IS"). */
export function holdsShortForm(text: string): boolean {
  for (const run of text.match(RUN) ?? []) if (isShortFormWord(run)) return true;
  return false;
}

/**
 * A written form with case folded as the rule reads it: short forms in upper case, other words in lower case
 * ("RL-based Agents" → "RL-based agents", "SoTA" → "SOTA"). Two written forms name the same thing only if
 * these are equal; the length stays as written.
 */
export function caseKey(text: string): string {
  return text.replace(RUN, (run) => (isShortFormWord(run) ? run.toUpperCase() : run.toLowerCase()));
}

/** Two written words joined by a hyphen, nothing glued before or after. */
const HYPHENED_PAIR = /(?<![\p{L}\p{N}\-‐‑–])([\p{L}\p{N}]+)[-‐‑–]([\p{L}\p{N}]+)(?![\p{L}\p{N}]|[-‐‑–][\p{L}\p{N}])/gu;
const ONE_LOWER_LETTER = /^\p{Ll}$/u;

/**
 * A name written as a short form with a letter before it ("k-NN", "d-MC", "p-MOSFETs") or as a short form
 * twice ("IS-IS", "DC-DC") is one short form, written without its hyphen ("kNN", "ISIS"): it is not the
 * short form inside it, so the k-nearest-neighbour rule is no neural network (NN) and the IS-IS routing
 * protocol no information system (IS). Other hyphenated words keep their parts ("RL-based", "FDG-PET").
 */
export function joinShortFormCompounds(text: string): string {
  if (!/[-‐‑–]/.test(text)) return text;
  return text.replace(HYPHENED_PAIR, (whole, a: string, b: string) =>
    isShortFormWord(b) && (ONE_LOWER_LETTER.test(a) || a === b) ? a + b : whole,
  );
}
