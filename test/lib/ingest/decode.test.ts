import { describe, expect, it } from 'vitest';
import { decodeBytes, firstInvalidUtf8 } from '../../../src/lib/ingest/decode';
import { utf8 } from './fixture';

describe('decodeBytes', () => {
  it('reads plain UTF-8 unchanged', () => {
    const r = decodeBytes('a.txt', utf8('Größe ∑ 数学\n'));
    expect(r).toEqual({ text: 'Größe ∑ 数学\n', encoding: 'utf-8', problems: [] });
  });

  it('strips a UTF-8 BOM and normalises CRLF and lone CR line ends', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a\r\nb\rc\n')]);
    expect(decodeBytes('a.txt', bytes).text).toBe('a\nb\nc\n');
  });

  it('decodes UTF-16 with a BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0xe9, 0x00]);
    expect(decodeBytes('a.txt', le).text).toBe('Hé');
  });

  it('reads Latin-1 / Windows-1252 bytes with a warning naming file and line', () => {
    // "line one\nCaf\xe9 \x93quoted\x94"
    const bytes = new Uint8Array([...utf8('line one\nCaf'), 0xe9, 0x20, 0x93, ...utf8('quoted'), 0x94]);
    const r = decodeBytes('old.bib', bytes);
    expect(r.text).toBe('line one\nCafé “quoted”');
    expect(r.encoding).toBe('windows-1252');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ file: 'old.bib', line: 2, severity: 'warning' });
    expect(r.problems[0]!.reason).toMatch(/not valid UTF-8.*Windows-1252/);
  });

  it('refuses binary data with a located error', () => {
    const r = decodeBytes('image.json', new Uint8Array([0x7b, 0x0a, 0x89, 0x50, 0x00, 0x01]));
    expect(r.text).toBeUndefined();
    expect(r.problems[0]).toMatchObject({ file: 'image.json', line: 2, severity: 'error' });
    expect(r.problems[0]!.reason).toMatch(/binary/);
  });

  it('refuses text full of control characters', () => {
    const r = decodeBytes('x.txt', utf8('ok\nbad \u0002 here'));
    expect(r.text).toBeUndefined();
    expect(r.problems[0]).toMatchObject({ line: 2, severity: 'error' });
  });
});

describe('firstInvalidUtf8', () => {
  it('accepts valid sequences of every length', () => {
    expect(firstInvalidUtf8(utf8('a é € 𝄞'))).toBe(-1);
  });
  it('finds overlongs, encoded surrogates and truncated sequences', () => {
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc0, 0xaf]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0x62, 0xe2, 0x82]))).toBe(2);
    expect(firstInvalidUtf8(new Uint8Array([0xe0, 0x80, 0x80]))).toBe(0);
  });
});
