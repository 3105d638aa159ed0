/**
 * BibTeX/BibLaTeX as Zotero, JabRef and Better BibTeX export it, read with @retorquere/bibtex-parser (the
 * parser behind Better BibTeX): it decodes LaTeX accents and commands to Unicode. Two things it does that a
 * plain-text abstract must not get are undone around it: it renders `$...$` math to Unicode look-alikes
 * (math is kept as `$...$` here so a page can render it), and it emits HTML-ish markup (`<i>`, `<a href>`),
 * which would be indistinguishable from HTML typed into the file. So before parsing, `<`, `>` and one-line
 * math spans are swapped for Unicode noncharacters, which the parser passes through and which are swapped
 * back afterwards; any tag left in its output is then its own markup and is dropped. A bare `%` inside a
 * value is swapped the same way, so the parser's LaTeX reading does not take it for a comment.
 */
import { italicPhrases } from './rich-text';
import { htmlItalics, htmlText } from './bibtex-html';
import { parse, type Creator, type Entry, type Library } from '@retorquere/bibtex-parser';
import type { RawRecord } from '../model/paper';
import type { IngestProblem, UsedRecord } from '../model/source';
import { decodeTex, DROPPED_COMMAND } from '../normalise/text';
import { siunitxText } from '../normalise/siunitx';
import { splitKeywords } from '../normalise/keywords';
import { venueInItsCase } from './shouted-venue';
import { entryTypeFromBibtex, isThesis, thesisKind } from '../cite/entry-type';
import { withoutOthers } from '../cite/authors';
import { compactBibliographic, monthOfDate, parseMonth, reportVenue } from '../cite/bibliographic';
import { isNameSuffix, personName, type NameParts } from '../cite/person-name';
import { missingAbstract } from './abstract-field';
import { compact, findArxivInText, italicsOf, normaliseArxiv, normaliseDoi, normalisePmid, notAnIdentifier, notAPmid, parseYear, lateYear } from './fields';
import type { ParsedRecords } from './listing';
import { excerpt, LineIndex } from './position';
import { scanValues } from './bibtex-values';
import { unclosedField } from './bibtex-unclosed';
import { missingComma } from './bibtex-missing-comma';
import { closedEarly } from './bibtex-closed-early';
import { duplicateFields } from './bibtex-duplicate-fields';
import { readDollars } from './bibtex-math';
import { inheritBooktitles } from './bibtex-crossref';
import { untitledTitle, untitledWarning, type IngestOptions } from './untitled';

const LT = '\uFDD0';
const GT = '\uFDD1';
const MATH_OPEN = '\uFDD2';
const MATH_CLOSE = '\uFDD3';
const PERCENT = '\uFDD4';
const MACRO_OPEN = '\uFDD5';
const MACRO_CLOSE = '\uFDD6';
const COMMENT_AT = '\uFDD7';
const KEYWORD_COMMA = '\uFDD8';
const KEYWORD_SEMICOLON = '\uFDD9';
const LONE_DOLLAR = '\uFDDA';
const UNDEFINED_MACRO = new RegExp(`${MACRO_OPEN}(\\d+)${MACRO_CLOSE}`, 'g');
const NONCHARACTERS = /[\uFDD0-\uFDEF\uFFFE\uFFFF]/g;

export function looksLikeBibtex(text: string): boolean {
  return /^\s*@[a-zA-Z]+\s*[{(]/m.test(text);
}

interface Shielded {
  text: string;
  math: string[];
  /** Names of `@string` macros the file uses without defining, by the number their values carry. */
  macros: string[];
  /** The macros the scan before parsing found used where nothing defines them, as first written. */
  undefinedMacros: string[];
  /** Where each directive starts, as the parser reads them: a `@` in a comment or inside `@comment{...}` is none. */
  directives: number[];
}

/**
 * Each one-line `$...$` as a numbered marker, its text into `math`; a dollar that opens nothing as a marker
 * too, which the parser takes for text (it gives up on the entry at a `$` it cannot close).
 */
function shieldMath(text: string, math: string[]): string {
  const { spans, lone } = readDollars(text);
  const swaps = [
    ...spans.filter((s) => s.inline).map(({ start, end }) => ({ start, end, to: `${MATH_OPEN}${math.push(text.slice(start, end)) - 1}${MATH_CLOSE}` })),
    ...lone.map((at) => ({ start: at, end: at + 1, to: LONE_DOLLAR })),
  ].sort((a, b) => a.start - b.start);
  let out = '';
  let from = 0;
  for (const { start, end, to } of swaps) {
    out += text.slice(from, start) + to;
    from = end;
  }
  return out + text.slice(from);
}

/** A `<tex-math>` element whose TeX holds no `$` (IEEE Xplore writes most with them, some without). */
const TEX_MATH_WITHOUT_DOLLARS = /(<tex-math\b[^<>]*>)((?:(?!<\/tex-math)[^$])*)(<\/tex-math\s*>)/gi;

function shield(text: string): Shielded {
  const math: string[] = [];
  const out = shieldMath(
    text
      .replace(NONCHARACTERS, '')
      // IEEE Xplore's formulas (`<tex-math>\mathcal{O}(n)</tex-math>`) without their dollars: given them, on one
      // line, so that the TeX is shielded from the parser as math (it decoded `\mathcal{O}` to "\mathcalO"); the
      // line breaks go after the tag, where lines are still counted and the value's spaces fold.
      .replace(TEX_MATH_WITHOUT_DOLLARS, (m: string, open: string, body: string, close: string) => body.trim() === '' ? m : `${open}$${body.replace(/\s+/g, ' ').trim()}$${close}${'\n'.repeat((body.match(/\n/g) ?? []).length)}`)
      // The parser prints a citation's key as text ("see bollobas"); a key means nothing on the page.
      .replace(DROPPED_COMMAND, (m) => m.replace(/[^\n]/g, '')) // newlines kept: lines are counted on this text
      // Before the parser, which reads `\SI{64}{px}` as an unknown command and drops its braces ("\SI64px").
      .replace(/^.*\\[A-Za-z].*$/gm, siunitxText)
      // The parser's table has U+02D9, the dot above (\.{}), for textcomp's centred dot (U+00B7: "HR 0·92").
      .replace(/\\textperiodcentered(?![A-Za-z])\s*(?:\{\})?/g, '·'),
    math,
  )
    .replace(/</g, LT)
    .replace(/>/g, GT);
  // Last, on the text as the parser will see it: a bare `%` in a value is text (as in BibTeX), not a comment;
  // and an `@` in a `%` comment line starts no entry, even where the parser starts again after an error.
  const { percents, undefinedMacros, commentAts, directives, keywordSeparators } = scanValues(out);
  const swaps = [
    ...percents.map((at) => [at, PERCENT] as const),
    ...commentAts.map((at) => [at, COMMENT_AT] as const),
    ...keywordSeparators.map((at) => [at, out[at] === ',' ? KEYWORD_COMMA : KEYWORD_SEMICOLON] as const),
  ].sort((a, b) => a[0] - b[0]);
  let marked = '';
  let from = 0;
  for (const [offset, swap] of swaps) {
    marked += out.slice(from, offset) + swap;
    from = offset + 1;
  }
  return { text: marked + out.slice(from), math, macros: [], undefinedMacros, directives };
}

/** Drops the parser's own markup and puts back what `shield` swapped out. */
function unshield(value: string, { math, macros }: Shielded): string {
  return value
    .replace(/<a href="([^"]*)">([^<]*)<\/a>/g, (_m, href: string, label: string) => (label === href || label === '' ? href : `${label} (${href})`))
    .replace(/<\/?(?:p|br|li|ul|h\d|blockquote)\b[^>]*>/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(new RegExp(`${MATH_OPEN}(\\d+)${MATH_CLOSE}`, 'g'), (_m, n: string) => math[Number(n)] ?? '')
    .replace(new RegExp(LT, 'g'), '<')
    .replace(new RegExp(GT, 'g'), '>')
    .replace(UNDEFINED_MACRO, (_m, n: string) => macros[Number(n)] ?? '')
    .replace(new RegExp(PERCENT, 'g'), '%')
    .replace(new RegExp(COMMENT_AT, 'g'), '@')
    .replace(new RegExp(KEYWORD_COMMA, 'g'), ',')
    .replace(new RegExp(KEYWORD_SEMICOLON, 'g'), ';')
    .replace(new RegExp(LONE_DOLLAR, 'g'), () => '$')
    .replace(NONCHARACTERS, '')
    .normalize('NFC');
}

/**
 * The parser's text still holds what it passes through (`\\TeX`, unknown macros, `` `quotes' ``); TeX's
 * conventions apply to it, but its braces are literal ones now (`\\{x\\}` → `{x}`), not case protection.
 */
function texText(value: string, shielded: Shielded): string {
  return decodeTex(htmlText(unshield(value, shielded)), { typography: true, braces: false, commentMarks: false });
}

/**
 * A name as shown, and its parts when they cannot be read back from it ("Smith, Jr., John" is shown as "John
 * Smith Jr."; "García Márquez, Gabriel" as "Gabriel García Márquez"). The parser gives a braced name
 * (`{The RLHF Consortium}`) whole, as `name`, instead of split in two.
 */
/** "CHI '19", "ICSE '12", "KDD 2020": a conference's acronym and year, as the ACM Digital Library writes `series`. */
const CONFERENCE_SERIES = /^\p{Lu}[\p{L}&-]*\p{Lu}[\p{L}&-]*\s*(?:['’]\d{2}|\d{4})$/u;

/**
 * The venue with the conference's acronym after it where only `series` writes it ("Proceedings of the 2019 CHI
 * Conference on Human Factors in Computing Systems (CHI '19)", as ACM's own references read): readers search by
 * the acronym ("ICSE", "UIST" found nothing, review 14 N3). A book series ("Lecture Notes in Computer Science")
 * is left out.
 */
function withSeries(venue: string | undefined, series: string | undefined): string | undefined {
  const acronym = series?.trim();
  if (venue === undefined || acronym === undefined || !CONFERENCE_SERIES.test(acronym)) return venue;
  return venue.includes(acronym) ? venue : `${venue} (${acronym})`;
}

function creatorName(c: Creator, shielded: Shielded): { name: string; parts?: NameParts; literal: boolean } | undefined {
  const text = (part: string | undefined) => (part === undefined ? undefined : texText(part, shielded));
  if (c.name) {
    const name = text(c.name)!.trim();
    return name === '' ? undefined : { name, literal: true };
  }
  let given = text(c.firstName);
  let family = text(c.lastName);
  let suffix = text(c.suffix);
  // "Martin Luther King Jr.": BibTeX's own rule makes the last word the family name, "Jr."; a name written
  // "First Last Jr." means King, Jr. ("King, Jr., Martin Luther" is how BibTeX wants it written).
  const givenWords = given?.trim().split(/\s+/) ?? [];
  if (suffix === undefined && family !== undefined && isNameSuffix(family) && givenWords.length >= 2 && c.prefix === undefined) {
    suffix = family.trim();
    family = givenWords.pop();
    given = givenWords.join(' ');
  }
  const person = personName({ given, particle: text(c.prefix), family, suffix });
  return person && { ...person, literal: false };
}

const OPTIONS = {
  english: false,
  sentenceCase: false,
  caseProtection: false,
  // Macros the parser does not know (an author's own \method) stay visible as written rather than vanish.
  unsupported: (_node: unknown, tex: string) => tex,
  // Read as text, as a note is (its TeX decoded), not verbatim as the parser reads a keyword list.
  fieldMode: { keywords: 'richtext' },
} as const;

function parseLibrary(text: string, directives: number[], strings: Record<string, string> = {}): Library {
  try {
    return parse(text, { ...OPTIONS, strings });
  } catch {
    // The parser throws on a few malformed constructs (e.g. a broken \newcommand); read entry by entry then,
    // so one bad entry costs only itself.
    const merged: Library = { errors: [], entries: [], comments: [], strings: {}, preamble: [], jabref: { root: [], groups: {} } } as unknown as Library;
    // At the directives the parser itself reads, so an entry inside `@comment{...}` stays in its comment.
    const starts = [...directives];
    if (starts[0] !== 0) starts.unshift(0);
    starts.forEach((start, k) => {
      const chunk = text.slice(start, starts[k + 1] ?? text.length);
      try {
        const lib = parse(chunk, { ...OPTIONS, strings: { ...strings, ...merged.strings } });
        for (const entry of lib.entries) merged.entries.push(entry);
        for (const error of lib.errors) merged.errors.push(error);
        Object.assign(merged.strings, lib.strings);
      } catch (e) {
        merged.errors.push({ error: e instanceof Error ? e.message : String(e), input: chunk });
      }
    });
    return merged;
  }
}

/** A `@string` definition, its name captured: `@string{name = `, `@STRING(name=`. */
const STRING_DEFINITION = /@\s*string\s*[{(]\s*([^\s={}(),]+)\s*=\s*/gi;
const UNRESOLVED = /^Unresolved @string reference (".*")$/;

/**
 * The file's entries, with each `@string` macro it uses without defining (common where a file relies on a
 * separate abbreviation file such as IEEEabrv) standing for a marker that names it. The parser would read
 * such a macro as its name, but report it once for the whole file, with no place in it, as if something
 * had been lost; so every one the scan found is defined as its marker before parsing, which
 * `undefinedMacros` finds per entry and field and `unshield` turns back into the name. (A marker only
 * stands where the parser has no value of its own: the file's `@string`s come first.) Should the parser
 * still report one the scan missed, the file is read again with that one added, as a safety net.
 */
function withUndefinedMacros(shielded: Shielded): Library {
  const strings: Record<string, string> = {};
  const mark = (name: string) => {
    strings[name.toUpperCase()] ??= `${MACRO_OPEN}${shielded.macros.push(name) - 1}${MACRO_CLOSE}`;
  };
  for (const name of shielded.undefinedMacros) mark(name);
  const library = parseLibrary(shielded.text, shielded.directives, strings);
  const missed = library.errors.flatMap((err) => {
    const quoted = UNRESOLVED.exec(err.error)?.[1];
    return quoted === undefined ? [] : [JSON.parse(quoted) as string];
  });
  if (missed.length === 0) return library;
  for (const name of missed) mark(name);
  return parseLibrary(shielded.text, shielded.directives, strings);
}

/** Each field of an entry whose value holds a macro the file does not define, with the macro's name. */
function undefinedMacros(entry: Entry, shielded: Shielded): Array<{ field: string; name: string }> {
  if (shielded.macros.length === 0) return [];
  const found: Array<{ field: string; name: string }> = [];
  for (const [field, value] of Object.entries(entry.fields)) {
    const names = new Set([...JSON.stringify(value).matchAll(UNDEFINED_MACRO)].map((m) => shielded.macros[Number(m[1])]!));
    for (const name of names) found.push({ field, name });
  }
  return found;
}

function field(entry: Entry, name: string, shielded: Shielded): string | undefined {
  const value = entry.fields[name];
  if (typeof value !== 'string') return undefined;
  const text = texText(value, shielded).trim();
  return text === '' ? undefined : text;
}

/**
 * The authors' keywords: Scopus's `author_keywords` where given (its `keywords` are the indexer's terms), else
 * `keywords` (ACM, Zotero, JabRef), each value whole as written (see `keywordSeparators`), then split.
 */
function authorKeywords(entry: Entry, shielded: Shielded): string[] | undefined {
  const authors = field(entry, 'author_keywords', shielded);
  if (authors !== undefined) return splitKeywords(authors);
  const value: unknown = entry.fields.keywords;
  const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
  const keywords = values.flatMap((v) => splitKeywords(texText(v, shielded)));
  return keywords.length > 0 ? keywords : undefined;
}

/** The phrases a field sets in italics, read as its text is. */
function rawItalics(entry: Entry, name: string, shielded: Shielded): string[] | undefined {
  const value: unknown = entry.fields[name];
  if (typeof value !== 'string') return undefined;
  const tex = italicPhrases(value, (inner) => texText(inner, shielded));
  // An export's HTML italics (`<italic>in situ</italic>`), which the parser saw as text.
  const html = htmlItalics(unshield(value, shielded), (inner) => decodeTex(inner, { typography: true, braces: false, commentMarks: false }));
  return html === undefined ? tex : [...new Set([...(tex ?? []), ...html])];
}

/** A field the parser reads as a list (`publisher`, `location`: "A and B"), as the one text it was. */
function listField(entry: Entry, name: string, shielded: Shielded): string | undefined {
  const value: unknown = entry.fields[name];
  if (!Array.isArray(value)) return field(entry, name, shielded);
  const text = value
    .filter((v): v is string => typeof v === 'string')
    .map((v) => texText(v, shielded).trim())
    .filter((v) => v !== '')
    .join(' and ');
  return text === '' ? undefined : text;
}

/** Mendeley writes every address it has into `url`, one after another with a space: the first is the paper's. */
function firstUrl(value: string | undefined): string | undefined {
  const pieces = value?.split(/\s+/);
  return pieces && pieces.length > 1 && pieces.every((p) => /^https?:\/\//i.test(p)) ? pieces[0] : value;
}

/** biblatex's `subtitle` after the title, as its styles print it: "Sparse coding revisited: A dictionary…". */
function withSubtitle(title: string | undefined, subtitle: string | undefined): string | undefined {
  if (title === undefined || subtitle === undefined) return title;
  return /[.:?!]$/.test(title) ? `${title} ${subtitle}` : `${title}: ${subtitle}`;
}

/**
 * A `@misc`'s `howpublished`: where it appeared ("EMNLP", "arXiv preprint arXiv:2101.00001", the field this site's
 * own Cite box writes such a venue in), or a web address (`\url{…}`), which is its link and no venue.
 */
function howPublished(value: string | undefined): { venue?: string; url?: string } {
  if (value === undefined) return {};
  return /^https?:\/\/\S+$/i.test(value) ? { url: value } : { venue: value };
}

/**
 * The entries each key is the `crossref` of, by key in lower case (BibTeX matches keys in any case). Such a
 * parent (a `@proceedings`, a `@book`) usually has no abstract: it holds what its children share.
 */
function crossrefChildren(library: Library): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const entry of library.entries) {
    const parent = entry.fields.crossref;
    if (typeof parent !== 'string' || parent.trim() === '') continue;
    const key = parent.trim().toLowerCase();
    children.set(key, [...(children.get(key) ?? []), `@${entry.type}{${entry.key}}`]);
  }
  return children;
}

function usedAsCrossref(label: string, children: string[]): string {
  const named = children.slice(0, 3).join(', ');
  const more = children.length > 3 ? ` and ${children.length - 3} more` : '';
  return `${label} has no abstract: it is the crossref of ${named}${more}, which take${children.length === 1 ? 's' : ''} fields from it; no page of its own`;
}

export function parseBibtex(file: string, text: string, options: IngestOptions = {}): ParsedRecords {
  const records: RawRecord[] = [];
  const problems: IngestProblem[] = [];
  const used: UsedRecord[] = [];
  const shielded = shield(text);
  const lines = new LineIndex(shielded.text);
  const library = withUndefinedMacros(shielded);
  inheritBooktitles(library);
  const children = crossrefChildren(library);

  let errorCursor = 0;
  for (const err of library.errors) {
    let offset = err.input ? shielded.text.indexOf(err.input, errorCursor) : -1;
    if (offset === -1 && err.input) offset = shielded.text.indexOf(err.input);
    if (offset !== -1) errorCursor = offset + 1;
    const message = unshield(err.error, shielded).replace(/ at line \d+, column \d+/, '');
    const inEntry = err.input ? /^\s*@\s*([a-zA-Z]+)\s*[{(]\s*([^,\s]*)/.exec(err.input) : null;
    // A known entry type without its brace (`@article lost2020,`) is a record lost; `@todo check these` in a
    // comment line is none.
    const typed = err.input ? /^\s*@\s*([a-zA-Z]+)/.exec(err.input)?.[1] : undefined;
    const entryType = typed !== undefined && (inEntry || entryTypeFromBibtex(typed) !== undefined) ? typed : undefined;
    const entryLine = lines.lineAt(offset === -1 ? errorCursor : offset);
    // A brace left open is the commonest slip: name its field and line rather than the token the parser met.
    const unclosed = inEntry && err.input && offset !== -1 ? unclosedField(err.input) : undefined;
    const comma = inEntry && err.input && offset !== -1 && !unclosed ? missingComma(err.input) : undefined;
    const early = inEntry && err.input && offset !== -1 && !unclosed && !comma ? closedEarly(err.input) : undefined;
    const label = inEntry ? `@${inEntry[1]}{${inEntry[2]}` : '';
    // The parser's entry runs to the end of the file when nothing after it starts another: a file cut off.
    const cutOff = unclosed?.last && shielded.text.slice(offset + err.input!.length).trim() === '';
    problems.push({
      file,
      line: entryLine,
      severity: 'error',
      // A parse error inside an entry loses that entry, its brace missing too (`@article lost2020,`); one outside
      // (stray text, @comment) loses nothing.
      ...(entryType !== undefined && !/^(comment|string|preamble)$/i.test(entryType) ? { dropped: true } : {}),
      reason: unclosed?.entryOpen
        ? `malformed BibTeX in ${label}: the entry is not closed: no } after its last field, "${unclosed.field}" (line ${lines.lineAt(offset + unclosed.offset)}), before ${cutOff ? 'the end of the file' : 'the next entry'}; expected the entry's closing }`
        : cutOff
        ? `malformed BibTeX in ${label}: the file ends inside field "${unclosed!.field}" (line ${lines.lineAt(offset + unclosed!.offset)}), whose { is never closed: it looks cut off; expected the rest of the entry, a matching } and the entry's closing }`
        : unclosed
          ? `malformed BibTeX in ${label}: the { that opens field "${unclosed.field}" (line ${lines.lineAt(offset + unclosed.offset)}) is not closed before ${unclosed.last ? 'the entry ends' : 'the next field'}; expected a matching }`
          : comma
            ? `malformed BibTeX in ${label}: no comma after field "${comma.field}" (line ${lines.lineAt(offset + comma.offset)}) before field "${comma.next}" (line ${lines.lineAt(offset + comma.nextOffset)}); expected a , between them`
            : early
              ? `malformed BibTeX in ${label}: field "${early.field}" (line ${lines.lineAt(offset + early.offset)}) ends at a } on line ${lines.lineAt(offset + early.closeOffset)}, and the text after it, ${excerpt(unshield(early.after, shielded))}, is in no field; expected a , or the entry's closing ${/^\s*@\s*[a-zA-Z]+\s*\(/.test(err.input!) ? ')' : '}'} there (a } too many in the value, or a { missing)`
              : entryType !== undefined && !inEntry
                ? `malformed BibTeX: @${entryType} is followed by ${excerpt(err.input!.replace(/^\s*@\s*[a-zA-Z]+\s*/, '').split('\n')[0]!.trim())}, not by { or (; expected @${entryType}{key, …}`
                : `malformed BibTeX${inEntry ? ` in ${label}` : ''}: ${message}`,
    });
  }

  /**
   * What the file says of a macro it uses with no value: defined only after the use (BibTeX reads a `@string` from
   * its definition on), defined empty, written where BibTeX does not read it (inside `@comment`), or not at all.
   */
  // Each name's first definition, found once for the file: an IEEEabrv-style file asks for one per entry.
  let definitions: Map<string, RegExpExecArray> | undefined;
  const definedAfter = (name: string, usedAt: number): string => {
    if (definitions === undefined) {
      definitions = new Map();
      for (const m of shielded.text.matchAll(STRING_DEFINITION)) if (!definitions.has(m[1]!.toLowerCase())) definitions.set(m[1]!.toLowerCase(), m);
    }
    const definition = definitions.get(name.toLowerCase());
    if (definition === undefined) return 'is not defined in this file';
    const line = lines.lineAt(definition.index);
    if (definition.index > usedAt) return `is defined only after this entry, on line ${line} (BibTeX reads a @string from its definition on: move it above the entries that use it)`;
    if (/^(?:\{\s*\}|""|'')/.test(shielded.text.slice(definition.index + definition[0].length))) return `is defined with no text (line ${line})`;
    return `has a definition on line ${line} that BibTeX does not read (inside @comment, or in a broken entry)`;
  };

  let cursor = 0;
  for (const entry of library.entries) {
    if (!entry.input) continue; // an entry the parser gave up on; its error is reported above
    let offset = shielded.text.indexOf(entry.input, cursor);
    if (offset === -1) offset = shielded.text.indexOf(entry.input);
    if (offset !== -1) cursor = offset + entry.input.length;
    const line = lines.lineAt(offset === -1 ? cursor : offset);
    const written = withSubtitle(field(entry, 'title', shielded), field(entry, 'subtitle', shielded));
    const abstract = field(entry, 'abstract', shielded);
    const label = `@${entry.type}{${entry.key}}`;
    if (offset !== -1) {
      for (const twice of duplicateFields(entry.input)) {
        const at = twice.offsets.map((o) => lines.lineAt(offset + o));
        problems.push({ file, line: at[1]!, severity: 'warning', reason: `${label}: field "${twice.field}" is given ${twice.offsets.length === 2 ? 'twice' : `${twice.offsets.length} times`} (lines ${at.join(', ').replace(/, (\d+)$/, ' and $1')}); ${twice.field === 'keywords' ? 'the keywords of each are read' : `the first is read, ${twice.offsets.length === 2 ? 'the other' : 'the others'} left out`}` });
      }
    }
    const childrenOf = abstract ? undefined : children.get(entry.key.toLowerCase());
    if (childrenOf) {
      used.push({ file, line, reason: usedAsCrossref(label, childrenOf) });
      continue;
    }
    const madeTitle = written ? undefined : untitledTitle(options.untitled, abstract);
    const title = madeTitle ?? written;
    if (!title) {
      problems.push({ file, line, severity: 'error', dropped: true, reason: `${label} has no title; expected a title = {...} field (to keep entries that have none, titled by a sentence of their abstract, run with --untitled from-abstract)` });
      continue;
    }
    if (madeTitle !== undefined) problems.push({ file, line, severity: 'warning', reason: `${label}: ${untitledWarning(madeTitle)}` });
    if (!abstract) {
      problems.push(missingAbstract(file, line, `${label} ${excerpt(title)}`));
      continue;
    }
    const creators = (entry.fields.author ?? []).flatMap((c) => creatorName(c, shielded) ?? []);
    const { names: authors, etAl } = withoutOthers(creators.map((c) => c.name));
    const literalAuthors = creators.flatMap((c) => (c.literal ? [c.name] : []));
    const nameParts = creators.flatMap((c) => c.parts ?? []);
    const eprintType = (field(entry, 'archiveprefix', shielded) ?? field(entry, 'eprinttype', shielded) ?? '').toLowerCase();
    const eprint = field(entry, 'eprint', shielded);
    // The parser gives a month macro (`mar`) or name as its number; a season or a range it leaves as text.
    const monthText = field(entry, 'month', shielded);
    const month = parseMonth(monthText);
    const typeField = field(entry, 'type', shielded);
    // biblatex's `@thesis{…, type = {mathesis}}` is a master's thesis; its key is no text to print.
    const kind = isThesis(entryTypeFromBibtex(entry.type)) ? thesisKind(typeField) : undefined;
    const entryType = kind ?? entryTypeFromBibtex(entry.type);
    // A thesis's university: BibTeX's `school`, biblatex's `institution`. It is the thesis's venue.
    const school = isThesis(entryType) ? (field(entry, 'school', shielded) ?? listField(entry, 'institution', shielded)) : undefined;
    const series = field(entry, 'series', shielded);
    const bibliographic = compactBibliographic({
      volume: field(entry, 'volume', shielded),
      number: field(entry, 'number', shielded) ?? field(entry, 'issue', shielded),
      pages: field(entry, 'pages', shielded),
      month: month ?? monthOfDate(field(entry, 'date', shielded)),
      publisher: listField(entry, 'publisher', shielded),
      editors: (entry.fields.editor ?? []).flatMap((c) => creatorName(c, shielded)?.name ?? []),
      // ACM's, biblatex's, Scopus's and Web of Science's names for it.
      articleNumber: field(entry, 'articleno', shielded) ?? field(entry, 'eid', shielded) ?? field(entry, 'art_number', shielded) ?? field(entry, 'article-number', shielded),
      pageCount: field(entry, 'numpages', shielded) ?? field(entry, 'pagetotal', shielded),
      institution: school === undefined ? listField(entry, 'institution', shielded) : undefined,
      // A report's, thesis's or chapter's kind; Web of Science writes its document type into every entry
      // (`Type = {Article}`, `{Proceedings Paper}`), which is no part of an article's citation.
      reportType: kind === undefined && thesisKind(typeField) === undefined && entryType !== 'article' && entryType !== 'inproceedings' ? typeField : undefined,
      eprintClass: eprintType === 'arxiv' ? (field(entry, 'primaryclass', shielded) ?? field(entry, 'eprintclass', shielded)) : undefined,
      // A book's series ("Bibliothèque des sciences humaines"); a conference's acronym in `series` goes into the venue instead.
      series: series !== undefined && !CONFERENCE_SERIES.test(series.trim()) ? series : undefined,
      address: field(entry, 'address', shielded) ?? listField(entry, 'location', shielded),
      translators: (entry.fields.translator ?? []).flatMap((c) => creatorName(c, shielded)?.name ?? []),
      edition: field(entry, 'edition', shielded),
      isbn: field(entry, 'isbn', shielded),
    });
    const published = howPublished(field(entry, 'howpublished', shielded));
    const journal = field(entry, 'journal', shielded);
    // Web of Science's journal names are in capitals, its ISO abbreviation (`Journal-ISO`) in the journal's own case.
    const cased = journal === undefined ? undefined : venueInItsCase(journal, field(entry, 'journal-iso', shielded));
    const container = withSeries(cased ?? field(entry, 'journaltitle', shielded) ?? field(entry, 'booktitle', shielded), series) ?? school;
    // A report is shown under its institution, type and number before anything `howpublished` says.
    const venue = container ?? (entryType === 'techreport' && bibliographic ? reportVenue(bibliographic) : undefined) ?? published.venue;
    const doi = field(entry, 'doi', shielded);
    const url = firstUrl(field(entry, 'url', shielded)) ?? published.url;
    const pmid = field(entry, 'pmid', shielded);
    const badIds = [notAnIdentifier(`${label}: doi`, doi, 'DOI'), eprintType === 'arxiv' ? notAnIdentifier(`${label}: eprint`, eprint, 'arXiv id') : undefined, notAPmid(`${label}: pmid`, pmid)];
    for (const reason of badIds) if (reason) problems.push({ file, line, severity: 'warning', reason });
    const yearText = field(entry, 'year', shielded);
    const dateText = field(entry, 'date', shielded);
    const readYear = parseYear(yearText) ?? parseYear(dateText);
    // A year later than next year is a typo (2109 for 2019): left out with a word, as one that cannot be read.
    const late = lateYear(readYear, options.currentYear, `${label}: ${parseYear(yearText) !== undefined ? `year = {${yearText}}` : `date = {${dateText}}`}`);
    if (late) problems.push({ file, line, severity: 'warning', reason: late });
    const year = late ? undefined : readYear;
    const macros = undefinedMacros(entry, shielded);
    // As in JSON: a year that cannot be read is left out with a word, not silently ("20201", "n.d."); one made
    // of an undefined @string has its own warning below.
    if (readYear === undefined && (yearText || dateText) && !macros.some((m) => m.field === 'year' || m.field === 'date')) {
      const written = yearText ? `year = {${yearText}}` : `date = {${dateText}}`;
      problems.push({ file, line, severity: 'warning', reason: `${label}: ${written} is not a year; expected a four-digit year such as 2021 or a date such as 2021-05-04 (the paper is kept without a year)` });
    }
    if (monthText !== undefined && month === undefined) {
      problems.push({
        file,
        line,
        severity: 'warning',
        reason: `${label}: month ${JSON.stringify(monthText)} is not a month; expected a month macro such as mar, 1 to 12, or a month's name such as March (the paper is kept without a month)`,
      });
    }
    for (const macro of macros) {
      problems.push({
        file,
        line,
        severity: 'warning',
        reason: `${label}: ${macro.field}: @string ${macro.name} ${definedAfter(macro.name, offset)}; kept as the text ${macro.name}`,
      });
    }
    records.push(
      compact({
        title,
        madeTitle: madeTitle !== undefined || undefined,
        abstract,
        id: entry.key || undefined,
        citationKey: entry.key || undefined,
        authors,
        literalAuthors: literalAuthors.length > 0 ? literalAuthors : undefined,
        nameParts: nameParts.length > 0 ? nameParts : undefined,
        etAl: etAl || undefined,
        collaboration: field(entry, 'collaboration', shielded),
        year,
        url,
        doi: normaliseDoi(doi),
        arxiv:
          (eprintType === 'arxiv' || (!eprintType && eprint && normaliseArxiv(eprint)) ? normaliseArxiv(eprint) : undefined) ??
          findArxivInText(venue) ??
          normaliseArxiv(doi?.match(/^10\.48550\/arxiv\.(.+)$/i)?.[1]) ??
          (url && /arxiv\.org\//i.test(url) ? normaliseArxiv(url) : undefined),
        pmid: normalisePmid(pmid),
        venue,
        bibliographic,
        entryType,
        note: field(entry, 'note', shielded),
        language: field(entry, 'langid', shielded) ?? field(entry, 'language', shielded),
        // The parser writes `\emph{}`, `\textit{}`, `{\em }` and `{\it }` as `<i>`, which texText drops.
        italics: italicsOf(rawItalics(entry, 'title', shielded), rawItalics(entry, 'abstract', shielded)),
        keywords: authorKeywords(entry, shielded),
        source: { file, line },
      }),
    );
  }
  return used.length > 0 ? { records, problems, used } : { records, problems };
}
