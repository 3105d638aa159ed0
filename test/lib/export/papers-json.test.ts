import { describe, expect, it } from 'vitest';
import { papersApiSchema } from '../../../src/lib/content/schema';
import { papersJson } from '../../../src/lib/export/papers-json';
import { concepts, graph, HOSTILE, papers, paperUrl } from './fixture';

describe('papersJson', () => {
  const api = papersJson({ papers, concepts, paperUrl });

  it('has exactly the documented shape', () => {
    expect(papersApiSchema.strict().safeParse(api).success).toBe(true);
    const bert = api.papers.find((p) => p.id === 'bert')!;
    expect(Object.keys(bert).sort()).toEqual(['abstract', 'authors', 'cluster', 'concepts', 'doi', 'id', 'links', 'path', 'related', 'title', 'url', 'year']);
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

  it('carries the abstract, venue and author keywords, and each record its page path relative to the base path', () => {
    const rich = papers.map((p) => (p.id === 'bert' ? { ...p, venue: 'NAACL', authorKeywords: ['language models', 'pre-training'] } : p));
    const out = papersJson({ papers: rich, concepts, paperUrl });
    expect(papersApiSchema.strict().safeParse(out).success).toBe(true);
    const bert = out.papers.find((p) => p.id === 'bert')!;
    expect(bert).toMatchObject({ abstract: 'Abstract of bert.', venue: 'NAACL', authorKeywords: ['language models', 'pre-training'], path: 'papers/bert/' });
    // Absent when the input gave none, as the other optional fields.
    expect(out.papers.find((p) => p.id === 'hostile')).not.toHaveProperty('venue');
    expect(out.papers.find((p) => p.id === 'hostile')).not.toHaveProperty('authorKeywords');
    for (const p of out.papers) expect(p.path).toBe(`papers/${p.id}/`);
    for (const c of out.concepts) expect(c.path).toBe(`concepts/${c.id}/`);
    // A build without SITE_URL: the URL points at the dev server, the path still leads to the page.
    const local = papersJson({ papers, concepts, paperUrl: (id) => `http://localhost:4321/papers/${id}/` });
    expect(new URL(local.papers[0]!.path, 'https://lab.example/atlas/').href).toBe(`https://lab.example/atlas/papers/${local.papers[0]!.id}/`);
  });

  it('names the clusters the papers are in, with their sizes counted from the papers', () => {
    const out = papersJson({ papers, concepts, paperUrl, clusters: graph.clusters });
    expect(out.clusters.map((c) => c.id)).toEqual([...graph.clusters].map((c) => c.id).sort((a, b) => a - b));
    for (const c of out.clusters) {
      expect(c.label).toBe(graph.clusters.find((g) => g.id === c.id)!.label);
      expect(c.size).toBe(out.papers.filter((p) => p.cluster === c.id).length);
      for (const id of c.topConcepts) expect(out.concepts.some((k) => k.id === id)).toBe(true);
    }
    for (const p of out.papers) if (p.cluster !== undefined) expect(out.clusters.some((c) => c.id === p.cluster)).toBe(true);
    expect(papersJson({ papers, concepts, paperUrl }).clusters).toEqual([]);
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
