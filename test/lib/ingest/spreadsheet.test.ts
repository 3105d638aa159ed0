/**
 * Excel workbooks (.xlsx) read as tables. The fixtures are written by test/fixtures/ingest/make-spreadsheets.ts
 * (`npx tsx test/fixtures/ingest/make-spreadsheets.ts`), part by part as Excel writes them, a few kB each.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestInput, type IngestResult } from '../../../src/lib/ingest/index';
import { cellText } from '../../../src/lib/ingest/spreadsheet';
import { parseTable } from '../../../src/lib/ingest/table';
import { normaliseRecords } from '../../../src/lib/normalise/index';
import { INGEST_FIXTURES, utf8 } from './fixture';

const ingestWorkbook = (name: string): Promise<IngestResult> => ingestInput(`test/fixtures/ingest/${name}`, readFileSync(`${INGEST_FIXTURES}${name}`));

describe('workbooks: a hand-made reading list', () => {
  it('reads the first sheet whose header names a title column, below a line about the list, each paper at its row', async () => {
    const { format, records, problems } = await ingestWorkbook('reading-list.xlsx');
    expect(format).toBe('xlsx');
    expect(records.map((r) => r.source)).toEqual([
      { file: 'test/fixtures/ingest/reading-list.xlsx', line: 4 },
      { file: 'test/fixtures/ingest/reading-list.xlsx', line: 6 },
    ]);
    // The row without a title, named by sheet and row, its row number as the line.
    expect(problems).toEqual([
      {
        file: 'test/fixtures/ingest/reading-list.xlsx',
        line: 7,
        severity: 'error',
        dropped: true,
        reason: expect.stringMatching(/^sheet "Papers", row 7: row not read: no title in its "title" column/),
      },
    ]);
  });

  it('takes the text shown in each cell: rich text whole, a date as its date, a hyperlink\'s text, a formula\'s result', async () => {
    const { records } = await ingestWorkbook('reading-list.xlsx');
    expect(records[0]).toMatchObject({
      title: 'Life cycle assessment of CO₂ capture in Escherichia coli bioreactors',
      authors: ['Yu Zhang', 'María García-López'],
      year: 2021,
      venue: 'Journal of Cleaner Production',
      doi: '10.1016/j.jclepro.2020.125768',
      abstract: 'We assess three frameworks against an amine baseline.',
      bibliographic: { pages: '101-112' },
    });
    expect(records[1]).toMatchObject({ year: 2019, doi: '10.5555/graph.2019', authors: ['Chidi Okafor', 'Yu Zhang'] });
  });
});

describe('workbooks: Scopus\'s Excel export', () => {
  it('reads the columns its CSV has, numbers as Excel shows them, the same records as the CSV path', async () => {
    const { records, problems } = await ingestWorkbook('scopus.xlsx');
    expect(records[0]).toMatchObject({
      title: 'Life cycle assessment of CO₂ capture with metal–organic frameworks',
      authors: ['Yu Zhang', 'María García-López'],
      year: 2021,
      pmid: '33333333',
      bibliographic: { volume: '290', articleNumber: '125768' },
      keywords: ['Carbon capture', 'Life cycle assessment'],
      entryType: 'article',
    });
    // The same header and row written as CSV come out the same (but for where they are).
    const csv = parseTable(
      'scopus.csv',
      'Authors,Author full names,Title,Year,Source title,Volume,Art. No.,DOI,Abstract,Author Keywords,Document Type,PubMed ID\n' +
        '"Zhang Y.; García-López M.","Zhang, Yu (57190000000); García-López, María (57190000001)",Life cycle assessment of CO<inf>2</inf> capture with metal–organic frameworks,2021,Journal of Cleaner Production,290,125768,10.1016/j.jclepro.2020.125768,Metal–organic frameworks are promising sorbents for post-combustion capture. © 2021 Elsevier Ltd,Carbon capture; Life cycle assessment,Article,33333333\n',
    );
    expect({ ...records[0], source: undefined }).toEqual({ ...csv.records[0], source: undefined });
    // A row without an abstract, located at its sheet and row.
    expect(problems).toEqual([expect.objectContaining({ line: 3, severity: 'warning', dropped: true, reason: expect.stringMatching(/^sheet "scopus", row 3: /) })]);
  });
});

describe('cellText', () => {
  it('shows a number as Excel\'s General format does, a date as its ISO date, a truth value as Excel writes it', () => {
    expect([2021, 290, 2020.5, 0.1 + 0.2, 33333333].map(cellText)).toEqual(['2021', '290', '2020.5', '0.3', '33333333']);
    expect(cellText(new Date(Date.UTC(2021, 2, 15)))).toBe('2021-03-15');
    expect(cellText(new Date(Date.UTC(2021, 2, 15, 9, 30)))).toBe('2021-03-15 09:30');
    expect([true, false, null, undefined, ' text '].map(cellText)).toEqual(['TRUE', 'FALSE', '', '', ' text ']);
  });
});

describe('workbooks: hostile text', () => {
  it('keeps markup, front-matter look-alikes and __proto__ as inert text, and pollutes no object', async () => {
    const { records, problems } = await ingestWorkbook('hostile.xlsx');
    expect(problems).toEqual([]);
    expect(records.map((r) => r.title)).toEqual(['</script><script>alert(1)</script> in titles', '__proto__']);
    // Line breaks in a cell are spaces, as in a CSV's quoted cell.
    expect(records[0]!.abstract).toBe('--- title: injected --- An abstract that opens like front matter.');
    expect(Object.getPrototypeOf(records[1])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const { papers } = normaliseRecords(records);
    expect(papers.map((p) => p.title).sort()).toEqual(['</script><script>alert(1)</script> in titles', '__proto__']);
  });
});

describe('workbooks that are not read', () => {
  it('says so when no sheet names a title column, naming the sheets', async () => {
    const { records, problems } = await ingestWorkbook('no-title.xlsx');
    expect(records).toEqual([]);
    expect(problems).toEqual([
      {
        file: 'test/fixtures/ingest/no-title.xlsx',
        line: 1,
        severity: 'error',
        reason: 'not read: no sheet (of "Summary", "Sheet2") has a header row naming a title column; expected a row of column names such as "Title", "Abstract", "Authors", "Year" at the top of a sheet',
      },
    ]);
  });

  it('names the sheet and row of a header without an abstract column', async () => {
    const { records, problems } = await ingestWorkbook('no-abstract.xlsx');
    expect(records).toEqual([]);
    expect(problems).toEqual([
      {
        file: 'test/fixtures/ingest/no-abstract.xlsx',
        line: 1,
        severity: 'error',
        reason: 'sheet "Reading", row 1: no "abstract" column in the header row ("Title, Year"); expected columns named so (or "Article Title", "Abstract Note", …)',
      },
    ]);
  });

  it('reads a formula no spreadsheet app has computed (as a program writes one) as an empty cell, the rest of the sheet as ever', async () => {
    const { records, problems } = await ingestWorkbook('unsaved-formula.xlsx');
    expect(records.map((r) => [r.source.line, r.title, r.year])).toEqual([[2, 'A paper', undefined]]);
    expect(problems).toEqual([expect.objectContaining({ line: 3, severity: 'error', dropped: true, reason: expect.stringMatching(/^sheet "Papers", row 3: row not read: no title/) })]);
  });

  it('names a damaged workbook and a web page saved as .xlsx, with what to do, without throwing', async () => {
    const truncated = await ingestWorkbook('truncated.xlsx');
    expect(truncated).toMatchObject({ format: 'xlsx', records: [] });
    expect(truncated.problems).toEqual([
      { file: 'test/fixtures/ingest/truncated.xlsx', line: 1, severity: 'error', reason: expect.stringMatching(/^not read: not an Excel workbook, or a damaged one \(.+\); if it opens in a spreadsheet app, save it again as \.xlsx or as CSV$/) },
    ]);
    const html = await ingestWorkbook('html-saved-as.xlsx');
    expect(html.problems).toEqual([
      { file: 'test/fixtures/ingest/html-saved-as.xlsx', line: 1, severity: 'error', reason: expect.stringMatching(/^not read: a web page \(HTML or XML\) saved with the \.xlsx extension/) },
    ]);
    const empty = await ingestInput('empty.xlsx', utf8(''));
    expect(empty.problems).toEqual([{ file: 'empty.xlsx', line: 1, severity: 'error', reason: expect.stringMatching(/^not read: /) }]);
  });

  it('never rejects on a workbook cut off or with a byte changed anywhere: the file is named, unread or read in part', async () => {
    const bytes = readFileSync(`${INGEST_FIXTURES}reading-list.xlsx`);
    const damaged: Uint8Array[] = [];
    for (let k = 1; k < 40; k++) {
      const at = Math.floor((bytes.length * k) / 40);
      damaged.push(bytes.subarray(0, at));
      const changed = new Uint8Array(bytes);
      changed[at] = changed[at]! ^ 0x5a;
      damaged.push(changed);
    }
    for (const [i, b] of damaged.entries()) {
      const result = await ingestInput('damaged.xlsx', b);
      expect(result.format, String(i)).toBe('xlsx');
      for (const p of result.problems) {
        expect(p.file).toBe('damaged.xlsx');
        expect(p.reason, String(i)).not.toMatch(/internal error/);
      }
    }
  });

  it('reads the other files of a folder as before', async () => {
    const csv = await ingestInput('list.csv', utf8('title,abstract\nA paper,Its abstract.\n'));
    expect(csv).toMatchObject({ format: 'table', records: [{ title: 'A paper', source: { file: 'list.csv', line: 2 } }], problems: [] });
  });
});
