import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/lib/ingest/index';
import { looksLikeMedline, medlineTitle, parseMedline } from '../../../src/lib/ingest/medline';
import { normaliseRecords } from '../../../src/lib/normalise/index';
import { ingestFixture } from './fixture';

const where = (problems: { line: number; severity: string; dropped?: boolean }[]) => problems.map((p) => `${p.line}:${p.severity}${p.dropped ? ':dropped' : ''}`);

describe('PubMed (MEDLINE) export', () => {
  const { format, records, problems } = ingestFixture('pubmed.nbib');

  it('reads each record apart by a blank line, values carried on over indented lines', () => {
    expect(format).toBe('medline');
    expect(records.map((r) => r.source.line)).toEqual([1, 47, 67]);
    expect(records[0]!.title).toBe('Clinical features of patients infected with 2019 novel coronavirus in Wuhan, China');
    expect(records[0]!.abstract).toMatch(/^BACKGROUND: A recent cluster of pneumonia cases in Wuhan, China, was caused by a novel betacoronavirus, .* designated hospital in Wuhan\.$/);
  });

  it('reads the full names, the date, the journal as cited, locators, the DOI among the ids, the PMID and the authors\' keywords', () => {
    expect(records[0]).toMatchObject({
      authors: ['Chaolin Huang', 'Yeming Wang', 'Xingwang Li'],
      year: 2020,
      venue: 'Lancet',
      bibliographic: { volume: '395', number: '10223', pages: '497-506', month: 2 },
      doi: '10.1016/S0140-6736(20)30183-5',
      pmid: '31986264',
      entryType: 'article',
      language: 'en',
      keywords: ['coronavirus', 'pneumonia'],
    });
  });

  it('marks a record PubMed says was retracted', () => {
    expect(records[1]!.note).toBe('Retracted publication');
    const { papers } = normaliseRecords([records[1]!]);
    expect(papers[0]!.retraction).toBe('retracted');
  });

  it('reads a title MEDLINE translated without its brackets, and not in the language of the article; short names and a body as authors', () => {
    expect(records[2]).toMatchObject({ title: 'Depression in old age', authors: ['K. Müller', 'H. J. Schmidt', 'German Society for Psychiatry'], literalAuthors: ['German Society for Psychiatry'] });
    expect(records[2]!.language).toBeUndefined();
  });

  it('skips a record without an abstract with a warning, as the other formats do', () => {
    expect(problems.map((p) => [p.line, p.severity, p.dropped, p.reason])).toEqual([
      [82, 'warning', true, 'PubMed record PMID 31000000 "A letter without an abstract" has no abstract; skipped (a paper page needs one)'],
    ]);
  });
});

describe('PubMed (MEDLINE): damaged files', () => {
  const { records, problems } = ingestFixture('malformed.nbib');

  it('reads what it can and says where each problem is', () => {
    expect(records.map((r) => [r.title, r.year, r.authors])).toEqual([['Sleep spindles and memory consolidation in older adults', undefined, ['Chidi Okafor']]]);
    expect(where(problems)).toEqual(['1:warning', '7:error', '10:error:dropped']);
    expect(problems[0]!.reason).toMatch(/^"DP {2}- unknown" is not a date; expected one such as "DP {2}- 2020 Feb 15"/);
    expect(problems[1]!.reason).toMatch(/^expected a PubMed line such as "TI {2}- …".*found "This line was pasted/);
    expect(problems[2]!.reason).toMatch(/^PubMed record PMID 30000002 not read: no "TI" line; expected a non-empty title/);
  });

  it('takes a year later than next year for a typo, given the year of the run', () => {
    const { records: read, problems: said } = parseMedline('p.nbib', 'PMID- 1\nDP  - 2109 Jan\nTI  - T.\nAB  - A.\n', { currentYear: 2026 });
    expect(read[0]!.year).toBeUndefined();
    expect(said[0]!.reason).toMatch(/"DP {2}- 2109 Jan" is later than next year \(2027\)/);
  });
});

describe('PubMed (MEDLINE): titles and detection', () => {
  it("drops the full stop MEDLINE ends every title with, not an abbreviation's", () => {
    expect(medlineTitle('Sleep and memory.')).toBe('Sleep and memory');
    expect(medlineTitle('Does sleep help memory?')).toBe('Does sleep help memory?');
    expect(medlineTitle('Obesity in the U.S.')).toBe('Obesity in the U.S.');
    expect(medlineTitle('[Depression in old age].')).toBe('Depression in old age');
  });

  it('knows the format by its first PMID line, in a .txt too (PubMed saves it so)', () => {
    expect(looksLikeMedline('\nPMID- 31986264\nOWN - NLM\n')).toBe(true);
    expect(looksLikeMedline('PMID: 31986264\n')).toBe(false);
    expect(detectFormat('pubmed-coronaviru-set.txt', 'PMID- 31986264\nTI  - x.\n')).toBe('medline');
    expect(detectFormat('citations.nbib', 'PMID- 31986264\nTI  - x.\n')).toBe('medline');
  });
});
