import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toCytoscapeJson } from '../../../src/lib/export/cytoscape-json';
import { explorerData } from '../../../src/lib/export/explorer-data';
import { toGexf } from '../../../src/lib/export/gexf';
import { EMPTY_GRAPH, exportGraph } from '../../../src/lib/export/graph-model';
import { toGraphml } from '../../../src/lib/export/graphml';
import { xmlEscape } from '../../../src/lib/export/xml';
import { OTHER_CLUSTER_LABEL } from '../../../src/lib/graph/cluster-identity';
import { OTHER_CLUSTER_COLOR } from '../../../src/lib/graph/palette';
import { conceptUrl, concepts, graph, HOSTILE, papers, paperUrl } from './fixture';

const model = exportGraph({ graph, papers, concepts, paperUrl, conceptUrl });
/** What an XML reader must get back for HOSTILE: the same text minus characters XML cannot hold. */
const HOSTILE_IN_XML = HOSTILE.replace(/[\u0001\u0007\u000b\uFFFF]/g, '');

describe('exportGraph', () => {
  it('has every paper and concept, kind-prefixed so a slug equal to a concept id does not collide', () => {
    const ids = model.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('paper:transformer');
    expect(ids).toContain('concept:transformer');
    expect(model.nodes).toHaveLength(papers.length + concepts.length);
  });

  it('holds a collection with more related links than a call can take arguments (50,000 papers, 200,000 links)', () => {
    // 130,888 links at 50,000 papers once overflowed the stack: they were pushed as one spread call.
    const n = 50_000;
    const many = Array.from({ length: n }, (_, i) => ({
      ...papers[0]!,
      id: `p${i}`,
      concepts: [],
      related: [1, 2, 3, 4].map((k) => ({ id: `p${(i + k) % n}`, score: 0.5, shared: [] })),
    }));
    const big = exportGraph({ graph: EMPTY_GRAPH, papers: many, concepts: [], paperUrl, conceptUrl });
    expect(big.nodes).toHaveLength(n);
    expect(big.edges).toHaveLength(4 * n);
  });

  it('has all related links once (the stronger side wins) and all tags, never to missing nodes', () => {
    const related = model.edges.filter((e) => e.kind === 'related');
    expect(related.map((e) => [e.source, e.target, e.weight])).toEqual([
      ['paper:attention-is-all-you-need', 'paper:bert', 0.8],
      ['paper:bert', 'paper:hostile', 0.3],
    ]);
    expect(related[0]!.shared).toEqual(['Transformer', 'Attention']);
    const ids = new Set(model.nodes.map((n) => n.id));
    for (const e of model.edges) expect(ids.has(e.source) && ids.has(e.target), e.id).toBe(true);
    expect(model.edges.filter((e) => e.kind === 'tagged')).toHaveLength(7);
    expect(model.nodes.find((n) => n.id === 'paper:bert')!.degree).toBe(2 + 2);
  });

  it('gives each tag 1 / its rank among the concepts that exist, as papers.json lists them (a gone concept takes no rank)', () => {
    const edited = papers.map((p) => (p.id === 'bert' ? { ...p, concepts: ['gone-concept', 'transformer', 'pre-training'] } : p));
    const tags = exportGraph({ graph, papers: edited, concepts, paperUrl, conceptUrl }).edges.filter((e) => e.kind === 'tagged' && e.source === 'paper:bert');
    expect(tags.map((e) => [e.target, e.weight])).toEqual([['concept:transformer', 1], ['concept:pre-training', 0.5]]);
  });

  it('gives every node its page path relative to the base path beside the absolute URL (review 21 finding 16)', () => {
    expect(model.nodes.find((n) => n.id === 'paper:bert')).toMatchObject({ url: paperUrl('bert'), path: 'papers/bert/' });
    expect(model.nodes.find((n) => n.id === 'concept:transformer')).toMatchObject({ url: conceptUrl('transformer'), path: 'concepts/transformer/' });
  });

  it('places every node, drawn in the explorer or not', () => {
    for (const n of model.nodes) expect(Number.isFinite(n.x) && Number.isFinite(n.y), n.id).toBe(true);
  });
});

describe('Cytoscape JSON', () => {
  const text = toCytoscapeJson(model, { name: 'Atlas </script>' });
  const doc = JSON.parse(text);

  it('is the elements format Cytoscape reads, with positions', () => {
    expect(doc.format_version).toBe('1.0');
    expect(doc.elements.nodes).toHaveLength(model.nodes.length);
    const node = doc.elements.nodes.find((n: { data: { id: string } }) => n.data.id === 'paper:bert');
    expect(node.data.name).toBe('BERT: Pre-training of Deep Bidirectional Transformers');
    expect(node.position).toEqual({ x: expect.any(Number), y: expect.any(Number) });
    expect(doc.elements.edges[0].data).toMatchObject({ source: 'paper:attention-is-all-you-need', target: 'paper:bert', interaction: 'related' });
  });

  it('carries the relative page path of each node', () => {
    for (const n of doc.elements.nodes) expect(n.data.path).toBe(n.data.kind === 'paper' ? `papers/${n.data.key}/` : `concepts/${n.data.key}/`);
  });

  it('keeps hostile text as data', () => {
    expect(doc.elements.nodes.find((n: { data: { id: string } }) => n.data.id === 'paper:hostile').data.name).toBe(HOSTILE);
    expect(doc.data.name).toBe('Atlas </script>');
  });
});

describe.each([
  ['GEXF', toGexf(model, { description: `Papers ${HOSTILE}` })],
  ['GraphML', toGraphml(model)],
])('%s', (_, xml) => {
  it('is well-formed XML even with hostile text', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('<script>');
    expect(xml).not.toMatch(/[\u0001\u0007\u000b\uFFFF]/);
  });

  it('gives back every node and edge, and the hostile title, when read by an XML parser', () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseAttributeValue: false, parseTagValue: false, isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute, htmlEntities: true });
    const doc = parser.parse(xml);
    const root = doc.gexf?.[0] ?? doc.graphml?.[0];
    const g = root.graph[0];
    const nodes = g.nodes ? g.nodes[0].node : g.node;
    const edges = g.edges ? g.edges[0].edge : g.edge;
    expect(nodes).toHaveLength(model.nodes.length);
    expect(edges).toHaveLength(model.edges.length);
    const hostile = nodes.find((n: Record<string, string>) => n['@id'] === 'paper:hostile');
    const label = hostile['@label'] ?? hostile.data.find((d: Record<string, string>) => d['@key'] === 'n_label')['#text'];
    expect(label).toBe(HOSTILE_IN_XML);
    // Each node's relative page path, declared as an attribute of its own.
    const paths = nodes.map((n: { attvalues?: { attvalue: Record<string, string>[] }[]; data?: Record<string, string>[] }) =>
      n.attvalues ? n.attvalues[0]!.attvalue.find((a) => a['@for'] === 'path')?.['@value'] : n.data!.find((d) => d['@key'] === 'n_path')?.['#text'],
    );
    expect(paths).toEqual(model.nodes.map((n) => n.path));
    expect(xml).toMatch(/(attribute id="path"|key id="n_path")/);
  });
});

describe('xmlEscape', () => {
  it('escapes markup, keeps whitespace as references, drops what XML cannot carry', () => {
    expect(xmlEscape('a<b>&"c\'')).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
    expect(xmlEscape('x\ty\nz')).toBe('x&#9;y&#10;z');
    expect(xmlEscape('\u0000\u0008ok\uD800\uDFFF\uDC00')).toBe('ok\uD800\uDFFF');
  });
});

describe('explorerData', () => {
  it('indexes both views compactly and consistently with graph.json', () => {
    const data = explorerData(graph, concepts);
    expect(data.papers.ids).toEqual(graph.papers.nodes.map((n) => n.id));
    expect(data.related.length).toBe(graph.papers.edges.length * 3);
    expect(data.tagged.length).toBe(graph.concepts.edges.length * 3);
    for (let i = 0; i < data.related.length; i += 3) {
      const e = graph.papers.edges[i / 3]!;
      expect([data.papers.ids[data.related[i]!], data.papers.ids[data.related[i + 1]!], data.related[i + 2]! / 1000]).toEqual([e.source, e.target, e.weight]);
    }
    for (let i = 0; i < data.tagged.length; i += 3) {
      const e = graph.concepts.edges[i / 3]!;
      expect([data.papers.ids[data.tagged[i]!], data.concepts.ids[data.tagged[i + 1]!]]).toEqual([e.source, e.target]);
    }
    expect(data.clusters.map((c) => c.id)).toEqual(graph.clusters.map((c) => c.id));
    // The concept filter knows every paper of a concept, drawn link or not, and only papers that exist.
    const transformer = data.concepts.ids.indexOf('transformer');
    expect(data.concepts.members[transformer]!.map((i) => data.papers.ids[i])).toEqual(['attention-is-all-you-need', 'bert', 'transformer']);
    // A concept's abbreviation and other names, as its page shows them: the concept filter takes them too.
    expect(data.concepts.names[data.concepts.ids.indexOf('attention')]).toEqual(['attention mechanism']);
    expect(data.concepts.names[data.concepts.ids.indexOf('pre-training')]![0]).toBe('PT');
    expect(data.concepts.names[transformer]).toEqual([]);
    // Labels can be made canvas-ready (inline math as plain text) without touching the ids.
    const shouted = explorerData(graph, concepts, (t) => t.toUpperCase());
    expect(shouted.papers.labels[0]).toBe(data.papers.labels[0]!.toUpperCase());
    expect(shouted.papers.ids).toEqual(data.papers.ids);
  });

  it('gives each drawn tag its place among its paper’s tags as the page lists them, and each paper its number of tags (review 21 finding 9)', () => {
    const first = graph.concepts.edges[0]!;
    const known = concepts.map((c) => c.id).filter((id) => id !== first.target);
    // The page's list: once each, only concepts with a page ('gone' has none), in the paper's order.
    const paperTags = [{ id: first.source, concepts: ['gone', ...known.slice(0, 2), first.target, known[0]!] }];
    const data = explorerData(graph, concepts, undefined, paperTags);
    expect(data.tagRank).toHaveLength(data.tagged.length / 3);
    const paper = data.papers.ids.indexOf(first.source);
    expect(data.papers.tags[paper]).toBe(3);
    for (let i = 0; i < data.tagged.length; i += 3) {
      const e = graph.concepts.edges[i / 3]!;
      const rank = e.source !== first.source ? 0 : e.target === first.target ? 3 : known.slice(0, 2).indexOf(e.target) + 1;
      expect(data.tagRank[i / 3], `${e.source} → ${e.target}`).toBe(rank);
    }
    // Papers not given: no place, no count.
    expect(data.papers.tags.filter((n, i) => i !== paper).every((n) => n === 0)).toBe(true);
  });

  it('marks the "Other papers" bucket, which the canvas never names (its papers lie all over it)', () => {
    const bucket = graph.clusters.find((c) => c.label === OTHER_CLUSTER_LABEL && c.color === OTHER_CLUSTER_COLOR)!;
    expect(explorerData(graph, concepts).clusters.filter((c) => c.bucket).map((c) => c.id)).toEqual([bucket.id]);
    const topicsOnly = { ...graph, clusters: graph.clusters.filter((c) => c !== bucket) };
    expect(explorerData(topicsOnly, concepts).clusters.some((c) => c.bucket)).toBe(false);
  });
});
