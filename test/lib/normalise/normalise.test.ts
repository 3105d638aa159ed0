import { describe, expect, it } from 'vitest';
import type { RawRecord } from '../../../src/lib/model/paper';
import { normaliseRecords } from '../../../src/lib/normalise/index';

const rec = (title: string, abstract: string, line: number, extra: Partial<RawRecord> = {}): RawRecord => ({ title, abstract, source: { file: 'in.jsonl', line }, ...extra });

describe('normaliseRecords', () => {
  it('leaves out a url that is no web address or gives away a password, with a warning at the record, and keeps the paper', () => {
    const { papers, warnings } = normaliseRecords([
      rec('Salt Marsh Dieback', 'Dieback follows drought.', 3, { url: 'javascript:alert(1)' }),
      rec('Seagrass Loss', 'Loss follows turbidity.', 4, { url: 'file:///etc/passwd' }),
      rec('Kelp Forests', 'Kelp follows upwelling.', 5, { url: ' https://example.org/kelp ' }),
      rec('Reef Bleaching', 'Bleaching follows heat.', 6, { url: 'https://user:pw@example.org/p' }),
      rec('Lab Notes', 'Notes follow meetings.', 7, { url: 'http://intranet/papers/42' }),
    ]);
    expect(Object.fromEntries(papers.map((p) => [p.title, p.url]))).toEqual({ 'Kelp Forests': 'https://example.org/kelp', 'Salt Marsh Dieback': undefined, 'Seagrass Loss': undefined, 'Reef Bleaching': undefined, 'Lab Notes': 'http://intranet/papers/42' });
    expect(warnings).toEqual([
      { file: 'in.jsonl', line: 3, severity: 'warning', reason: '"Salt Marsh Dieback": url "javascript:alert(1)" is not a web address (http or https); left out' },
      { file: 'in.jsonl', line: 4, severity: 'warning', reason: '"Seagrass Loss": url "file:///etc/passwd" is not a web address (http or https); left out' },
      { file: 'in.jsonl', line: 6, severity: 'warning', reason: '"Reef Bleaching": url "https://user:pw@example.org/p" holds a user name or password, which the site would publish; left out' },
    ]);
  });

  it('cleans text, finds links, hashes, and slugs', () => {
    const { papers, merged, rejected } = normaliseRecords([
      rec('Beyond **Aha!**', 'Gains of  10% -- see https://github.com/a/b{https://github.com/a/b}.', 1, { doi: '10.1/x', authors: [' Müller, J. '] }),
    ]);
    expect(merged).toEqual([]);
    expect(rejected).toEqual([]);
    expect(papers).toEqual([
      {
        slug: 'beyond-aha',
        title: 'Beyond Aha!',
        // TeX is the readers' business (they know which fields are TeX): `--` here was typed.
        abstract: 'Gains of 10% -- see https://github.com/a/b.',
        authors: ['Müller, J.'],
        doi: '10.1/x',
        links: [
          { url: 'https://github.com/a/b', kind: 'code', label: 'GitHub' },
          { url: 'https://doi.org/10.1/x', kind: 'doi', label: 'DOI' },
        ],
        sources: [{ file: 'in.jsonl', line: 1 }],
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    ]);
  });

  it('carries the entry type, whole-unit names and a cut author list, from a merged duplicate when the page lacks them', () => {
    const { papers } = normaliseRecords([
      rec('Reward Models', 'We study reward models.', 1),
      rec('Reward models', 'We study reward models', 9, {
        // Readers decode their format's TeX before records get here.
        authors: ['Wei Zhang', 'Institut für Physik'],
        literalAuthors: ['Institut für Physik'],
        etAl: true,
        entryType: 'inproceedings',
      }),
    ]);
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({ authors: ['Wei Zhang', 'Institut für Physik'], literalAuthors: ['Institut für Physik'], etAl: true, entryType: 'inproceedings' });
  });

  it("keeps the parts of a name cleaned like the name, and only for names still in the list", () => {
    const { papers } = normaliseRecords([
      rec('Names', 'Names in every form.', 1, {
        authors: ['Gabriel  García Márquez', 'Jane Doe'],
        nameParts: [
          { name: 'Gabriel  García Márquez', given: 'Gabriel', family: 'García  Márquez' },
          { name: 'Someone Else', given: 'Someone', family: 'Else Where' },
        ],
      }),
    ]);
    expect(papers[0]!.nameParts).toEqual([{ name: 'Gabriel García Márquez', given: 'Gabriel', family: 'García Márquez' }]);
  });

  it('keeps one link per target when duplicates are merged, however each record spelled it', () => {
    const { papers } = normaliseRecords([
      rec('Reward Models', 'We study reward models.', 1, { url: 'https://doi.org/10.1000/xyz1' }),
      rec('Reward models', 'We study reward models', 9, { url: 'http://dx.doi.org/10.1000/XYZ1' }),
    ]);
    expect(papers).toHaveLength(1);
    expect(papers[0]!.links.filter((l) => l.kind === 'doi')).toHaveLength(1);
  });

  it('merges duplicates (same title and abstract up to case, accents, punctuation and spacing)', () => {
    const { papers, merged } = normaliseRecords([
      rec('Attention Is All You Need', 'The dominant models...', 1, { year: 2017 }),
      rec('Other', 'Another abstract.', 2),
      rec('attention is all you need', 'The  dominant models', 7, { year: 2017, arxiv: '1706.03762' }),
    ]);
    expect(papers).toHaveLength(2);
    const att = papers[0]!;
    expect(att.sources).toEqual([
      { file: 'in.jsonl', line: 1 },
      { file: 'in.jsonl', line: 7 },
    ]);
    expect(att).toMatchObject({ title: 'Attention Is All You Need', year: 2017, arxiv: '1706.03762' });
    expect(merged).toEqual([{ source: { file: 'in.jsonl', line: 7 }, into: att.slug, reason: 'duplicate of in.jsonl:1 (same title and abstract)' }]);
  });

  it('merges duplicates whose math one export writes as TeX and the other as Unicode or plain text', () => {
    // Review 9 H1: the BNT162b2 trial in BibTeX and JSONL, and the Sycamore paper in arXiv Atom and a listing.
    const vaccine = 'of either placebo or the BNT162b2 vaccine candidate (30 $\\mu$g per dose). BNT162b2 is a lipid nanoparticle.';
    const sycamore = 'quantum states on 53 qubits, corresponding to a computational state-space of dimension $2^{53}$ (about $10^{16}$).';
    const { papers, merged } = normaliseRecords([
      rec('Safety and Efficacy of the BNT162b2 mRNA Covid-19 Vaccine', vaccine, 137, { source: { file: 'biomed.bib', line: 137 } }),
      rec('Safety and efficacy of the BNT162b2 mRNA COVID-19 vaccine', vaccine.replace('$\\mu$g', 'μg'), 19),
      rec('Quantum supremacy using a programmable superconducting processor', sycamore, 360, { source: { file: 'q.atom', line: 360 } }),
      rec('Quantum Supremacy Using a Programmable Superconducting Processor', sycamore.replace('$2^{53}$', '2⁵³').replace('$10^{16}$', '10^16'), 29),
      rec('IL-1β and TNF-α drive NF-κB activation', 'Both IL-1$\\beta$ and TNF-alpha act at 5 µg/ml.', 40),
      rec('IL-1$\\beta$ and TNF-$\\alpha$ drive NF-$\\kappa$B activation', 'Both IL-1β and TNF-α act at 5 μg/ml.', 41),
    ]);
    expect(papers.map((p) => p.sources.map((s) => s.line).sort((a, b) => a - b))).toEqual([
      [19, 137],
      [29, 360],
      [40, 41],
    ]);
    expect(merged).toHaveLength(3);
  });

  describe('a TeX and a Unicode export of one paper (review 10 H1)', () => {
    const keelingTex = 'Continuous measurements of atmospheric CO$_2$ at Mauna Loa from 1958 to 1971 show a secular increase from 315 to 326~ppm, and the $\\delta^{13}$C of the air points to a land-biosphere contribution.';
    const keelingUnicode = 'Continuous measurements of atmospheric CO₂ at Mauna Loa from 1958 to 1971 show a secular increase from 315 to 326 ppm, and the δ¹³C of the air points to a land-biosphere contribution.';
    const seven = ['Charles D. Keeling', 'Robert B. Bacastow', 'Arnold E. Bainbridge', 'Carl A. Ekdahl', 'Peter R. Guenther', 'Lee S. Waterman', 'John F. S. Chin'];
    const bib = rec('Atmospheric Carbon Dioxide Variations at Mauna Loa Observatory, Hawaii', keelingTex, 167, {
      source: { file: 'natsci.bib', line: 167 },
      authors: seven,
      venue: 'Tellus',
      year: 1976,
      citationKey: 'keeling1976atmospheric',
      id: 'keeling1976atmospheric',
    });
    const csl = rec('Atmospheric carbon dioxide variations at Mauna Loa Observatory, Hawaii', keelingUnicode, 40, {
      source: { file: 'zotero.json', line: 40 },
      authors: ['Charles D. Keeling', 'Robert B. Bacastow'],
      venue: 'Tellus',
      year: 1976,
      id: 'keeling-mlo',
    });

    it('make the page from the record with the longer author list and the citation key, in either order', () => {
      for (const order of [[bib, csl], [csl, bib]]) {
        const { papers, merged } = normaliseRecords(order);
        expect(papers).toHaveLength(1);
        expect(papers[0]).toMatchObject({ title: 'Atmospheric Carbon Dioxide Variations at Mauna Loa Observatory, Hawaii', authors: seven, citationKey: 'keeling1976atmospheric' });
        // The ledger names the record the duplicate joined.
        expect(merged).toEqual([{ source: { file: 'zotero.json', line: 40 }, into: papers[0]!.slug, reason: 'duplicate of natsci.bib:167 (same title and abstract)' }]);
      }
    });

    it('never let a shorter author list replace a longer one, nor an id take the place of a citation key', () => {
      // The CSL record is the only published one here (a journal and a DOI), so the page is made from it; it
      // still shows all seven authors and the BibTeX key a LaTeX user cites it by.
      const { papers } = normaliseRecords([{ ...bib, venue: undefined }, { ...csl, doi: '10.3402/tellusa.v28i6.11322' }]);
      expect(papers).toHaveLength(1);
      expect(papers[0]).toMatchObject({ title: 'Atmospheric carbon dioxide variations at Mauna Loa Observatory, Hawaii', authors: seven, citationKey: 'keeling1976atmospheric' });
    });
  });

  it('keeps apart texts whose math differs, or whose Greek words differ', () => {
    const { papers } = normaliseRecords([
      rec('Bounds on $\\sigma_8$', 'We bound $2^{53}$ states.', 1),
      rec('Bounds on $\\sigma_8$', 'We bound $2^{54}$ states.', 2),
      rec('Ανάλυση δεδομένων', 'Μελέτη.', 3),
      rec('Ανάλυση δεδομένων', 'Μελέτες.', 4),
    ]);
    expect(papers).toHaveLength(4);
  });

  it('keeps one copy of an abstract given twice over', () => {
    const once = 'Sea ice thickness was measured by airborne electromagnetic sounding over the Fram Strait in spring. The modal thickness fell by a fifth.';
    const { papers } = normaliseRecords([rec('Thinning sea ice in Fram Strait', `${once}${once}`, 3)]);
    expect(papers[0]!.abstract).toBe(once);
  });

  it('marks a paper its record says was retracted or withdrawn, with a warning at its place', () => {
    // Review 9: Elsevier's title prefix, arXiv's withdrawal notice and comment, a BibTeX note, and a paper about retractions.
    const { papers, warnings } = normaliseRecords([
      rec('RETRACTED: Ileal-lymphoid-nodular hyperplasia in children', 'This article has been retracted: please see Elsevier Policy on Article Withdrawal.', 306, { source: { file: 'biomed.bib', line: 306 } }),
      rec('A counterexample to the Riemann hypothesis', 'This paper has been withdrawn by the author due to a crucial sign error in equation (7).', 1151, { source: { file: 'q.atom', line: 1151 } }),
      rec('Spin liquids in kagome magnets', 'We report a spin liquid.', 12, { note: 'This paper has been withdrawn' }),
      rec('A trial of vitamin D', 'We randomised 200 adults.', 13, { note: 'Retracted in: Lancet 2010;375:445' }),
      rec('Hydroxychloroquine in outpatients', 'We randomised 400 adults.', 15, { source: { file: 'pubmed.nbib', line: 15 }, retractedAs: 'its publication type (PT)' }),
      rec('Why retracted papers keep being cited', 'Retracted papers are cited after their retraction; this paper has been withdrawn from nothing.', 14, { note: 'Erratum in: Nature 2020' }),
    ]);
    expect(papers.map((p) => [p.sources[0]!.line, p.retraction])).toEqual([
      [306, 'retracted'],
      [1151, 'withdrawn'],
      [12, 'withdrawn'],
      [13, 'retracted'],
      [15, 'retracted'],
      [14, undefined],
    ]);
    expect(warnings.map((w) => `${w.file}:${w.line}: ${w.reason}`)).toEqual([
      'biomed.bib:306: "RETRACTED: Ileal-lymphoid-nodular hyperplasia in children" is retracted, as its title says: kept, marked retracted on its page, and linked to no other paper',
      'q.atom:1151: "A counterexample to the Riemann hypothesis" is withdrawn, as its abstract says: kept, marked withdrawn on its page, and linked to no other paper',
      'in.jsonl:12: "Spin liquids in kagome magnets" is withdrawn, as its note says: kept, marked withdrawn on its page, and linked to no other paper',
      'in.jsonl:13: "A trial of vitamin D" is retracted, as its note says: kept, marked retracted on its page, and linked to no other paper',
      'pubmed.nbib:15: "Hydroxychloroquine in outpatients" is retracted, as its publication type (PT) says: kept, marked retracted on its page, and linked to no other paper',
    ]);
  });

  it('keeps a work retracted when a record of it that says so is merged into one that does not', () => {
    const { papers } = normaliseRecords([
      rec('Hydroxychloroquine and azithromycin as a treatment of COVID-19', 'We treated 36 patients.', 1, { doi: '10.1016/j.ijantimicag.2020.105949' }),
      rec('WITHDRAWN: Hydroxychloroquine and azithromycin as a treatment of COVID-19', 'This article has been withdrawn at the request of the author(s).', 2, { doi: '10.1016/j.ijantimicag.2020.105949' }),
    ]);
    expect(papers).toHaveLength(1);
    expect(papers[0]!.retraction).toBe('withdrawn');
  });

  describe('records of one work (same DOI or arXiv id)', () => {
    const GCN = 'We present a scalable approach for semi-supervised learning on graph-structured data.';
    const at = (file: string, line: number, title: string, abstract: string, extra: Partial<RawRecord>): RawRecord => ({ title, abstract, source: { file, line }, ...extra });
    // The review's case: the journal version twice (BibTeX and CSL, exact duplicates once the reader has
    // decoded BibTeX's `\\%`), the preprint once.
    const journalBib = at('a.bib', 1, 'Semi-Supervised Classification with Graph Convolutional Networks', `${GCN} (5%).`, {
      doi: '10.48550/arXiv.1609.02907',
      arxiv: '1609.02907',
      venue: 'ICLR',
      year: 2017,
      citationKey: 'kipf2017semi',
    });
    const journalCsl = at('b.json', 1, 'Semi-supervised classification with graph convolutional networks', `${GCN} (5%).`, { doi: '10.48550/arXiv.1609.02907', year: 2017 });
    const preprint = at('b.json', 2, 'Semi-Supervised Classification with Graph Convolutional Networks', GCN, { doi: '10.48550/arXiv.1609.02907', year: 2016, url: 'https://arxiv.org/abs/1609.02907v1' });
    const other = at('c.jsonl', 1, 'Other paper on graph convolutional networks', 'Graph convolutional networks for semi-supervised learning, another paper entirely.', {});

    it('become one page, made from the published version, each merged record with its reason', () => {
      const { papers, merged, warnings } = normaliseRecords([journalBib, journalCsl, preprint, other]);
      expect(warnings).toEqual([]);
      expect(papers.map((p) => p.slug)).toEqual(['semi-supervised-classification-with-graph-convolutional-networks', 'other-paper-on-graph-convolutional-networks']);
      const page = papers[0]!;
      expect(page).toMatchObject({ venue: 'ICLR', year: 2017, doi: '10.48550/arXiv.1609.02907', arxiv: '1609.02907', citationKey: 'kipf2017semi' });
      expect(page.abstract).toContain('(5%)');
      expect(page.sources).toHaveLength(3);
      // One arXiv button, not one per version: the preprint's `…v1` link is the page's arXiv paper.
      expect(page.links.filter((l) => l.kind === 'arxiv').map((l) => l.url)).toEqual(['https://arxiv.org/abs/1609.02907']);
      const exactReason = `duplicate of ${page.sources[0]!.file}:1 (same title and abstract)`;
      expect(merged.map((m) => [m.source.file, m.source.line, m.into, m.reason]).sort()).toEqual(
        [
          [page.sources[0]!.file === 'a.bib' ? 'b.json' : 'a.bib', 1, page.slug, exactReason],
          ['b.json', 2, page.slug, `the same work as ${page.sources[0]!.file}:1 (same DOI 10.48550/arXiv.1609.02907)`],
        ].sort(),
      );
    });

    it('keep the same page and slug whatever the input order', () => {
      const forward = normaliseRecords([journalBib, journalCsl, preprint, other]);
      const backward = normaliseRecords([other, preprint, journalCsl, journalBib]);
      const pick = (r: ReturnType<typeof normaliseRecords>) => r.papers.map((p) => [p.slug, p.title, p.abstract, p.year, p.hash]).sort();
      expect(pick(backward)).toEqual(pick(forward));
      expect(backward.merged.map((m) => m.into).sort()).toEqual(forward.merged.map((m) => m.into).sort());
    });

    it('join an arXiv DOI with the bare arXiv id of a later version', () => {
      const atom = at('feed.atom', 5, 'Semi-supervised classification with graph convolutional networks', GCN, { arxiv: '1609.02907v4', year: 2016 });
      const { papers, merged } = normaliseRecords([journalCsl, atom]);
      expect(papers).toHaveLength(1);
      expect(papers[0]!.sources[0]).toEqual({ file: 'b.json', line: 1 });
      expect(merged).toEqual([{ source: { file: 'feed.atom', line: 5 }, into: papers[0]!.slug, reason: 'the same work as b.json:1 (same arXiv id 1609.02907)' }]);
    });

    it('stay apart, with a warning naming both places, when their titles differ entirely', () => {
      const typo = at('c.jsonl', 4, 'Attention Is All You Need', 'The dominant sequence transduction models are based on recurrent networks.', { doi: '10.48550/arxiv.1609.02907' });
      const { papers, merged, warnings } = normaliseRecords([preprint, typo]);
      expect(papers).toHaveLength(2);
      expect(merged).toEqual([]);
      expect(warnings.map((w) => [w.file, w.line, w.severity])).toEqual([
        ['b.json', 2, 'warning'],
        ['c.jsonl', 4, 'warning'],
      ]);
      expect(warnings[0]!.reason).toBe('DOI 10.48550/arXiv.1609.02907 is also given by "Attention Is All You Need" at c.jsonl:4, but their titles differ: kept as separate papers; correct the id if one is wrong');
      expect(warnings[1]!.reason).toMatch(/^DOI 10\.48550\/arxiv\.1609\.02907 is also given by "Semi-Supervised Classification with Graph.*…" at b\.json:2, but their titles differ/);
    });

    it('stay apart, told as two published versions and not as a wrong id, when one arXiv id has two DOIs', () => {
      const conference = at('a.bib', 1, 'Semi-Supervised Classification with Graph Convolutional Networks', GCN, { doi: '10.1000/iclr.2017', arxiv: '1609.02907', venue: 'ICLR', year: 2017 });
      const journal = at('a.bib', 9, 'Semi-supervised classification with graph convolutional networks', `${GCN} (5%).`, { doi: '10.1000/jmlr.2018', arxiv: '1609.02907v4', venue: 'JMLR', year: 2018 });
      const { papers, warnings } = normaliseRecords([conference, journal]);
      expect(papers).toHaveLength(2);
      expect(warnings.map((w) => w.reason)).toEqual([
        'arXiv id 1609.02907 is also given by "Semi-supervised classification with graph convolutional net…" at a.bib:9, but they give different DOIs (10.1000/iclr.2017, 10.1000/jmlr.2018): two published versions of one preprint (a conference and a journal paper?), kept as separate papers',
        'arXiv id 1609.02907 is also given by "Semi-Supervised Classification with Graph Convolutional Net…" at a.bib:1, but they give different DOIs (10.1000/iclr.2017, 10.1000/jmlr.2018): two published versions of one preprint (a conference and a journal paper?), kept as separate papers',
      ]);
    });

    it('stay apart when they share only a placeholder for a missing id ("N/A", "nan", "none")', () => {
      // The review's a.jsonl: similar titles, so only the ids could have joined them.
      const { papers, merged, warnings } = normaliseRecords([
        at('a.jsonl', 1, 'Graph neural networks for molecular property prediction', 'We study graph neural networks for small molecules.', { doi: 'N/A', year: 2020 }),
        at('a.jsonl', 2, 'Graph neural networks for protein property prediction', 'We apply graph neural networks to proteins.', { doi: 'N/A', year: 2021 }),
        at('a.jsonl', 3, 'Attention for time series forecasting', 'A paper about attention.', { arxiv: 'none', year: 2019 }),
        at('a.jsonl', 4, 'Attention for traffic forecasting', 'Another paper about attention.', { arxiv: 'none', year: 2022 }),
        at('b.jsonl', 1, 'Attention for traffic forecasting', 'Yet another paper about attention.', { doi: 'nan', arxiv: '-' }),
      ]);
      expect(papers).toHaveLength(5);
      expect(merged).toEqual([]);
      expect(warnings).toEqual([]);
    });

    it('stay apart when more records give one id than one work has, with one short warning for them all', () => {
      // 200 chapters that all carry the book's DOI: 200 pages, and a ledger that does not name each chapter in every chapter's warning.
      const chapters = Array.from({ length: 200 }, (_, i) =>
        at('book.bib', 10 * i + 1, `Chapter ${i + 1}: a study of topic ${i + 1}`, `This chapter studies topic ${i + 1} in graph learning.`, { doi: 'https://doi.org/10.1007/978-3-030-00001-1' }),
      );
      const { papers, merged, warnings } = normaliseRecords(chapters);
      expect(papers).toHaveLength(200);
      expect(merged).toEqual([]);
      expect(warnings).toEqual([
        {
          file: 'book.bib',
          line: 1,
          severity: 'warning',
          reason:
            'DOI https://doi.org/10.1007/978-3-030-00001-1 is given by 200 records ("Chapter 1: a study of topic 1" at book.bib:1, "Chapter 2: a study of topic 2" at book.bib:11, "Chapter 3: a study of topic 3" at book.bib:21 and 197 other records), too many for one work (book chapters carrying the book\'s DOI?): kept as separate papers',
        },
      ]);
    });

    it('name at most three others in a warning, and count the rest', () => {
      const titles = ['Graph attention networks', 'Deep residual learning', 'Attention is all you need', 'Neural machine translation', 'Adam: a method for stochastic optimization'];
      const { papers, warnings } = normaliseRecords(titles.map((t, i) => at('a.bib', i + 1, t, `Abstract of ${t}.`, { doi: '10.1000/same' })));
      expect(papers).toHaveLength(5);
      expect(warnings).toHaveLength(5);
      expect(warnings[0]!.reason).toBe(
        'DOI 10.1000/same is also given by "Deep residual learning" at a.bib:2, "Attention is all you need" at a.bib:3, "Neural machine translation" at a.bib:4 and 1 other record, but their titles differ: kept as separate papers; correct the id if one is wrong',
      );
    });

    it('make the same page from a work\'s records in every order they can be read in', () => {
      // The review's order.mts, with a copy of the preprint's text from another export: which record fills
      // the page's authors, pages and arXiv version must not follow the file names.
      const published = at('a.json', 1, 'Graph attention networks', 'We present graph attention networks, version one of the abstract text.', { doi: '10.1000/gat', year: 2018 });
      const preprint = at('b.json', 1, 'Graph attention networks', 'We present graph attention networks (preprint abstract).', {
        arxiv: '1710.10903v1',
        authors: ['Petar Velickovic'],
        venue: 'arXiv',
        year: 2017,
        bibliographic: { pages: '1-10' },
      });
      const second = at('c.json', 1, 'Graph attention networks', 'Graph attention networks, the second preprint copy of the abstract.', {
        arxiv: '1710.10903v3',
        doi: '10.1000/GAT',
        authors: ['P. Veličković', 'G. Cucurull'],
        year: 2017,
        bibliographic: { pages: '3-4', volume: '2' },
      });
      const preprintAgain = at('d.bib', 4, 'Graph attention networks', 'We present graph attention networks (preprint abstract).', {
        arxiv: '1710.10903v2',
        url: 'https://arxiv.org/abs/1710.10903v2',
        authors: ['Veličković, Petar', 'Cucurull, Guillem', 'Casanova, Arantxa'],
        citationKey: 'velickovic2018graph',
      });
      const records = [published, preprint, second, preprintAgain];
      const permutations = (items: RawRecord[]): RawRecord[][] =>
        items.length <= 1 ? [items] : items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
      const results = new Set(permutations(records).map((order) => JSON.stringify(normaliseRecords(order))));
      expect(results.size).toBe(1);
      const { papers } = normaliseRecords(records);
      expect(papers).toHaveLength(1);
      // Filled from the fullest record after the published one: the second preprint, which has a DOI; the
      // longest author list wins wherever it comes from.
      expect(papers[0]).toMatchObject({ doi: '10.1000/gat', arxiv: '1710.10903v3', authors: ['Veličković, Petar', 'Cucurull, Guillem', 'Casanova, Arantxa'], bibliographic: { pages: '3–4', volume: '2' } });
      expect(papers[0]!.links.filter((l) => l.kind === 'arxiv').map((l) => l.url)).toEqual(['https://arxiv.org/abs/1710.10903v3']);
    });

    it("take no volume, pages or publisher from a record of another venue: a preprint's are not the proceedings'", () => {
      const text = 'We introduce BERT, a language representation model pre-trained on unlabeled text.';
      const naacl = at('acl.bib', 1, 'BERT: Pre-training of deep bidirectional transformers', text, { doi: '10.18653/v1/N19-1423', venue: 'Proceedings of NAACL-HLT 2019', year: 2019, entryType: 'inproceedings', bibliographic: { pages: '4171-4186' } });
      const corr = at('dblp.bib', 1, 'BERT: Pre-training of deep bidirectional transformers', text, { arxiv: '1810.04805', venue: 'CoRR', year: 2018, entryType: 'article', bibliographic: { volume: 'abs/1810.04805', eprintClass: 'cs.CL' } });
      const zotero = at('zotero.json', 1, 'BERT: Pre-training of deep bidirectional transformers', text, { arxiv: '1810.04805', year: 2018, bibliographic: { publisher: 'arXiv', month: 10 } });
      const { papers } = normaliseRecords([corr, zotero, naacl]);
      expect(papers).toHaveLength(1);
      expect(papers[0]).toMatchObject({ venue: 'Proceedings of NAACL-HLT 2019', bibliographic: { pages: '4171–4186', eprintClass: 'cs.CL' } });
      expect(papers[0]!.bibliographic).not.toHaveProperty('volume');
      expect(papers[0]!.bibliographic).not.toHaveProperty('publisher');
      // Two spellings of one journal are one version: PubMed's "Lancet" fills The Lancet's volume and pages.
      const lancet = at('zotero.bib', 1, 'Effect of vitamin D on fracture risk', text, { doi: '10.1016/S0140-6736(20)30001-1', venue: 'The Lancet', year: 2020, authors: ['Ann Lee', 'Bo Chen'] });
      const pubmed = at('pubmed.json', 1, 'Effect of vitamin D on fracture risk', text, { doi: '10.1016/S0140-6736(20)30001-1', venue: 'Lancet', year: 2020, bibliographic: { volume: '395', pages: '100-110' } });
      // (The Zotero record, with the longer author list, is the page's.)
      for (const order of [[lancet, pubmed], [pubmed, lancet]]) expect(normaliseRecords(order).papers[0]).toMatchObject({ venue: 'The Lancet', bibliographic: { volume: '395', pages: '100–110' } });
      // A record without a venue takes the venue and where in it from the first record that has one.
      const { papers: bare } = normaliseRecords([{ ...naacl, venue: undefined, bibliographic: undefined, doi: undefined, entryType: undefined, year: 2018 }, corr]);
      expect(bare[0]).toMatchObject({ venue: 'CoRR', bibliographic: { volume: 'abs/1810.04805' } });
    });

    describe('by PubMed id', () => {
      // The user's probe: one paper from PubMed (an older record, no DOI) and from Web of Science (`PM`), whose abstracts differ.
      const title = 'Respiratory viral shedding in adults with influenza';
      const pubmed = at('pubmed.nbib', 1, `${title}.`, 'BACKGROUND: We measured viral shedding. METHODS: Nasal swabs from 120 adults. RESULTS: Shedding lasted five days.', { pmid: '25773919', venue: 'J Infect Dis', year: 2015, authors: ['Ann Lee', 'Bo Chen'] });
      const wos = at('savedrecs.txt', 3, title.toUpperCase(), 'We measured viral shedding in nasal swabs from 120 adults; shedding lasted five days.', { pmid: '25773919', venue: 'JOURNAL OF INFECTIOUS DISEASES', year: 2015, bibliographic: { volume: '211', pages: '1-9' } });

      it('become one page, the merge told by the shared PMID as a DOI merge is, in either order', () => {
        for (const order of [[pubmed, wos], [wos, pubmed]]) {
          const { papers, merged, warnings } = normaliseRecords(order);
          expect(warnings).toEqual([]);
          expect(papers).toHaveLength(1);
          expect(papers[0]!.pmid).toBe('25773919');
          expect(papers[0]!.sources).toHaveLength(2);
          const kept = papers[0]!.sources[0]!;
          const other = kept.file === 'pubmed.nbib' ? wos.source : pubmed.source;
          expect(merged).toEqual([{ source: other, into: papers[0]!.slug, reason: `the same work as ${kept.file}:${kept.line} (same PMID 25773919)` }]);
        }
      });

      it('are told by the DOI they share as well, not by the PMID', () => {
        const doi = '10.1093/infdis/jiv100';
        const { merged } = normaliseRecords([{ ...pubmed, doi }, { ...wos, doi }]);
        expect(merged).toHaveLength(1);
        expect(merged[0]!.reason).toMatch(/\(same DOI 10\.1093\/infdis\/jiv100\)$/);
      });

      it('stay apart, with a warning at each, when they give different DOIs', () => {
        const { papers, merged, warnings } = normaliseRecords([{ ...pubmed, doi: '10.1093/infdis/jiv100' }, { ...wos, doi: '10.1093/infdis/jiv200' }]);
        expect(papers).toHaveLength(2);
        expect(merged).toEqual([]);
        expect(warnings.map((w) => `${w.file}:${w.line}: ${w.reason}`)).toEqual([
          `pubmed.nbib:1: PMID 25773919 is also given by "Respiratory Viral Shedding in Adults with Influenza" at savedrecs.txt:3, but they give different DOIs (10.1093/infdis/jiv100, 10.1093/infdis/jiv200): kept as separate papers; correct the id if one is wrong`,
          `savedrecs.txt:3: PMID 25773919 is also given by "${title}." at pubmed.nbib:1, but they give different DOIs (10.1093/infdis/jiv100, 10.1093/infdis/jiv200): kept as separate papers; correct the id if one is wrong`,
        ]);
      });

      it('stay apart when one DOI joins records that give different PMIDs', () => {
        const doi = '10.1093/infdis/jiv100';
        const { papers, warnings } = normaliseRecords([{ ...pubmed, doi }, { ...wos, doi, pmid: '25773920' }]);
        expect(papers).toHaveLength(2);
        expect(warnings.map((w) => w.reason)).toEqual([
          expect.stringMatching(/^DOI 10\.1093\/infdis\/jiv100 is also given by .* at savedrecs\.txt:3, but they give different PMIDs \(25773919, 25773920\): kept as separate papers; correct the id if one is wrong$/),
          expect.stringMatching(/^DOI 10\.1093\/infdis\/jiv100 is also given by .* at pubmed\.nbib:1, but they give different PMIDs \(25773919, 25773920\)/),
        ]);
      });

      it('stay apart when their titles differ entirely', () => {
        const typo = at('b.json', 7, 'Soil carbon under no-till farming', 'We compare soil carbon across tillage regimes.', { pmid: '25773919' });
        const { papers, warnings } = normaliseRecords([pubmed, typo]);
        expect(papers).toHaveLength(2);
        expect(warnings.map((w) => w.reason)).toEqual([
          'PMID 25773919 is also given by "Soil carbon under no-till farming" at b.json:7, but their titles differ: kept as separate papers; correct the id if one is wrong',
          `PMID 25773919 is also given by "${title}." at pubmed.nbib:1, but their titles differ: kept as separate papers; correct the id if one is wrong`,
        ]);
      });
    });

    it("show the authors' names written out where one export gives initials only and one more name", () => {
      // The user's probe: PubMed's full names against a Scopus RIS copy's initials, which named one person more.
      const text = 'In patients hospitalized with Covid-19, dexamethasone resulted in lower 28-day mortality.';
      const doi = '10.1056/NEJMoa2021436';
      const pubmed = at('pubmed.nbib', 1, 'Dexamethasone in Hospitalized Patients with Covid-19', text, { doi, pmid: '32678530', authors: ['Peter Horby', 'Wei Shen Lim', 'Jonathan R. Emberson'] });
      const scopus = at('scopus.ris', 1, 'Dexamethasone in hospitalized patients with Covid-19', `${text} (RECOVERY)`, { doi, authors: ['P. Horby', 'W.S. Lim', 'J.R. Emberson', 'M. Mafham'] });
      for (const order of [[pubmed, scopus], [scopus, pubmed]]) {
        const { papers } = normaliseRecords(order);
        expect(papers).toHaveLength(1);
        expect(papers[0]!.authors).toEqual(['Peter Horby', 'Wei Shen Lim', 'Jonathan R. Emberson', 'M. Mafham']);
      }
    });

    it('leave records without a DOI or arXiv id to the title-and-abstract rule', () => {
      const { papers } = normaliseRecords([{ ...preprint, doi: undefined, url: undefined }, { ...journalCsl, doi: undefined }]);
      expect(papers).toHaveLength(2);
    });
  });

  it('keeps different papers with the same title, with distinct slugs', () => {
    const { papers, merged } = normaliseRecords([rec('Deep Learning', 'A review of one thing.', 1), rec('Deep Learning', 'A book about another.', 2)]);
    expect(merged).toEqual([]);
    expect(papers).toHaveLength(2);
    expect(new Set(papers.map((p) => p.slug)).size).toBe(2);
    expect(papers.map((p) => p.slug)).toContain('deep-learning');
  });

  it('rejects empty titles and abstracts with the record location', () => {
    const { papers, rejected } = normaliseRecords([rec('  ', 'x', 3), rec('T', ' \n ', 4), rec('\u0000 \ufeff', 'y', 5)]);
    expect(papers).toEqual([]);
    expect(rejected.map((p) => [p.line, p.severity, p.dropped])).toEqual([
      [3, 'error', true],
      [4, 'error', true],
      [5, 'error', true],
    ]);
    expect(rejected[1]!.reason).toMatch(/empty abstract/);
  });

  it('is deterministic and independent of unrelated records', () => {
    const base = [rec('Alpha Paper', 'One.', 1), rec('Beta Paper', 'Two.', 2), rec('Alpha Paper', 'Different.', 3)];
    const a = normaliseRecords(base);
    expect(normaliseRecords(base)).toEqual(a);
    const b = normaliseRecords([rec('Gamma', 'Three.', 1), ...base.slice().reverse()]);
    const slugOf = (r: typeof a, hash: string) => r.papers.find((p) => p.hash === hash)?.slug;
    for (const p of a.papers) expect(slugOf(b, p.hash)).toBe(p.slug);
  });
});
