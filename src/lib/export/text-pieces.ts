/**
 * The open-data files are hundreds of MB at 10,000 papers. Made as one string each, they cost more to
 * write than to make (a huge string is copied and encoded in one go, in a heap already holding the
 * graph); made as pieces handed to a sink, the file side writes them a MB at a time. Same bytes either way.
 */

/** Takes the next piece of a file's text. */
export type Emit = (text: string) => void;

/** A file's whole text from a writer of pieces (tests, the dev server). */
export function collect(write: (emit: Emit) => void): string {
  const pieces: string[] = [];
  write((text) => pieces.push(text));
  return pieces.join('');
}

/**
 * `JSON.stringify(value)`, emitted in pieces: objects and arrays down to `depth` levels are opened here,
 * everything below is one piece per value. Plain JSON data only (no `toJSON`, no cycles).
 */
export function emitJson(value: unknown, emit: Emit, depth: number): void {
  if (depth <= 0 || value === null || typeof value !== 'object') {
    emit(JSON.stringify(value) ?? 'null');
    return;
  }
  if (Array.isArray(value)) {
    emit('[');
    value.forEach((item, i) => {
      if (i > 0) emit(',');
      // As JSON.stringify does: an array slot that JSON has no value for is null.
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') emit('null');
      else emitJson(item, emit, depth - 1);
    });
    emit(']');
    return;
  }
  emit('{');
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    // As JSON.stringify does: a property that JSON has no value for is left out.
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    emit(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    emitJson(item, emit, depth - 1);
  }
  emit('}');
}
