import { describe, expect, it } from 'vitest';
import { explorerData } from '../../../src/lib/export/explorer-data';
import { decodeConceptRef, explorerLinks, LINK_CONCEPTS_SHOWN } from '../../../src/lib/export/explorer-links';
import type { GraphFile } from '../../../src/lib/content/schema';
import { concepts, graph, papers } from './fixture';

const label = (id: string) => concepts.find((c) => c.id === id)?.label;
const noKinds = () => undefined;

describe('explorerLinks (graph/links.json: why each drawn link exists, review 21 finding 1)', () => {
  it('has one entry per link of data.json, in its order, naming the shared concepts both papers list first', () => {
    const data = explorerData(graph, concepts);
    const links = explorerLinks(graph, papers, label, noKinds);
    expect(links.shared).toHaveLength(data.related.length / 3);
    const k = graph.papers.edges.findIndex((e) => e.source === 'attention-is-all-you-need' && e.target === 'bert');
    // attention-is-all-you-need lists bert: Transformer (both list it), Attention (bert does not list it: a mention).
    const refs = links.shared[k]!.map(decodeConceptRef);
    expect(refs.map((r) => [links.concepts[r.label], r.onBoth])).toEqual([
      ['Transformer', true],
      ['Attention', false],
    ]);
    // As the paper pages name them: not a concept beside a narrower one the link shares too (review 43 finding 4).
    const kinds = explorerLinks(graph, papers, label, (id) => (id === 'attention' ? ['transformer'] : undefined));
    expect(kinds.shared[k]!.map(decodeConceptRef).map((r) => kinds.concepts[r.label])).toEqual(['Transformer']);
  });

  it('takes the other end’s entry when only it lists the link, leaves out concepts without a label, and counts what it does not name', () => {
    const g: GraphFile = {
      ...graph,
      papers: { nodes: graph.papers.nodes, edges: [{ source: 'bert', target: 'hostile', weight: 0.3, kind: 'related' }] },
    };
    const many = papers.map((p) =>
      p.id === 'hostile' ? { ...p, concepts: ['a', 'b', 'c', 'd', 'e'], related: [{ id: 'bert', score: 0.3, shared: ['a', 'b', 'gone', 'c', 'd', 'e'] }] } : p,
    );
    const labels: Record<string, string> = { a: 'A', b: 'B', c: 'C', d: 'D', e: 'E' };
    const links = explorerLinks(g, many, (id) => labels[id], noKinds);
    const refs = links.shared[0]!;
    expect(refs.slice(0, LINK_CONCEPTS_SHOWN).map((r) => links.concepts[decodeConceptRef(r).label])).toEqual(['A', 'B', 'C']);
    // Five named concepts, three shown: "and 2 more".
    expect(refs.slice(LINK_CONCEPTS_SHOWN)).toEqual([-2]);
  });

  it('keeps the words of a link that shares no concept, and each concept label once', () => {
    const g: GraphFile = {
      ...graph,
      papers: {
        nodes: graph.papers.nodes,
        edges: [
          { source: 'bert', target: 'transformer', weight: 0.2, kind: 'related' },
          { source: 'attention-is-all-you-need', target: 'bert', weight: 0.8, kind: 'related' },
          { source: 'bert', target: 'hostile', weight: 0.3, kind: 'related' },
        ],
      },
    };
    const worded = papers.map((p) => (p.id === 'bert' ? { ...p, related: [...p.related, { id: 'transformer', score: 0.2, shared: [], words: ['superstructures', 'unions'] }] } : p));
    const links = explorerLinks(g, worded, label, noKinds);
    expect(links.shared[0]).toEqual([]);
    expect(links.words).toEqual({ '0': ['superstructures', 'unions'] });
    expect(new Set(links.concepts).size).toBe(links.concepts.length);
  });

  // Review 22 finding 5: the words that outweigh a link's concepts, and a link in the same broad area only.
  it('keeps the words of a link that shares concepts too, and marks a link whose concepts are all broad', () => {
    const g: GraphFile = {
      ...graph,
      papers: { nodes: graph.papers.nodes, edges: [{ source: 'attention-is-all-you-need', target: 'bert', weight: 0.8, kind: 'related' }] },
    };
    const marked = papers.map((p) => (p.id === 'attention-is-all-you-need' ? { ...p, related: p.related.map((r) => (r.id === 'bert' ? { ...r, broad: true, words: ['charmonium'] } : r)) } : p));
    const links = explorerLinks(g, marked, label, noKinds);
    expect(links.shared[0]!.length).toBeGreaterThan(0);
    expect(links.words).toEqual({ '0': ['charmonium'] });
    expect(links.broad).toEqual([0]);
    expect(explorerLinks(g, papers, label, noKinds).broad).toEqual([]);
  });
});
