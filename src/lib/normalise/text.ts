/**
 * Cleaning of titles and abstracts into plain text, in two parts. `decodeTex` reads LaTeX (`10\%`, `\emph{x}`,
 * `{\"o}`, and where the source is TeX also ``` ``quoted'' ```, `--`, `~`): the readers call it, because only
 * they know whether a field is TeX (BibTeX, the arXiv listing) or typed text in which `--verbose` or `'x'`
 * mean what they say (JSON, Atom). `cleanText` is the same for every format: whitespace, control characters,
 * `url{url}` doubling, Markdown bold, super- and subscripts typed as text (`AB/sup 2/`, `R^3`, see
 * super-subscripts.ts), INSPEC's spelled-out symbols (`+or-`, `<or=`, see spelled-relations.ts) and trademark
 * marks typed as a word ("THUNDER TM", trademarks.ts). Math stays as `$...$` so it can be rendered; URLs are
 * kept verbatim; anything that looks like HTML is left as the literal text it is — the writer escapes it.
 */
import { findUrls, fixDuplicatedUrls } from './urls';
import { decodeCaretScripts, decodeSlashScripts } from './super-subscripts';
import { decodeSpelledRelations } from './spelled-relations';
import { trademarkMarks } from './trademarks';
import { siunitxText } from './siunitx';
import { FONT_SWITCHES, readProseMacros } from './prose-macros';

/** Placeholders for protected spans: Unicode noncharacters, removed from the input first so they cannot clash. */
const OPEN = '\uFDD4';
const CLOSE = '\uFDD5';
/** A protected span's placeholder, as `restore` reads it back. */
const PLACEHOLDER = new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g');
const NONCHARACTERS = /[\uFDD0-\uFDEF\uFFFE\uFFFF]/g;
/**
 * `\textbackslash` until the commands are all read: a backslash it made must not start a command of its own
 * (`\textbackslash{}n` is the two characters `\n`, not a macro `\n`).
 */
const LITERAL_BACKSLASH = '\uFDD6';
/** Controls other than tab/newline, lone surrogates and the BOM: never meaningful in a title or abstract. */
// eslint-disable-next-line no-control-regex
const JUNK = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/**
 * Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): in a title or a name they can only
 * reorder what is shown around them (`gnp.exe` displayed as `exe.png`); the site isolates right-to-left
 * text itself.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** `$...$`, `$$...$$`, `\(...\)`: kept verbatim (whitespace collapsed). */
const MATH = /\$\$[^$]+?\$\$|(?<!\\)\$(?=\S)(?:\\.|[^$\\])+?(?<![\s\\])\$|\\\((?:.|\n)+?\\\)/g;

const ACCENTS: Record<string, string> = {
  '"': '\u0308',
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  u: '\u0306',
  v: '\u030C',
  H: '\u030B',
  c: '\u0327',
  k: '\u0328',
  r: '\u030A',
  d: '\u0323',
  b: '\u0331',
};

const LETTERS: Record<string, string> = {
  ss: 'ß',
  o: 'ø',
  O: 'Ø',
  ae: 'æ',
  AE: 'Æ',
  oe: 'œ',
  OE: 'Œ',
  aa: 'å',
  AA: 'Å',
  l: 'ł',
  L: 'Ł',
  i: 'ı',
  j: 'ȷ',
};

const SYMBOLS: Record<string, string> = {
  ldots: '…',
  dots: '…',
  textellipsis: '…',
  textendash: '–',
  textemdash: '—',
  textquoteleft: '‘',
  textquoteright: '’',
  textquotedblleft: '“',
  textquotedblright: '”',
  textasciitilde: '~',
  textbackslash: LITERAL_BACKSLASH,
  textbar: '|',
  textless: '<',
  textgreater: '>',
  textregistered: '®',
  texttrademark: '™',
  textcopyright: '©',
  textdegree: '°',
  textbullet: '•',
  // textcomp's text symbols that abstracts use for units, money and fractions ("30{\\textpercent}").
  textpercent: '%',
  textperthousand: '‰',
  textmu: 'µ',
  textonehalf: '½',
  textonequarter: '¼',
  textthreequarters: '¾',
  texttimes: '×',
  textdiv: '÷',
  textpm: '±',
  textminus: '−',
  textsection: '§',
  textparagraph: '¶',
  textdagger: '†',
  textdaggerdbl: '‡',
  textperiodcentered: '·',
  textsterling: '£',
  texteuro: '€',
  textyen: '¥',
  textcent: '¢',
  textexclamdown: '¡',
  textquestiondown: '¿',
  textunderscore: '_',
  S: '§',
  P: '¶',
  LaTeX: 'LaTeX',
  TeX: 'TeX',
  ie: 'i.e.',
  eg: 'e.g.',
  etal: 'et al.',
};

/** Commands whose one argument is the text itself (formatting only). */
const WRAPPERS =
  'url|textbf|textit|textsl|textsc|texttt|textrm|textsf|textup|textmd|textnormal|emph|underline|uline|mbox|hbox|text|mathrm|ensuremath|mkbibemph|mkbibbold|enquote|mkbibquote|NoCaseChange|textsuperscript|textsubscript';
/** Commands dropped together with their argument: references that mean nothing outside the paper. */
const DROPPED = 'cite|citep|citet|citeauthor|ref|eqref|label|footnotemark|vspace|hspace|index';
/** One of them with its optional `[...]` arguments and the space before it ("see \\cite{x}." → "see."). */
export const DROPPED_COMMAND = new RegExp(`\\s*\\\\(?:${DROPPED})\\s*(?:\\[[^\\]]*\\])*\\{[^{}]*\\}`, 'g');
/** Font switches used inside a group: `{\bf x}`, `{\sc pddl}`. */
const SWITCHES = FONT_SWITCHES;
/**
 * The commands' patterns, built once (`String.replace` starts a global pattern at 0 and leaves it there): made
 * per call, they were three expressions built, one over every symbol's name, for every pass over every field of
 * every record (ingest at 10,000 papers: about 0.7 s of CPU).
 */
const SYMBOL_COMMAND = new RegExp(`\\\\(${Object.keys(SYMBOLS).join('|')})(?![A-Za-z])(?:\\{\\})?`, 'g');
const WRAPPER_COMMAND = new RegExp(`\\\\(?:${WRAPPERS})\\s*\\{([^{}]*)\\}`, 'g');
const SWITCH_GROUP = new RegExp(`\\{\\\\(?:${SWITCHES})(?![A-Za-z])\\s*([^{}]*)\\}`, 'g');

function protect(text: string, pattern: RegExp, kept: string[], map: (s: string) => string = (s) => s): string {
  return text.replace(pattern, (m) => `${OPEN}${kept.push(map(m)) - 1}${CLOSE}`);
}

function restore(text: string, kept: string[]): string {
  // Protected spans may hold other placeholders (a URL inside math is not a case, but be exact anyway).
  let out = text;
  for (let guard = 0; guard < 3 && out.includes(OPEN); guard++) {
    out = out.replace(PLACEHOLDER, (_m, n: string) => kept[Number(n)] ?? '');
  }
  return out;
}

function replaceUntilStable(text: string, pattern: RegExp, replacement: (...args: string[]) => string): string {
  let out = text;
  for (let guard = 0; guard < 20; guard++) {
    const next = out.replace(pattern, replacement as (substring: string, ...args: unknown[]) => string);
    if (next === out) return out;
    out = next;
  }
  return out;
}

/** Backslash commands: unambiguous in any format, since typed prose does not spell `\\emph{` or `\\'e`. */
function decodeCommands(text: string): string {
  let out = text;
  // \href{url}{label} and \url{url}: keep the URL visible as text.
  out = out.replace(/\\href\s*\{([^{}]*)\}\s*\{([^{}]*)\}/g, (_m, url: string, label: string) => (label.trim() === '' || label === url ? url : `${label} (${url})`));
  out = out.replace(/\\url\s*\{([^{}]*)\}/g, '$1');
  // Accents, in every spelling BibTeX-ish text uses: \"o, \"{o}, {\"o}, \"{\i}, \c c.
  out = out.replace(/\{\\([\"'`^~=.])\s*\{?\\?([A-Za-z])\}?\}/g, (_m, acc: string, ch: string) => applyAccent(acc, ch));
  out = out.replace(/\\([\"'`^~=.])\s*\{\\?([A-Za-z]?)\}|\\([\"'`^~=.])\\?([A-Za-z])/g, (m, a1?: string, c1?: string, a2?: string, c2?: string) =>
    applyAccent(a1 ?? a2 ?? '', c1 ?? c2 ?? '', m),
  );
  out = out.replace(/\{\\([uvHckrdb])\s*\{?\\?([A-Za-z])\}?\}|\\([uvHckrdb])\s*\{\\?([A-Za-z])\}|\\([uvHckrdb]) ([A-Za-z])/g, (m, a1?: string, c1?: string, a2?: string, c2?: string, a3?: string, c3?: string) =>
    applyAccent(a1 ?? a2 ?? a3 ?? '', c1 ?? c2 ?? c3 ?? '', m),
  );
  out = out.replace(/\{\\(ss|ae|AE|oe|OE|aa|AA|o|O|l|L|i|j)\}|\\(ss|ae|AE|oe|OE|aa|AA|o|O|l|L|i|j)(?![A-Za-z])(?:\{\}|\s(?=[a-z]))?/g, (_m, a?: string, b?: string) => LETTERS[(a ?? b)!] ?? _m);
  // A control word ends at `{}`, which is dropped; a space after it is the writer's word space and stays
  // (`Bib\TeX{} Injection` is two words).
  out = out.replace(SYMBOL_COMMAND, (_m, name: string) => SYMBOLS[name] ?? _m);
  out = replaceUntilStable(out, DROPPED_COMMAND, () => '');
  out = replaceUntilStable(out, WRAPPER_COMMAND, (_m, inner = '') => inner);
  out = replaceUntilStable(out, SWITCH_GROUP, (_m, inner = '') => inner);
  // Escaped specials, forced line breaks and spacing commands, in one left-to-right pass so `\\{` is a
  // line break followed by a brace, not a backslash followed by an escaped brace. A line break is a space:
  // an abstract here is one paragraph.
  out = out.replace(/\\\\(?:\[[^\]]*\])?|\\([%&_#${}])|\\[,;:! ]|\\(?:quad|qquad|newline|par|noindent|xspace)(?![A-Za-z])/g, (_m, special?: string) => special ?? ' ');
  return out;
}

/**
 * TeX's typing conventions, which only text written for TeX follows: elsewhere `--verbose`, `i--`, `<!--`,
 * `alert('x')` and `~/data` are what they say.
 */
function decodeTypography(text: string, braces: boolean, commentMarks: boolean): string {
  let out = text;
  // Case-protection braces around one word ({BERT}, {L}arge); braces around anything else are left alone.
  // Not `${x}` or `{{x}}`: template syntax in a title is text, not LaTeX.
  if (braces) out = out.replace(/(?<![$\\{])\{([\p{L}\p{N}][\p{L}\p{N}'’.-]*)\}(?!\})/gu, '$1');
  // TeX quotes and dashes.
  out = out.replace(/``((?:(?!``|'').)*)''/g, '“$1”');
  out = out.replace(/(^|[\s(\[])`([^`'\n]+)'(?=$|[\s.,;:!?)\]])/g, '$1‘$2’');
  out = out.replace(/(?<=[\p{L}\p{N}\s)])---(?=[\p{L}\p{N}\s(])/gu, '—');
  out = out.replace(/(?<=[\p{L}\p{N}\s)])--(?=[\p{L}\p{N}\s(])/gu, '–');
  // A tie (`Models~(LLMs)`, `Fig.~3`) is a space to TeX; URLs and math are protected before this runs.
  out = out.replace(/(?<=[\p{L}\p{N}.,;:)\]])~(?=[\p{L}\p{N}(\[])/gu, ' ');
  // An unescaped `%` standing alone between words is the start of a TeX comment that an export kept:
  // drop the marker, keep the words. After a number it is a percent sign ("10 %").
  if (commentMarks) out = out.replace(/(?<=[^\s\p{N}]\s)%(?=\s)/gu, '');
  return out;
}

/**
 * An accent over `\\i` or `\\j` is TeX's way to accent i or j (the dot gives way to the accent): decoders,
 * the BibTeX parser among them, turn `{\\'\\i}` into ı + U+0301, which NFC cannot compose. No language puts
 * these accents on a dotless i, so the pair is the accented i.
 */
function dotlessAccents(text: string): string {
  return text.replace(DOTLESS_I_ACCENTED, 'i').replace(DOTLESS_J_ACCENTED, 'j').normalize('NFC');
}
const DOTLESS_I_ACCENTED = /ı(?=\p{M})/gu;
const DOTLESS_J_ACCENTED = /ȷ(?=\p{M})/gu;

function applyAccent(accent: string, letter: string, original = ''): string {
  const mark = ACCENTS[accent];
  if (!mark) return original;
  if (letter === '') return original;
  const base = letter === 'i' && original.includes('\\i') ? 'i' : letter;
  return `${base}${mark}`.normalize('NFC');
}

/** `**bold**` → bold (abstracts are stored as plain text; the writer makes the Markdown). */
function stripMarkdownBold(text: string): string {
  return replaceUntilStable(text, /\*\*(?=\S)((?:(?!\*\*).)+?)(?<=\S)\*\*/g, (_m, inner = '') => inner);
}

export function collapseWhitespace(text: string): string {
  // Most text has nothing to collapse, and replacing each of its single spaces by a space built a new string:
  // it is called several times per field of every record (at 10,000 papers ingest and normalise took 0.25 s less CPU).
  if (!UNCOLLAPSED.test(text)) return text.trim();
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Whitespace `collapseWhitespace` would change: two spaces in a row, or any whitespace but a plain space (`\s`
 * less the space, written out: V8 scans the listed class about twice as fast as `[^\S ]`).
 */
const UNCOLLAPSED = /[\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/** LaTeX sources escape `_`, `%`, `&`, `#`, `~` even inside URLs. */
function unescapeUrl(url: string): string {
  return url.replace(/\\([_%&#~])/g, '$1');
}

/** Enough for any real text: one pass cleans it, the next confirms nothing is left to clean. */
const MAX_PASSES = 4;

function untilStable(input: string, once: (text: string) => string): string {
  let text = once(input);
  for (let pass = 1; pass < MAX_PASSES; pass++) {
    const next = once(text);
    if (next === text) break;
    text = next;
  }
  return text;
}

function prepare(input: string): string {
  // Line breaks mean nothing in a title or abstract; collapsing first lets patterns see across them.
  return fixDuplicatedUrls(collapseWhitespace(input.normalize('NFC').replace(NONCHARACTERS, '').replace(BIDI_CONTROLS, '').replace(JUNK, ' ')));
}

/** URLs (they may hold `_`, `%`, `--`, `~`) become placeholders, to come back verbatim. */
function protectUrls(input: string, kept: string[]): string {
  let text = protect(input, /\\url\s*\{(https?:\/\/[^{}\s]+)\}/g, kept, (m) => unescapeUrl(m.replace(/^\\url\s*\{|\}$/g, '')));
  const urls = findUrls(text);
  if (urls.length > 0) {
    let rebuilt = '';
    let at = 0;
    for (const { url, index } of urls) {
      rebuilt += text.slice(at, index) + `${OPEN}${kept.push(unescapeUrl(url)) - 1}${CLOSE}`;
      at = index + url.length;
    }
    text = rebuilt + text.slice(at);
  }
  return text;
}

export interface TexOptions {
  /** `--`, `---`, `~`, ``` ``quotes'' ```, `%` comments: true only where the text was written for TeX. */
  typography: boolean;
  /**
   * Drop case-protection braces (`{BERT}`). False where a TeX parser has already consumed the grouping, so
   * any brace left is a literal one (`\{x\}`).
   */
  braces?: boolean;
  /**
   * Drop a `%` standing alone between words, a TeX comment's marker an export kept (default: `typography`).
   * False where a reader has already taken TeX's comments out, so a `%` left is text (BibTeX's `rate \% of`).
   */
  commentMarks?: boolean;
}

/**
 * LaTeX in a field → text, URLs and `$...$` math kept verbatim. Backslash commands (`\%`, `\emph{x}`, `\"o`)
 * are read in any format; TeX typography only when `typography` says the source is TeX.
 */
export function decodeTex(input: string, options: TexOptions): string {
  const kept: string[] = [];
  let text = siunitxText(protectUrls(prepare(input), kept));
  text = protect(text, MATH, kept, (m) => collapseWhitespace(m));
  // Escaped braces are literal and must not look like case protection to the typography pass; `\\\\` first,
  // so `\\\\{` stays a line break followed by a brace. One protected pass, not repeated passes over the
  // output: a second pass would read the literal `{x}` as TeX again.
  text = text.replace(/\\\\|\\([{}])/g, (m, brace?: string) => (brace ? `${OPEN}${kept.push(brace) - 1}${CLOSE}` : m));
  text = untilStable(text, decodeCommands);
  if (options.typography) {
    // Only in text written for TeX: in typed text `C:\Users` or a regex's `\d` is what it says.
    text = readProseMacros(text);
    text = decodeTypography(text, options.braces ?? true, options.commentMarks ?? true);
  }
  return dotlessAccents(restore(collapseWhitespace(text), kept)).replaceAll(LITERAL_BACKSLASH, '\\');
}

/**
 * Plain text from a title, abstract or author name, whatever format it came from (the reader has already
 * interpreted its markup). Idempotent: cleaning cleaned text changes nothing (which keeps re-imports of
 * exported content stable), because one pass can uncover another construct (doubled URLs, nested bold) and
 * passes repeat until nothing changes.
 */
export function cleanText(input: string): string {
  return untilStable(input, cleanOnce);
}

function cleanOnce(input: string): string {
  const kept: string[] = [];
  let text = protectUrls(prepare(input), kept);
  // Before math is protected: a slash script that has no Unicode form becomes math of its own. Carets are TeX
  // inside math, so they are read only outside it.
  text = decodeSlashScripts(text);
  text = trademarkMarks(text);
  text = protect(text, MATH, kept, (m) => collapseWhitespace(m));
  text = decodeCaretScripts(text);
  text = decodeSpelledRelations(text);
  text = stripMarkdownBold(text);
  text = collapseWhitespace(text);
  return restore(text, kept).normalize('NFC');
}

export const cleanTitle = cleanText;
export const cleanAbstract = cleanText;
