import { describe, expect, it } from 'vitest';
import { isCslDocument } from '../../../src/lib/ingest/csl';
import { ingestFile } from '../../../src/lib/ingest/index';
import { ingestFixture, utf8 } from './fixture';
import { bibtexEntry } from '../../../src/lib/site/bibtex';

describe('CSL-JSON', () => {
  it('reads a Zotero CSL JSON export: names, issued year, DOI, URL, arXiv id, container', () => {
    const r = ingestFixture('zotero.csl.json');
    expect(r.format).toBe('csl-json');
    expect(r.records).toEqual([
      {
        id: 'http://zotero.org/users/123/items/ABCD1234',
        title: 'Chain-of-Thought Prompting Elicits Reasoning in Large Language Models',
        abstract: expect.stringMatching(/^Large language models can be prompted/),
        authors: ['Jason Wei', 'Xuezhi Wang', 'Google Research'],
        literalAuthors: ['Google Research'],
        year: 2022,
        url: 'http://arxiv.org/abs/2201.11903',
        doi: '10.48550/arXiv.2201.11903',
        arxiv: '2201.11903',
        bibliographic: { month: 1, publisher: 'arXiv' },
        entryType: 'misc',
        source: { file: 'test/fixtures/ingest/zotero.csl.json', line: 2 },
      },
      expect.objectContaining({ title: 'Deep Contextualized Word Representations', year: 2018, venue: 'Proceedings of NAACL', entryType: 'inproceedings', doi: '10.18653/v1/N18-1202', source: expect.objectContaining({ line: 21 }) }),
    ]);
  });

  it("reads a chapter's editors for the Cite box, and an editor list of another shape costs only that field (review 13 L2)", () => {
    const chapter = {
      type: 'chapter',
      title: 'Working memory',
      abstract: 'We propose a working memory comprising a central executive.',
      author: [{ family: 'Baddeley', given: 'Alan D.' }],
      'container-title': 'The Psychology of Learning and Motivation',
      editor: [{ family: 'Bower', given: 'Gordon H.' }, { literal: 'Society for Learning' }],
    };
    const broken = { ...chapter, title: 'Working memory, again', editor: 'Gordon Bower' };
    const r = ingestFile('chapters.json', utf8(JSON.stringify([chapter, broken])));
    expect(r.records[0]!.bibliographic?.editors).toEqual(['Gordon H. Bower', 'Society for Learning']);
    expect(r.records[1]).toMatchObject({ title: 'Working memory, again' });
    expect(r.records[1]!.bibliographic?.editors).toBeUndefined();
    expect(r.problems).toEqual([expect.objectContaining({ severity: 'warning', reason: expect.stringMatching(/editor/) })]);
  });

  it('decodes a whole-unit name as it decodes the author list, so the two still match', () => {
    const item = { type: 'report', title: 'A Report', abstract: 'We report.', author: [{ literal: 'Institut f\\"ur Physik' }, { family: 'Lin', given: 'Kai' }] };
    const r = ingestFile('org.json', utf8(JSON.stringify([item])));
    expect(r.records[0]).toMatchObject({ authors: ['Institut für Physik', 'Kai Lin'], literalAuthors: ['Institut für Physik'] });
  });

  it('shows a suffix and particles after the family name, keeping the parts where the name shown does not say them', () => {
    const item = {
      type: 'article-journal',
      title: 'Names',
      abstract: 'Names in every form.',
      author: [
        { family: 'Smith', given: 'John', suffix: 'Jr.' },
        { family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' },
        { family: 'García Márquez', given: 'Gabriel' },
        { family: 'Doe', given: 'Jane', suffix: 'Esq.' },
      ],
    };
    const r = ingestFile('names.json', utf8(JSON.stringify([item])));
    expect(r.records[0]).toMatchObject({
      authors: ['John Smith Jr.', 'Ludwig van Beethoven', 'Gabriel García Márquez', 'Jane Doe Esq.'],
      nameParts: [
        { name: 'Gabriel García Márquez', given: 'Gabriel', family: 'García Márquez' },
        { name: 'Jane Doe Esq.', given: 'Jane', family: 'Doe', suffix: 'Esq.' },
      ],
    });
  });

  it('skips an item without abstract with a located warning that counts as a dropped record', () => {
    const r = ingestFixture('zotero.csl.json');
    expect(r.problems).toEqual([expect.objectContaining({ line: 34, severity: 'warning', dropped: true })]);
    expect(r.problems[0]!.reason).toMatch(/"Speech and Language Processing" has no abstract/);
  });

  it('reads the citation key Better BibTeX writes as `citation-key`', () => {
    const r = ingestFile('c.json', utf8('[{"id": "12", "citation-key": "wei2022chain", "title": "t", "abstract": "a", "issued": {"date-parts": [[2022]]}}]'));
    expect(r.records[0]).toMatchObject({ id: '12', citationKey: 'wei2022chain' });
  });

  it('reads a last author "others" as a list cut short, not as a person (review 11: the Cite box ended "and {others}")', () => {
    const item = {
      id: 'mirai',
      title: 'Understanding the Mirai Botnet',
      abstract: 'Mirai infected hundreds of thousands of IoT devices.',
      issued: { 'date-parts': [[2017]] },
      author: [{ family: 'Antonakakis', given: 'Manos' }, { family: 'April', given: 'Tim' }, { literal: 'others' }],
    };
    const r = ingestFile('z.json', utf8(JSON.stringify([item])));
    expect(r.records[0]).toMatchObject({ authors: ['Manos Antonakakis', 'Tim April'], etAl: true });
    expect(r.records[0]!.literalAuthors).toBeUndefined();
  });

  it('tells CSL from the plain JSON format by content', () => {
    expect(isCslDocument([{ title: 't', abstract: 'a', issued: { 'date-parts': [[2020]] } }])).toBe(true);
    expect(isCslDocument([{ title: 't', abstract: 'a', authors: ['x'], doi: '10.1/x' }])).toBe(false);
    const plain = ingestFile('p.json', utf8('[{"title": "t", "abstract": "a", "year": 2020}]'));
    expect(plain.format).toBe('json');
  });

  it('reads "doi" and "url" in lower case, as exports write them, and does not take them for the plain JSON format\'s', () => {
    const item = (title: string, ids: object) => ({ type: 'article-journal', title, abstract: 'Training deep networks.', author: [{ family: 'Ioffe', given: 'Sergey' }], issued: { 'date-parts': [[2015]] }, ...ids });
    const r = ingestFile(
      'c.json',
      utf8(JSON.stringify([item('Batch normalization', { doi: 'https://doi.org/10.5555/3045118.3045167', url: 'https://example.org/bn' }), item('Dropout', { DOI: '10.5555/2627435', doi: '10.1/other' }), item('Arxiv', { url: 'https://arxiv.org/abs/1502.03167' })])),
    );
    expect(r.format).toBe('csl-json');
    expect(r.problems).toEqual([]);
    expect(r.records.map((x) => [x.authors, x.year, x.doi, x.url, x.arxiv])).toEqual([
      [['Sergey Ioffe'], 2015, '10.5555/3045118.3045167', 'https://example.org/bn', undefined],
      [['Sergey Ioffe'], 2015, '10.5555/2627435', undefined, undefined],
      [['Sergey Ioffe'], 2015, undefined, 'https://arxiv.org/abs/1502.03167', '1502.03167'],
    ]);
    const bad = ingestFile('c.json', utf8(JSON.stringify([item('T', { doi: 'see publisher' })])));
    expect(bad.problems[0]!.reason).toMatch(/^"doi": "see publisher" is not a DOI/);
    // A plain record's "author" written as a list of names is a misnamed "authors", not CSL's.
    expect(isCslDocument([{ title: 't', abstract: 'a', author: ['Ada Lovelace'], doi: '10.1/x' }])).toBe(false);
    expect(isCslDocument([{ title: 't', abstract: 'a', author: [{ name: 'Ada Lovelace' }], doi: '10.1/x' }])).toBe(false);
  });

  it('shows a name in Chinese script family name first, with no space, and cites it as "family, given"', () => {
    const item = { type: 'article-journal', title: '图神经网络', abstract: '我们研究图。', author: [{ family: '王', given: '小明' }, { family: 'Li', given: 'Wei' }], issued: { 'date-parts': [[2021]] } };
    const [record] = ingestFile('c.json', utf8(JSON.stringify([item]))).records;
    expect(record!.authors).toEqual(['王小明', 'Wei Li']);
    const entry = bibtexEntry({ id: 'x', title: record!.title, authors: record!.authors!, nameParts: record!.nameParts, year: 2021, links: [] });
    expect(entry).toContain('author = {王, 小明 and Wei Li}');
  });

  it('keeps a CSL item with a malformed author list without its byline, and says so in CSL terms', () => {
    const r = ingestFile('c.json', utf8('[\n{"title": "t", "abstract": "a", "author": "Smith", "issued": {"date-parts": [[2020]]}}\n]'));
    expect(r.format).toBe('csl-json');
    expect(r.records.map((x) => [x.title, x.authors])).toEqual([['t', []]]);
    expect(r.problems).toEqual([expect.objectContaining({ line: 2, severity: 'warning' })]);
    expect(r.problems[0]!.reason).toMatch(/^"author": expected a list of CSL names .*found "Smith"; left out \(the paper is kept without it\)/);
  });

  it('reads a file of items typed as CSL only types them ("article-journal") as CSL, though nothing else in them is', () => {
    const r = ingestFile('c.json', utf8('[\n{"id": "c1", "type": "article-journal", "title": "t", "abstract": "a"},\n{"id": "c2", "type": "paper-conference", "title": "u", "abstract": "b", "issued": "2021", "author": "Bob Roe"}\n]'));
    expect(r.format).toBe('csl-json');
    // Not the plain format's advice to rename "issued" to "year" and "author" to "authors".
    expect(r.problems.map((p) => p.reason).join('\n')).not.toMatch(/the field read is/);
    expect(r.problems.map((p) => p.reason).join('\n')).toMatch(/"issued": expected a CSL date/);
    // A plain record may name its type in CSL's words: its own fields keep it plain, and read.
    const plain = ingestFile('p.json', utf8('[{"title": "Deep nets", "abstract": "About deep nets.", "venue": "NeurIPS", "type": "paper-conference", "pages": "1-10", "keywords": ["deep learning"]}]'));
    expect(plain.format).toBe('json');
    expect(plain.records[0]).toMatchObject({ venue: 'NeurIPS', keywords: ['deep learning'] });
  });
});

describe('CSL-JSON DOI', () => {
  it('leaves out a DOI that is not one as JSON does: silently for a placeholder, with a located warning otherwise', () => {
    const item = (id: string, DOI: string) => ({ id, type: 'article-journal', title: `Graph networks ${id}`, abstract: `About graph networks, ${id}.`, DOI });
    const r = ingestFile('zotero.json', utf8(`[\n${[item('a', 'N/A'), item('b', 'pending'), item('c', '10.1000/c.1')].map((i) => JSON.stringify(i)).join(',\n')}\n]`));
    expect(r.format).toBe('csl-json');
    expect(r.records.map((x) => x.doi)).toEqual([undefined, undefined, '10.1000/c.1']);
    expect(r.problems).toEqual([{ file: 'zotero.json', line: 3, severity: 'warning', reason: expect.stringMatching(/^"DOI": "pending" is not a DOI; left out/) }]);
  });
});

describe('CSL-JSON fields an item is kept without', () => {
  it('leaves out an issued, URL, container-title or Cite-box value of the wrong type with a located warning, and keeps the item', () => {
    const r = ingestFixture('odd-fields.csl.json');
    expect(r.format).toBe('csl-json');
    expect(r.records.map((x) => [x.source.line, x.title, x.year, x.url, x.venue, x.doi, x.bibliographic])).toEqual([
      [2, 'Highly accurate protein structure prediction with AlphaFold', undefined, undefined, undefined, '10.1038/s41586-021-03819-2', undefined],
      [13, 'Language Models are Few-Shot Learners', 2020, undefined, 'Advances in Neural Information Processing Systems', undefined, { volume: '33', month: 12 }],
    ]);
    expect(r.problems.map((p) => [p.line, p.severity, p.dropped, p.reason])).toEqual([
      [
        2,
        'warning',
        undefined,
        '"issued": expected a CSL date such as {"date-parts": [[2019, 5]]} or {"raw": "2019-05"}, found "2021-07-15"; left out (the paper is kept without it); ' +
          '"URL": expected text, found a list ["https://www.nature.com/articles/s4158…; left out (the paper is kept without it); ' +
          '"container-title": expected text, found a list ["Nature","Nature"]; left out (the paper is kept without it)',
      ],
      [
        13,
        'warning',
        undefined,
        '"URL": expected text, found 1877; left out (the paper is kept without it); ' +
          '"page": expected text or a number, found an object {"first":"1877","last":"1901"}; left out (the paper is kept without it)',
      ],
      // A title of the wrong type still costs the item: a page needs one.
      [25, 'error', true, expect.stringMatching(/^CSL item not read: "title": expected string, received object/)],
    ]);
  });

  it('keeps an item whose type or number has a shape no one writes, with a warning, and reads its type when it is text', () => {
    const item = { id: 'x', title: 'Graph networks', abstract: 'About graph networks.', issued: { 'date-parts': [[2020]] } };
    const r = ingestFile('z.json', utf8(JSON.stringify([{ ...item, type: ['article-journal'], number: { n: 3 } }, { ...item, id: 'y', title: 'Graph nets', type: 'book' }], null, 1)));
    expect(r.records.map((x) => [x.title, x.entryType])).toEqual([
      ['Graph networks', undefined],
      ['Graph nets', 'book'],
    ]);
    expect(r.problems.map((p) => [p.line, p.severity, p.reason])).toEqual([
      [2, 'warning', '"type": expected text, found a list ["article-journal"]; left out (the paper is kept without it); "number": expected text or a number, found an object {"n":3}; left out (the paper is kept without it)'],
    ]);
  });

  it('warns of a year it cannot read and of one later than next year, and keeps the item without one, as BibTeX and JSON do (review 20 M3)', () => {
    const items = [{ 'date-parts': [[2109, 5]] }, { 'date-parts': [[20201]] }, { raw: 'n.d.' }, { 'date-parts': [[2031]] }, { literal: '2109' }].map((issued, k) => ({
      id: `i${k}`,
      type: 'article-journal',
      title: `T${k}`,
      abstract: `Abstract ${k}.`,
      issued,
    }));
    const text = utf8(`[\n${items.map((it) => JSON.stringify(it)).join(',\n')}\n]\n`);
    const r = ingestFile('z.json', text, { currentYear: 2030 });
    expect(r.format).toBe('csl-json');
    expect(r.records.map((p) => p.year)).toEqual([undefined, undefined, undefined, 2031, undefined]);
    expect(r.problems.map((p) => [p.line, p.severity, p.reason])).toEqual([
      [2, 'warning', '"issued": an object {"date-parts":[[2109,5]]} is later than next year (2031); expected the year the paper appeared, 2031 at the latest (the paper is kept without a year)'],
      [3, 'warning', '"issued": an object {"date-parts":[[20201]]} is not a year; expected a CSL date with a four-digit year such as {"date-parts": [[2019, 5]]} (the paper is kept without a year)'],
      [4, 'warning', expect.stringMatching(/^"issued": an object \{"raw":"n\.d\."\} is not a year;/)],
      [6, 'warning', expect.stringMatching(/^"issued": an object \{"literal":"2109"\} is later than next year \(2031\)/)],
    ]);
    expect(ingestFile('z.json', text).records.map((p) => p.year)).toEqual([2109, undefined, undefined, 2031, 2109]);
  });
});

describe('a CSL thesis', () => {
  const thesis = (extra: Record<string, unknown>) => ({ id: 'okafor2019', type: 'thesis', title: 'Soil carbon under tillage', abstract: 'We measure soil carbon.', author: [{ family: 'Okafor', given: 'Ada' }], issued: { 'date-parts': [[2019]] }, publisher: 'University of Cambridge', ...extra });

  it('is shown under its university, which the Cite box writes as school, not publisher', () => {
    const [r] = ingestFile('theses.json', utf8(JSON.stringify([thesis({ genre: 'PhD thesis' })]))).records;
    expect(r).toMatchObject({ venue: 'University of Cambridge', entryType: 'phdthesis' });
    expect(r!.bibliographic).toBeUndefined();
    const entry = bibtexEntry({ id: 'x', title: r!.title, authors: r!.authors ?? [], venue: r!.venue, entryType: r!.entryType, bibliographic: r!.bibliographic, links: [] });
    expect(entry).toContain('school = {University of Cambridge}');
    expect(entry).not.toContain('publisher');
  });

  it("takes a master's thesis from its genre, and keeps a genre of other words as the entry's type", () => {
    const [ma, hab] = ingestFile('theses.json', utf8(JSON.stringify([thesis({ genre: "Master's thesis" }), thesis({ id: 'h', genre: 'Habilitation' })]))).records;
    expect(ma!.entryType).toBe('mastersthesis');
    expect(hab).toMatchObject({ entryType: 'phdthesis', bibliographic: { reportType: 'Habilitation' } });
  });
});
