import { describe, expect, it } from 'vitest';
import { edgeStrokes, layoutLocalGraph, shorten, type LocalNodeInput, type PlacedEdge } from '../../../src/lib/site/local-graph';

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

  it('cuts a long hyphenated word after a short one at a hyphen, not before it (review 12: the graph read "Scalable…")', () => {
    const title = 'Scalable Reinforcement-Learning-Based Neural Architecture Search for Cancer Deep Learning Research';
    expect(shorten(title, 36)).toBe('Scalable Reinforcement-Learning…');
    expect(shorten('Vision-Language-Action-Conditioned-Policies', 30)).toBe('Vision-Language-Action…');
    expect(shorten('Revisiting Reinforcement-Learning Based Reasoning', 28)).toBe('Revisiting Reinforcement…');
    // Where the words before the space fill half the length, the cut stays there.
    expect(shorten('Revisiting Large Reinforcement-Learning Models', 28)).toBe('Revisiting Large…');
  });
});

describe('edgeStrokes', () => {
  const edge = (x1: number, y1: number, x2: number, y2: number, width: number, secondary = false): PlacedEdge => ({
    source: `${x1}`,
    target: `${x2}`,
    x1,
    y1,
    x2,
    y2,
    width,
    secondary,
  });

  it('draws the edges of one width and kind as one path, a move and a line each, in order', () => {
    const strokes = edgeStrokes([edge(380, 187.5, 380, 89.1, 2.4), edge(380, 187.5, 486.4, 112.1, 1.8), edge(380, 187.5, 273.6, 112.1, 2.4), edge(486.4, 112.1, 591.9, 129.4, 2.4, true)]);
    expect(strokes).toEqual([
      { d: 'M380 187.5L380 89.1M380 187.5L273.6 112.1', width: 2.4, secondary: false },
      { d: 'M380 187.5L486.4 112.1', width: 1.8, secondary: false },
      { d: 'M486.4 112.1L591.9 129.4', width: 1.5, secondary: true },
    ]);
  });

  it('keeps secondary edges thin, so their widths fold together', () => {
    const strokes = edgeStrokes([edge(0, 0, 1, 1, 3, true), edge(2, 2, 3, 3, 1.5, true), edge(4, 4, 5, 5, 1.2, true)]);
    expect(strokes).toEqual([
      { d: 'M0 0L1 1M2 2L3 3', width: 1.5, secondary: true },
      { d: 'M4 4L5 5', width: 1.2, secondary: true },
    ]);
  });

  it('draws every edge of a layout exactly once', () => {
    const layout = layoutLocalGraph({
      center: node('c'),
      inner: ['a', 'b', 'd'].map((id) => node(id)),
      outer: [node('o')],
      edges: [
        { source: 'c', target: 'a', weight: 0.9 },
        { source: 'c', target: 'b', weight: 0.1 },
        { source: 'c', target: 'd', weight: 0.9 },
        { source: 'a', target: 'o', weight: 0.5 },
      ],
    });
    const segments = edgeStrokes(layout.edges).flatMap((s) => s.d.match(/M[^M]+/g) ?? []);
    expect(segments).toHaveLength(layout.edges.length);
    for (const e of layout.edges) expect(segments).toContain(`M${e.x1} ${e.y1}L${e.x2} ${e.y2}`);
  });

  it('draws nothing for no edges', () => {
    expect(edgeStrokes([])).toEqual([]);
  });
});
