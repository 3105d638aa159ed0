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
    expect(records.map((r) => r.source.line)).toEqual([1, 47, 68]);
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
    expect(records[1]!.retractedAs).toBe('its publication type (PT)');
    const { papers } = normaliseRecords([records[1]!]);
    expect(papers[0]!.retraction).toBe('retracted');
  });

  it('reads a title MEDLINE translated without its brackets, and not in the language of the article; short names and a body as authors', () => {
    expect(records[2]).toMatchObject({ title: 'Depression in old age', authors: ['K. Müller', 'H. J. Schmidt', 'German Society for Psychiatry'], literalAuthors: ['German Society for Psychiatry'] });
    expect(records[2]!.language).toBeUndefined();
  });

  it('skips a record without an abstract with a warning, as the other formats do', () => {
    expect(problems.map((p) => [p.line, p.severity, p.dropped, p.reason])).toEqual([
      [84, 'warning', true, 'PubMed record PMID 31000000 "A letter without an abstract" has no abstract; skipped (a paper page needs one)'],
    ]);
  });
});

describe('PubMed (MEDLINE): damaged files', () => {
  const { records, problems } = ingestFixture('malformed.nbib');

  it('reads what it can and says where each problem is', () => {
    expect(records.map((r) => [r.title, r.year, r.authors])).toEqual([['Sleep spindles and memory consolidation in older adults', undefined, ['Chidi Okafor']]]);
    // The DP line's problem at that line (2), not at the record's first (1).
    expect(where(problems)).toEqual(['2:warning', '7:error', '10:error:dropped']);
    expect(problems[0]!.reason).toMatch(/^PubMed record PMID 30000001: "DP {2}- unknown" is not a date; expected one such as "DP {2}- 2020 Feb 15"/);
    expect(problems[1]!.reason).toMatch(/^expected a PubMed line such as "TI {2}- …".*found "This line was pasted/);
    expect(problems[2]!.reason).toMatch(/^PubMed record PMID 30000002 not read: no "TI" line; expected a non-empty title/);
  });

  it('reads a tag line only as PubMed writes it, the tag padded to four: a value that lost its indent is said, not read as a tag', () => {
    const { records, problems } = parseMedline('p.nbib', 'PMID- 1\nTI  - T.\nAB  - Binding of\nDNA-binding proteins.\nLA  - eng\nPG  -\n');
    expect(records.map((r) => [r.abstract, r.language])).toEqual([['Binding of', 'en']]);
    expect(problems.map((p) => [p.line, p.severity, p.reason])).toEqual([[4, 'error', expect.stringMatching(/^expected a PubMed line such as "TI {2}- …".*found "DNA-binding proteins\."/)]]);
  });

  it('takes a year later than next year for a typo, given the year of the run', () => {
    const { records: read, problems: said } = parseMedline('p.nbib', 'PMID- 1\nDP  - 2109 Jan\nTI  - T.\nAB  - A.\n', { currentYear: 2026 });
    expect(read[0]!.year).toBeUndefined();
    expect(said.map((p) => [p.line, p.reason])).toEqual([[2, expect.stringMatching(/^PubMed record PMID 1: "DP {2}- 2109 Jan" is later than next year \(2027\)/)]]);
    // A record without a PMID is named by its title.
    const untagged = parseMedline('p.nbib', 'TI  - Sleep.\nAB  - A.\nDP  - someday\n').problems;
    expect(untagged.map((p) => [p.line, p.reason])).toEqual([[3, expect.stringMatching(/^PubMed record "Sleep": "DP {2}- someday" is not a date/)]]);
  });
});

describe('PubMed (MEDLINE): what the probe and review 55 found', () => {
  it('warns of a record without the SO line PubMed ends each record with: the file was cut short', () => {
    const text = 'PMID- 1\nTI  - Whole.\nAB  - A.\nSO  - BMJ. 2019.\n\nPMID- 2\nTI  - Cut short.\nAB  - Patients aged 65 or older. RESU\n';
    const { records, problems } = parseMedline('cut.nbib', text);
    expect(records).toHaveLength(2);
    expect(problems.map((p) => [p.line, p.severity, p.reason])).toEqual([[6, 'warning', expect.stringMatching(/^PubMed record PMID 2 has no "SO" line, which PubMed writes last in every record: it may be cut short/)]]);
  });

  it('reads a suffix after the given name, bare initials with stops, and keeps the parts of a two-word family name', () => {
    const { records } = parseMedline('p.nbib', 'PMID- 1\nTI  - T.\nAB  - A.\nFAU - Jones, Robert S 3rd\nFAU - Wakefield, A J\nFAU - García López, María\n');
    expect(records[0]!.authors).toEqual(['Robert S. Jones 3rd', 'A. J. Wakefield', 'María García López']);
    expect(records[0]!.nameParts).toEqual(expect.arrayContaining([expect.objectContaining({ family: 'García López', given: 'María' }), expect.objectContaining({ family: 'Jones', suffix: '3rd' })]));
    expect(parseMedline('p.nbib', 'PMID- 1\nTI  - T.\nAB  - A.\nAU  - Smith JA Jr\n').records[0]!.authors).toEqual(['J. A. Smith Jr']);
  });

  it("names a journal as citations do, not in the NLM catalogue's form", () => {
    const journal = (jt: string, ta: string) => parseMedline('p.nbib', `PMID- 1\nTI  - T.\nAB  - A.\nJT  - ${jt}\nTA  - ${ta}\n`).records[0]!.venue;
    expect(journal('The New England journal of medicine', 'N Engl J Med')).toBe('The New England Journal of Medicine');
    expect(journal('Journal of nuclear medicine : official publication, Society of Nuclear Medicine', 'J Nucl Med')).toBe('Journal of Nuclear Medicine');
    expect(journal('Deutsche medizinische Wochenschrift (1946)', 'Dtsch Med Wochenschr')).toBe('Deutsche Medizinische Wochenschrift');
    expect(journal('PloS one', 'PLoS One')).toBe('PLoS One');
    expect(journal('npj digital medicine', 'NPJ Digit Med')).toBe('npj Digital Medicine');
    expect(journal('JAMA pediatrics', 'JAMA Pediatr')).toBe('JAMA Pediatrics');
  });

  it('cites a Bookshelf record whose TI is its BTI as the book, and reads files appended with their BOMs', () => {
    const book = parseMedline('p.nbib', 'PMID- 1\nBTI - Hypertension in adults.\nTI  - Hypertension in adults.\nAB  - A.\nPB  - NICE\n').records[0]!;
    expect(book).toMatchObject({ entryType: 'book', title: 'Hypertension in adults' });
    expect(book.venue).toBeUndefined();
    const file = '\uFEFFPMID- 1\nTI  - First.\nAB  - A.\n';
    expect(parseMedline('all.txt', `${file}\n${file.replace('First', 'Second')}`).records.map((r) => r.title)).toEqual(['First', 'Second']);
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
