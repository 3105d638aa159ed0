/** The Greek alphabet by name, as text spells it out ("alpha", "Omega") and TeX names it (`\alpha`, `\Omega`). */

/** The 24 letters' names, in alphabet order, lowercase. */
export const GREEK_NAMES: readonly string[] = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega'.split(' ');
const LOWER = 'αβγδεζηθικλμνξοπρστυφχψω';
const UPPER = 'ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ';

/** Letter by name, capitals capitalised: `alpha` → α, `Omega` → Ω. */
export const GREEK_LETTERS: ReadonlyMap<string, string> = new Map(
  GREEK_NAMES.flatMap((name, i) => [
    [name, LOWER[i]!],
    [name[0]!.toUpperCase() + name.slice(1), UPPER[i]!],
  ]),
);

/** Each letter's name, as GREEK_LETTERS spells it (Α is "Alpha"); final sigma is sigma. */
const NAME_OF: ReadonlyMap<string, string> = new Map([...[...GREEK_LETTERS].map(([name, letter]) => [letter, name] as const), ['ς', 'sigma']]);

/** A plain Greek letter's name as TeX spells it (`λ` → "lambda", `Λ` → "Lambda"), or undefined. */
export function greekLetterName(letter: string): string | undefined {
  return NAME_OF.get(letter);
}

/** A Greek letter standing alone among other letters and digits (`μg`, `TNF-α`, `IL-1β`), not one in a Greek word. */
const LONE_GREEK = /(?<!\p{Script=Greek})\p{Script=Greek}(?!\p{Script=Greek})/gu;

/**
 * Text with each lone Greek letter spelled as its name, set apart by spaces: `TNF-α` → `TNF- alpha `,
 * `NF-κB` → `NF- kappa B`, as TeX's `TNF-$\alpha$` reads once its `$` and `\` are dropped. Exports write such a
 * letter in TeX, in Unicode or spelled out, and keys and slugs must read all three alike; a Greek word keeps its
 * letters. Call on text already decomposed (NFKD): accented, variant and compatibility forms (ά, ϐ, µ) are then
 * the plain letters.
 */
export function spellLoneGreek(text: string): string {
  return text.replace(LONE_GREEK, (letter) => {
    const name = NAME_OF.get(letter);
    return name === undefined ? letter : ` ${name} `;
  });
}
