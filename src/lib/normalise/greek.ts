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
