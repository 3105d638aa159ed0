/**
 * A comma left out between two BibTeX fields, in the writer's terms. The parser reports it as the token it
 * met instead ("Token mismatch, expected "}", found "year = {2002},\n  abs"..."), at the entry's line: true,
 * but it names neither the field nor the line to fix (review 44 finding 2). A field whose value is whole
 * (its braces and quotes closed) and is followed by the next field's `name =` line with no comma between is
 * the one.
 */

const FIELD_START = /^[ \t]*([A-Za-z][\w:-]*)[ \t]*=[ \t]*/gm;

export interface MissingComma {
  /** The field the comma should follow, in lower case. */
  field: string;
  /** The field after it, in lower case. */
  next: string;
  /** Offsets in the entry's text where the two fields start. */
  offset: number;
  nextOffset: number;
}

/** Whether `value` is one whole BibTeX value: `{...}`, `"..."`, a macro or a number, joined by `#`. */
function wholeValue(value: string): boolean {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}') {
      if (--depth < 0) return false;
    } else if (c === '"' && depth === 0) quoted = !quoted;
  }
  return depth === 0 && !quoted && value.trim() !== '';
}

export function missingComma(entry: string): MissingComma | undefined {
  const starts = [...entry.matchAll(FIELD_START)];
  for (let k = 0; k + 1 < starts.length; k++) {
    const start = starts[k]!;
    const next = starts[k + 1]!;
    const value = entry.slice(start.index + start[0].length, next.index).trimEnd();
    if (value.endsWith(',') || !wholeValue(value)) continue;
    const indent = (m: RegExpMatchArray) => m[0].length - m[0].trimStart().length;
    return {
      field: start[1]!.toLowerCase(),
      next: next[1]!.toLowerCase(),
      offset: start.index + indent(start),
      nextOffset: next.index + indent(next),
    };
  }
  return undefined;
}
