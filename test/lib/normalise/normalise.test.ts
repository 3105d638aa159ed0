import { describe, expect, it } from 'vitest';
import type { RawRecord } from '../../../src/lib/model/paper';
import { normaliseRecords } from '../../../src/lib/normalise/index';

const rec = (title: string, abstract: string, line: number, extra: Partial<RawRecord> = {}): RawRecord => ({ title, abstract, source: { file: 'in.jsonl', line }, ...extra });

describe('normaliseRecords', () => {
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
      rec('Attention Is All You Need', 'The dominant models...', 1),
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
    expect(merged).toEqual([{ source: { file: 'in.jsonl', line: 7 }, into: att.slug }]);
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
