/**
 * IEEE Xplore (and some publishers' pages) export BibTeX whose values are HTML: character references
 * (`Garc&#x00ED;a`, `3.2&#x0025;`, `&lt;8 GB`) and JATS-like tags without a namespace (`<italic>in situ</italic>`,
 * `x<sub>2</sub>`, `<inline-formula><tex-math notation="LaTeX">$\alpha$</tex-math></inline-formula>`). TeX has
 * neither, so a value holding a character reference, or a tag of that vocabulary opened and closed, is read as
 * the rich text it is; any other `<` stays the character it was typed as (an abstract on HTML that names `<div>`).
 */
import { ENTITY, italicPhrases, plainFromRichText } from './rich-text';

/**
 * The tags of such exports, each with what the rich-text reader knows it as (`span`: keep its text). HTML's own
 * `<b>` and `<i>` are not among them: typed into a BibTeX file they are text, as they have always been read.
 */
const TWINS: Record<string, string> = {
  italic: 'i',
  bold: 'b',
  sub: 'sub',
  sup: 'sup',
  sc: 'sc',
  monospace: 'code',
  // Read as Crossref's JATS is: a formula's TeX as math, given its dollars where the export left them out.
  'inline-formula': 'jats:inline-formula',
  'disp-formula': 'span',
  'tex-math': 'jats:tex-math',
};
const NAMES = Object.keys(TWINS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const PAIRED_TAG = new RegExp(`<(${NAMES})(?:\\s[^<>]*)?>[\\s\\S]*?</\\1\\s*>`, 'i');
const TAG = new RegExp(`<(/?)(${NAMES})(?=[\\s/>])`, 'gi');
const OTHER_LT = new RegExp(`<(?!/?(?:${NAMES})[\\s/>])`, 'gi');

export function holdsHtml(value: string): boolean {
  return ENTITY.test(value) || PAIRED_TAG.test(value);
}

/**
 * The export's tags under the names the rich-text reader reads, and every other `<` escaped, so that only
 * they are markup (`$a<b$` in the same abstract is no `<b` element).
 */
function asRichText(value: string): string {
  return value
    .replace(OTHER_LT, '&lt;')
    .replace(TAG, (_m, slash: string, name: string) => `<${slash}${TWINS[name.toLowerCase()]!}`);
}

/** A value's text, its HTML read where it holds any (see above), else as written. */
export function htmlText(value: string): string {
  // In a span, so the references are read once: `&lt;b&gt;` here is the text <b>, where the rich-text reader
  // would take a CSL value with no other markup for markup escaped once too often.
  return holdsHtml(value) ? plainFromRichText(`<span>${asRichText(value)}</span>`) : value;
}

/** The phrases such a value sets in italics, each read by `toText`. */
export function htmlItalics(value: string, toText: (inner: string) => string): string[] | undefined {
  return PAIRED_TAG.test(value) ? italicPhrases(asRichText(value), (inner) => toText(plainFromRichText(inner))) : undefined;
}
