import { describe, expect, it } from 'vitest';
import { layoutLocalGraph, shorten, type LocalNodeInput } from '../../../src/lib/site/local-graph';

const node = (id: string, kind: 'paper' | 'concept' = 'paper'): LocalNodeInput => ({
  id,
  label: `Label of ${id}`,
  href: `/p/${id}/`,
  kind,
  color: '#123456',
});

describe('layoutLocalGraph', () => {
  it('puts the centre in the middle and neighbours on a ring inside the picture', () => {
    const layout = layoutLocalGraph({
      center: node('c'),
      inner: ['a', 'b', 'd', 'e', 'f'].map((id) => node(id)),
      edges: [
        { source: 'c', target: 'a', weight: 0.9 },
        { source: 'c', target: 'b', weight: 0.1 },
        { source: 'a', target: 'b', weight: 0.5 },
      ],
    });
    const center = layout.nodes.find((n) => n.id === 'c')!;
    expect(center).toMatchObject({ x: layout.width / 2, y: layout.height / 2, ring: 0 });
    const ring = layout.nodes.filter((n) => n.ring === 1);
    expect(ring).toHaveLength(5);
    for (const n of layout.nodes) {
      expect(n.x).toBeGreaterThan(0);
      expect(n.x).toBeLessThan(layout.width);
      expect(n.y).toBeGreaterThan(0);
      expect(n.y).toBeLessThan(layout.height);
    }
    // Distinct positions.
    expect(new Set(layout.nodes.map((n) => `${n.x},${n.y}`)).size).toBe(layout.nodes.length);
    const strong = layout.edges.find((e) => e.target === 'a')!;
    const weak = layout.edges.find((e) => e.target === 'b' && e.source === 'c')!;
    expect(strong.width).toBeGreaterThan(weak.width);
    expect(strong.secondary).toBe(false);
    expect(layout.edges.find((e) => e.source === 'a' && e.target === 'b')!.secondary).toBe(true);
  });

  it('drops edges to nodes not drawn, duplicate edges and self loops, and never places a node twice', () => {
    const layout = layoutLocalGraph({
      center: node('c'),
      inner: [node('a'), node('c'), node('a')],
      outer: [node('a', 'concept'), node('k', 'concept')],
      edges: [
        { source: 'c', target: 'a', weight: 1 },
        { source: 'a', target: 'c', weight: 1 },
        { source: 'c', target: 'c', weight: 1 },
        { source: 'c', target: 'missing', weight: 1 },
        { source: 'a', target: 'k', weight: 0.1 },
      ],
    });
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(['a', 'c', 'k']);
    expect(layout.edges).toHaveLength(2);
    expect(layout.nodes.find((n) => n.id === 'k')!.ring).toBe(2);
  });

  it('is deterministic and makes room for an outer ring', () => {
    const input = { center: node('c'), inner: [node('a'), node('b')], edges: [] };
    expect(layoutLocalGraph(input)).toEqual(layoutLocalGraph(input));
    const withOuter = layoutLocalGraph({ ...input, outer: [node('k', 'concept')] });
    expect(withOuter.height).toBeGreaterThan(layoutLocalGraph(input).height);
  });

  it('anchors labels away from the centre', () => {
    const layout = layoutLocalGraph({ center: node('c'), inner: ['n', 'e', 's', 'w'].map((id) => node(id)), edges: [] });
    const byId = new Map(layout.nodes.map((n) => [n.id, n]));
    expect(byId.get('e')!.anchor).toBe('start');
    expect(byId.get('w')!.anchor).toBe('end');
    expect(byId.get('e')!.labelX).toBeGreaterThan(byId.get('e')!.x);
    expect(byId.get('w')!.labelX).toBeLessThan(byId.get('w')!.x);
  });
});

describe('shorten', () => {
  it('cuts long labels at a word boundary with an ellipsis', () => {
    expect(shorten('Short', 10)).toBe('Short');
    expect(shorten('Revisiting Reinforcement Learning for LLM Reasoning', 28)).toBe('Revisiting Reinforcement…');
    expect(shorten('Supercalifragilisticexpialidocious', 10)).toBe('Supercali…');
    // Never inside a word when there is a space to cut at.
    expect(shorten('On the Modeling Capabilities of Large Language Models', 27)).toBe('On the Modeling…');
    expect(shorten('Abc defgh', 3)).toBe('Abc…');
  });
});
