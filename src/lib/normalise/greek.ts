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

/**
 * A Greek letter standing alone among other letters and digits (`μg`, `TNF-α`, `IL-1β`), not one in a Greek word;
 * the micro sign is one, and its accents go with it.
 */
const LONE_GREEK = /(?<![\p{Script=Greek}\u00b5])[\p{Script=Greek}\u00b5]\p{M}*(?![\p{Script=Greek}\u00b5])/gu;
const MARKS = /\p{M}/gu;

/**
 * Text with each lone Greek letter spelled as its name, set apart by spaces: `TNF-α` → `TNF- alpha `,
 * `NF-κB` → `NF- kappa B`, as TeX's `TNF-$\alpha$` reads once its `$` and `\` are dropped. Exports write such a
 * letter in TeX, in Unicode or spelled out, and keys and slugs must read all three alike; a Greek word keeps its
 * letters. Accented, variant and compatibility forms (ά, ϐ, ϵ, ϕ, µ) are the plain letters, as NFKD reads them,
 * so "µ-opioid" and "μ-opioid", "ϵ-greedy" and "ε-greedy" read alike wherever the text was not decomposed.
 */
export function spellLoneGreek(text: string): string {
  return text.replace(LONE_GREEK, (letter) => {
    const name = NAME_OF.get(letter) ?? NAME_OF.get(letter.normalize('NFKD').replace(MARKS, ''));
    return name === undefined ? letter : ` ${name} `;
  });
}

const ANY_GREEK_LETTER = /\p{Script=Greek}/gu;

/**
 * Text with every Greek letter spelled as its name and set apart, a letter of a Greek word too: where text must
 * be ASCII and lose nothing (a concept's id), "ΛCDM" → " Lambda CDM", "γδ T cells" → " gamma  delta  T cells".
 * Lone letters read as `spellLoneGreek` reads them. Call on text already decomposed (NFKD), as that is.
 */
export function spellGreekLetters(text: string): string {
  return text.replace(ANY_GREEK_LETTER, (letter) => {
    const name = NAME_OF.get(letter);
    return name === undefined ? letter : ` ${name} `;
  });
}

/**
 * A letter's name glued to the symbol it belongs to, as ASCII exports write `IL-1β`, `NF-κB`, `TGF-β`, `Aβ` and
 * `ΛCDM`: "IL-1beta", "NF-kappaB", "TGFbeta", "Abeta", "LambdaCDM". The name is lowercase after capitals or
 * digits, or before capitals or digits, or both ("PI3Kgamma"); capitalised only at a word's start before two
 * capitals or more. What glues to it must be capitals and digits only, so words that hold a name stay words
 * ("alphabet", "Betamethasone", "AlphaGo", "rhoGTPase", and "Meta": one capital before a name of three letters),
 * and a name of fewer than three letters (mu, nu, xi, pi) or a capitalised one of three (Rho, Phi, Tau) is not
 * read, as "piRNA", "RhoA" and "PhiX174" are names of their own.
 */
// Made on first use: the search worker imports this module for the letters' names only, and a bundler keeps
// module-level template strings even when nothing reads them.
let glued: { any: RegExp; after: RegExp; before: RegExp; capitalisedBefore: RegExp } | undefined;
function gluedPatterns(): NonNullable<typeof glued> {
  if (glued !== undefined) return glued;
  const longestFirst = [...GREEK_NAMES].filter((name) => name.length >= 3).sort((a, b) => b.length - a.length).join('|');
  const capitalisedFirst = GREEK_NAMES.filter((name) => name.length >= 4).map((name) => name[0]!.toUpperCase() + name.slice(1)).join('|');
  return (glued = {
    any: new RegExp(longestFirst, 'i'),
    after: new RegExp(`(?<![\\p{L}\\p{N}])([\\p{Lu}\\p{N}]*[\\p{Lu}\\p{N}])(${longestFirst})(?=[\\p{Lu}\\p{N}]*(?![\\p{L}\\p{N}]))`, 'gu'),
    before: new RegExp(`(?<![\\p{L}\\p{N}])(${longestFirst})(?=[\\p{Lu}\\p{N}]+(?![\\p{L}\\p{N}]))`, 'gu'),
    capitalisedBefore: new RegExp(`(?<![\\p{L}\\p{N}])(${capitalisedFirst})(?=\\p{Lu}[\\p{Lu}\\p{N}]+(?![\\p{L}\\p{N}]))`, 'gu'),
  });
}
const CAPITAL = /\p{Lu}/u;

/**
 * Text with each glued name of a Greek letter set apart by spaces, as `spellLoneGreek` sets apart the letter it
 * names: "IL-1beta" → "IL-1 beta ", "NF-kappaB" → "NF- kappa B", so they read as "IL-1β" and "NF-κB" do.
 */
export function spellGluedGreekNames(text: string): string {
  const patterns = gluedPatterns();
  if (!patterns.any.test(text)) return text;
  return text
    // One capital before a short name is a word's capital: "Meta", "Beta", "Feta" (but "Abeta" is Aβ).
    .replace(patterns.after, (whole, before: string, name: string) => (before.length === 1 && CAPITAL.test(before) && name.length < 4 ? whole : `${before} ${name} `))
    .replace(patterns.before, (name: string) => ` ${name} `)
    .replace(patterns.capitalisedBefore, (name: string) => ` ${name} `);
}
