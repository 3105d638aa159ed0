import { describe, expect, it } from 'vitest';
import { parseBibtex } from '../../../src/lib/ingest/bibtex';
import { bibtexEntry } from '../../../src/lib/site/bibtex';
import type { RawRecord } from '../../../src/lib/model/paper';

const read = (bib: string): RawRecord[] => parseBibtex('theses.bib', bib).records;
const cite = (r: RawRecord) => bibtexEntry({ id: 'x', title: r.title, authors: r.authors ?? [], year: r.year, venue: r.venue, entryType: r.entryType, bibliographic: r.bibliographic, citationKey: r.citationKey, url: r.url, arxiv: r.arxiv, links: [] });

describe('a thesis in BibTeX', () => {
  it("is shown under its school and cited with it as school, BibTeX's field for it", () => {
    const [r] = read('@phdthesis{okafor2019soil,\n  author = {Okafor, Ada},\n  title = {Soil carbon under tillage},\n  school = {University of Cambridge},\n  year = {2019},\n  abstract = {We measure soil carbon.}\n}\n');
    expect(r!.venue).toBe('University of Cambridge');
    expect(cite(r!)).toContain('school = {University of Cambridge}');
    expect(cite(r!)).not.toContain('howpublished');
  });

  it("reads biblatex's @thesis: its institution is the school, and the kind its type names chooses the entry type", () => {
    const [r] = read('@thesis{klein2020,\n  author = {Klein, Max},\n  title = {Graph sparsification},\n  institution = {Technische Universit{\\"a}t M{\\"u}nchen},\n  type = {mathesis},\n  year = {2020},\n  abstract = {We sparsify graphs.}\n}\n');
    expect(r!.entryType).toBe('mastersthesis');
    expect(r!.venue).toBe('Technische Universität München');
    expect(r!.bibliographic).toBeUndefined();
    expect(cite(r!)).toMatch(/^@mastersthesis\{klein2020,/);
    expect(cite(r!)).not.toContain('type');
  });

  it('keeps a type that is a text of its own, which BibTeX prints in place of "PhD thesis"', () => {
    const [r] = read('@phdthesis{hall2021,\n  title = {Rivers},\n  school = {ETH Z{\\"u}rich},\n  type = {Habilitation},\n  abstract = {Rivers run.}\n}\n');
    expect(r!.bibliographic).toEqual({ reportType: 'Habilitation' });
    expect(cite(r!)).toContain('type   = {Habilitation}');
  });
});

describe("a @misc's howpublished", () => {
  it('is its venue, read back from the Cite box that writes one there', () => {
    const [r] = read('@misc{p1,\n  title = {Span prediction},\n  howpublished = {EMNLP},\n  year = {2021},\n  abstract = {We predict spans.}\n}\n');
    expect(r!.venue).toBe('EMNLP');
    expect(cite(r!)).toContain('howpublished = {EMNLP}');
  });

  it("leaves a report under its institution, type and number", () => {
    const [r] = read('@techreport{w1,\n  title = {Wages},\n  institution = {National Bureau of Economic Research},\n  type = {Working Paper},\n  number = {19843},\n  howpublished = {NBER},\n  abstract = {Wages rose.}\n}\n');
    expect(r!.venue).toBe('National Bureau of Economic Research Working Paper 19843');
  });

  it('gives an arXiv id written there, and a web address is the link, no venue', () => {
    const [pre, web] = read(
      '@misc{p2,\n  title = {A preprint},\n  howpublished = {arXiv preprint arXiv:2101.00001},\n  abstract = {We show things.}\n}\n' +
        '@misc{who2020,\n  author = {{World Health Organization}},\n  title = {Report on malaria},\n  howpublished = {\\url{https://example.org/report.pdf}},\n  abstract = {Malaria persists.}\n}\n',
    );
    expect(pre!.arxiv).toBe('2101.00001');
    expect(web!.url).toBe('https://example.org/report.pdf');
    expect(web!.venue).toBeUndefined();
  });
});

describe("biblatex's subtitle", () => {
  it('follows the title after a colon, or a space where the title ends in its own punctuation', () => {
    const [a, b] = read(
      '@book{a,\n  title = {Sparse coding revisited},\n  subtitle = {A dictionary learning perspective},\n  abstract = {We revisit it.}\n}\n' +
        '@book{b,\n  title = {Why rivers?},\n  subtitle = {An essay},\n  abstract = {Rivers run.}\n}\n',
    );
    expect(a!.title).toBe('Sparse coding revisited: A dictionary learning perspective');
    expect(b!.title).toBe('Why rivers? An essay');
  });
});

describe('a url field holding several addresses', () => {
  it("links the first, as Mendeley writes every address it has one after another", () => {
    const [r] = read('@article{m,\n  title = {Ecology},\n  url = {http://doi.wiley.com/10.1111/ele.12345 http://www.ncbi.nlm.nih.gov/pubmed/25678901},\n  abstract = {Ecology.}\n}\n');
    expect(r!.url).toBe('http://doi.wiley.com/10.1111/ele.12345');
  });
});

describe('Web of Science and Scopus exports', () => {
  it("read the article number under their names, and leave WoS's document type out of an article's entry", () => {
    const [wos, scopus] = read(
      '@article{ WOS:000123,\nAuthor = {Lee, Min},\nTitle = {{Soil carbon}},\nJournal = {{GEODERMA}},\nYear = {{2021}},\nVolume = {{401}},\nArticle-Number = {{115312}},\nType = {{Article}},\nAbstract = {{We map soil carbon.}}\n}\n' +
        '@ARTICLE{Lee2022,\nauthor={Lee, M.},\ntitle={Soil maps},\njournal={Geoderma},\nyear={2022},\nvolume={402},\nart_number={115400},\nabstract={We map soils.},\ntype={Article}\n}\n',
    );
    expect(wos!.bibliographic).toEqual({ volume: '401', articleNumber: '115312' });
    expect(scopus!.bibliographic).toEqual({ volume: '402', articleNumber: '115400' });
  });

  it("show WoS's journal in capitals in the case its ISO abbreviation gives, acronyms kept", () => {
    const [a, b] = read(
      '@article{ WOS:000124,\nAuthor = {Lee, Min},\nTitle = {{Canopy height from lidar}},\nJournal = {{IEEE TRANSACTIONS ON GEOSCIENCE AND REMOTE SENSING}},\nYear = {{2021}},\nAbstract = {{We map canopy height.}},\nJournal-ISO = {{IEEE Trans. Geosci. Remote Sensing}}\n}\n' +
        '@article{ WOS:000125,\nAuthor = {Lee, Min},\nTitle = {{Soil maps}},\nJournal = {{GEODERMA}},\nYear = {{2021}},\nAbstract = {{We map soils.}}\n}\n',
    );
    expect(a!.venue).toBe('IEEE Transactions on Geoscience and Remote Sensing');
    // No abbreviation: nothing tells an acronym from a word, so the capitals stay.
    expect(b!.venue).toBe('GEODERMA');
  });
});
