/**
 * A braced BibTeX value closed before its text ends: a `}` too many inside it (`abstract = {Groundwater
 * recharge} under irrigated fields …}`), or a `{` missing. The parser reports the token it met after it
 * ("Token mismatch, expected "}", found "under irrigated fiel"..."), at the entry's line, which names neither
 * the field nor the brace to fix. A value whose braces close, followed by text that is neither a `,`, the
 * entry's end, a `#` nor the next field's `name =` (a comma left out: bibtex-missing-comma.ts), is the one.
 */

const FIELD_START = /^[ \t]*([A-Za-z][\w:-]*)[ \t]*=[ \t]*\{/gm;
const NEXT_FIELD = /^\s*[A-Za-z][\w:-]*\s*=/;

export interface ClosedEarly {
  /** The field, in lower case. */
  field: string;
  /** Offsets in the entry's text: where the field starts, and its value's last `}`. */
  offset: number;
  closeOffset: number;
  /** The text after that `}`, up to the end of its line. */
  after: string;
}

export function closedEarly(entry: string): ClosedEarly | undefined {
  for (const start of entry.matchAll(FIELD_START)) {
    let depth = 0;
    let close = -1;
    for (let i = start.index + start[0].length - 1; i < entry.length; i++) {
      const c = entry[i];
      if (c === '\\') i++;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) {
        close = i;
        break;
      }
    }
    if (close === -1) return undefined;
    const rest = entry.slice(close + 1);
    const next = rest.trimStart()[0];
    if (next === undefined || next === ',' || next === '}' || next === ')' || next === '#' || NEXT_FIELD.test(rest)) continue;
    const indent = start[0].length - start[0].trimStart().length;
    return { field: start[1]!.toLowerCase(), offset: start.index + indent, closeOffset: close, after: rest.trimStart().split('\n')[0]!.trim() };
  }
  return undefined;
}
