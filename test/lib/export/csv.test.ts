import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { writeCsv } from '../../../src/lib/export/csv';
import { collect } from '../../../src/lib/export/text-pieces';

const schema = z.object({ id: z.string(), text: z.string().optional(), n: z.number().optional(), ok: z.boolean() });
const csv = (rows: z.input<typeof schema>[]) => collect((emit) => writeCsv(schema, rows, emit));
const back = (text: string) => parse(text, { columns: false, relax_column_count: false }) as string[][];

describe('writeCsv', () => {
  it('writes a header row of the schema keys and one CRLF-ended record per row (RFC 4180)', () => {
    expect(csv([{ id: 'a', text: 'plain', n: 2, ok: true }, { id: 'b', ok: false }])).toBe('id,text,n,ok\r\na,plain,2,true\r\nb,,,false\r\n');
    expect(csv([])).toBe('id,text,n,ok\r\n');
  });

  it('quotes fields with a comma, a quote or a line break, doubling quotes, and parses back to the same text', () => {
    const text = 'Say "hi", then\nleave\r\n; ünïcödé — 中文';
    const out = csv([{ id: 'a', text, ok: true }]);
    expect(out).toContain('"Say ""hi"", then\nleave\r\n; ünïcödé — 中文"');
    expect(back(out)).toEqual([['id', 'text', 'n', 'ok'], ['a', text, '', 'true']]);
  });

  it("puts an apostrophe before text a spreadsheet would run as a formula, and leaves numbers alone", () => {
    const formulas = ['=HYPERLINK("http://evil","x")', '+1+2', '-2+3', '@SUM(A1)', '\tx', '\rx', '＝1'];
    const out = csv([...formulas.map((text, i) => ({ id: `f${i}`, text, ok: true })), { id: 'neg', n: -1.5, ok: false }, { id: 'mid', text: 'a=b, c-d', ok: true }]);
    const rows = back(out).slice(1);
    expect(rows.slice(0, formulas.length).map((r) => r[1])).toEqual(formulas.map((f) => `'${f}`));
    expect(rows[formulas.length]).toEqual(['neg', '', '-1.5', 'false']);
    expect(rows[formulas.length + 1]![1]).toBe('a=b, c-d');
  });

  it('refuses a row that does not fit the schema rather than shifting columns', () => {
    expect(() => csv([{ id: 'a', ok: 'yes' as unknown as boolean }])).toThrow();
  });

  it('writes a large table in pieces, none holding the whole file', () => {
    const pieces: string[] = [];
    writeCsv(schema, Array.from({ length: 2500 }, (_, i) => ({ id: `p${i}`, n: i, ok: i % 2 === 0 })), (p) => pieces.push(p));
    expect(pieces.length).toBeGreaterThanOrEqual(4);
    const rows = back(pieces.join(''));
    expect(rows).toHaveLength(2501);
    expect(rows[2500]).toEqual(['p2499', '', '2499', 'false']);
  });
});
