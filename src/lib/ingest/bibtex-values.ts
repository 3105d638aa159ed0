/**
 * Where a BibTeX file's field values are, found the way the parser's first pass
 * (@retorquere/bibtex-parser's verbatim reader) finds them, so that text can be prepared for its second pass.
 *
 * That second pass reads each value as LaTeX, where `%` starts a comment: `title = {Dropout of 50% in
 * graph networks}` came out as "Dropout of 50", with no error. BibTeX itself copies a `%` in a value as
 * text, and publisher exports (ACM, IEEE, JabRef) are full of bare ones. Between entries and between the
 * fields of an entry, `%` still starts a comment line, for BibTeX and for the parser alike.
 */

/** A character of a key as the parser reads one (`key()` in its verbatim reader), plus what it allows in entry keys. */
const KEY_CHAR = /[+'a-zA-Z0-9&;_:\\./\-[\]*"\p{L}]/u;
const DIRECTIVE = /@\s*((?:[+'a-zA-Z0-9&;_:\\./-]|\p{L})*)/uy;
const BLANK = /\s/;

/**
 * Offsets of every bare `%` (not `\%`) inside a field value of an entry, an `@string` or an `@preamble`. A
 * directive the parser would give up on (a value still open at the end of the file, an entry cut off by the
 * next `@`) contributes nothing, as the parser then starts again at the next `@` after the one it gave up on.
 */
export function percentsInValues(text: string): number[] {
  const found: number[] = [];
  const n = text.length;
  let i = 0;

  const skipLine = () => {
    while (i < n && text[i] !== '\n') i++;
  };
  /** Whitespace and `%` comment lines, as the parser skips them between tokens. */
  const skipBlank = () => {
    while (i < n) {
      if (text[i] === '%') skipLine();
      else if (BLANK.test(text[i]!)) i++;
      else return;
    }
  };
  /** A `{...}` or `"..."` value starting at `i`, its `%`s into `marks`; false when the file ends inside it. */
  const value = (marks: number[]): boolean => {
    const quoted = text[i] === '"';
    let depth = 0;
    for (i++; i < n; i++) {
      const c = text[i];
      if (c === '\\') i++;
      else if (c === '%') marks.push(i);
      else if (c === '{') depth++;
      else if (c === '}') {
        if (!quoted && depth === 0) {
          i++;
          return true;
        }
        depth--;
      } else if (c === '"' && quoted && depth <= 0) {
        i++;
        return true;
      }
    }
    return false;
  };
  /** The directive whose `@` is at `i`; false where the parser would give up on it. */
  const directive = (marks: number[]): boolean => {
    DIRECTIVE.lastIndex = i;
    const name = DIRECTIVE.exec(text)![1]!.toLowerCase();
    i = DIRECTIVE.lastIndex;
    if (name === 'comment') {
      while (text[i] === ' ' || text[i] === '\t') i++;
      if (text[i] === '{') return value([]);
      skipLine();
      return true;
    }
    skipBlank();
    if (name === 'preamble') return text[i] === '{' || text[i] === '"' ? value(marks) : true;
    const open = text[i];
    if (open !== '{' && open !== '(') return false;
    const close = open === '{' ? '}' : ')';
    i++;
    skipBlank();
    // The entry's key, which may hold a `"`.
    while (i < n && KEY_CHAR.test(text[i]!)) i++;
    for (;;) {
      skipBlank();
      if (i >= n || text[i] === '@') return false;
      const c = text[i];
      if (c === close) {
        i++;
        return true;
      }
      if (c === '{' || c === '"') {
        if (!value(marks)) return false;
      } else i++;
    }
  };

  while (i < n) {
    if (text[i] === '%') skipLine();
    else if (text[i] !== '@') i++;
    else {
      const start = i;
      const marks: number[] = [];
      if (directive(marks)) for (const m of marks) found.push(m);
      else i = start + 1;
    }
  }
  return found;
}
