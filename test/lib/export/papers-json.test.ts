import { describe, expect, it } from 'vitest';
import { papersApiSchema } from '../../../src/lib/content/schema';
import { papersJson } from '../../../src/lib/export/papers-json';
import { concepts, HOSTILE, papers, paperUrl } from './fixture';

describe('papersJson', () => {
  const api = papersJson({ papers, concepts, paperUrl });

  it('has exactly the documented shape', () => {
    expect(papersApiSchema.strict().safeParse(api).success).toBe(true);
    const bert = api.papers.find((p) => p.id === 'bert')!;
    expect(Object.keys(bert).sort()).toEqual(['authors', 'cluster', 'concepts', 'doi', 'id', 'links', 'related', 'title', 'url', 'year']);
    expect(bert).toMatchObject({ url: 'https://example.org/atlas/papers/bert/', year: 2019, doi: '10.18653/v1/N19-1423' });
    expect(api.concepts.find((c) => c.id === 'pre-training')?.abbreviation).toBe('PT');
  });

  it('lists papers and concepts by id and drops references to things that do not exist', () => {
    expect(api.papers.map((p) => p.id)).toEqual(['attention-is-all-you-need', 'bert', 'hostile', 'transformer']);
    const first = api.papers[0]!;
    expect(first.related.map((r) => r.id)).toEqual(['bert']);
    expect(api.papers[1]!.concepts).toEqual(['transformer', 'pre-training']);
    expect(api.papers[1]!.related[0]!.shared).toEqual(['transformer']);
    expect(api.concepts.find((c) => c.id === 'transformer')!.papers).toEqual(['attention-is-all-you-need', 'bert', 'transformer']);
  });

  it('says when the author list was cut short ("and others"), and only then', () => {
    const cut = papers.map((p) => (p.id === 'bert' ? { ...p, etAl: true } : p));
    const out = papersJson({ papers: cut, concepts, paperUrl });
    expect(papersApiSchema.strict().safeParse(out).success).toBe(true);
    expect(out.papers.find((p) => p.id === 'bert')).toMatchObject({ authors: papers.find((p) => p.id === 'bert')!.authors, etAl: true });
    expect(out.papers.filter((p) => 'etAl' in p).map((p) => p.id)).toEqual(['bert']);
  });

  it('gives the arXiv id without its version, as an identifier to join on', () => {
    const versioned = papers.map((p) => (p.arxiv ? { ...p, arxiv: `${p.arxiv}v3` } : p));
    const out = papersJson({ papers: versioned, concepts, paperUrl });
    expect(out.papers.find((p) => p.id === 'attention-is-all-you-need')!.arxiv).toBe('1706.03762');
  });

  it('carries hostile text unchanged as data and serialises to JSON that parses back', () => {
    const text = JSON.stringify(api);
    const back = JSON.parse(text) as typeof api;
    expect(back.papers.find((p) => p.id === 'hostile')!.title).toBe(HOSTILE);
    expect(back.concepts.find((c) => c.id === 'pre-training')!.aliases).toEqual([HOSTILE]);
  });
});
