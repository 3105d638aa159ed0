import { describe, expect, it } from 'vitest';
import { bibtexPages, monthOfDate, pageRange, parseMonth } from '../../../src/lib/cite/bibliographic';
import { ingestFile } from '../../../src/lib/ingest/index';
import { normaliseRecords } from '../../../src/lib/normalise';
import { paperFileSpecs } from '../../../src/lib/content/plan';
import { parsePaperFile, renderPaperFile } from '../../../src/lib/content/paper-file';
import { bibtexEntry } from '../../../src/lib/site/bibtex';
import { paperPageView } from '../../../src/lib/site/paper-page';
import type { GraphFile, Ledger } from '../../../src/lib/content/schema';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** One input file through ingest, normalise and the paper file's frontmatter, written and read back. */
function frontmattersOf(file: string, text: string) {
  const ingested = ingestFile(file, utf8(text));
  const { papers } = normaliseRecords(ingested.records);
  const graph: GraphFile = { version: 1, clusters: [], papers: { nodes: [], edges: [] }, concepts: { nodes: [], edges: [] } };
  const ledger = { version: 1, files: [], entries: [], totals: { read: 0, written: 0, merged: 0, used: 0, rejected: 0 }, fileErrors: [], warnings: [] } satisfies Ledger;
  const specs = paperFileSpecs({ papers, index: { concepts: [], byPaper: {} }, related: {}, graph, cooccurs: {}, ledger, edits: new Map() });
  return { problems: ingested.problems, files: specs.map((s) => renderPaperFile(s.frontmatter, 'Body')) };
}

const BIB = `@string{jmlr = {Journal of Machine Learning Research}}
@Article{mueller2019graph,
  author    = {M{\\"u}ller, J{\\"o}rg and Garc{\\'\\i}a M{\\'a}rquez, Gabriel},
  title     = {Graph Neural Networks for Molecular Property Prediction},
  journal   = jmlr,
  year      = {2019},
  month     = mar,
  volume    = {20},
  number    = {3},
  pages     = {1--42},
  publisher = {Microtome {\\&} Sons},
  abstract  = {Graph neural networks have become the standard tool for molecular property prediction.},
}
@Article{plain2020,
  author   = {Doe, Jane},
  title    = {A Paper Without Any of Them},
  journal  = jmlr,
  year     = {2020},
  abstract = {Nothing but the journal and the year.},
}`;

describe('volume, number, pages, month and publisher', () => {
  it("reach the Cite entry from the user's BibTeX, through the paper file", () => {
    const [mueller, plain] = frontmattersOf('library.bib', BIB).files;
    const data = parsePaperFile(mueller!).data;
    expect(data.bibliographic).toEqual({ volume: '20', number: '3', pages: '1–42', month: 3, publisher: 'Microtome & Sons' });
    const entry = bibtexEntry(data);
    expect(entry).toContain('  month     = mar,\n');
    expect(entry).toContain('  journal   = {Journal of Machine Learning Research},\n');
    expect(entry).toContain('  volume    = {20},\n');
    expect(entry).toContain('  number    = {3},\n');
    expect(entry).toContain('  pages     = {1--42},\n');
    expect(entry).toContain('  publisher = {Microtome \\& Sons}');
    // A paper whose input gave none of them has no key for them in its file, and its entry is as it was.
    expect(plain).not.toContain('bibliographic');
    expect(bibtexEntry(parsePaperFile(plain!).data)).not.toMatch(/volume|number|pages|month|publisher/);
  });

  it('are read from CSL-JSON: volume, issue, page, the month of issued, publisher', () => {
    const csl = JSON.stringify([
      {
        id: 'item1',
        type: 'article-journal',
        title: 'Percolation with Heavy Tails',
        abstract: 'Heavy-tailed percolation on random graphs.',
        author: [{ family: 'Groß', given: 'Jürgen' }],
        issued: { 'date-parts': [[2015, 11, 2]] },
        'container-title': 'Random Structures & Algorithms',
        volume: 47,
        issue: '2',
        page: '301-329',
        publisher: 'Wiley',
      },
      // A volume of a shape nobody writes is left out with a warning; the item keeps its page.
      { id: 'item2', type: 'article-journal', title: 'Giant Components', abstract: 'Random intersection graphs.', issued: { 'date-parts': [[2016]] }, volume: { odd: true } },
    ]);
    const { files, problems } = frontmattersOf('zotero.json', csl);
    expect(problems).toEqual([expect.objectContaining({ file: 'zotero.json', severity: 'warning', reason: expect.stringContaining('"volume": expected text or a number') })]);
    const [percolation, giant] = files.map((f) => parsePaperFile(f).data);
    expect(percolation!.bibliographic).toEqual({ volume: '47', number: '2', pages: '301–329', month: 11, publisher: 'Wiley' });
    expect(bibtexEntry(percolation!)).toContain('pages     = {301--329}');
    expect(giant!.bibliographic).toBeUndefined();
  });

  it('are read from the JSON keys the README documents, with a located warning for a month that is none', () => {
    const jsonl = [
      JSON.stringify({ title: 'Graph nets', abstract: 'Graph nets for physics.', year: '2021-05-04', volume: 7, issue: 'S1', pages: 'e1234--e1240', publisher: 'PMLR' }),
      JSON.stringify({ title: 'Sparse graphs', abstract: 'Sparse graphs, again.', year: 2022, month: 'Spring', number: 12 }),
    ].join('\n');
    const { files, problems } = frontmattersOf('notes.jsonl', jsonl);
    const [nets, sparse] = files.map((f) => parsePaperFile(f).data);
    expect(nets!.bibliographic).toEqual({ volume: '7', number: 'S1', pages: 'e1234–e1240', month: 5, publisher: 'PMLR' });
    expect(sparse!.bibliographic).toEqual({ number: '12' });
    expect(problems).toEqual([expect.objectContaining({ file: 'notes.jsonl', line: 2, severity: 'warning', reason: expect.stringContaining('"month": "Spring" is not a month') })]);
  });
});

describe('a paper read twice', () => {
  it('takes the fields its page lacks from the other record', () => {
    const record = { title: 'Graph nets', abstract: 'Graph nets for physics.', authors: [] };
    const { papers } = normaliseRecords([
      { ...record, bibliographic: { publisher: 'PMLR' }, source: { file: 'a.jsonl', line: 1 } },
      { ...record, bibliographic: { volume: '7', publisher: 'Other' }, source: { file: 'b.jsonl', line: 1 } },
    ]);
    expect(papers).toHaveLength(1);
    expect(papers[0]!.bibliographic).toEqual({ volume: '7', publisher: 'PMLR' });
  });
});

describe('parseMonth', () => {
  it('reads numbers, BibTeX macros and month names, and nothing else', () => {
    expect([3, '03', '09 1', 'mar', 'March', 'Sept.', 'dec'].map(parseMonth)).toEqual([3, 3, 9, 3, 3, 9, 12]);
    expect([0, 13, '2019', 'Spring', 'marble', '', null].map(parseMonth)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(['2019-03', '2019-03-15', '2019', '03/2019'].map(monthOfDate)).toEqual([3, 3, undefined, undefined]);
  });

  it('takes a leading number for the month only when no word follows it, else the one month the text names', () => {
    // A day-first date: its first number is the day, not January.
    expect(['1 March 2020', '15 Sept. 2019', 'March 15, 2020', '3 (March)', '03/2019', '03-2020', 'Published May 2021'].map(parseMonth)).toEqual([3, 9, 3, 3, 3, 3, 5]);
    // Two months (a bimonthly issue) are not one month, as the parser gives `jan # "--" # feb` or {Mar--Apr}.
    expect(['Mar–Apr', '01–02', 'June/July', 'Spring 2020', '1 Spring'].map(parseMonth)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('that is none is reported alike, with its line, from BibTeX and from JSON, and the paper kept', () => {
    const bib = `@article{spring,\n  title = {Seasonal Graphs},\n  abstract = {Graphs by season.},\n  month = {Spring},\n}\n@article{bimonthly,\n  title = {Bimonthly Graphs},\n  abstract = {Graphs, twice a month.},\n  month = {Mar--Apr},\n}\n@article{day,\n  title = {Dated Graphs},\n  abstract = {Graphs with a day.},\n  month = {1 March 2020},\n}\n`;
    const fromBib = ingestFile('lib.bib', utf8(bib));
    expect(fromBib.records.map((r) => [r.citationKey, r.bibliographic])).toEqual([
      ['spring', undefined],
      ['bimonthly', undefined],
      ['day', { month: 3 }],
    ]);
    expect(fromBib.problems.map((p) => [p.line, p.severity, p.reason])).toEqual([
      [1, 'warning', '@article{spring}: month "Spring" is not a month; expected a month macro such as mar, 1 to 12, or a month\'s name such as March (the paper is kept without a month)'],
      [6, 'warning', expect.stringMatching(/^@article\{bimonthly\}: month "Mar–Apr" is not a month;/)],
    ]);
    const jsonl = ['Spring', 'Mar--Apr', '1 March 2020'].map((month, k) => JSON.stringify({ title: `Graphs ${k}`, abstract: 'Graphs.', month })).join('\n');
    const fromJson = ingestFile('notes.jsonl', utf8(jsonl));
    expect(fromJson.records.map((r) => r.bibliographic)).toEqual([undefined, undefined, { month: 3 }]);
    expect(fromJson.problems.map((p) => [p.line, p.severity, p.reason])).toEqual([
      [1, 'warning', expect.stringMatching(/^"month": "Spring" is not a month;/)],
      [2, 'warning', expect.stringMatching(/^"month": "Mar--Apr" is not a month;/)],
    ]);
  });
});

describe('bibtexPages', () => {
  it('writes a range with --, whatever dash the input used', () => {
    expect(['1–42', '1-42', '1 — 42', 'e1234--e1240', '17', 'S1-S3'].map(bibtexPages)).toEqual(['1--42', '1--42', '1--42', 'e1234--e1240', '17', 'S1--S3']);
    // The same dashes as a range is read with (pageRange): a minus sign too, as some PDFs' text has it.
    expect(['12\u221219', '12\u2011 19'].map(bibtexPages)).toEqual(['12--19', '12--19']);
    expect(pageRange('12\u221219')).toBe('12\u201319');
  });
});

describe('pageRange', () => {
  it("completes MEDLINE's cut ranges", () => {
    expect(['2103-16', '1637-45', '349-60', '123–5', '2103 - 16'].map(pageRange)).toEqual(['2103–2116', '1637–1645', '349–360', '123–125', '2103–2116']);
  });

  it('writes every range from a page to a later one with an en dash, whatever the input wrote (review 44 item 7: CSL "231-241" stayed "231-241", BibTeX gave "100–110")', () => {
    expect(['231-241', '100–110', '100--110', '100 - 110', '1 — 42', '7−9', '693-704', '1995-2008', '12-12'].map(pageRange)).toEqual([
      '231–241', '100–110', '100–110', '100–110', '1–42', '7–9', '693–704', '1995–2008', '12–12',
    ]);
    // Supplement and electronic pages are ranges too; their letters are kept, and never completed.
    expect(['S12-S19', 'e123-e130', 'S1-S12', 'S12-19', 'e2021-0034'].map(pageRange)).toEqual(['S12–S19', 'e123–e130', 'S1–S12', 'S12–19', 'e2021-0034']);
    expect(pageRange('1-5, 7-9; 11--13')).toBe('1–5, 7–9; 11–13');
  });

  it('leaves one page, an article number and what is no forward range as written', () => {
    expect(['e1234', '17', '021801', '1299-03', '035001-1', 'A5-B7', 'xi-xv', 'pp. 1-2', '19-3'].map(pageRange)).toEqual([
      'e1234', '17', '021801', '1299-03', '035001-1', 'A5-B7', 'xi-xv', 'pp. 1-2', '19-3',
    ]);
  });

  it('gives the paper file one form of a range from BibTeX, CSL-JSON and JSON Lines alike, and BibTeX its -- back', () => {
    const bib = '@article{k1,\n  title = {Graphs},\n  abstract = {Graphs, read.},\n  year = {2020},\n  pages = {100--110}\n}\n';
    const csl = JSON.stringify([{ id: 'c1', type: 'article-journal', title: 'Graphs', abstract: 'Graphs, read.', issued: { 'date-parts': [[2020]] }, page: '100-110' }]);
    const jsonl = JSON.stringify({ title: 'Graphs', abstract: 'Graphs, read.', year: 2020, pages: '100 - 110' });
    const read = [frontmattersOf('my.bib', bib), frontmattersOf('my.json', csl), frontmattersOf('my.jsonl', jsonl)].map((r) => parsePaperFile(r.files[0]!).data);
    expect(read.map((p) => p.bibliographic?.pages)).toEqual(['100–110', '100–110', '100–110']);
    expect(read.map((p) => /pages += \{([^}]*)\}/.exec(bibtexEntry(p))?.[1])).toEqual(['100--110', '100--110', '100--110']);
  });

  it('reaches the paper file and the Cite entry from a PubMed CSL export', () => {
    const csl = JSON.stringify([
      { id: 'pm1', type: 'article-journal', title: 'Dexamethasone in Hospitalized Patients with Covid-19', abstract: 'Dexamethasone lowered 28-day mortality.', issued: { 'date-parts': [[2021, 2, 25]] }, 'container-title': 'N Engl J Med', volume: '384', page: '693-704' },
      { id: 'pm2', type: 'article-journal', title: 'Tocilizumab in patients admitted to hospital with COVID-19', abstract: 'Tocilizumab improved survival.', issued: { 'date-parts': [[2021, 5, 1]] }, 'container-title': 'Lancet', volume: '397', page: '1637-45' },
    ]);
    const [dexa, toci] = frontmattersOf('pubmed.json', csl).files.map((f) => parsePaperFile(f).data);
    expect(dexa!.bibliographic?.pages).toBe('693–704');
    expect(toci!.bibliographic?.pages).toBe('1637–1645');
    expect(bibtexEntry(toci!)).toMatch(/pages +\= \{1637--1645\}/);
  });
});

describe('a report', () => {
  const NBER = `@techreport{chetty2014where,
  title = {Where is the Land of Opportunity? The Geography of Intergenerational Mobility in the United States},
  author = {Chetty, Raj and Hendren, Nathaniel and Kline, Patrick and Saez, Emmanuel},
  institution = {National Bureau of Economic Research},
  type = {Working Paper},
  number = {19843},
  year = {2014},
  month = jan,
  doi = {10.3386/w19843},
  abstract = {We use administrative records on the incomes of more than 40 million children and their parents.},
}`;

  it("is shown under its institution, type and number, which its Cite entry writes as BibTeX's required fields", () => {
    const [file] = frontmattersOf('nber-econ.bib', NBER).files;
    const data = parsePaperFile(file!).data;
    expect(data.venue).toBe('National Bureau of Economic Research Working Paper 19843');
    expect(data.bibliographic).toEqual({ number: '19843', month: 1, institution: 'National Bureau of Economic Research', reportType: 'Working Paper' });
    const entry = bibtexEntry(data);
    expect(entry).toMatch(/^@techreport\{chetty2014where,/);
    expect(entry).toMatch(/institution += \{National Bureau of Economic Research\},/);
    expect(entry).toMatch(/type += \{Working Paper\},/);
    expect(entry).toMatch(/number += \{19843\},/);
    expect(entry).not.toContain('howpublished');
  });

  it('is read from CSL: a report\'s publisher is its institution, its genre its type', () => {
    const csl = JSON.stringify([
      { id: 'w4509', type: 'report', title: 'Minimum Wages and Employment', abstract: 'We study fast-food restaurants in New Jersey and Pennsylvania.', publisher: 'National Bureau of Economic Research', genre: 'Working Paper', number: '4509', issued: { 'date-parts': [[1993, 10]] } },
    ]);
    const data = parsePaperFile(frontmattersOf('zotero.json', csl).files[0]!).data;
    expect(data.venue).toBe('National Bureau of Economic Research Working Paper 4509');
    expect(data.bibliographic).toEqual({ number: '4509', month: 10, institution: 'National Bureau of Economic Research', reportType: 'Working Paper' });
    expect(bibtexEntry(data)).toMatch(/institution += \{National Bureau of Economic Research\}/);
  });
});

describe("INSPIRE's collaboration", () => {
  const INSPIRE = `@article{ATLAS:2012yve,
    author = "Aad, Georges and others",
    collaboration = "ATLAS",
    title = "{Observation of a new particle in the search for the Standard Model Higgs boson with the ATLAS detector at the LHC}",
    eprint = "1207.7214",
    archivePrefix = "arXiv",
    journal = "Phys. Lett. B",
    volume = "716",
    pages = "1--29",
    year = "2012",
    abstract = "A search for the Standard Model Higgs boson in proton-proton collisions with the ATLAS detector at the LHC is presented."
}`;

  it('is kept in the paper file and written in the Cite entry', () => {
    const data = parsePaperFile(frontmattersOf('inspire-hep.bib', INSPIRE).files[0]!).data;
    expect(data.collaboration).toBe('ATLAS');
    expect(data.authors).toEqual(['Georges Aad']);
    const entry = bibtexEntry(data);
    expect(entry).toMatch(/ {2}author += \{Georges Aad and others\},\n {2}collaboration = \{ATLAS\},\n/);
  });

  it('is read from JSON', () => {
    const jsonl = JSON.stringify({ title: 'Observation of CP violation in charm decays', abstract: 'LHCb reports the observation of CP violation in charm.', authors: ['Roel Aaij', 'others'], collaboration: 'LHCb' });
    expect(parsePaperFile(frontmattersOf('lhcb.jsonl', jsonl).files[0]!).data.collaboration).toBe('LHCb');
  });
});

describe('a PubMed record', () => {
  const ISIS = {
    id: 'http://zotero.org/users/local/kX3aP/items/ISIS2',
    type: 'article-journal',
    title: 'Randomised trial of intravenous streptokinase, oral aspirin, both, or neither among 17,187 cases of suspected acute myocardial infarction: ISIS-2',
    'container-title': 'Lancet (London, England)',
    'container-title-short': 'Lancet',
    volume: '2',
    page: '349-60',
    PMID: '2899772',
    abstract: '17,187 patients entering 417 hospitals after the onset of suspected acute myocardial infarction were randomised.',
    author: [{ literal: 'ISIS-2 (Second International Study of Infarct Survival) Collaborative Group' }],
    issued: { 'date-parts': [['1988', '8', '13']] },
  };

  it('keeps its PMID, linked to its PubMed page, and is shown under the journal title a citation prints', () => {
    const csl = JSON.stringify([
      ISIS,
      { ...ISIS, id: 'bmj', title: 'Smoking and dementia in male British doctors', 'container-title': 'BMJ (Clinical research ed.)', 'container-title-short': 'BMJ', PMID: 7888901 },
      // The short title is no bracket-less form of the long one: the long one stays.
      { ...ISIS, id: 'nejm', title: 'Dexamethasone in Hospitalized Patients with Covid-19', 'container-title': 'The New England Journal of Medicine', 'container-title-short': 'N Engl J Med', PMID: 'PMID: 32678530' },
      { ...ISIS, id: 'bad', title: 'A record with a broken PMID', PMID: 'see PubMed' },
    ]);
    const { files, problems } = frontmattersOf('pubmed-clinical.json', csl);
    const [isis, bmj, nejm, bad] = files.map((f) => parsePaperFile(f).data);
    expect([isis!.pmid, bmj!.pmid, nejm!.pmid, bad!.pmid]).toEqual(['2899772', '7888901', '32678530', undefined]);
    expect([isis!.venue, bmj!.venue, nejm!.venue]).toEqual(['Lancet', 'BMJ', 'The New England Journal of Medicine']);
    expect(problems).toEqual([expect.objectContaining({ file: 'pubmed-clinical.json', severity: 'warning', reason: expect.stringContaining('"PMID": "see PubMed" is not a PubMed id') })]);
    const atlas = { paperById: new Map(), conceptById: new Map(), clusters: new Map(), neighbours: new Map(), citationKeys: new Map() };
    const view = paperPageView(atlas, isis!, '/');
    expect(view.links).toEqual([{ href: 'https://pubmed.ncbi.nlm.nih.gov/2899772/', label: 'PubMed 2899772', kind: 'pubmed' }]);
    expect(view.pmid).toBe('2899772');
  });

  it('keeps a PMID from BibTeX and JSON too', () => {
    const bib = `@article{doll1994,
  author = {Doll, Richard and Peto, Richard},
  title = {Mortality in relation to smoking: 40 years' observations on male British doctors},
  journal = {BMJ},
  year = {1994},
  pmid = {7955474},
  abstract = {A prospective study of the mortality of male British doctors in relation to smoking.},
}`;
    expect(parsePaperFile(frontmattersOf('doctors.bib', bib).files[0]!).data.pmid).toBe('7955474');
    const jsonl = JSON.stringify({ title: 'Blood pressure control', abstract: 'Intensive control lowered events.', pmid: 26551272 });
    expect(parsePaperFile(frontmattersOf('sprint.jsonl', jsonl).files[0]!).data.pmid).toBe('26551272');
  });
});

describe("an INSPIRE preprint's arXiv category", () => {
  it('is written as eprintclass beside eprint and archivePrefix', () => {
    const bib = `@article{Cacciari:2008gp,
    author = "Cacciari, Matteo and Salam, Gavin P. and Soyez, Gregory",
    title = "{The anti-$k_t$ jet clustering algorithm}",
    eprint = "0802.1189",
    archivePrefix = "arXiv",
    primaryClass = "hep-ph",
    reportNumber = "LPTHE-07-03",
    journal = "JHEP",
    volume = "04",
    pages = "063",
    year = "2008",
    abstract = "The kt and Cambridge/Aachen inclusive jet finding algorithms for hadron-hadron collisions can be seen as belonging to a broader class of sequential recombination jet algorithms."
}`;
    const data = parsePaperFile(frontmattersOf('inspire-hep.bib', bib).files[0]!).data;
    expect(data.bibliographic?.eprintClass).toBe('hep-ph');
    expect(bibtexEntry(data)).toMatch(/ {2}eprint += \{0802\.1189\},\n {2}archivePrefix = \{arXiv\},\n {2}eprintclass += \{hep-ph\},\n/);
  });
});

describe('a report whose kind names its issuer (review 17 L3)', () => {
  it('does not say the issuer twice: "SSRN Scholarly Paper 3038939", not "Social Science Research Network SSRN Scholarly Paper 3038939"', () => {
    const csl = JSON.stringify([
      { id: 'balkin', type: 'report', title: 'Free Speech in the Algorithmic Society', abstract: 'We study speech regulation.', publisher: 'Social Science Research Network', genre: 'SSRN Scholarly Paper', number: '3038939', issued: { 'date-parts': [[2017]] } },
    ]);
    const data = parsePaperFile(frontmattersOf('zotero.json', csl).files[0]!).data;
    expect(data.venue).toBe('SSRN Scholarly Paper 3038939');
    const entry = bibtexEntry(data);
    // The Cite entry still names the issuer, in its own field.
    expect(entry).toMatch(/institution += \{Social Science Research Network\}/);
    expect(entry).toMatch(/type += \{SSRN Scholarly Paper\}/);
    expect(entry).not.toContain('howpublished');
  });
});

describe('a book (review 17 M6)', () => {
  const BOOK = `@book{habermas_strukturwandel_1962,
  address = {Neuwied},
  title = {Strukturwandel der {\\"O}ffentlichkeit},
  publisher = {Luchterhand},
  author = {Habermas, J{\\"u}rgen},
  year = {1962},
  series = {Politica},
  edition = {2},
  isbn = {978-3-518-07608-7},
  abstract = {Die Untersuchung gilt dem Strukturwandel der Öffentlichkeit.},
}
@book{nora_realms_1996,
  address = {New York},
  title = {Realms of Memory},
  publisher = {Columbia University Press},
  author = {Nora, Pierre},
  translator = {Goldhammer, Arthur},
  year = {1996},
  abstract = {Memory and history are far from being synonymous.},
}`;

  it('is shown under its place and publisher, and its Cite entry keeps address, translator, series, edition and isbn', () => {
    const [habermas, nora] = frontmattersOf('history.bib', BOOK).files.map((f) => parsePaperFile(f).data);
    expect(habermas!.bibliographic).toEqual({ publisher: 'Luchterhand', address: 'Neuwied', series: 'Politica', edition: '2', isbn: '978-3-518-07608-7' });
    const atlas = { paperById: new Map(), conceptById: new Map(), clusters: new Map(), neighbours: new Map(), citationKeys: new Map() };
    expect(paperPageView(atlas, habermas!, '/').venue).toBe('Neuwied: Luchterhand');
    const entry = bibtexEntry(habermas!);
    expect(entry).toMatch(/^@book\{habermas_strukturwandel_1962,/);
    expect(entry).toMatch(/address += \{Neuwied\},/);
    expect(entry).toMatch(/series += \{Politica\},/);
    expect(entry).toMatch(/edition += \{2\},/);
    expect(entry).toMatch(/isbn += \{978-3-518-07608-7\}/);
    // No container: the publisher is not written again as a journal or howpublished.
    expect(entry).not.toMatch(/journal|howpublished|booktitle/);
    expect(nora!.bibliographic).toMatchObject({ translators: ['Arthur Goldhammer'] });
    expect(bibtexEntry(nora!)).toMatch(/translator += \{Arthur Goldhammer\},/);
  });

  it('is read from CSL: publisher-place, translator, collection-title, edition and ISBN', () => {
    const csl = JSON.stringify([
      { id: 'b', type: 'book', title: 'Problèmes de linguistique générale', abstract: 'Le langage re-produit la réalité.', publisher: 'Gallimard', 'publisher-place': 'Paris', 'collection-title': 'Bibliothèque des sciences humaines', edition: 2, ISBN: '978-2-07-020420-3', translator: [{ family: 'Meek', given: 'Mary Elizabeth' }], author: [{ family: 'Benveniste', given: 'Émile' }], issued: { 'date-parts': [[1966]] } },
    ]);
    const data = parsePaperFile(frontmattersOf('zotero.json', csl).files[0]!).data;
    expect(data.bibliographic).toEqual({ publisher: 'Gallimard', address: 'Paris', series: 'Bibliothèque des sciences humaines', edition: '2', isbn: '978-2-07-020420-3', translators: ['Mary Elizabeth Meek'] });
    const entry = bibtexEntry(data);
    expect(entry).toMatch(/address += \{Paris\},/);
    expect(entry).toMatch(/translator += \{Mary Elizabeth Meek\},/);
  });

  it("keeps a conference's acronym in `series` as part of the venue, not as a book series", () => {
    const bib = `@inproceedings{a, title = {T}, author = {Doe, Jane}, booktitle = {Proceedings of the 2019 CHI Conference}, series = {CHI '19}, year = {2019}, abstract = {We study chat.}}`;
    const data = parsePaperFile(frontmattersOf('acm.bib', bib).files[0]!).data;
    expect(data.venue).toBe("Proceedings of the 2019 CHI Conference (CHI '19)");
    expect(data.bibliographic?.series).toBeUndefined();
  });
});

describe("an arXiv journal reference's parts (review 17 M4, L2)", () => {
  const entry = (ref: string) => `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
<entry><id>http://arxiv.org/abs/1111.1204v3</id><published>2011-11-05T00:00:00Z</published><title>Perfectoid spaces</title>
<summary>We introduce a certain class of so-called perfectoid rings and spaces.</summary><author><name>Peter Scholze</name></author>
<arxiv:journal_ref>${ref}</arxiv:journal_ref></entry></feed>`;

  it('reads a journal name with TeX accents, and a series number apart from the name', () => {
    const ihes = parsePaperFile(frontmattersOf('math.atom', entry(String.raw`Publ. Math. Inst. Hautes \'Etudes Sci. 116 (2012), 245-313`)).files[0]!).data;
    expect(ihes.venue).toBe('Publ. Math. Inst. Hautes Études Sci.');
    expect(ihes.bibliographic).toEqual({ volume: '116', pages: '245–313' });
    expect(bibtexEntry(ihes)).toMatch(/journal += \{Publ. Math. Inst. Hautes Études Sci.\},\n +volume += \{116\},\n +pages += \{245--313\}/);
    const annals = parsePaperFile(frontmattersOf('math.atom', entry('Ann. of Math. (2) 181 (2015), no. 1, 191-242')).files[0]!).data;
    expect(annals.venue).toBe('Ann. of Math.');
    expect(annals.bibliographic).toEqual({ volume: '181', number: '1', pages: '191–242', series: '2' });
    expect(bibtexEntry(annals)).toMatch(/series += \{2\},/);
  });
});
