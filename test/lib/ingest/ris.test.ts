import { describe, expect, it } from 'vitest';
import { detectFormat, ingestFile } from '../../../src/lib/ingest/index';
import { looksLikeRis, parseRis } from '../../../src/lib/ingest/ris';
import { ingestFixture, utf8 } from './fixture';

const where = (problems: { line: number; severity: string; dropped?: boolean }[]) => problems.map((p) => `${p.line}:${p.severity}${p.dropped ? ':dropped' : ''}`);

describe('RIS: Zotero export', () => {
  const { format, records, problems } = ingestFixture('zotero.ris');

  it('reads every record, with no problem', () => {
    expect(format).toBe('ris');
    expect(problems).toEqual([]);
    expect(records.map((r) => r.source.line)).toEqual([1, 20, 39]);
  });

  it('reads an article: names "Family, Given" as shown, T2 as the journal, the date, pages, link and keywords', () => {
    expect(records[0]).toMatchObject({
      title: 'Attention Is All You Need',
      authors: ['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar'],
      year: 2017,
      venue: 'Advances in Neural Information Processing Systems',
      bibliographic: { volume: '30', pages: '5998-6008', month: 6 },
      entryType: 'article',
      url: 'http://arxiv.org/abs/1706.03762',
      arxiv: '1706.03762',
      language: 'en',
      keywords: ['Computer Science - Computation and Language', 'Computer Science - Machine Learning'],
    });
    expect(records[0]!.abstract).toMatch(/^The dominant sequence transduction models .* convolutions entirely\.$/);
  });

  it("reads a chapter: the book as its venue, A2 as the book's editors, its publisher, place, series and ISBN", () => {
    expect(records[1]).toMatchObject({
      entryType: 'incollection',
      venue: 'Psychology of Learning and Motivation',
      doi: '10.1016/S0079-7421(08)60536-8',
      bibliographic: { volume: '24', pages: '109-165', publisher: 'Academic Press', editors: ['Gordon H. Bower'], address: 'San Diego', isbn: '978-0-12-543324-2' },
    });
    expect(records[1]!.authors).toEqual(['Michael McCloskey', 'Neal J. Cohen']);
  });

  it("reads a thesis: M3 says a master's, the university (PB) is its venue", () => {
    expect(records[2]).toMatchObject({ entryType: 'mastersthesis', venue: 'University of Edinburgh', authors: ['Ana María Rivera'], year: 2021 });
    expect(records[2]!.bibliographic?.publisher).toBeUndefined();
  });
});

describe('RIS: Scopus export', () => {
  const { records, problems } = ingestFixture('scopus.ris');

  it('joins an abstract wrapped over untagged lines, reads <sub> as a subscript, C7 as the article number', () => {
    expect(problems).toEqual([]);
    expect(records[0]!.title).toBe('Life cycle assessment of CO₂ capture with metal–organic frameworks');
    expect(records[0]!.abstract).toContain('post-combustion CO₂ capture. We assess the cradle-to-gate impacts');
    expect(records[0]).toMatchObject({
      authors: ['Y. Zhang', 'M. García-López', 'C. N. Okafor'],
      doi: '10.1016/j.jclepro.2020.125768',
      venue: 'Journal of Cleaner Production',
      bibliographic: { volume: '290', articleNumber: '125768', publisher: 'Elsevier Ltd' },
      keywords: ['Carbon capture', 'Life cycle assessment', 'Metal–organic frameworks'],
    });
    // An ISSN in SN is no ISBN.
    expect(records[0]!.bibliographic?.isbn).toBeUndefined();
  });

  it('reads a conference paper, a range written whole in SP and a DOI given as a link', () => {
    expect(records[1]).toMatchObject({ entryType: 'inproceedings', doi: '10.2139/ssrn.3811111', bibliographic: { pages: '1-12' } });
  });
});

describe('RIS: what other exports write', () => {
  const one = (lines: string) => parseRis('refs.ris', `TY  - ${lines}\nAB  - An abstract.\nER  - \n`).records[0]!;

  it('reads a suffix after the given name, as RIS puts it, and a particle before the family name', () => {
    expect(one('JOUR\nTI  - T\nAU  - Smith, John, Jr.\nAU  - van der Berg, Anna').authors).toEqual(['John Smith Jr.', 'Anna van der Berg']);
    // BibTeX's order, as a library copied out of a .bib has it; a name with more commas than a name has is kept whole.
    expect(one('JOUR\nTI  - T\nAU  - Smith, Jr., John\nAU  - Doe, Jane, Roe, Richard').authors).toEqual(['John Smith Jr.', 'Doe, Jane, Roe, Richard']);
  });

  it("takes a conference paper's proceedings from C3 before the conference's name in T2, as Zotero writes them", () => {
    expect(one('CONF\nTI  - T\nT2  - CHI 2019\nC3  - Proceedings of the 2019 CHI Conference on Human Factors in Computing Systems').venue).toBe(
      'Proceedings of the 2019 CHI Conference on Human Factors in Computing Systems',
    );
  });

  it("reads a book's or thesis's SP as its number of pages, not a page range", () => {
    expect(one('THES\nTI  - T\nSP  - 214\nPB  - ETH Zürich').bibliographic).toEqual({ pageCount: '214' });
  });

  it("reads Web of Science's month as written in DA, and EndNote's short title where there is no other", () => {
    expect(one('JOUR\nST  - Short title\nPY  - 2021\nDA  - MAR 2021')).toMatchObject({ title: 'Short title', year: 2021, bibliographic: { month: 3 } });
  });
});

describe('RIS: what databases and reference managers write (review 55)', () => {
  const one = (lines: string) => parseRis('refs.ris', `TY  - ${lines}\nER  - \n`).records[0]!;

  it("reads IEEE's and Embase's names written without a comma as people's, not bodies'", () => {
    const r = one('CONF\nTI  - T\nAB  - A\nAU  - A. Author-One\nAU  - Zhang Z.\nAU  - World Health Organization');
    expect(r.authors).toEqual(['A. Author-One', 'Z. Zhang', 'World Health Organization']);
    expect(r.literalAuthors).toEqual(['World Health Organization']);
  });

  it("passes over JSTOR's header lines before each record, in a .txt too", () => {
    const jstor = 'Provider: JSTOR http://www.jstor.org\nDatabase: JSTOR\nContent: text/plain; charset="UTF-8"\n\n\nTY  - JOUR\nTI  - T\nAB  - A\nER  - \n';
    const read = ingestFile('jstor.txt', utf8(jstor + jstor));
    expect(read.format).toBe('ris');
    expect(read.records).toHaveLength(2);
    expect(read.problems).toEqual([]);
  });

  it('reads files appended to one another, each with its BOM', () => {
    const file = '\uFEFFTY  - JOUR\nTI  - First\nAB  - A\nER  - \n';
    expect(parseRis('all.ris', file + file.replace('First', 'Second')).records.map((r) => r.title)).toEqual(['First', 'Second']);
  });

  it("reads Scopus's <inf> as a subscript and Zotero's rich text in a title, keeping its italics; other HTML stays text", () => {
    expect(one('JOUR\nTI  - Effect of SGLT2 inhibitors on HbA<inf>1c</inf>\nAB  - A').title).toBe('Effect of SGLT2 inhibitors on HbA$_{1c}$');
    const zotero = one('JOUR\nTI  - Growth of <i>Escherichia coli</i> in <span class="nocase">pH</span> gradients\nAB  - A <script>x</script>');
    expect(zotero.title).toBe('Growth of Escherichia coli in pH gradients');
    expect(zotero.italics?.title).toEqual(['Escherichia coli']);
    expect(zotero.abstract).toBe('A <script>x</script>');
  });

  it("takes no record number for an id, a retraction from Scopus's document type, a DOI and PubMed id from links and M3, and no database's record page for a link", () => {
    const r = one('JOUR\nTI  - T\nAB  - A\nID  - 17\nM3  - Retracted\nUR  - https://www.scopus.com/inward/record.uri?eid=2-s2.0-1\nUR  - http://www.ncbi.nlm.nih.gov/pubmed/32171076');
    expect(r.id).toBeUndefined();
    expect(r.retractedAs).toBe('its type of work (M3)');
    expect(r.pmid).toBe('32171076');
    expect(r.url).toBe('http://www.ncbi.nlm.nih.gov/pubmed/32171076');
    expect(one('JOUR\nTI  - T\nAB  - A\nM3  - doi: 10.1136/bmj.m1234').doi).toBe('10.1136/bmj.m1234');
    expect(one('JOUR\nTI  - T\nAB  - A\nUR  - http://dx.doi.org/10.1056/NEJMoa2002032').doi).toBe('10.1056/NEJMoa2002032');
    expect(one('JOUR\nTI  - T\nAB  - A\nAN  - 31986264\nDB  - PubMed').pmid).toBe('31986264');
  });

  it("reads the PubMed id Scopus writes in C2, and no PMCID, year or name another export writes there", () => {
    // As in Scopus's export (asreview/citation-file-formatting, Datasets/RIS/_baseline_scopus.ris).
    expect(one('JOUR\nTI  - T\nAB  - A\nSN  - 20411723 (ISSN)\nC2  - 38580657\nLA  - English\nDB  - Scopus').pmid).toBe('38580657');
    expect(one('JOUR\nTI  - T\nAB  - A\nC2  - 38580657').pmid).toBe('38580657');
    expect(one('JOUR\nTI  - T\nAB  - A\nC2  - PMC7318295\nDB  - EndNote').pmid).toBeUndefined();
    expect(one('CHAP\nTI  - T\nAB  - A\nC2  - Author, Book').pmid).toBeUndefined();
    expect(one('CONF\nTI  - T\nAB  - A\nC2  - 2019').pmid).toBeUndefined();
    expect(one('JOUR\nTI  - T\nAB  - A\nC2  - 2019').pmid).toBeUndefined();
    expect(one('JOUR\nTI  - T\nAB  - A\nC2  - 123456789\nDB  - Scopus').pmid).toBeUndefined();
    // A PubMed id given otherwise comes first.
    expect(one('JOUR\nTI  - T\nAB  - A\nUR  - https://pubmed.ncbi.nlm.nih.gov/31986264/\nC2  - 7318295').pmid).toBe('31986264');
  });

  it('reads a wrapped line that opens as a tag line, with one space or with a tag RIS does not define, as more of the value before', () => {
    const wrapped = one('JOUR\nTI  - T\nAB  - Crossings on the\nUS - Mexico border rose; the\nXY  - axis is time.\nPY  - 2020');
    expect(wrapped.abstract).toBe('Crossings on the US - Mexico border rose; the XY - axis is time.');
    expect(wrapped.year).toBe(2020);
    // A hand-made file's one space, with the tags RIS defines, still makes tag lines.
    const handMade = parseRis('refs.ris', 'TY - JOUR\nTI - Hand made\nAB - A\nPY - 2021\nER -\n');
    expect(handMade.records.map((r) => [r.title, r.abstract, r.year])).toEqual([['Hand made', 'A', 2021]]);
    expect(handMade.problems).toEqual([]);
  });

  it("keeps the tags exports write beside RIS's own as tags, not more of the abstract (Citavi's TS, Web of Science's FU, Ovid's AI)", () => {
    expect(one('JOUR\nTI  - T\nAB  - An abstract.\nTS  - RIS\nDO  - 10.1007/s00405-021-06627-6\nM4  - Citavi').abstract).toBe('An abstract.');
    expect(one('JOUR\nTI  - T\nAB  - An abstract.\nFU  - National Science Foundation [0745454]\nPU  - PUBLIC LIBRARY SCIENCE\nJ9  - PLOS ONE\nWE  - Science Citation Index Expanded (SCI-EXPANDED)').abstract).toBe('An abstract.');
    expect(one('JOUR\nTI  - T\nA1  - Keefer, Amy\nAI  - Keefer, Amy; ORCID: https://orcid.org/0000-0001-6931-0232\nAB  - An abstract.').authors).toEqual(['Amy Keefer']);
  });

  it("reads Zotero's edited book: editors in A3, its series in T2, no venue", () => {
    const r = one('BOOK\nTI  - Handbook of Sleep\nAB  - A\nA3  - Editor, Erin\nA2  - Series, Sam\nT2  - Springer Series in Stuff\nPB  - Springer');
    expect(r).toMatchObject({ entryType: 'book', bibliographic: { editors: ['Erin Editor'], series: 'Springer Series in Stuff', publisher: 'Springer' } });
    expect(r.venue).toBeUndefined();
  });

  it("marks the text with LA only where it is a code (Zotero's), not a name (Scopus's, beside an English title)", () => {
    expect(one('JOUR\nTI  - T\nAB  - A\nLA  - fr').language).toBe('fr');
    expect(one('JOUR\nTI  - T\nAB  - A\nLA  - Spanish').language).toBeUndefined();
  });
});

describe('RIS: damaged files', () => {
  const { records, problems } = ingestFixture('malformed.ris');

  it('reads every record it can and says where each problem is', () => {
    expect(records.map((r) => r.title)).toEqual(['Sparse coding of natural images', 'Emergence of simple-cell receptive field properties', 'The last record of a file cut short']);
    expect(where(problems)).toEqual(['2:error', '7:warning', '8:warning', '12:warning:dropped', '18:error:dropped', '23:warning', '28:warning']);
  });

  it('names what was expected', () => {
    const at = (line: number) => problems.filter((p) => p.line === line).map((p) => p.reason);
    // The export's "Provider:" header line is passed over; a line of other text is not.
    expect(at(1)).toEqual([]);
    expect(at(2)).toEqual([expect.stringMatching(/^expected "TY {2}- " to open a RIS record, found "Exported on 2024-01-01 from a library/)]);
    // Each field's problem at the field's line, naming its record; the record's first line has none.
    expect(at(4)).toEqual([]);
    expect(at(7)).toEqual([expect.stringMatching(/^RIS record "Sparse coding of natural images": "PY {2}- 19xx" is not a year; expected one such as "PY {2}- 2019".*\(the paper is kept without a year\)$/)]);
    expect(at(8)).toEqual([expect.stringMatching(/^RIS record "Sparse coding of natural images": DO {2}- "see publisher site" is not a DOI; left out/)]);
    expect(at(12)).toEqual(['RIS record "A record without its abstract" has no abstract; skipped (a paper page needs one)']);
    expect(at(18)[0]).toMatch(/^RIS record not read: no "TI" \(or "T1"\) line; expected a non-empty title/);
    expect(at(23)).toEqual(['RIS record opened here is not closed by an "ER  -" line before the next "TY" (line 28); read as far as that']);
    expect(at(28)[0]).toMatch(/not closed by an "ER {2}-" line before the end of the file/);
    expect(records[0]!.year).toBeUndefined();
    expect(records[0]!.doi).toBeUndefined();
  });

  it('keeps a record without a title under --untitled from-abstract, titled by its abstract and said so', () => {
    const text = 'TY  - JOUR\nAU  - Roe, Richard\nAB  - Sorbents for direct air capture are screened with a fast isotherm model. The ten best are reported.\nER  - \n';
    const { records: kept, problems: said } = parseRis('refs.ris', text, { untitled: 'from-abstract' });
    expect(kept.map((r) => [r.title, r.madeTitle])).toEqual([['Sorbents for direct air capture are screened with a fast isotherm model', true]]);
    expect(where(said)).toEqual(['1:warning']);
  });

  it("says a field's problem at the field's line, apart from the record's own (a made-up title) at its first line", () => {
    const text = [
      'TY  - JOUR',
      'TI  - First',
      'AB  - A',
      'ER  - ',
      'TY  - JOUR',
      'DO  - see the article',
      'AB  - Sorbents for direct air capture are screened with a fast isotherm model.',
      'PY  - 20x9',
      'ER  - ',
    ].join('\n');
    const { problems: said } = parseRis('refs.ris', text, { untitled: 'from-abstract' });
    expect(said.map((p) => [p.line, p.severity, p.reason])).toEqual([
      [5, 'warning', expect.stringMatching(/^no title; titled by a sentence of its abstract/)],
      [6, 'warning', expect.stringMatching(/^RIS record "Sorbents for direct air capture.*": DO {2}- "see the article" is not a DOI/)],
      [8, 'warning', expect.stringMatching(/^RIS record "Sorbents for direct air capture.*": "PY {2}- 20x9" is not a year/)],
    ]);
  });

  it('takes a year later than next year for a typo', () => {
    const { records: read, problems: said } = parseRis('refs.ris', 'TY  - JOUR\nTI  - T\nAB  - A\nPY  - 2109\nER  - \n', { currentYear: 2026 });
    expect(read[0]!.year).toBeUndefined();
    expect(said.map((p) => [p.line, p.reason])).toEqual([[4, expect.stringMatching(/^RIS record "T": "PY {2}- 2109" is later than next year \(2027\)/)]]);
  });
});

describe('RIS: detection', () => {
  it('knows RIS by its first TY line, in a .txt too (EndNote saves RIS so), and not a listing or BibTeX by it', () => {
    expect(looksLikeRis('\n\nTY  - JOUR\nTI  - x\n')).toBe(true);
    expect(looksLikeRis('TY - JOUR\n')).toBe(true);
    expect(looksLikeRis('Trending papers\nTY  - a title\n')).toBe(false);
    expect(detectFormat('My EndNote Library.txt', 'TY  - JOUR\nTI  - x\nER  - \n')).toBe('ris');
    expect(detectFormat('refs.ris', 'TY  - JOUR\nTI  - x\nER  - \n')).toBe('ris');
    expect(detectFormat('refs.bib', '@article{a, title={TY  - x}}')).toBe('bibtex');
  });

  it('reads a .ris that holds no record as an error at its first line', () => {
    const result = ingestFile('empty.ris', utf8('Exported from a library on 2024-01-01\n'));
    expect(result.format).toBe('ris');
    expect(result.records).toEqual([]);
    expect(where(result.problems)).toEqual(['1:error']);
  });

  it('gives __proto__ as an ID no power over objects', () => {
    const { records } = parseRis('refs.ris', 'TY  - JOUR\nID  - __proto__\nTI  - T\nAB  - A\nKW  - __proto__\nER  - \n');
    expect(records[0]!.id).toBe('__proto__');
    expect(records[0]!.keywords).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).TI).toBeUndefined();
  });
});
