import { GREEK_LETTERS } from '../normalise/greek';

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
 * Each non-prose span becomes a phrase break, so "Rényi $\alpha$ divergence" gives "Rényi" and
 * "divergence", never "alpha"; a Greek letter glued to a word is written as the letter.
 */
export function maskNonProse(text: string): string {
  return text
    .replace(GLUED_GREEK, (span, before: string | undefined, after: string | undefined) => GREEK_LETTERS.get(before ?? after ?? '') ?? span)
    .replace(/\$[^$\n]{1,300}\$/g, ' ; ')
    .replace(/<\/?[A-Za-z][^<>\n]{0,300}>/g, ' ; ')
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ; ');
}
