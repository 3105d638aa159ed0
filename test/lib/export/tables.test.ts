/**
 * The CSV tables (review 21 finding 8), read back with a CSV parser and checked against papers.json and the
 * graph made from the same input: the same papers, concepts, links and clusters, each pair of papers once.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  clustersCsvRowSchema,
  conceptsCsvRowSchema,
  linksCsvRowSchema,
  paperConceptsCsvRowSchema,
  papersApiSchema,
  papersCsvRowSchema,
} from '../../../src/lib/content/schema';
import { openDataFiles } from '../../../src/lib/export/open-data';
import { concepts, graph, HOSTILE, papers } from './fixture';

const input = { papers, concepts, graph, base: '/atlas/', site: new URL('https://example.org'), title: 'Atlas', description: 'Papers' };

function read(files: ReturnType<typeof openDataFiles>, path: string): Record<string, string>[] {
  const body = files.find((f) => f.path === path)!.body;
  return parse(body, { columns: true, relax_column_count: false }) as Record<string, string>[];
}

function header(files: ReturnType<typeof openDataFiles>, path: string): string[] {
  return files.find((f) => f.path === path)!.body.split('\r\n')[0]!.split(',');
}

const files = openDataFiles(input);
const api = papersApiSchema.parse(JSON.parse(files.find((f) => f.path === 'api/papers.json')!.body));
const split = (cell: string) => (cell === '' ? [] : cell.split('; '));

describe('the CSV tables', () => {
  it('have the columns of their row schemas, in order', () => {
    expect(header(files, 'api/papers.csv')).toEqual(Object.keys(papersCsvRowSchema.shape));
    expect(header(files, 'api/links.csv')).toEqual(Object.keys(linksCsvRowSchema.shape));
    expect(header(files, 'api/paper-concepts.csv')).toEqual(Object.keys(paperConceptsCsvRowSchema.shape));
    expect(header(files, 'api/concepts.csv')).toEqual(Object.keys(conceptsCsvRowSchema.shape));
    expect(header(files, 'api/clusters.csv')).toEqual(Object.keys(clustersCsvRowSchema.shape));
  });

  it('papers.csv: every paper of papers.json once, with its cluster name, page URL and relative path', () => {
    const rows = read(files, 'api/papers.csv');
    expect(rows.map((r) => r.id)).toEqual(api.papers.map((p) => p.id));
    const clusterName = new Map(api.clusters.map((c) => [String(c.id), c.label]));
    for (const [row, p] of rows.map((r, i) => [r, api.papers[i]!] as const)) {
      expect(row.title).toBe(p.title);
      expect(row.url).toBe(p.url);
      expect(row.path).toBe(p.path);
      expect(row.path).toBe(`papers/${p.id}/`);
      expect(split(row.concept_ids!)).toEqual(p.concepts);
      expect(Number(row.concept_count)).toBe(p.concepts.length);
      expect(Number(row.related_count)).toBe(p.related.length);
      expect(row.cluster).toBe(p.cluster === undefined ? '' : String(p.cluster));
      if (p.cluster !== undefined) expect(row.cluster_label).toBe(clusterName.get(String(p.cluster)));
      expect(row.year).toBe(p.year === undefined ? '' : String(p.year));
      expect(row.doi).toBe(p.doi ?? '');
      expect(split(row.authors!)).toEqual(p.authors);
    }
    // Hostile text: quoted, line break and all, and back unchanged ("<" is no formula).
    expect(rows.find((r) => r.id === 'hostile')!.title).toBe(HOSTILE);
  });

  it('links.csv: each related pair of papers.json once, with the same score and shared concepts, and whether the explorer draws it', () => {
    const rows = read(files, 'api/links.csv');
    const fromJson = new Map<string, { score: number; shared: string[] }>();
    for (const p of api.papers) {
      for (const r of p.related) {
        const key = [p.id, r.id].sort().join('|');
        const known = fromJson.get(key);
        if (!known || known.score < r.score) fromJson.set(key, { score: r.score, shared: r.shared });
      }
    }
    expect(rows.map((r) => `${r.source}|${r.target}`).sort()).toEqual([...fromJson.keys()].sort());
    const label = new Map(api.concepts.map((c) => [c.id, c.label]));
    for (const row of rows) {
      expect(row.source! < row.target!).toBe(true);
      const pair = fromJson.get(`${row.source}|${row.target}`)!;
      expect(Number(row.weight)).toBe(pair.score);
      expect(split(row.shared_concept_ids!)).toEqual(pair.shared);
      expect(split(row.shared_concepts!)).toEqual(pair.shared.map((id) => label.get(id)));
    }
    const drawn = new Set(graph.papers.edges.map((e) => [e.source, e.target].sort().join('|')));
    expect(rows.filter((r) => r.drawn === 'true').map((r) => `${r.source}|${r.target}`)).toEqual(rows.map((r) => `${r.source}|${r.target}`).filter((k) => drawn.has(k)));
    expect(rows.every((r) => r.drawn === 'true' || r.drawn === 'false')).toBe(true);
  });

  it('paper-concepts.csv: each paper’s concepts of papers.json in order, rank from 1, weight 1/rank as in the graph files', () => {
    const rows = read(files, 'api/paper-concepts.csv');
    expect(rows.map((r) => [r.paper_id, r.concept_id])).toEqual(api.papers.flatMap((p) => p.concepts.map((c) => [p.id, c])));
    for (const p of api.papers) {
      const mine = rows.filter((r) => r.paper_id === p.id);
      expect(mine.map((r) => Number(r.rank))).toEqual(mine.map((_, i) => i + 1));
      expect(mine.map((r) => Number(r.weight))).toEqual(mine.map((_, i) => Math.round(1000 / (i + 1)) / 1000));
    }
    const cyjs = JSON.parse(files.find((f) => f.path === 'api/graph.cyjs')!.body);
    const tagged = cyjs.elements.edges.filter((e: { data: { kind: string } }) => e.data.kind === 'tagged').map((e: { data: { source: string; target: string; weight: number } }) => [e.data.source.slice(6), e.data.target.slice(8), e.data.weight]);
    expect(rows.map((r) => [r.paper_id, r.concept_id, Number(r.weight)])).toEqual(tagged);
  });

  it('concepts.csv and clusters.csv: the concepts and clusters of papers.json, with names and counts', () => {
    const conceptRows = read(files, 'api/concepts.csv');
    expect(conceptRows.map((r) => r.id)).toEqual(api.concepts.map((c) => c.id));
    for (const [row, c] of conceptRows.map((r, i) => [r, api.concepts[i]!] as const)) {
      expect(row.label).toBe(c.label);
      expect(Number(row.paper_count)).toBe(c.papers.length);
      expect(row.path).toBe(c.path);
      expect(row.abbreviation).toBe(c.abbreviation ?? '');
    }
    const clusterRows = read(files, 'api/clusters.csv');
    expect(clusterRows.map((r) => [Number(r.id), r.label, Number(r.size), split(r.top_concept_ids!)])).toEqual(api.clusters.map((c) => [c.id, c.label, c.size, c.topConcepts]));
    expect(clusterRows.reduce((n, r) => n + Number(r.size), 0)).toBe(api.papers.filter((p) => p.cluster !== undefined).length);
  });

  it('say how far each cluster’s name is true of its papers, and of which (review 41 finding 2)', () => {
    // One paper the name is not true of, one cluster with its coverage, as graph.json would give them.
    const [first] = graph.clusters;
    const member = graph.papers.nodes.find((n) => n.cluster === first!.id)!;
    const marked = {
      ...graph,
      clusters: graph.clusters.map((c) => (c.id === first!.id ? { ...c, coverage: 0.5 } : c)),
      papers: { ...graph.papers, nodes: graph.papers.nodes.map((n) => (n.id === member.id ? { ...n, offName: true as const } : n)) },
    };
    const out = openDataFiles({ ...input, graph: marked });
    const rows = read(out, 'api/papers.csv');
    for (const row of rows) {
      if (row.cluster === '') expect(row.cluster_name_fits).toBe('');
      else expect(row.cluster_name_fits).toBe(row.id === member.id ? 'false' : 'true');
    }
    const clusterRows = read(out, 'api/clusters.csv');
    const coverage = new Map(marked.clusters.map((c) => [String(c.id), c.coverage === undefined ? '' : String(c.coverage)]));
    expect(clusterRows.find((r) => Number(r.id) === first!.id)!.name_coverage).toBe('0.5');
    for (const row of clusterRows) expect(row.name_coverage).toBe(coverage.get(row.id!));
  });

  it('keep a spreadsheet from running text as a formula, and say so only where it starts like one', () => {
    const evil = papers.map((p) => (p.id === 'bert' ? { ...p, title: '=HYPERLINK("http://evil.example","Click")', authors: ['@admin', 'Plain Name'], venue: '+cmd' } : p));
    const rows = read(openDataFiles({ ...input, papers: evil }), 'api/papers.csv');
    const bert = rows.find((r) => r.id === 'bert')!;
    expect(bert.title).toBe(`'=HYPERLINK("http://evil.example","Click")`);
    expect(bert.venue).toBe(`'+cmd`);
    // The guard looks at the cell's first character: the list cell starts with "@admin".
    expect(bert.authors).toBe(`'@admin; Plain Name`);
    expect(rows.find((r) => r.id === 'attention-is-all-you-need')!.title).toBe('Attention Is All You Need');
    // papers.json carries the text unchanged.
    const json = papersApiSchema.parse(JSON.parse(openDataFiles({ ...input, papers: evil }).find((f) => f.path === 'api/papers.json')!.body));
    expect(json.papers.find((p) => p.id === 'bert')!.title).toBe('=HYPERLINK("http://evil.example","Click")');
  });

  it('are written before the content folder has a graph: no cluster names, no link drawn', () => {
    const bare = openDataFiles({ ...input, graph: undefined });
    expect(read(bare, 'api/clusters.csv')).toEqual([]);
    expect(read(bare, 'api/links.csv').every((r) => r.drawn === 'false')).toBe(true);
    expect(read(bare, 'api/papers.csv').every((r) => r.cluster_label === '')).toBe(true);
  });
});
