/**
 * A small JSON syntax checker and array splitter. `JSON.parse` does not always say where it failed
 * ("Unexpected token ']'" has no position), and a truncated export should still yield the complete
 * records before the cut, so this walks the text itself: iteratively, so deep nesting cannot overflow.
 */

export interface JsonSyntaxError {
  offset: number;
  /** What the parser expected at `offset`, for the message. */
  expected: string;
}

/** What the text checked is, for "before the end of the file": a JSON document, or one line of JSON Lines. */
export type JsonUnit = 'file' | 'line';

const WS = new Set([' ', '\t', '\n', '\r']);

function skipWs(text: string, i: number): number {
  while (i < text.length && WS.has(text[i]!)) i++;
  return i;
}

/** Returns the end offset of the string starting at `i` (which holds `"`), or an error. */
function scanString(text: string, i: number, unit: JsonUnit): number | JsonSyntaxError {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c < 0x20) return { offset: j, expected: 'a closing quote (raw control characters and line breaks are not allowed inside a string)' };
    if (c === 0x5c) {
      const e = text[j + 1];
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return { offset: j, expected: 'four hex digits after \\u' };
        j += 5;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) j += 1;
      else return { offset: j, expected: 'a valid escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)' };
    }
  }
  return { offset: text.length, expected: `a closing quote before the end of the ${unit}` };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function scanScalar(text: string, i: number, unit: JsonUnit): number | JsonSyntaxError {
  const c = text[i];
  if (c === '"') return scanString(text, i, unit);
  for (const word of ['true', 'false', 'null']) if (text.startsWith(word, i)) return i + word.length;
  NUMBER.lastIndex = i;
  if (NUMBER.test(text)) return NUMBER.lastIndex;
  return { offset: i, expected: i >= text.length ? `a value before the end of the ${unit}` : 'a value (string, number, object, array, true, false or null)' };
}

type Frame = { kind: '{' | '['; expect: 'first' | 'key' | 'value' | 'next' };

/**
 * Checks that `text` is exactly one JSON value. `onTopElement` gets the span of each element of a top-level
 * array as soon as that element is complete, so a truncated array still yields its complete elements.
 * `unit` names what `text` is in the messages: a JSON Lines record ends with its line, not the file.
 * With `onMissingComma`, an object that starts right after an element of the top-level array (`} {`, a
 * hand-edited list's commonest slip) is read as if the comma were there, its offset passed on: every record
 * after it used to be lost (review 44 finding 4).
 */
export function checkJson(
  text: string,
  onTopElement?: (start: number, end: number) => void,
  unit: JsonUnit = 'file',
  onMissingComma?: (offset: number) => void,
): JsonSyntaxError | undefined {
  const stack: Frame[] = [];
  let i = 0;
  let done = false;
  let elementStart = 0;

  // Called whenever a value (scalar or closed container) ends at `end`.
  const valueEnded = (end: number): void => {
    i = end;
    const top = stack[stack.length - 1];
    if (!top) {
      done = true;
      return;
    }
    top.expect = 'next';
    if (stack.length === 1 && top.kind === '[') onTopElement?.(elementStart, end);
  };

  for (;;) {
    i = skipWs(text, i);
    const c = text[i];
    if (done) return c === undefined ? undefined : { offset: i, expected: `the end of the ${unit} after the JSON value` };
    const top = stack[stack.length - 1];
    if (top && top.kind === '{' && (top.expect === 'first' || top.expect === 'key')) {
      if (c === '}' && top.expect === 'first') {
        stack.pop();
        valueEnded(i + 1);
        continue;
      }
      if (c !== '"') {
        return { offset: i, expected: c === undefined ? `a property name before the end of the ${unit}` : 'a property name in double quotes' };
      }
      const end = scanString(text, i, unit);
      if (typeof end !== 'number') return end;
      i = skipWs(text, end);
      if (text[i] !== ':') return { offset: i, expected: "':' after the property name" };
      i += 1;
      top.expect = 'value';
      continue;
    }
    if (top && top.expect === 'next') {
      const close = top.kind === '{' ? '}' : ']';
      if (c === ',') {
        top.expect = top.kind === '{' ? 'key' : 'value';
        i += 1;
        continue;
      }
      if (c === close) {
        stack.pop();
        valueEnded(i + 1);
        continue;
      }
      if (onMissingComma && c === '{' && stack.length === 1 && top.kind === '[') {
        onMissingComma(i);
        top.expect = 'value';
        continue;
      }
      return { offset: i, expected: `',' or '${close}' ${top.kind === '{' ? 'after a property value' : 'after an array element'}${c === undefined ? ` before the end of the ${unit}` : ''}` };
    }
    if (top && top.kind === '[' && top.expect === 'first' && c === ']') {
      stack.pop();
      valueEnded(i + 1);
      continue;
    }
    // A value is due: at the top, after '[' or ',' in an array, or after ':' in an object.
    if (stack.length === 1 && top?.kind === '[') elementStart = i;
    if (c === '{' || c === '[') {
      stack.push({ kind: c, expect: 'first' });
      i += 1;
      continue;
    }
    if (c === undefined && !top) return { offset: i, expected: 'a JSON value (the file is empty)' };
    const end = scanScalar(text, i, unit);
    if (typeof end !== 'number') return end;
    valueEnded(end);
  }
}
