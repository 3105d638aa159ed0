/**
 * What a BibTeX file's directives hold, found the way the parser's first pass (@retorquere/bibtex-parser's
 * verbatim reader) reads them, so that the text can be prepared before the parser sees it.
 *
 * Its second pass reads each value as LaTeX, where `%` starts a comment: `title = {Dropout of 50% in graph
 * networks}` came out as "Dropout of 50", with no error. BibTeX itself copies a `%` in a value as text, and
 * publisher exports (ACM, IEEE, JabRef) are full of bare ones. Between entries and between the fields of an
 * entry, `%` still starts a comment line, for BibTeX and for the parser alike.
 *
 * A macro the file uses without defining (`journal = IEEE_J_PAMI`, from a separate IEEEabrv file) the parser
 * reports once for the whole file, with no place; knowing such names before parsing lets each be given a
 * value that names it, so the file is parsed once.
 */

/** A character of a name as the parser's `key()` reads one (macro names, field names, directive names). */
const NAME_CHAR = /[+'a-zA-Z0-9&;_:\\./\-\p{L}]/u;
/** The same, plus what it allows in an entry's key. */
const KEY_CHAR = /[+'a-zA-Z0-9&;_:\\./\-[\]*"\p{L}]/u;
/** Only these are whitespace to the parser (an NBSP between fields is a syntax error to it). */
const BLANK = /[ \t\r\n]/;

/**
 * The macros the parser defines itself (its `default_strings`), upper-cased as it looks names up: the month
 * names, which the `month` field relies on, and a few journals, which it expands ("cacm").
 */
export const PARSER_STRINGS: ReadonlySet<string> = new Set([
  ...['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'],
  ...['JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER'],
  ...['ACMCS', 'ACTA', 'CACM', 'IBMJRD', 'IBMSJ', 'IEEESE', 'IEEETC', 'IEEETCAD', 'IPL', 'JACM', 'JCSS', 'SCP', 'SICOMP'],
  ...['TOCS', 'TODS', 'TOG', 'TOMS', 'TOOIS', 'TOPLAS', 'TCS'],
]);

export interface ValueScan {
  /** Offsets of every bare `%` (not `\%`) inside a field value of an entry, an `@string` or an `@preamble`. */
  percents: number[];
  /**
   * Each macro used as a value (`journal = IEEE_J_PAMI`, `ieeeT # " on Graphs"`) at a place where the parser
   * has no value for it (no earlier `@string` gave it a non-empty one, and it is none of `PARSER_STRINGS`),
   * once per name as the parser compares them (case-insensitively), spelt as first used there.
   */
  undefinedMacros: string[];
  /**
   * Offsets of every `@` in a `%` comment line (`%@article{...}`, an entry commented out). The parser never
   * reads one while it follows the grammar, but after a syntax error it starts again at the next `@`
   * character wherever that stands, so a commented-out entry after a broken one was read as an entry.
   */
  commentAts: number[];
  /** Where each directive the parser reads (`@article{`, `@comment{`, `@string{`) starts, in file order. */
  directives: number[];
  /**
   * Offsets of every `,` and `;` inside a `keywords` value. The parser splits that field on both and sorts the
   * pieces; hidden from it, the value reaches the reader whole, in the authors' order, to be split by one rule.
   */
  keywordSeparators: number[];
}

/** Where the parser would throw and start again at the next `@` after the directive's own. */
const GIVE_UP = Symbol('give up');

/**
 * The walk mirrors the parser's grammar step by step, so it gives up where the parser does. A directive it
 * gives up on contributes no `%` (its entry is lost; the parser starts again at the next `@` after the one it
 * gave up on), but the macros it used before that point count, as the parser has looked them up by then.
 */
export function scanValues(text: string): ValueScan {
  const percents: number[] = [];
  const keywordSeparators: number[] = [];
  const commentAts: number[] = [];
  const directives: number[] = [];
  const undefinedMacros = new Map<string, string>();
  /** Upper-cased names an `@string` read so far has given a non-empty value (an empty one counts as none). */
  const defined = new Set<string>();
  /** The current directive's `keywords` separators, kept only if the parser reads the directive. */
  let separatorMarks: number[] = [];
  const n = text.length;
  let i = 0;

  const skipLine = () => {
    while (i < n && text[i] !== '\n') i++;
  };
  /** The rest of a `%` comment line, its `@`s noted. */
  const skipComment = () => {
    for (; i < n && text[i] !== '\n'; i++) if (text[i] === '@') commentAts.push(i);
  };
  /** Whether only blanks stand before offset `at` on its line. */
  const startsLine = (at: number): boolean => {
    let k = at - 1;
    while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
    return k < 0 || text[k] === '\n' || text[k] === '\r';
  };
  /** Whitespace and `%` comment lines, as the parser skips them between tokens. */
  const skipBlank = () => {
    while (i < n) {
      if (text[i] === '%') skipComment();
      else if (BLANK.test(text[i]!)) i++;
      else return;
    }
  };
  const at = (c: string): boolean => {
    skipBlank();
    return text[i] === c;
  };
  const expect = (c: string) => {
    if (!at(c)) throw GIVE_UP;
    i++;
  };
  /** A name as `key()` reads it, possibly empty; running into the end of the file is an error to it. */
  const name = (chars: RegExp): string => {
    const start = i;
    for (;;) {
      if (i >= n) throw GIVE_UP;
      if (!chars.test(text[i]!)) return text.slice(start, i);
      i++;
    }
  };
  const use = (macro: string) => {
    if (/^\d+$/.test(macro)) return; // a bare number is its own value
    const key = macro.toUpperCase();
    if (!defined.has(key) && !PARSER_STRINGS.has(key) && !undefinedMacros.has(key)) undefinedMacros.set(key, macro);
  };
  /** A `{...}` or `"..."` literal starting at `i`, its `%`s into `marks` (and `,`/`;` into `separators`); whether it holds anything. */
  const literal = (marks: number[], separators?: number[]): boolean => {
    const quoted = text[i] === '"';
    const start = ++i;
    let depth = 0;
    let math = false;
    for (; i < n; i++) {
      const c = text[i];
      if (c === '\\') i++;
      else if (c === '%') marks.push(i);
      else if (separators && (c === ',' || c === ';')) separators.push(i);
      else if (c === '{') depth++;
      else if (c === '$' && !quoted) math = !math;
      else if (c === '}') {
        if (!quoted && depth === 0) {
          if (math) throw GIVE_UP; // "Unclosed math section"
          return i++ > start;
        }
        depth--;
      } else if (c === '"' && quoted && depth <= 0) return i++ > start;
    }
    throw GIVE_UP;
  };
  /** Literals and macros joined by `#`; whether the text they make is non-empty (a macro always gives some). */
  const value = (marks: number[], separators?: number[]): boolean => {
    let nonEmpty = false;
    for (;;) {
      skipBlank();
      if (text[i] === '{' || text[i] === '"') nonEmpty = literal(marks, separators) || nonEmpty;
      else {
        use(name(NAME_CHAR));
        nonEmpty = true;
      }
      if (!at('#')) return nonEmpty;
      i++;
    }
  };
  /** `name = value`; an `@string` defines its name once the value is read. */
  const field = (marks: number[], given: string, isString: boolean) => {
    skipBlank();
    const key = given || name(NAME_CHAR);
    if (!key) return;
    expect('=');
    const nonEmpty = value(marks, !isString && key.toLowerCase() === 'keywords' ? separatorMarks : undefined);
    if (!isString) return;
    if (nonEmpty) defined.add(key.toUpperCase());
    else defined.delete(key.toUpperCase());
  };
  const open = (): string => {
    skipBlank();
    const c = text[i];
    if (c !== '{' && c !== '(') throw GIVE_UP;
    i++;
    return c === '{' ? '}' : ')';
  };
  const entry = (close: string, marks: number[]) => {
    if (at(close)) return;
    const key = at(',') ? '' : name(KEY_CHAR);
    if (at('=')) field(marks, key, false);
    if (at(',')) i++;
    if (at(close)) return;
    field(marks, '', false);
    while (at(',')) {
      i++;
      if (at(close)) return;
      field(marks, '', false);
    }
  };
  /** The directive whose `@` is at `i`. */
  const directive = (marks: number[]) => {
    i++;
    skipBlank();
    const kind = name(NAME_CHAR).toLowerCase();
    if (kind === 'comment') {
      while (text[i] === ' ' || text[i] === '\t') i++;
      if (text[i] === '{') literal([]);
      else skipLine();
    } else if (kind === 'preamble') value(marks);
    else {
      const close = open();
      if (kind === 'string') field(marks, '', true);
      else entry(close, marks);
      expect(close);
    }
  };

  while (i < n) {
    skipBlank();
    while (i < n && text[i] !== '@') {
      if (text[i] === '%') skipComment();
      else i++;
    }
    if (i >= n) break;
    const start = i;
    directives.push(start);
    const marks: number[] = [];
    separatorMarks = [];
    try {
      directive(marks);
      for (const m of marks) percents.push(m);
      for (const m of separatorMarks) keywordSeparators.push(m);
    } catch (e) {
      if (e !== GIVE_UP) throw e;
      // The parser starts again at the next `@`, and the caller hides from it those of the comment lines
      // skipped here: a line that starts with `%`. A `%` further on in a line may be text of the entry given
      // up on (`title = {Cut by 50%}, note = a@b.org} @article{b, ...`), which hides nothing.
      i = start + 1;
      while (i < n && text[i] !== '@') {
        if (text[i] === '%' && startsLine(i)) skipComment();
        else i++;
      }
    }
  }
  return { percents, undefinedMacros: [...undefinedMacros.values()], commentAts, directives, keywordSeparators };
}
