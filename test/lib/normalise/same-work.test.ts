import { describe, expect, it } from 'vitest';
import { compareFuller, groupSameWork, MOST_RECORDS_OF_ONE_WORK, titlesAgree, workLinkTarget, workNames, type WorkRecord } from '../../../src/lib/normalise/same-work';

const GCN = 'Semi-Supervised Classification with Graph Convolutional Networks';
const ABSTRACT = 'We present a scalable approach for semi-supervised learning on graph-structured data.';

const work = (hash: string, extra: Partial<WorkRecord> = {}): WorkRecord => ({ title: GCN, abstract: ABSTRACT, hash, ...extra });

describe('workNames', () => {
  it('compares DOIs as links do (any case, bare or behind a resolver) and arXiv ids without their version', () => {
    const keys = (r: Parameters<typeof workNames>[0]) => workNames(r).map((n) => `${n.kind}:${n.key}`);
    expect(keys({ doi: 'https://dx.doi.org/10.1145/ABC.1' })).toEqual(keys({ doi: ' 10.1145/abc.1 ' }));
    expect(keys({ arxiv: '1609.02907v4' })).toEqual(['arxiv:1609.02907']);
    expect(keys({ arxiv: 'hep-th/9901001v1' })).toEqual(['arxiv:hep-th/9901001']);
  });

  it('reads an arXiv DOI as that arXiv id too', () => {
    expect(workNames({ doi: '10.48550/arXiv.1609.02907' })).toEqual([
      { kind: 'doi', key: '10.48550/arxiv.1609.02907', shown: '10.48550/arXiv.1609.02907' },
      { kind: 'arxiv', key: '1609.02907', shown: '1609.02907' },
    ]);
    expect(workNames({ doi: '10.48550/arXiv.1609.02907', arxiv: '1609.02907v2' })).toHaveLength(2);
  });

  it('names a PubMed id by its digits, without leading zeros, and nothing for text of another shape', () => {
    expect(workNames({ pmid: '25773919' })).toEqual([{ kind: 'pmid', key: '25773919', shown: '25773919' }]);
    expect(workNames({ pmid: ' 0025773919 ' }).map((n) => n.key)).toEqual(['25773919']);
    for (const text of ['', '0', '000', 'N/A', 'PMC4412345', '1234567890', '12a']) expect(workNames({ pmid: text }), text).toEqual([]);
    expect(workNames({ doi: '10.1093/infdis/jiv100', pmid: '25773919' }).map((n) => n.kind)).toEqual(['doi', 'pmid']);
  });

  it('names nothing for a record without ids', () => {
    expect(workNames({})).toEqual([]);
    expect(workNames({ doi: '  ', arxiv: '' })).toEqual([]);
  });

  it('names nothing for text that is not an id: what spreadsheets write for a missing one, or a broken id', () => {
    // JSON keeps such text as typed (the reader cannot tell a typo from a placeholder); two papers with "N/A" are not one.
    for (const text of ['N/A', 'n/a', 'nan', 'NaN', 'none', 'None', 'null', '-', '—', '0', 'TBD', 'doi', '10.1000', '10.12/x', 'https://example.org/paper', 'arXiv']) {
      expect(workNames({ doi: text, arxiv: text }), text).toEqual([]);
    }
    expect(workNames({ arxiv: '1609.029' })).toEqual([]);
    expect(workNames({ doi: '10.48550/arXiv.N/A' })).toEqual([{ kind: 'doi', key: '10.48550/arxiv.n/a', shown: '10.48550/arXiv.N/A' }]);
  });

  it('reads the spellings of an id the readers accept: doi: and arXiv: before it, links, old-style arXiv ids', () => {
    const keys = (r: Parameters<typeof workNames>[0]) => workNames(r).map((n) => `${n.kind}:${n.key}`);
    expect(keys({ doi: 'doi:10.1145/ABC.1' })).toEqual(['doi:10.1145/abc.1']);
    expect(keys({ doi: 'DOI: 10.1145/abc.1' })).toEqual(['doi:10.1145/abc.1']);
    expect(keys({ arxiv: 'arXiv:1609.02907v2' })).toEqual(['arxiv:1609.02907']);
    expect(keys({ arxiv: 'https://arxiv.org/pdf/1609.02907v2.pdf' })).toEqual(['arxiv:1609.02907']);
    expect(keys({ arxiv: '0704.0001' })).toEqual(['arxiv:0704.0001']);
    expect(keys({ arxiv: 'math.AG/0601001v3' })).toEqual(['arxiv:math.ag/0601001']);
  });
});

describe('workLinkTarget', () => {
  it('is one target for an arXiv paper in any version, abstract page and PDF still apart', () => {
    expect(workLinkTarget('https://arxiv.org/abs/1609.02907v4')).toBe(workLinkTarget('https://arxiv.org/abs/1609.02907'));
    expect(workLinkTarget('http://www.arxiv.org/abs/hep-th/9901001v1/')).toBe(workLinkTarget('https://arxiv.org/abs/hep-th/9901001'));
    expect(workLinkTarget('https://arxiv.org/pdf/1609.02907v4.pdf')).toBe(workLinkTarget('https://arxiv.org/pdf/1609.02907'));
    expect(workLinkTarget('https://arxiv.org/pdf/1609.02907')).not.toBe(workLinkTarget('https://arxiv.org/abs/1609.02907'));
    expect(workLinkTarget('https://arxiv.org/abs/1609.02907')).not.toBe(workLinkTarget('https://arxiv.org/abs/1609.02908'));
    expect(workLinkTarget('https://doi.org/10.1000/ABC')).toBe(workLinkTarget('https://dx.doi.org/10.1000/abc'));
  });
});

describe('titlesAgree', () => {
  it('accepts one title in another spelling, with a subtitle, or mostly the same words', () => {
    expect(titlesAgree(GCN, 'Semi-supervised classification with graph convolutional networks')).toBe(true);
    expect(titlesAgree('BERT', 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding')).toBe(true);
    expect(titlesAgree('Deep residual learning for image recognition', 'Deep Residual Learning for Visual Recognition')).toBe(true);
  });

  it('refuses titles of different papers, even on one topic', () => {
    expect(titlesAgree(GCN, 'Other paper on graph convolutional networks')).toBe(false);
    expect(titlesAgree(GCN, 'Attention Is All You Need')).toBe(false);
  });
});

describe('compareFuller', () => {
  it('prefers the published version, then the later year, then the longer abstract, then the smaller hash', () => {
    const preprint = work('a', { doi: '10.48550/arXiv.1609.02907', year: 2016, venue: 'arXiv preprint arXiv:1609.02907' });
    const journal = work('b', { doi: '10.48550/arXiv.1609.02907', year: 2017, venue: 'ICLR' });
    const withPublisherDoi = work('c', { doi: '10.1000/gcn', year: 2015 });
    expect(compareFuller(journal, preprint)).toBeLessThan(0);
    expect(compareFuller(withPublisherDoi, preprint)).toBeLessThan(0);
    expect(compareFuller(work('z', { year: 2017 }), work('a', { year: 2016 }))).toBeLessThan(0);
    expect(compareFuller(work('z', { abstract: `${ABSTRACT} (5%)` }), work('a'))).toBeLessThan(0);
    expect(compareFuller(work('a'), work('b'))).toBeLessThan(0);
    // CoRR is arXiv under DBLP's name: not a published version, so the hash decides.
    expect(compareFuller(work('z', { venue: 'CoRR' }), work('a'))).toBeGreaterThan(0);
  });
});

describe('groupSameWork', () => {
  const preprint = work('p', { arxiv: '1609.02907v1', year: 2016 });
  const published = work('q', { doi: '10.1000/gcn', arxiv: '1609.02907', year: 2017, venue: 'ICLR', abstract: `${ABSTRACT} (5%)` });
  const arxivDoi = work('r', { doi: '10.48550/arXiv.1609.02907' });
  const other = work('s', { title: 'Attention Is All You Need', doi: '10.1000/attention' });
  const plain = work('t', { title: 'No ids at all' });

  it('joins records sharing a DOI or an arXiv id (an arXiv DOI included), keeping the fuller one', () => {
    const { groups, conflicts } = groupSameWork([preprint, other, published, plain, arxivDoi]);
    expect(conflicts).toEqual([]);
    expect(groups).toEqual([
      {
        kept: 2,
        others: [
          { index: 0, name: { kind: 'arxiv', key: '1609.02907', shown: '1609.02907' } },
          { index: 4, name: { kind: 'arxiv', key: '1609.02907', shown: '1609.02907' } },
        ],
      },
      { kept: 1, others: [] },
      { kept: 3, others: [] },
    ]);
  });

  it('keeps the same record whatever the input order', () => {
    const records = [preprint, other, published, plain, arxivDoi];
    const keptOf = (order: WorkRecord[]) => groupSameWork(order).groups.map((g) => [order[g.kept]!.hash, ...g.others.map((o) => order[o.index]!.hash).sort()]);
    const expected = keptOf(records).sort();
    for (const order of [[...records].reverse(), [arxivDoi, plain, preprint, other, published], [published, arxivDoi, preprint, other, plain]]) {
      expect(keptOf(order).sort()).toEqual(expected);
    }
  });

  it('joins through a chain: DOI with one record, arXiv id with another', () => {
    const a = work('a', { doi: '10.1000/gcn' });
    const b = work('b', { doi: '10.1000/GCN', arxiv: '1609.02907', year: 2017 });
    const c = work('c', { arxiv: '1609.02907v3' });
    const { groups } = groupSameWork([a, b, c]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.kept).toBe(1);
  });

  it('leaves apart, and reports, records whose shared id cannot be one paper', () => {
    const typo = work('u', { title: 'Attention Is All You Need', doi: '10.1000/gcn' });
    const byTitle = groupSameWork([work('a', { doi: '10.1000/gcn' }), typo]);
    expect(byTitle.groups).toEqual([
      { kept: 0, others: [] },
      { kept: 1, others: [] },
    ]);
    expect(byTitle.conflicts).toEqual([
      {
        kind: 'mismatch',
        members: [0, 1],
        name: { kind: 'doi', key: '10.1000/gcn', shown: '10.1000/gcn' },
        why: 'their titles differ',
        advice: 'kept as separate papers; correct the id if one is wrong',
      },
    ]);

    const byArxiv = groupSameWork([work('a', { doi: '10.1000/gcn', arxiv: '1609.02907' }), work('b', { doi: '10.1000/gcn', arxiv: '1706.03762' })]);
    expect(byArxiv.conflicts).toMatchObject([{ why: 'they give different arXiv ids (1609.02907, 1706.03762)', advice: 'kept as separate papers; correct the id if one is wrong' }]);
  });

  it('reads one arXiv id with two publisher DOIs as two published versions of one preprint, not as a wrong id', () => {
    const conference = work('a', { doi: '10.1000/conf', arxiv: '1609.02907', venue: 'ICLR' });
    const journal = work('b', { doi: '10.1000/journal', arxiv: '1609.02907v2', venue: 'JMLR' });
    const byDoi = groupSameWork([conference, journal]);
    expect(byDoi.groups).toHaveLength(2);
    expect(byDoi.conflicts).toEqual([
      {
        kind: 'mismatch',
        members: [0, 1],
        name: { kind: 'arxiv', key: '1609.02907', shown: '1609.02907' },
        why: 'they give different DOIs (10.1000/conf, 10.1000/journal)',
        advice: 'two published versions of one preprint (a conference and a journal paper?), kept as separate papers',
      },
    ]);
    // Titles that differ too: one of the ids is likely wrong after all.
    const unrelated = groupSameWork([conference, work('c', { title: 'Attention Is All You Need', doi: '10.1000/journal', arxiv: '1609.02907' })]);
    expect(unrelated.conflicts).toMatchObject([{ advice: 'kept as separate papers; correct the id if one is wrong' }]);
  });

  it('does not join records by a placeholder in place of an id', () => {
    const a = work('a', { title: 'Graph neural networks for molecular property prediction', doi: 'N/A', arxiv: 'none' });
    const b = work('b', { title: 'Graph neural networks for protein property prediction', doi: 'N/A', arxiv: 'none' });
    expect(groupSameWork([a, b])).toEqual({ groups: [{ kept: 0, others: [] }, { kept: 1, others: [] }], conflicts: [] });
    // Nor does a placeholder DOI set one version against another.
    const published = work('c', { doi: '10.1000/gcn', arxiv: '1609.02907' });
    const preprint = work('d', { doi: 'nan', arxiv: '1609.02907v1' });
    expect(groupSameWork([published, preprint])).toEqual({ groups: [{ kept: 0, others: [{ index: 1, name: { kind: 'arxiv', key: '1609.02907', shown: '1609.02907' } }] }], conflicts: [] });
  });

  it('keeps apart, with one report, the records of an id given by more records than one work has', () => {
    const chapters = Array.from({ length: 200 }, (_, i) => work(`h${i}`, { title: `Chapter ${i + 1}: topic number ${i + 1}`, doi: '10.1007/978-3-030-00001-1' }));
    // One chapter's preprint, joined to it by its own arXiv id.
    const chapter7 = chapters[6]!;
    chapters[6] = { ...chapter7, arxiv: '2001.00007' };
    const preprint = work('pre', { title: chapter7.title, arxiv: '2001.00007v1', year: 2019 });
    const { groups, conflicts } = groupSameWork([...chapters, preprint]);
    expect(groups).toHaveLength(200);
    expect(groups[6]).toEqual({ kept: 6, others: [{ index: 200, name: { kind: 'arxiv', key: '2001.00007', shown: '2001.00007' } }] });
    expect(conflicts).toEqual([{ kind: 'crowded', members: chapters.map((_, i) => i), name: { kind: 'doi', key: '10.1007/978-3-030-00001-1', shown: '10.1007/978-3-030-00001-1' }, joined: false }]);
  });

  it('groups as many records as one work has, and no more, however they are joined', () => {
    const copies = (n: number) => Array.from({ length: n }, (_, i) => work(`c${i}`, { doi: '10.1000/gcn' }));
    expect(groupSameWork(copies(MOST_RECORDS_OF_ONE_WORK)).groups).toHaveLength(1);
    expect(groupSameWork(copies(MOST_RECORDS_OF_ONE_WORK + 1)).groups).toHaveLength(MOST_RECORDS_OF_ONE_WORK + 1);
    // A chain: each DOI and each arXiv id given by two records only, yet all 30 are joined.
    const chain = Array.from({ length: 30 }, (_, i) => work(`k${i}`, { doi: `10.1000/k${Math.floor(i / 2)}`, arxiv: `2001.${String(10000 + Math.floor((i + 1) / 2))}` }));
    const { groups, conflicts } = groupSameWork(chain);
    expect(groups).toHaveLength(30);
    expect(conflicts).toMatchObject([{ kind: 'crowded', joined: true, members: chain.map((_, i) => i) }]);
  });

  it('leaves records without ids, or with ids of their own, alone', () => {
    const { groups, conflicts } = groupSameWork([plain, work('t2', { title: 'No ids at all' }), other]);
    expect(groups.map((g) => g.others.length)).toEqual([0, 0, 0]);
    expect(conflicts).toEqual([]);
  });
});
