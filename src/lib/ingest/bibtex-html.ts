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
/** Reading a value's HTML where the tags of `twins` are the only markup; any other `<` is the character typed. */
function htmlReader(twins: Record<string, string>) {
  const names = Object.keys(twins)
    .sort((a, b) => b.length - a.length)
    .join('|');
  const pairedTag = new RegExp(`<(${names})(?:\\s[^<>]*)?>[\\s\\S]*?</\\1\\s*>`, 'i');
  const tag = new RegExp(`<(/?)(${names})(?=[\\s/>])`, 'gi');
  const otherLt = new RegExp(`<(?!/?(?:${names})[\\s/>])`, 'gi');
  const holdsHtml = (value: string): boolean => ENTITY.test(value) || pairedTag.test(value);
  // The export's tags under the names the rich-text reader reads, and every other `<` escaped, so that only they
  // are markup (`$a<b$` in the same abstract is no `<b` element).
  const asRichText = (value: string): string =>
    value.replace(otherLt, '&lt;').replace(tag, (_m, slash: string, name: string) => `<${slash}${twins[name.toLowerCase()]!}`);
  return {
    holdsHtml,
    /** A value's text, its HTML read where it holds any, else as written. */
    // In a span, so the references are read once: `&lt;b&gt;` here is the text <b>, where the rich-text reader
    // would take a CSL value with no other markup for markup escaped once too often.
    htmlText: (value: string): string => (holdsHtml(value) ? plainFromRichText(`<span>${asRichText(value)}</span>`) : value),
    /** The phrases such a value sets in italics, each read by `toText`. */
    htmlItalics: (value: string, toText: (inner: string) => string): string[] | undefined =>
      pairedTag.test(value) ? italicPhrases(asRichText(value), (inner) => toText(plainFromRichText(inner))) : undefined,
  };
}

const ieee = htmlReader(TWINS);
export const holdsHtml = ieee.holdsHtml;
export const htmlText = ieee.htmlText;
export const htmlItalics = ieee.htmlItalics;

/**
 * RIS values: IEEE's tags, Scopus's subscript `<inf>` ("HbA<inf>1c</inf>"), and the rich text Zotero keeps in a
 * title and writes into its RIS as it is (`<i>Escherichia coli</i>`, `<b>`, `<span class="nocase">pH</span>`),
 * which CSL-JSON carries too. Other HTML (`<script>`) stays the text it is.
 */
export const risHtml = htmlReader({ ...TWINS, inf: 'sub', i: 'i', em: 'i', b: 'b', strong: 'b', span: 'span' });
