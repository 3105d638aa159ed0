import { describe, expect, it } from 'vitest';
import { parseDocumentsJsonl } from '../../../src/lib/concepts/documents-jsonl';

describe('parseDocumentsJsonl', () => {
  it('reads {id, title?, abstract} lines and skips blank ones', () => {
    const text = '{"id":"a","title":"T","abstract":"x"}\n\n{"id":7,"abstract":"y"}\r\n';
    expect(parseDocumentsJsonl(text, 'in.jsonl')).toEqual([
      { id: 'a', title: 'T', abstract: 'x' },
      { id: '7', title: '', abstract: 'y' },
    ]);
  });

  it.each([
    ['{"id":"a","abstract":"x"}\nnot json', 2, 'expected a JSON object'],
    ['{"id":"a"}', 1, '"abstract" to be a string'],
    ['{"abstract":"x"}', 1, '"id" to be a non-empty string'],
    ['[1,2]', 1, 'expected a JSON object'],
    ['{"id":"a","abstract":"x","title":3}', 1, '"title" to be a string'],
    ['{"id":"a","abstract":"x"}\n{"id":"a","abstract":"y"}', 2, 'duplicate id "a"'],
  ])('names the file and line of a bad record: %s', (text, line, what) => {
    expect(() => parseDocumentsJsonl(text, 'in.jsonl')).toThrow(`in.jsonl:${line}: `);
    expect(() => parseDocumentsJsonl(text, 'in.jsonl')).toThrow(what);
  });

  it('keeps hostile ids as plain data', () => {
    const [doc] = parseDocumentsJsonl('{"id":"__proto__","abstract":"<script>x</script>"}', 'f');
    expect(doc).toEqual({ id: '__proto__', title: '', abstract: '<script>x</script>' });
  });
});
