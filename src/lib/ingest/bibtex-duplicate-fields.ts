/**
 * A field an entry gives twice (`title = {…}` on two lines, common in merged or hand-edited files). The parser
 * keeps one without a word; the writer should hear which was read. Only the entry's own fields count: a line of
 * an abstract that reads `x = 5` is inside a value.
 */

const FIELD_NAME = /[A-Za-z][\w:-]*(?=\s*=)/y;

export interface DuplicateField {
  /** The field, in lower case. */
  field: string;
  /** Offsets in the entry's text where each of its fields of that name starts. */
  offsets: number[];
}

export function duplicateFields(entry: string): DuplicateField[] {
  const open = entry.search(/[{(]/);
  if (open === -1) return [];
  const seen = new Map<string, number[]>();
  let depth = 0;
  let quoted = false;
  // After the entry's opening, the key, then a field after each comma at the entry's own level.
  let fieldDue = false;
  for (let i = open; i < entry.length; i++) {
    const c = entry[i]!;
    // A % line between fields is a comment (inside a value it is text, as BibTeX reads it).
    if (c === '%' && depth === 1 && !quoted) {
      const end = entry.indexOf('\n', i);
      i = end === -1 ? entry.length : end;
      continue;
    }
    if (fieldDue && !/\s/.test(c)) {
      fieldDue = false;
      FIELD_NAME.lastIndex = i;
      const name = FIELD_NAME.exec(entry)?.[0];
      if (name !== undefined) {
        const key = name.toLowerCase();
        seen.set(key, [...(seen.get(key) ?? []), i]);
      }
    }
    if (c === '\\') i++;
    else if (c === '"' && depth === 1) quoted = !quoted;
    else if (quoted) continue;
    else if (c === '{' || (c === '(' && depth === 0)) depth++;
    else if (c === '}' || (c === ')' && depth === 1)) {
      // The entry's end: what the parser hands on after it (a commented-out entry) is no field of it.
      if (--depth === 0) break;
    }
    else if (c === ',' && depth === 1) fieldDue = true;
  }
  return [...seen].filter(([, offsets]) => offsets.length > 1).map(([field, offsets]) => ({ field, offsets }));
}
