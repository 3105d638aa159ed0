import { GREEK_LETTERS } from '../normalise/greek';
import { unicodeScript } from '../normalise/super-subscripts';
import { maskFormulasInPieces } from './formula-pieces';
import { plainMathText } from '../normalise/math-text';

/**
 * The parts of an abstract that are not prose: inline math (`$\alpha$`), markup-looking spans
 * (`<img src=x>`) and URLs. Their letters are symbols, tags and host names, not words the author wrote.
 */

/**
 * A Greek letter written as TeX math glued to a word: "$\Lambda$CDM", "TNF-$\alpha$", "A$\beta$". The letter
 * is part of the word's name ("ΛCDM model" was cut to "CDM model"), not a formula.
 */
const GLUED_GREEK = /(?<=[\p{L}\p{N}-])\$\\([A-Za-z]+)\$|\$\\([A-Za-z]+)\$(?=[\p{L}\p{N}-])/gu;

/**
 * A one-letter variable written as TeX math before a hyphen and a word: "$p$-adic", "$\ell$-adic",
 * "$p$-divisible", "$n$-dimensional", "$k$-means". Mathematics names a family of objects after its variable
 * ("p-adic numbers", "ℓ-adic sheaves"), and the word after the hyphen names nothing alone: masked as math, the
 * variable left "Adic Hodge theory" and "Divisible groups" (review 17 H3). The variable is read as its letter
 * (`\ell` as ℓ), as the page shows it; a longer formula before a hyphen stays math.
 */
const GLUED_VARIABLE = /(?<![\p{L}\p{N}$\\])\$(\\[A-Za-z]+|[A-Za-z])\$(?=[-‐‑]\p{L})/gu;
const ONE_LETTER = /^\p{L}$/u;

/**
 * Display math, `$$…$$`, `\[…\]` and `\(…\)`: a formula set apart, never prose. Read as inline math, `$$`
 * paired the wrong dollars, masked the prose between two formulas and left their TeX as words ("Lambda",
 * "Phi" were a paper's phrases; "The Riemann hypothesis is…" was masked).
 */
const DISPLAY_MATH = /\$\$[^]{1,2000}?\$\$|\\\[[^]{1,2000}?\\\]|\\\([^]{1,2000}?\\\)/g;

/**
 * A subscript written as TeX math after an element symbol or a closing bracket: "CO$_2$", "Na$_2$CO$_3$",
 * "Li$_x$CoO$_2$", "Bi$_{1-x}$Sb$_x$", "Ca(OH)$_2$". It counts atoms of the formula, which is one word, as
 * "CO₂" and "CO2" are ("CO$_2$" was cut to the concept "CO", carbon monoxide to a chemist). Only counts are
 * read so: "GW$_{\rm th}$", "log$_{10}$" and "keV$_{ee}$" are a quantity's labels and stay apart.
 */
const GLUED_SUBSCRIPT = /(?<=(?:\p{Lu}\p{Ll}?|\)))\$_(?:\{([0-9]+|[0-9]*[-+][xn]|[xn])\}|([0-9]|[xn]))\$/gu;

/**
 * A charge written as TeX math after an element symbol, a formula's subscript or a closing bracket:
 * "Fe$^{3+}$", "Ca$^{2+}$", "Na$^+$", "SO₄$^{2-}$", "[Fe(CN)₆]$^{4-}$". The ion is one word, as "Fe³⁺" is
 * ("Fe$^{3+}$" was cut to "Fe", iron). Only a count and a sign are read so: "cm$^{-1}$", "s$^{-2}$" are units.
 */
const GLUED_CHARGE = /(?<=(?:\p{Lu}\p{Ll}?|[)\]\u2080-\u2089]))\$\^(?:\{([0-9]*[-+−])\}|([-+−]))\$/gu;

/**
 * A mass number written as TeX math before an element symbol, with a Greek letter before it where geochemistry
 * writes one: "$^{14}$C", "$^{18}$F-FDG", "$^3$He", "$\delta^{13}$C". The isotope is one word, as "¹⁴C" is
 * ("$^{14}$C dating" was "C dating").
 */
const GLUED_MASS_NUMBER = /(?<![\p{L}\p{N}])\$(?:\\([A-Za-z]+)\s*)?\^(?:\{([0-9]{1,3})\}|([0-9]))\$(?=\p{Lu}(?!\p{Lu}{2}))/gu;

/**
 * A differential: "d" (or "∂") and one letter, at the end of an integral or sum written inline ("∫0∞u¯dη",
 * "∫f(x)dx"), and "d" or "∂" before one Greek letter anywhere ("dη is the efficiency difference", "dθ"): no
 * English word is so written. It is a formula's piece, not a word: "Dη" was a paper's first tag, from
 * "∫0∞u¯dη" (probe 56).
 */
const INTEGRAL_DIFFERENTIAL = /(?<=[∫∬∭∮∑∏]\S*)[d∂](?:\p{Script=Greek}|[A-Za-z])(?![\p{L}\p{N}])/gu;
const GREEK_DIFFERENTIAL = /(?<![\p{L}\p{N}])[d∂]\p{Script=Greek}(?![\p{L}\p{N}])/gu;

/**
 * A structured abstract's section label in capitals, "BACKGROUND:", "MATERIALS AND METHODS:", at the start of
 * the text or of a sentence: a heading, never a term ("CONCLUSIONS" was a paper's keyword). Read so only where
 * a text has two or more, as a structured abstract does: one alone may be an acronym ("TESS: we present…").
 */
const SECTION_LABEL = /(?<=^|[.;:!?]\s+|\n\s*)\p{Lu}{3,}(?:\s(?:AND|\p{Lu}{3,})){0,3}\s?:/gu;

/**
 * Who paid for the work, as trial reports state it: the "FUNDING:" section of a structured abstract (up to
 * the next section label) and NEJM's closing "(Funded by …; ClinicalTrials.gov number, NCT…)". Funders and
 * registries are no topic of the paper: "UK Research and Innovation" gave the keyword "UK Research", and the
 * funders were concepts linking trials of different diseases.
 */
const FUNDING_SECTION = /(?<=^|[.;:!?]\s+|\n\s*)FUNDING\s?:[^]*?(?=(?:[.;!?]\s+|\n\s*)\p{Lu}{3,}(?:\s(?:AND|\p{Lu}{3,})){0,3}\s?:|$)/gu;
const FUNDED_BY = /\((?:Funded|Supported|Sponsored) by [^()]*(?:\([^()]*\)[^()]*)*\)/g;

/**
 * A bibliographic cross-reference that an abstracting service writes into the abstract: "For pt.I see ibid.,
 * vol.23, p.1176-87 (2002).", "For original paper see ibid., vol. 36, no. 2, p. 101-30 (2000).", "For part 1,
 * see ibid., p.285-90, (2002).", and in a sentence "(see ibid., vol.8, no.7, p.934-46, July 1999)". It points to
 * another record and says nothing of the paper's matter: "Pt.I" was a concept of three papers on unrelated
 * subjects (review 43 finding 3). The note opens a sentence ("For … see"), runs to the year in brackets, the
 * pages or a quoted title that ends a citation, and must hold a citation's abbreviation ("ibid.", "vol.",
 * "no.", "p.", "pp."); a bracketed "see …" must hold one too. Prose pointers ("For details, see Section 3")
 * hold none.
 */
const CROSS_REFERENCE_NOTE =
  /(?<=^|[.;!?]\s+)Fo[rt]\s[^;]{1,40}?\bsee\s[^;]{1,120}?(?:\(\s?\d{4}\s?\)|\bpp?\.\s?\d+(?:\s?[-–]\s?\d+)?(?:\s?,?\s?\(\s?\d{4}\s?\))?|"[^"\n]{1,150}")\.?/g;
const SEE_CITATION = /\(\s*see\s[^()]{1,120}?(?:\([^()]{1,20}\)[^()]{0,20})?\)/g;
const CITATION_ABBREVIATION = /\b(?:ibid|vol|no|pp?)\./i;

/**
 * Each non-prose span becomes a phrase break, so "Rényi $\alpha$ divergence" gives "Rényi" and
 * "divergence", never "alpha"; so does a funding statement; a Greek letter glued to a word is written as the letter, and a formula's
 * subscript, charge or mass number as the Unicode script ("CO$_2$" as "CO₂", "Fe$^{3+}$" as "Fe³⁺"); a
 * formula that is still in pieces after that is a break too (formula-pieces.ts), and so is a differential.
 */
export function maskNonProse(text: string): string {
  const sectioned = (text.match(SECTION_LABEL)?.length ?? 0) >= 2;
  const prose = text
    .replace(DISPLAY_MATH, ' ; ')
    .replace(GLUED_VARIABLE, (span) => {
      const letter = plainMathText(span);
      return ONE_LETTER.test(letter) ? letter : span;
    });
  return maskFormulasInPieces(readFormulaSubscripts(prose))
    .replace(CROSS_REFERENCE_NOTE, (note) => (CITATION_ABBREVIATION.test(note) ? '' : note))
    .replace(SEE_CITATION, (note) => (CITATION_ABBREVIATION.test(note) ? ' ; ' : note))
    .replace(FUNDED_BY, ' ; ')
    .replace(FUNDING_SECTION, (section) => (sectioned ? ' ; ' : section))
    .replace(SECTION_LABEL, (label) => (sectioned ? ' ; ' : label))
    .replace(GLUED_GREEK, (span, before: string | undefined, after: string | undefined) => GREEK_LETTERS.get(before ?? after ?? '') ?? span)
    .replace(/\$[^$\n]{1,300}\$/g, ' ; ')
    .replace(INTEGRAL_DIFFERENTIAL, ' ; ')
    .replace(GREEK_DIFFERENTIAL, ' ; ')
    .replace(/<\/?[A-Za-z][^<>\n]{0,300}>/g, ' ; ')
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ; ');
}

/**
 * A formula's TeX subscripts, an ion's charge and an isotope's mass number read as Unicode scripts ("CO$_2$" as
 * "CO₂", "Fe$^{3+}$" as "Fe³⁺", "$^{14}$C" as "¹⁴C"), as inline math reads them everywhere else
 * (normalise/math-text.ts). The abbreviation finder reads text so too, so "carbon dioxide (CO$_2$)" defines the
 * word the phrases hold; Greek letters it leaves as TeX, but for a mass number's ("$\delta^{13}$C" as "δ¹³C").
 */
export function readFormulaSubscripts(text: string): string {
  if (!text.includes('$_') && !text.includes('^')) return text;
  return text
    .replace(GLUED_SUBSCRIPT, (span, braced: string | undefined, bare: string | undefined) => unicodeScript('sub', braced ?? bare ?? '') ?? span)
    .replace(GLUED_CHARGE, (span, braced: string | undefined, bare: string | undefined) => unicodeScript('sup', braced ?? bare ?? '') ?? span)
    .replace(GLUED_MASS_NUMBER, (span, greek: string | undefined, braced: string | undefined, bare: string | undefined) => {
      const letter = greek === undefined ? '' : GREEK_LETTERS.get(greek);
      const mass = unicodeScript('sup', braced ?? bare ?? '');
      return letter === undefined || mass === undefined ? span : letter + mass;
    });
}
