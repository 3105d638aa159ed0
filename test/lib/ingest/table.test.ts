import { describe, expect, it } from 'vitest';
import { detectFormat, ingestFile } from '../../../src/lib/ingest/index';
import { parseTable } from '../../../src/lib/ingest/table';
import { ingestFixture, utf8 } from './fixture';

const where = (problems: { line: number; severity: string; dropped?: boolean }[]) => problems.map((p) => `${p.line}:${p.severity}${p.dropped ? ':dropped' : ''}`);

describe('tables: Scopus CSV', () => {
  const { format, records, problems } = ingestFixture('scopus.csv');

  it('reads each row at the line it starts on, a quoted abstract over two lines included', () => {
    expect(format).toBe('table');
    expect(problems).toEqual([]);
    expect(records.map((r) => r.source.line)).toEqual([2, 4]);
    expect(records[0]!.abstract).toBe('Metal–organic frameworks are promising sorbents for post-combustion capture. We assess three frameworks against an amine baseline. © 2021 Elsevier Ltd');
  });

  it('takes the full names without their Scopus ids, <inf> as a subscript, the columns by their names, and no Scopus record page for a link', () => {
    expect(records[0]).toMatchObject({
      title: 'Life cycle assessment of CO₂ capture with metal–organic frameworks',
      authors: ['Yu Zhang', 'María García-López'],
      year: 2021,
      venue: 'Journal of Cleaner Production',
      doi: '10.1016/j.jclepro.2020.125768',
      pmid: '33333333',
      bibliographic: { volume: '290', articleNumber: '125768' },
      keywords: ['Carbon capture', 'Life cycle assessment'],
      entryType: 'article',
    });
    expect(records[0]!.url).toBeUndefined();
    expect(records[1]).toMatchObject({ authors: ['Chidi N. Okafor'], entryType: 'inproceedings', bibliographic: { pages: '1-12' } });
  });
});

describe('tables: Web of Science tab-delimited', () => {
  it('reads savedrecs.txt with tabs as Web of Science records, by its header of field tags', () => {
    const { format, records, problems } = ingestFixture('savedrecs-tab.txt');
    expect(format).toBe('table');
    expect(records[0]).toMatchObject({ authors: ['Yu Zhang', 'Chidi N. Okafor'], venue: 'Journal of Cleaner Production', keywords: ['Carbon capture', 'Life cycle assessment'], source: { line: 2 } });
    expect(where(problems)).toEqual(['3:warning:dropped']);
  });
});

describe('tables: spreadsheets and Zotero', () => {
  it("reads Zotero's CSV export: 'Author' as 'Family, Given; …', 'Publication Year', 'Abstract Note', 'Manual Tags'", () => {
    const csv = [
      '"Key","Item Type","Publication Year","Author","Title","Publication Title","DOI","Url","Abstract Note","Date","Pages","Issue","Volume","Manual Tags"',
      '"ABCD1234","conferencePaper","2019","Vaswani, Ashish; Shazeer, Noam","Attention is all you need","Advances in NeurIPS","","https://arxiv.org/abs/1706.03762","We propose the Transformer.","2017-06-12","5998-6008","","30","attention; transformers"',
    ].join('\r\n');
    const { records } = parseTable('zotero.csv', csv);
    expect(records[0]).toMatchObject({ authors: ['Ashish Vaswani', 'Noam Shazeer'], year: 2019, venue: 'Advances in NeurIPS', entryType: 'inproceedings', keywords: ['attention', 'transformers'] });
    expect(records[0]!.id).toBeUndefined();
  });

  it('reads a spreadsheet saved with semicolons, as a European Excel does, whatever the case of its headers', () => {
    const { records } = parseTable('list.csv', 'TITLE;Abstract;Year\nSleep and memory;We review how sleep helps memory, aged 65+.;2020\n');
    expect(records.map((r) => [r.title, r.abstract, r.year])).toEqual([['Sleep and memory', 'We review how sleep helps memory, aged 65+.', 2020]]);
  });

  it("reads one person in a column whose other rows list people apart by semicolons as that person; a lone comma elsewhere as written", () => {
    const zotero = 'Title,Author,Abstract Note\nA,"Okafor, Chidi N.",Text.\nB,"Okafor, Chidi N.; Lee, Ann",Text.\n';
    expect(parseTable('zotero.csv', zotero).records.map((r) => r.authors)).toEqual([['Chidi N. Okafor'], ['Chidi N. Okafor', 'Ann Lee']]);
    // Nothing in the file says whether "Okafor, Chidi N." is one person or two: it is shown as typed, not garbled.
    expect(parseTable('list.csv', 'Title,Authors,Abstract\nA,"Okafor, Chidi N.",Text.\n').records[0]!.authors).toEqual(['Okafor, Chidi N.']);
  });

  it("finds the header below the line Dimensions puts above it about the export", () => {
    const csv = '"About the data: Exported on Dec 07, 2026. Criteria: keyword sleep."\n"Rank","Title","Abstract","PubYear","Source title","Authors"\n"1","Sleep and memory","We review how sleep helps memory.","2020","Sleep","Okafor, Chidi; Roe, Richard"\n';
    const { records, problems } = parseTable('Dimensions-Publication-2026.csv', csv);
    expect(problems).toEqual([]);
    expect(records).toEqual([expect.objectContaining({ title: 'Sleep and memory', year: 2020, venue: 'Sleep', authors: ['Chidi Okafor', 'Richard Roe'], source: { file: 'Dimensions-Publication-2026.csv', line: 3 } })]);
  });

  it('keeps HTML typed into a cell as text', () => {
    const { records } = parseTable('list.csv', 'title,abstract\n"<script>alert(1)</script> A title","An abstract </script><!--"\n');
    expect(records[0]).toMatchObject({ title: '<script>alert(1)</script> A title', abstract: 'An abstract </script><!--' });
  });

  it('says which columns are missing, and where rows lack what a page needs', () => {
    const noAbstract = parseTable('list.csv', 'Title,Year\nA,2020\n');
    expect(noAbstract.records).toEqual([]);
    expect(noAbstract.problems.map((p) => [p.line, p.severity, p.reason])).toEqual([[1, 'error', expect.stringMatching(/^no "abstract" column in the header row \("Title, Year"\); expected columns named so/)]]);
    const rows = parseTable('list.csv', 'title,abstract,year\n,An abstract with no title.,2020\nA title with no abstract,,2020\nFine,Fine abstract.,20xx\n');
    expect(rows.records.map((r) => r.title)).toEqual(['Fine']);
    expect(where(rows.problems)).toEqual(['2:error:dropped', '3:warning:dropped', '4:warning']);
  });

  it('reads the rows before a quote the file leaves open, and says where the parser stopped', () => {
    const { records, problems } = parseTable('x.csv', 'title,abstract\nA,"First abstract."\nB,"Second abstract\nC,Third abstract.\n');
    expect(records.map((r) => r.title)).toEqual(['A']);
    expect(problems.map((p) => [p.line, p.severity, p.reason])).toEqual([[4, 'error', expect.stringMatching(/^table not read from here on: Quote Not Closed/)]]);
  });

  it('reads a .csv or .tsv by its extension, and a .txt with a tab header of Web of Science tags by its content', () => {
    expect(detectFormat('papers.csv', 'title,abstract\n')).toBe('table');
    expect(detectFormat('papers.tsv', 'title\tabstract\n')).toBe('table');
    expect(detectFormat('savedrecs.txt', 'PT\tAU\tTI\n')).toBe('table');
    expect(ingestFile('papers.tsv', utf8('title\tabstract\nT\tAn abstract.\n')).records).toHaveLength(1);
  });
});
