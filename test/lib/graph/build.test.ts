import { describe, expect, it } from 'vitest';
import { aboutNames, buildGraph, conceptClustersOf, paperClusters, strongestPerNode } from '../../../src/lib/graph/build';
import { graphFileSchema } from '../../../src/lib/content/schema';
import type { ConceptIndex } from '../../../src/lib/model/concepts';
import type { RelatedPaper } from '../../../src/lib/model/graph';
import type { PaperRecord } from '../../../src/lib/model/paper';
import { syntheticCorpus } from './synthetic-corpus';

function paper(slug: string, title = `Title of ${slug}`): PaperRecord {
  return { slug, title, abstract: '', authors: [], links: [], sources: [{ file: 'x.txt', line: 1 }], hash: slug };
}

describe('buildGraph', () => {
  const corpus = syntheticCorpus(240, 3, 11);
  const graph = buildGraph(corpus.papers, corpus.index, corpus.related);

  it('produces a valid graph.json with every node drawn somewhere finite', () => {
    expect(() => graphFileSchema.parse(graph)).not.toThrow();
    expect(graph.papers.nodes).toHaveLength(240);
    for (const n of [...graph.papers.nodes, ...graph.concepts.nodes]) {
      expect(Number.isInteger(n.x) && Number.isInteger(n.y), n.id).toBe(true);
    }
  });

  it('is byte-identical for the same input, whatever the input order', () => {
    const again = buildGraph([...corpus.papers].reverse(), corpus.index, corpus.related);
    expect(JSON.stringify(again)).toBe(JSON.stringify(graph));
  });

  it('is byte-identical when re-run with its own output as the previous run', () => {
    const again = buildGraph(corpus.papers, corpus.index, corpus.related, { previous: graph });
    expect(JSON.stringify(again)).toBe(JSON.stringify(graph));
  });

  it('keeps clusters, ids and colours when one paper loses its links', () => {
    const related = { ...corpus.related, [corpus.papers[0]!.slug]: [] };
    for (const [id, list] of Object.entries(related)) related[id] = list.filter((r) => r.id !== corpus.papers[0]!.slug);
    let start = '';
    const next = buildGraph(corpus.papers, corpus.index, related, { previous: graph, onClusters: (r) => (start = r.start) });
    expect(start).toBe('previous');
    const before = paperClusters(graph);
    const moved = [...paperClusters(next)].filter(([id, c]) => before.get(id) !== c).map(([id]) => id);
    expect(moved.length).toBeLessThanOrEqual(3);
    // It alone goes to a new "other papers" bucket; the named clusters read and look as before.
    expect(next.clusters.at(-1)).toMatchObject({ label: 'Other papers', size: 1 });
    const named = (g: typeof graph) => new Map(g.clusters.filter((c) => c.label !== 'Other papers').map((c) => [c.id, `${c.color} ${c.label}`]));
    expect(named(next)).toEqual(named(graph));
  });

  it('lists clusters largest first, the other papers last', () => {
    const sizes = graph.clusters.filter((c) => c.label !== 'Other papers').map((c) => c.size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    const other = graph.clusters.findIndex((c) => c.label === 'Other papers');
    expect(other === -1 || other === graph.clusters.length - 1).toBe(true);
  });

  it('finds the planted topics as clusters', () => {
    // Each planted topic should land (almost) entirely in one cluster.
    const byTopic = new Map<number, Map<number, number>>();
    for (const n of graph.papers.nodes) {
      const topic = corpus.topicOf.get(n.id)!;
      const counts = byTopic.get(topic) ?? new Map<number, number>();
      counts.set(n.cluster, (counts.get(n.cluster) ?? 0) + 1);
      byTopic.set(topic, counts);
    }
    let agreeing = 0;
    for (const counts of byTopic.values()) agreeing += Math.max(...counts.values());
    expect(agreeing / 240).toBeGreaterThan(0.7);
    expect(graph.clusters.length).toBeGreaterThanOrEqual(3);
    expect(graph.clusters.reduce((s, c) => s + c.size, 0)).toBe(240);
    expect(new Set(graph.clusters.map((c) => c.label)).size).toBe(graph.clusters.length);
  });

  it('lays clusters out apart: papers sit nearer their own cluster centre than other centres', () => {
    const centres = new Map<number, { x: number; y: number; n: number }>();
    for (const n of graph.papers.nodes) {
      const c = centres.get(n.cluster) ?? { x: 0, y: 0, n: 0 };
      c.x += n.x;
      c.y += n.y;
      c.n++;
      centres.set(n.cluster, c);
    }
    let nearestOwn = 0;
    for (const n of graph.papers.nodes) {
      const dist = (c: { x: number; y: number; n: number }) => Math.hypot(n.x - c.x / c.n, n.y - c.y / c.n);
      const own = dist(centres.get(n.cluster)!);
      if ([...centres].every(([id, c]) => id === n.cluster || dist(c) >= own)) nearestOwn++;
    }
    expect(nearestOwn / 240).toBeGreaterThan(0.8);
  });

  it('draws each paper with its strongest links and degrees that match the drawn edges', () => {
    const ids = new Set(graph.papers.nodes.map((n) => n.id));
    const degree = new Map<string, number>();
    for (const e of graph.papers.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      expect(e.source < e.target).toBe(true);
      expect(e.kind).toBe('related');
      degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
      degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    }
    for (const n of graph.papers.nodes) expect(n.degree).toBe(degree.get(n.id) ?? 0);
    for (const [slug, list] of Object.entries(corpus.related)) {
      const best = list[0];
      if (!best) continue;
      const [a, b] = slug < best.id ? [slug, best.id] : [best.id, slug];
      expect(graph.papers.edges.some((e) => e.source === a && e.target === b), `${slug} keeps ${best.id}`).toBe(true);
    }
    expect(graph.papers.edges.length).toBeLessThan(240 * 4);
  });

  it('shares paper positions between the views and puts concepts among their papers', () => {
    const pos = new Map(graph.papers.nodes.map((n) => [n.id, n]));
    const paperNodes = graph.concepts.nodes.filter((n) => n.kind === 'paper');
    expect(paperNodes.map((n) => [n.id, n.x, n.y])).toEqual(graph.papers.nodes.map((n) => [n.id, n.x, n.y]));
    const conceptNodes = graph.concepts.nodes.filter((n) => n.kind === 'concept');
    expect(conceptNodes.length).toBeGreaterThan(0);
    const conceptIds = new Set(conceptNodes.map((n) => n.id));
    for (const e of graph.concepts.edges) {
      expect(e.kind).toBe('tagged');
      expect(pos.has(e.source)).toBe(true);
      expect(conceptIds.has(e.target)).toBe(true);
      expect(e.weight).toBeGreaterThan(0);
      expect(e.weight).toBeLessThanOrEqual(1);
    }
    for (const c of conceptNodes) {
      expect(c.degree).toBe(graph.concepts.edges.filter((e) => e.target === c.id).length);
      expect(c.degree).toBeGreaterThanOrEqual(1);
    }
  });

  it('names clusters by what their papers\' texts name too, when told the mentions', () => {
    const first = graph.clusters[0]!;
    const members = graph.papers.nodes.filter((n) => n.cluster === first.id).map((n) => n.id);
    // A concept two of the cluster's papers carry, below its name: every one of its papers writes it.
    const named = new Set(first.topConcepts.slice(0, 2));
    const counts = new Map<string, number>();
    for (const id of members) for (const c of new Set(corpus.index.byPaper[id]!.map((t) => t.id))) counts.set(c, (counts.get(c) ?? 0) + 1);
    const broad = [...counts].find(([c, n]) => n >= 2 && !named.has(c))![0];
    const mentions = new Map(members.map((id) => [id, new Map([[broad, 1]])]));
    const told = buildGraph(corpus.papers, corpus.index, corpus.related, { mentions });
    expect(told.clusters.find((c) => c.id === first.id)!.topConcepts[0]).toBe(broad);
  });

  it("marks the papers their cluster's name is not true of, in the papers view, and gives each cluster the share it is true of (review 41 finding 2)", () => {
    let off = 0;
    for (const c of graph.clusters) {
      expect(c).not.toHaveProperty('offName');
      const members = graph.papers.nodes.filter((n) => n.cluster === c.id);
      if (c.coverage === undefined) {
        expect(members.some((n) => n.offName !== undefined)).toBe(false);
        continue;
      }
      const parts = c.label.startsWith('Mixed: ') ? c.label.split(', ').length - 1 : c.label.split(' · ').length;
      const inLabel = c.topConcepts.slice(0, parts);
      for (const n of members) {
        const about = corpus.index.byPaper[n.id]!.some((t) => inLabel.includes(t.id));
        expect(n.offName === true, n.id).toBe(!about);
        if (!about) off++;
      }
      expect(c.coverage).toBeCloseTo(members.filter((n) => n.offName !== true).length / members.length, 3);
    }
    expect(off).toBeGreaterThan(0);
    expect(graph.concepts.nodes.some((n) => n.offName !== undefined)).toBe(false);
  });

  it('gives every concept of the index a cluster, drawn or not', () => {
    const clusters = conceptClustersOf(graph, corpus.index);
    for (const c of corpus.index.concepts) expect(clusters.has(c.id), c.id).toBe(true);
    expect(paperClusters(graph).size).toBe(240);
  });
});

describe('buildGraph on small and awkward input', () => {
  const index: ConceptIndex = {
    concepts: [
      { id: 'alpha', label: 'Alpha', aliases: [], df: 3, papers: ['a', 'b', 'c'] },
      { id: 'solo', label: 'Solo', aliases: [], df: 1, papers: ['a'] },
    ],
    byPaper: {
      a: [{ id: 'alpha', score: 2 }, { id: 'solo', score: 4 }],
      b: [{ id: 'alpha', score: 1 }],
      c: [{ id: 'alpha', score: 1 }],
      __proto__: [],
    },
  };

  it('merges one-sided and two-sided links and ignores links to unknown papers and to itself', () => {
    const related: Record<string, RelatedPaper[]> = {
      a: [{ id: 'b', score: 0.5, shared: ['alpha'] }, { id: 'ghost', score: 0.9, shared: [] }, { id: 'a', score: 1, shared: [] }],
      b: [{ id: 'a', score: 0.7, shared: ['alpha'] }],
      c: [{ id: 'b', score: 0.2, shared: ['alpha'] }],
    };
    const g = buildGraph([paper('a'), paper('b'), paper('c'), paper('lonely')], index, related);
    expect(g.papers.edges).toEqual([
      { source: 'a', target: 'b', weight: 0.7, kind: 'related' },
      { source: 'b', target: 'c', weight: 0.2, kind: 'related' },
    ]);
    // `solo` is carried by one paper only: it would add a dangling node, so it is not drawn.
    expect(g.concepts.nodes.filter((n) => n.kind === 'concept').map((n) => n.id)).toEqual(['alpha']);
    expect(g.concepts.edges.find((e) => e.source === 'a')?.weight).toBe(1);
  });

  it('puts unlinked papers in the "other" bucket, drawn below the linked ones', () => {
    const related = { a: [{ id: 'b', score: 0.5, shared: [] }], b: [{ id: 'c', score: 0.5, shared: [] }] };
    const g = buildGraph([paper('a'), paper('b'), paper('c'), paper('x'), paper('y')], index, related, { minClusterSize: 2 });
    const other = g.clusters.find((c) => c.label === 'Other papers');
    expect(other?.size).toBe(2);
    const node = (id: string) => g.papers.nodes.find((n) => n.id === id)!;
    expect(node('x').cluster).toBe(other!.id);
    const lowestLinked = Math.max(node('a').y, node('b').y, node('c').y);
    expect(node('x').y).toBeGreaterThan(lowestLinked);
    expect(node('a').cluster).not.toBe(other!.id);
  });

  it('names a pair of papers linked only to each other as a cluster of its own, not as other papers (review 15 M6)', () => {
    // Two working papers on the minimum wage and a group of three on something else: the pair is a topic.
    const related = {
      a: [{ id: 'b', score: 0.5, shared: [] }],
      b: [{ id: 'c', score: 0.5, shared: [] }],
      c: [{ id: 'a', score: 0.5, shared: [] }],
      x: [{ id: 'y', score: 0.5, shared: [] }],
    };
    const g = buildGraph([paper('a'), paper('b'), paper('c'), paper('x'), paper('y'), paper('lonely')], index, related);
    const node = (id: string) => g.papers.nodes.find((n) => n.id === id)!;
    const other = g.clusters.find((c) => c.label === 'Other papers');
    expect(node('x').cluster).toBe(node('y').cluster);
    expect(node('x').cluster).not.toBe(other?.id);
    expect(node('lonely').cluster).toBe(other?.id);
  });

  it('copes with no papers and with papers without any link or concept', () => {
    const empty = buildGraph([], { concepts: [], byPaper: {} }, {});
    expect(empty).toEqual({ version: 1, clusters: [], papers: { nodes: [], edges: [] }, concepts: { nodes: [], edges: [] } });
    const bare = buildGraph([paper('p1'), paper('p2')], { concepts: [], byPaper: {} }, {});
    expect(bare.papers.nodes.map((n) => n.cluster)).toEqual([0, 0]);
    expect(bare.clusters).toHaveLength(1);
    expect(new Set(bare.papers.nodes.map((n) => `${n.x},${n.y}`)).size).toBe(2);
  });

  it('keeps hostile titles as plain data', () => {
    const title = '</script><img src=x onerror=alert(1)> & "quotes"';
    const g = buildGraph([paper('a', title)], { concepts: [], byPaper: {} }, {});
    expect(g.papers.nodes[0]!.label).toBe(title);
  });
});

describe('aboutNames: what the word namer reads a paper to be about', () => {
  it('names every form of the concepts a paper carries or mentions, not those it mentions no time', () => {
    const index: ConceptIndex = {
      concepts: [
        { id: 'tem', label: 'Transmission electron microscopes', aliases: ['transmission electron microscopy'], abbreviation: 'TEM', df: 1, papers: ['p'] },
        { id: 'film', label: 'Thin films', aliases: [], df: 1, papers: ['q'] },
        { id: 'laser', label: 'Laser', aliases: [], df: 1, papers: ['q'] },
      ],
      byPaper: { p: [{ id: 'tem', score: 1 }] },
    };
    const mentions = new Map([['p', new Map([['film', 2], ['laser', 0]])]]);
    expect(aboutNames(index, mentions)('p').sort()).toEqual(['TEM', 'Thin films', 'Transmission electron microscopes', 'transmission electron microscopy']);
    expect(aboutNames(index, undefined)('p').sort()).toEqual(['TEM', 'Transmission electron microscopes', 'transmission electron microscopy']);
    expect(aboutNames(index, mentions)('nobody')).toEqual([]);
  });
});

describe('strongestPerNode', () => {
  it('keeps an edge when either end ranks it in its top k', () => {
    const edges = [
      { source: 'hub', target: 'a', weight: 0.9 },
      { source: 'hub', target: 'b', weight: 0.8 },
      { source: 'hub', target: 'c', weight: 0.1 },
      { source: 'a', target: 'b', weight: 0.05 },
    ];
    // hub keeps a; c keeps its only edge (to hub); a keeps hub; b keeps hub. a–b is nobody's best.
    expect(strongestPerNode(edges, 1)).toEqual(edges.slice(0, 3));
  });
});

describe('scale', () => {
  // Speed at this size is measured by `npm run bench`, not asserted here.
  it('builds a drawable graph of 10,000 papers with clusters laid out apart', () => {
    const big = syntheticCorpus(10_000, 25, 3);
    const g = buildGraph(big.papers, big.index, big.related);
    expect(g.papers.nodes).toHaveLength(10_000);
    // Thinned: a drawable number of edges, about linksPerPaper per paper at most.
    expect(g.papers.edges.length).toBeLessThanOrEqual(10_000 * 4);
    // Laid out cluster by cluster: each cluster occupies a disc of its own, no two discs overlap.
    const discs = new Map<number, { xs: number[]; ys: number[] }>();
    for (const n of g.papers.nodes) {
      const d = discs.get(n.cluster) ?? { xs: [], ys: [] };
      d.xs.push(n.x);
      d.ys.push(n.y);
      discs.set(n.cluster, d);
    }
    const circles = [...discs.values()].map(({ xs, ys }) => {
      const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
      const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
      return { cx, cy, r: Math.max(...xs.map((x, i) => Math.hypot(x - cx, ys[i]! - cy))) };
    });
    expect(circles.length).toBeGreaterThan(10);
    for (let i = 0; i < circles.length; i++) {
      for (let j = i + 1; j < circles.length; j++) {
        const a = circles[i]!;
        const b = circles[j]!;
        expect(Math.hypot(a.cx - b.cx, a.cy - b.cy)).toBeGreaterThanOrEqual(a.r + b.r);
      }
    }
  }, 120_000);
});
