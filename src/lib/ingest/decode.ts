/**
 * Bytes → text. Exports from old reference managers arrive as UTF-8 with a BOM, as UTF-16, or as Latin-1 /
 * Windows-1252; a file that is none of these (NUL bytes, control characters) is binary and not read at all.
 */
import type { IngestProblem } from '../model/source';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  /** Undefined when the file cannot be read as text (a problem with severity `error` says why). */
  text: string | undefined;
  encoding: TextEncoding | undefined;
  problems: IngestProblem[];
}

/** Offset of the first byte that breaks UTF-8 (overlongs, surrogates and truncated sequences included), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** C0 controls other than tab, newline, carriage return and form feed, which no text export contains. */
// eslint-disable-next-line no-control-regex
const BINARY_CONTROL = /[\u0000-\u0008\u000B\u000E-\u001A\u001C-\u001F]/;

export function decodeBytes(file: string, bytes: Uint8Array): DecodedText {
  const problems: IngestProblem[] = [];
  let encoding: TextEncoding;
  let body = bytes;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, body] = ['utf-16le', bytes.subarray(2)];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, body] = ['utf-16be', bytes.subarray(2)];
  else {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
    const nul = body.indexOf(0);
    if (nul !== -1) {
      return {
        text: undefined,
        encoding: undefined,
        problems: [
          {
            file,
            line: lineOfByte(body, nul),
            severity: 'error',
            reason: `binary file (NUL byte at offset ${nul}): expected a text file (UTF-8, UTF-16 or Windows-1252); the file was not read`,
          },
        ],
      };
    }
    const invalid = firstInvalidUtf8(body);
    if (invalid === -1) encoding = 'utf-8';
    else {
      encoding = 'windows-1252';
      problems.push({
        file,
        line: lineOfByte(body, invalid),
        severity: 'warning',
        reason: `not valid UTF-8 (byte 0x${body[invalid]!.toString(16).padStart(2, '0')} at offset ${invalid}); read as Windows-1252/Latin-1 — re-export the file as UTF-8 if accents look wrong`,
      });
    }
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: encoding !== 'windows-1252' }).decode(body);
  } catch {
    return {
      text: undefined,
      encoding: undefined,
      problems: [{ file, line: 1, severity: 'error', reason: `cannot decode the file as ${encoding}; the file was not read` }],
    };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  const control = BINARY_CONTROL.exec(text);
  if (control) {
    const line = text.slice(0, control.index).split('\n').length;
    return {
      text: undefined,
      encoding: undefined,
      problems: [
        {
          file,
          line,
          severity: 'error',
          reason: `binary or corrupt file (control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}): expected text; the file was not read`,
        },
      ],
    };
  }
  return { text, encoding, problems };
}
