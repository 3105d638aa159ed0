/**
 * Where a broken BibTeX entry went wrong, in the writer's terms. The parser reports a brace left open as a
 * token it did not expect somewhere later ("Token mismatch, expected "}", found "@article{…"), or as an
 * "Unterminated brace-value": true, but it names neither the field nor the line to fix. A field whose value
 * opens more braces than it closes before the next field starts (a line `name = …`) is the one.
 */

const FIELD_START = /^[ \t]*([A-Za-z][\w-]*)[ \t]*=[ \t]*/gm;

export interface UnclosedField {
  field: string;
  /** Offset in the entry's text where the field starts. */
  offset: number;
  /** Whether it is the entry's last field: no field follows it. */
  last: boolean;
  /**
   * The last field's value is closed, on the line of its text, and the entry is not: its own } is what is missing
   * (`abstract = {… scale}` followed by the next entry). A } alone on the line after the text is the entry's, and
   * the value's is the one missing.
   */
  entryOpen?: true;
}

export function unclosedField(entry: string): UnclosedField | undefined {
  const starts = [...entry.matchAll(FIELD_START)];
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k]!;
    const valueFrom = start.index + start[0].length;
    if (entry[valueFrom] !== '{') continue;
    const valueTo = starts[k + 1]?.index ?? entry.length;
    let depth = 0;
    for (let i = valueFrom; i < valueTo; i++) {
      const c = entry[i];
      if (c === '\\') i++;
      else if (c === '{') depth++;
      else if (c === '}') depth--;
    }
    // At the next field's line (or the entry's end, less the entry's own closing brace) the value is still open.
    const open = starts[k + 1] ? depth : depth + 1;
    if (open <= 0) continue;
    const found: UnclosedField = { field: start[1]!.toLowerCase(), offset: start.index + (start[0].length - start[0].trimStart().length), last: !starts[k + 1] };
    if (found.last && depth === 0) {
      const close = entry.lastIndexOf('}', valueTo - 1);
      const lineStart = entry.lastIndexOf('\n', close) + 1;
      if (close > valueFrom && entry.slice(lineStart, close).trim() !== '') found.entryOpen = true;
    }
    return found;
  }
  return undefined;
}
