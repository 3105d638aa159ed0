import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../src/lib/ingest/index';
import { abstractFromInvertedIndex } from '../../../src/lib/ingest/openalex';
import { utf8 } from './fixture';

/** An OpenAlex work as its API gives it, cut to the fields that matter here. */
const work = {
  id: 'https://openalex.org/W2741809807',
  doi: 'https://doi.org/10.7717/peerj.4375',
  title: 'The state of OA',
  display_name: 'The state of OA',
  publication_year: 2018,
  publication_date: '2018-02-13',
  type: 'article',
  authorships: [
    { author_position: 'first', author: { id: 'https://openalex.org/A5048491430', display_name: 'Heather Piwowar' }, institutions: [], raw_author_name: 'Heather Piwowar' },
    { author_position: 'last', author: { display_name: 'Stefanie Haustein' }, institutions: [] },
  ],
  cited_by_count: 1000,
  abstract_inverted_index: { Despite: [0], growing: [1], interest: [2], in: [3], 'Open': [4, 7], Access: [5], '(OA),': [6], science: [8] },
};

describe('OpenAlex works', () => {
  it('read the abstract from its inverted index, the authors from authorships, the year, month and DOI', () => {
    const r = ingestFile('w.jsonl', utf8(JSON.stringify(work) + '\n'));
    expect(r.problems).toEqual([]);
    expect(r.records).toEqual([
      {
        id: 'https://openalex.org/W2741809807',
        title: 'The state of OA',
        abstract: 'Despite growing interest in Open Access (OA), Open science',
        authors: ['Heather Piwowar', 'Stefanie Haustein'],
        year: 2018,
        doi: '10.7717/peerj.4375',
        entryType: 'article',
        bibliographic: { month: 2 },
        source: { file: 'w.jsonl', line: 1 },
      },
    ]);
  });

  it('read the results of an API response, beside its meta and group_by', () => {
    const response = { meta: { count: 2, page: 1, per_page: 25 }, results: [work, { ...work, id: 'W2', title: undefined, display_name: 'Second' }], group_by: [] };
    const text = JSON.stringify(response, null, 2);
    const r = ingestFile('works.json', utf8(text));
    expect(r.problems).toEqual([]);
    const opening = text.split('\n').flatMap((l, k) => (l === '    {' ? [k + 1] : []));
    expect(r.records.map((x) => [x.title, x.source.line])).toEqual([['The state of OA', opening[0]], ['Second', opening[1]]]);
  });

  it('leave the plain fields first, and an index of another shape out with a warning', () => {
    const r = ingestFile('w.jsonl', utf8(JSON.stringify({ ...work, abstract: 'Own.', year: 2019, authors: 'Ada Lovelace' }) + '\n' + JSON.stringify({ ...work, abstract_inverted_index: { We: 'zero' } }) + '\n'));
    expect(r.records.map((x) => [x.abstract, x.year, x.authors])).toEqual([['Own.', 2019, ['Ada Lovelace']]]);
    expect(r.problems.map((p) => [p.line, p.severity, p.reason])).toEqual([
      [2, 'error', 'record not read: "abstract_inverted_index": expected an object of words and the positions they stand at, such as {"We": [0], "study": [1]}, found an object {"We":"zero"}'],
    ]);
  });

  it('place each word at its positions, "__proto__" as any other word', () => {
    expect(abstractFromInvertedIndex(JSON.parse('{"b": [1], "__proto__": [2], "a": [0, 3]}'))).toBe('a b __proto__ a');
    expect(abstractFromInvertedIndex({})).toBeUndefined();
  });

  it('read the venue of its primary location and the volume, issue and pages of its biblio', () => {
    const located = { ...work, primary_location: { is_oa: true, source: { id: 'https://openalex.org/S1983995261', display_name: 'PeerJ', type: 'journal' } }, biblio: { volume: '6', issue: '2', first_page: 'e4375', last_page: 'e4375' } };
    const [r] = ingestFile('w.jsonl', utf8(JSON.stringify(located) + '\n')).records;
    expect(r).toMatchObject({ venue: 'PeerJ', bibliographic: { volume: '6', number: '2', pages: 'e4375' } });
    const ranged = { ...work, biblio: { volume: '12', issue: null, first_page: '45', last_page: '67' }, primary_location: { source: null } };
    const [s] = ingestFile('w.jsonl', utf8(JSON.stringify(ranged) + '\n')).records;
    expect(s!.venue).toBeUndefined();
    expect(s!.bibliographic).toMatchObject({ volume: '12', pages: '45-67' });
  });
});
