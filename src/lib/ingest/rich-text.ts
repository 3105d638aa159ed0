/**
 * CSL-JSON's rich text, and the JATS that Crossref puts into abstracts: `Percolation on <i>Random</i>
 * Graphs`, `<jats:title>Abstract</jats:title><jats:p>We study…</jats:p>`, `H<sub>2</sub>O`. Read as the
 * text a reader sees. Text without such markup is returned untouched, so an abstract that mentions
 * `<script>` or `a < b` in plain words keeps them.
 */
import { parseFragment } from 'parse5';
import { scriptText } from '../normalise/super-subscripts';

/**
 * Tags of CSL's rich-text vocabulary, JATS and the HTML that Zotero and publishers wrap abstracts in: inline
 * ones (a systems paper's `<code>if (x &lt; n)</code>`, a link) and blocks (lists, headings, quotes).
 */
const MARKUP =
  /<\/?(?:i|b|u|s|em|strong|sup|sub|sc|small|span|code|tt|kbd|samp|var|a|q|cite|abbr|dfn|mark|p|br|div|ul|ol|li|pre|blockquote|h[1-6]|jats:[a-z-]+|mml:[a-z]+)(?:\s[^<>]*)?\/?>/i;

/**
 * An HTML character reference. CSL-JSON's text is HTML-like: an abstract whose only markup is escaped
 * (`&lt;img src=x onerror=…&gt;`, `x &lt; n`) means the characters, and "&lt;" read as words made a concept "Lt".
 */
export const ENTITY = /&(?:[a-z][a-z0-9]*|#[0-9]+|#x[0-9a-f]+);/i;

/** Elements whose end is the end of a block of text: a space keeps the words on either side apart. */
const BLOCKS = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'pre', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'jats:p', 'jats:sec', 'jats:title', 'jats:list-item', 'jats:list']);

/**
 * JATS inline elements read as their HTML twins: Crossref abstracts write `O<jats:sub>2</jats:sub>` and
 * `MPa·m<jats:sup>1/2</jats:sup>`, whose scripts were read as plain text ("O2", "m1/2"; review 13 M2).
 */
const JATS_TWINS: Record<string, string> = {
  'jats:sub': 'sub',
  'jats:sup': 'sup',
  'jats:italic': 'i',
  'jats:bold': 'b',
  'jats:underline': 'u',
  'jats:sc': 'sc',
  'jats:monospace': 'code',
  'jats:break': 'br',
};

/**
 * Elements whose content no reader sees: a pasted page's `<script>alert('x')</script>` is no words of the
 * abstract. Only a closed one is left out: the HTML parser reads everything after an unclosed `<script>` or
 * `<style>` as its content, which in "how often a <script> tag injected into forms runs" is the rest of the
 * abstract, so such a tag is read as the text it is.
 */
const HIDDEN = /<(script|style|template|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const HIDDEN_OPENING = /<(?=(?:script|style|template|noscript)\b)/gi;

interface Node {
  nodeName: string;
  value?: string;
  childNodes?: Node[];
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  return (node.childNodes ?? []).map(textOf).join('');
}

/** Text with its character references decoded, once, and every `<` kept as written (the parser reads no tag). */
function decodedText(text: string): string {
  const fragment = parseFragment(text.replace(/</g, '&lt;')) as unknown as Node;
  return (fragment.childNodes ?? []).map(textOf).join('');
}

export function hasRichText(text: string): boolean {
  return MARKUP.test(text);
}

export function plainFromRichText(text: string): string {
  if (!hasRichText(text)) {
    if (!ENTITY.test(text)) return text;
    // Escaped once more than it should be (`&lt;p&gt;…&lt;sub&gt;2&lt;/sub&gt;`, review 12): its markup is
    // read once the references are.
    const decoded = decodedText(text);
    return hasRichText(decoded) ? plainFromRichText(decoded) : decoded;
  }
  let out = '';
  // Inside a formula JATS sets in the line.
  let inline = false;
  const visit = (node: Node, isFirst: boolean, parent: string) => {
    const tag = node.nodeName.toLowerCase();
    const name = JATS_TWINS[tag] ?? tag;
    if (name === '#text') {
      out += node.value ?? '';
      return;
    }
    if (name.startsWith('#')) return;
    // A leading "Abstract" heading repeats the section the page already gives the text.
    if (name === 'jats:title' && isFirst && /^\s*abstract[.:]?\s*$/i.test(textOf(node))) return;
    if (name === 'sup' || name === 'sub') {
      out += scriptText(name, textOf(node).trim());
      return;
    }
    if (name === 'jats:alternatives') {
      // One formula given twice or more: its TeX where there is one (MathML read as text runs its symbols
      // together, "x2<y"), else the first.
      const forms = (node.childNodes ?? []).filter((c) => !c.nodeName.startsWith('#'));
      const chosen = forms.find((c) => c.nodeName.toLowerCase() === 'jats:tex-math') ?? forms[0];
      if (chosen) visit(chosen, false, name);
      return;
    }
    if (name === 'jats:tex-math') {
      out += texMath(textOf(node), inline);
      return;
    }
    if (name === 'jats:inline-formula') {
      inline = true;
      visitChildren(node, false, name);
      inline = false;
      return;
    }
    // A section's heading is its label, as a structured abstract written as text gives it ("Background: …"),
    // which the page sets apart (content/abstract-sections.ts).
    if (name === 'jats:title' && parent === 'jats:sec') {
      const heading = textOf(node).replace(/\s+/g, ' ').replace(/[\s.:]+$/, '').trim();
      if (heading !== '') out += ` ${heading}: `;
      return;
    }
    if (BLOCKS.has(name)) out += ' ';
    visitChildren(node, isFirst, name);
    if (BLOCKS.has(name)) out += ' ';
  };
  const visitChildren = (node: Node, isFirst: boolean, name: string) => {
    let first = isFirst;
    for (const child of node.childNodes ?? []) {
      visit(child, first, name);
      // Space between elements is no content: the heading after it is still the first thing in the text.
      if (!(child.nodeName === '#text' && (child.value ?? '').trim() === '')) first = false;
    }
  };
  const fragment = parseFragment(text.replace(HIDDEN, ' ').replace(HIDDEN_OPENING, '&lt;')) as unknown as Node;
  visitChildren(fragment, true, '');
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * A JATS formula's TeX as math the page draws: Springer wraps it in a document of its own (`\documentclass{minimal}
 * … \begin{document}$$\alpha$$\end{document}`), of which only the formula is kept, and sets it apart with `$$`
 * even inside an `inline-formula`, which stays in its sentence as `$…$`; TeX without delimiters gets them.
 */
function texMath(tex: string, inline: boolean): string {
  const body = (/\\begin\{document\}([\s\S]*?)\\end\{document\}/.exec(tex)?.[1] ?? tex).replace(/\s+/g, ' ').trim();
  if (body === '') return '';
  const display = /^\$\$([\s\S]*)\$\$$/.exec(body);
  if (display && inline) return `$${display[1]!.trim()}$`;
  if (/^(?:\$|\\\(|\\\[)/.test(body)) return body;
  return inline ? `$${body}$` : `$$${body}$$`;
}

/** An italic element of CSL's rich text, HTML and JATS, or of the BibTeX parser's output for `\emph{}`/`\textit{}`. */
const ITALIC = /<(i|em|jats:italic)(?:\s[^<>]*)?>([\s\S]*?)<\/\1\s*>/gi;

/**
 * The phrases a text sets in italics (`A Critical Guide to <i>Marbury v. Madison</i>`: "Marbury v. Madison"),
 * each read as text by `toText`, in order, once each; none for text without italic markup. A case name, a
 * ship's or a species' name keeps its italics on the page and in the Cite box (review 17 M5).
 */
export function italicPhrases(text: string, toText: (inner: string) => string = plainFromRichText): string[] | undefined {
  const phrases = new Set<string>();
  for (const m of text.matchAll(ITALIC)) {
    const phrase = toText(m[2]!).replace(/\s+/g, ' ').trim();
    if (phrase !== '') phrases.add(phrase);
  }
  return phrases.size > 0 ? [...phrases] : undefined;
}
