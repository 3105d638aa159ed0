import { transliterate } from '../normalise/accents';
import { GREEK_NAMES, greekLetterName } from '../normalise/greek';
import { americanSpelling } from './spelling-variants';

/**
 * The one spelling search knows a word by, for the index (each page's text as Pagefind reads it,
 * ./index-projection.ts) and for the query (./query-symbols.ts) alike, so that the forms a reader may type
 * meet the forms a paper may write:
 * - Greek letters used as symbols are spelled out, as TeX names them: `ΛCDM`, `$\Lambda$CDM` (indexed as its
 *   TeX, `\Lambda`) and `LambdaCDM` are all the word `lambdacdm` to Pagefind, `TNF-α` and `TNF-alpha` both
 *   `tnfalpha`, `μg/mL` is `mug/mL` as `$\mu$g/mL` is;
 * - super- and subscript characters are their plain letters and digits, as TeX writes them: a superscript
 *   after a caret (`2⁵³` → `2^53`, as `$2^{53}$` is indexed; the excerpt still reads as a power, and Pagefind
 *   drops the `^` from the word), a subscript without its `_` (`H₀` → `H0`), and a formula's `_` goes as its
 *   `^` does (`H_0` → `H0`, `x_i` → `xi`): Pagefind keeps `_` in a word and drops `²` from it;
 * - the Latin letters without a combining accent are spelled in ASCII by the table the citation keys use
 *   (`Łukasz` → `Lukasz`, `Groß` → `Gross`, `Øvrebø` → `Ovrebo`, `D'Haultfœuille` → `D'Haultfoeuille`).
 *   Accents that decompose (é, ü, ş) are left to Pagefind, which matches them either way, so that excerpts
 *   still show them; German's "oe" for ö is a query variant instead (./german-spellings.ts);
 * - the root sign and ± are their TeX names, as the index's copy of a formula writes them, so that a symbol
 *   and its letter are one word: `√s` is `\sqrts`, the word `sqrts` that `$\sqrt{s}$` is, and `W±` is `W\pm`,
 *   the word `wpm` of `$W^\pm$` (and "± 0.4" holds the word `pm` as `$\pm 0.4$` does). The query dropped
 *   the symbol (./query-symbols.ts), and the one letter left was searched as a prefix of every word (review
 *   15 M4). Excerpts show `\pm` as ± again (./excerpt.ts asRead);
 * - so is the script ell, as TeX writes it: `ℓ1` is `\ell1`, the word `ell1` of `$\ell_1$` (review 16 M4: `ℓ1`
 *   missed the papers writing `$\ell_1$`), and ≫ (or `>>`, as a query types it) is a word of its own, as
 *   `$p \gg n$`'s TeX is: "p≫n" and `p >> n` are `p \gg n` (they searched every word starting with p or n). A
 *   page's `>>` is HTML's `&gt;&gt;` here, and stays as written;
 * - the degree sign is gensymb's `\degree`, a word of its own with the unit after it, written with a space
 *   before it or not: "1.1°C", "15 °C" and "°C" hold the word `degreec` (review 16 M4: the index dropped
 *   the °, so `°C` searched the one letter c, and `1.1°C` found 93 papers);
 * - a dash between two words is a hyphen (`Hahn–Banach` → `Hahn-Banach`), which Pagefind splits words at;
 * - a short word of capitals ending in S has a second S, hidden, so that the stemmer keeps its S: `ECS`
 *   and `IFS` are the words `ecss` and `ifss`, where the stemmer read them as plurals, `ec` and `if`, and
 *   the search found "economic" and "if" (review 16 M4). Excerpts hide it again (./excerpt.ts asRead);
 * - initials are written without spaces between them (`H. M.` → `H.M.`), one word to Pagefind;
 * - a British spelling of a listed word is its American one (`colour` → `color`, `haemoglobin` →
 *   `hemoglobin`, `organisation` → `organization`: ./spelling-variants.ts).
 * Case and everything else are left as they are: Pagefind lowercases and splits words itself.
 */
export function searchFold(text: string): string {
  const plain = transliterate(text)
    .replace(/√/g, '\\sqrt')
    .replace(/±/g, '\\pm')
    .replace(/ℓ/g, '\\ell')
    .replace(/≫|>>/g, ' \\gg ')
    .replace(/\s*°/g, ' \\degree')
    .replace(SUPERSCRIPTS, (run) => `^${run.normalize('NFKC')}`)
    .replace(SUBSCRIPTS, (run) => run.normalize('NFKC'))
    .replace(/_/g, '')
    .replace(JOINING_DASH, '-')
    .replace(SPACED_INITIAL, '$1.')
    .replace(CAPITALS_ENDING_IN_S, `$&${PLURAL_GUARD}`);
  return americanSpelling(GREEK_WORD.test(plain) ? plain : plain.replace(HYPHEN_GREEK, spellAfterHyphen).replace(GREEK_RUN, spellGreek));
}

/**
 * A dash between two words ("Bombieri–Vinogradov", TeX's `--` for a pair of names; "data—and"), which
 * Pagefind would read as part of one word, so that only the first name was found, as a prefix: a hyphen,
 * which it splits words at.
 */
const JOINING_DASH = /(?<=[\p{L}\p{N}])[\u2010-\u2015](?=[\p{L}\p{N}])/gu;

/**
 * An initial followed by a space and another initial ("H. M.", "J. R. R."): written without the space, as
 * "H.M." is, which Pagefind indexes as the one word `hm`. With it, the letters were words of their own, and
 * a search for the patient H.M. matched every word starting with an h or an m (review 13 M6).
 */
const SPACED_INITIAL = /(?<![\p{L}\p{N}.])(\p{L})\.\s+(?=\p{L}\.)/gu;

/**
 * Up to six capitals ending in S, written as an acronym is, "(ECS)", and not already guarded. Its own S only
 * to the stemmer, which reads "ECS" as the plural of "ec" (and "IFS" of "if") and Pagefind's index keeps
 * stems; a lowercase "s" ("LFPs") is a plural, left to the stemmer.
 */
const CAPITALS_ENDING_IN_S = /\b[A-Z]{1,5}S(?![\w\u2063])/g;
/**
 * The hidden second S: U+2063 is neither a space nor a word character, so Pagefind joins the word across it
 * and reads "ECSS", while the excerpts drop it with the S (./excerpt.ts asRead).
 */
export const PLURAL_GUARD = '\u2063S';

/** Runs of superscript digits, letters and signs: Latin-1's ¹²³, the Superscripts block, the modifier letters. */
const SUPERSCRIPTS = /[\u00b2\u00b3\u00b9\u02b0-\u02b8\u2070-\u207f\u1d2c-\u1d61\u1d9b-\u1dbf]+/gu;
/** Runs of subscripts: the Subscripts block and the phonetic subscript letters. */
const SUBSCRIPTS = /[\u2080-\u209c\u1d62-\u1d6a\u2c7c]+/gu;

/** Greek letters (monotonic and polytonic, the micro and ohm signs, TeX's variant forms), each with its accents. */
const GREEK_LETTER = '[\\u0370-\\u03ff\\u1f00-\\u1fff\\u00b5\\u2126]\\p{M}*';
const GREEK_RUN = new RegExp(`(?:${GREEK_LETTER})+`, 'gu');
/**
 * Greek after a hyphen, in Unicode or as a TeX command, with the Latin letters after it. Pagefind splits a
 * hyphenated word at its hyphens and each part again where a lowercase letter meets a capital, and indexes the
 * smallest parts: "base-lambdaCDM" was "base", "lambda" and "cdm", never the "lambdacdm" that a search for ΛCDM
 * asks for (review 12 N6). Such a part is spelled out with the rest of it in lowercase, so that it is one word.
 */
const HYPHEN_GREEK = new RegExp(`-(?:\\\\(${GREEK_NAMES.join('|')})|((?:${GREEK_LETTER})+))(\\p{Script=Latin}*)`, 'giu');
/**
 * Three Greek letters in a row are a word of Greek, not a symbol: text that has one is Greek prose, and its
 * letters stay as they are (a Greek query meets them unfolded, since it has such a word too).
 */
const GREEK_WORD = new RegExp(`(?:${GREEK_LETTER}){3}`, 'u');


const ONE_GREEK_LETTER = new RegExp(GREEK_LETTER, 'gu');
const MARKS = /\p{M}/gu;

function spellAfterHyphen(_: string, tex: string | undefined, run: string | undefined, rest: string): string {
  return `-${tex ?? spellGreek(run!)}${rest.toLowerCase()}`;
}

function spellGreek(run: string): string {
  let out = '';
  for (const letter of run.match(ONE_GREEK_LETTER) ?? []) {
    // NFKD takes accents off and variant forms (µ, Ω, ϵ, ϑ, ϕ) to the letter.
    const base = letter.normalize('NFKD').replace(MARKS, '');
    out += greekLetterName(base) ?? letter;
  }
  return out;
}

/**
 * Stands for `_` in the page text given to the index (./index-projection.ts; a query drops `_`, above). Search
 * spells `H_0` and `x_i` as the words `h0` and `xi`, but the excerpts, which show the index's text, lost the
 * `_`: "array1size", Sobolev's "W^{l}{p}". U+2060 is neither a space nor a word character, so Pagefind joins
 * the word across it as it did without the `_`, and an excerpt shows it as `_` again (./excerpt.ts asRead).
 * One the text already held is dropped first: it is invisible, and would read as `_`.
 */
export const WORD_JOINER = '\u2060';
