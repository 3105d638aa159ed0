import { describe, expect, it } from 'vitest';
import { edgeStrokes, labelBox, labelWidth, layoutLocalGraph, markBox, shorten, shorterRun, type LocalGraphInput, type LocalGraphLayout, type LocalNodeInput, type PlacedEdge } from '../../../src/lib/site/local-graph';

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

/** A node with its own label. */
const named = (id: string, label: string, kind: 'paper' | 'concept' = 'paper'): LocalNodeInput => ({ ...node(id, kind), label });

/**
 * The label boxes that overlap each other or another node's mark, by an estimate of this test's own, independent of
 * the layout's: 0.55 em a character (Chromium's DejaVu Sans set "Aligning Language Models…" 13 px high 182 units
 * wide, 0.56 em a character), 0.72 em above the baseline and 0.2 below, as LocalGraph.astro sizes the rings'
 * labels (14, 13, 12). So it finds overlaps the layout, erring wider, cannot have missed.
 */
function collisions(layout: LocalGraphLayout): string[] {
  const size = [14, 13, 12];
  const boxes = layout.nodes.map((n) => {
    if (n.shortLabel === '') return undefined;
    const fs = size[n.ring]!;
    const w = n.shortLabel.length * 0.55 * fs;
    const x1 = n.anchor === 'start' ? n.labelX : n.anchor === 'middle' ? n.labelX - w / 2 : n.labelX - w;
    return { x1, x2: x1 + w, y1: n.labelY - 0.72 * fs, y2: n.labelY + 0.2 * fs };
  });
  const overlap = (a: { x1: number; x2: number; y1: number; y2: number }, b: typeof a) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
  const found: string[] = [];
  layout.nodes.forEach((a, i) => {
    const box = boxes[i];
    if (!box) return;
    layout.nodes.forEach((b, j) => {
      if (j === i) return;
      if (overlap(box, { x1: b.x - b.r, x2: b.x + b.r, y1: b.y - b.r, y2: b.y + b.r })) found.push(`"${a.shortLabel}" over the mark of ${b.id}`);
      const other = boxes[j];
      if (j > i && other && overlap(box, other)) found.push(`"${a.shortLabel}" × "${b.shortLabel}"`);
    });
  });
  return found;
}

/** Its visible text is a run of whole words from the start of its full label (WCAG 2.5.3, label in name). */
function wholeWordsOfLabel(label: string, short: string): boolean {
  const visible = short.endsWith('…') ? short.slice(0, -1) : short;
  return visible === '' || (label.startsWith(visible) && (visible.length === label.length || ' .,:;–-'.includes(label[visible.length]!)));
}

describe('layoutLocalGraph labels', () => {
  // The bundled corpus's concept page for DPO at 1366 px: on the middle ring, papers whose labels ran across the
  // outer ring's "Continuous control" and "Large language…", at nearly the same angles.
  const dpo: LocalGraphInput = {
    center: named('dpo', 'Direct Preference Optimization', 'concept'),
    inner: [
      'Aligning Diffusion Behaviors with Q-functions for Efficient Continuous Control',
      'A Technical Survey of Reinforcement Learning Techniques for Large Language Models',
      'Technical Report of TeleChat2, TeleChat2.5 and T1',
      'Delving into RL for Image Generation with CoT: A Study on DPO vs. GRPO',
      'Aligning Language Models for Icelandic Legal Text Summarization',
    ].map((title, i) => named(`p${i}`, title)),
    outer: ['Group Relative Policy Optimization', 'Large language models', 'RLHF', 'Actor-critic', 'Chain-of-thought', 'Continuous control', 'Diffusion models'].map((label, i) =>
      named(`k${i}`, label, 'concept'),
    ),
    edges: [],
  };

  it('draws no label over another or over another node\'s mark: the bundled DPO concept page', () => {
    const layout = layoutLocalGraph(dpo);
    expect(collisions(layout)).toEqual([]);
    const byId = new Map(layout.nodes.map((n) => [n.id, n]));
    // The papers' labels keep their text: moved above their nodes, off the outer ring's marks beside them.
    expect(byId.get('p4')).toMatchObject({ shortLabel: 'Aligning Language Models…', anchor: 'middle', labelY: byId.get('p4')!.y - 17 });
    expect(byId.get('p1')).toMatchObject({ shortLabel: 'A Technical Survey of…', anchor: 'middle', labelY: byId.get('p1')!.y - 17 });
    expect(byId.get('dpo')!.shortLabel).toBe('Direct Preference Optimization');
    for (const n of layout.nodes) expect(n.shortLabel, n.id).toBe(shorten(n.label, [38, 26, 20][n.ring]!));
  });

  it('resolves a crowded ring, middle and inner labels first, and shortens or drops labels as a last resort only', () => {
    const words = ['Neural', 'Scaling', 'Laws', 'for', 'Sparse', 'Mixture', 'of', 'Experts', 'Models', 'with', 'Learned', 'Routing'];
    const title = (i: number) => words.slice(i % 4, (i % 4) + 6 + (i % 5)).join(' ');
    const input: LocalGraphInput = {
      center: named('c', 'Sparse Mixture-of-Experts Language Models at Scale'),
      inner: Array.from({ length: 14 }, (_, i) => named(`i${i}`, title(i))),
      outer: Array.from({ length: 14 }, (_, i) => named(`o${i}`, `Concept number ${i} of the outer ring`, 'concept')),
      edges: [],
    };
    const layout = layoutLocalGraph(input);
    expect(collisions(layout)).toEqual([]);
    // And by the layout's own estimate, which errs wide: no pair overlaps, nor leaves the drawing.
    const drawn = layout.nodes.filter((n) => n.shortLabel !== '');
    for (const a of drawn) {
      const box = labelBox(a);
      expect(box.x1).toBeGreaterThanOrEqual(0);
      expect(box.x2).toBeLessThanOrEqual(layout.width);
      expect(box.y1).toBeGreaterThanOrEqual(0);
      expect(box.y2).toBeLessThanOrEqual(layout.height);
      for (const b of layout.nodes) {
        if (b === a) continue;
        expect(intersects(box, markBox(b)), `${a.id} over ${b.id}`).toBe(false);
        if (b.shortLabel !== '') expect(intersects(box, labelBox(b)), `${a.id} × ${b.id}`).toBe(false);
      }
    }
    for (const n of layout.nodes) {
      expect(wholeWordsOfLabel(n.label, n.shortLabel), n.shortLabel).toBe(true);
    }
    // The middle label gives way to nodes' marks only, which cannot move: here to the two nodes just below the
    // ring's middle on either side, which its last word would reach.
    const centre = layout.nodes.find((n) => n.ring === 0)!;
    expect(centre).toMatchObject({ shortLabel: 'Sparse Mixture-of-Experts…', anchor: 'middle', labelY: centre.y + 30 });
    // Crowded as it is, some labels fit nowhere: those nodes are drawn without one.
    expect(layout.nodes.filter((n) => n.shortLabel === '').map((n) => n.id)).toEqual(['i9', 'i13']);
    // The middle and inner labels come first: whatever the outer ring's labels, they are placed the same.
    const placing = (l: LocalGraphLayout) => l.nodes.filter((n) => n.ring < 2).map(({ shortLabel, labelX, labelY, anchor }) => ({ shortLabel, labelX, labelY, anchor }));
    const tinyOuter = layoutLocalGraph({ ...input, outer: input.outer!.map((n) => ({ ...n, label: 'X' })) });
    expect(placing(tinyOuter)).toEqual(placing(layout));
    // Deterministic.
    expect(layoutLocalGraph(input)).toEqual(layout);
  });

  it('keeps labels apart, in the drawing and of whole words, on random graphs of up to 30 nodes', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const words = ['Deep', 'learning', 'for', 'a', 'Large-Scale', 'Reinforcement', 'of', 'Models:', 'the', 'Q', 'Graph', 'Neural', 'via', '深度学习', 'Über', 'WWW', 'iii'];
    const label = (most: number) => Array.from({ length: 1 + Math.floor(random() * most) }, () => words[Math.floor(random() * words.length)]).join(' ');
    let overlaps = 0;
    for (let g = 0; g < 300; g++) {
      const layout = layoutLocalGraph({
        center: named('c', label(8), 'concept'),
        inner: Array.from({ length: Math.floor(random() * 16) }, (_, i) => named(`i${i}`, label(14))),
        outer: Array.from({ length: Math.floor(random() * 14) }, (_, i) => named(`o${i}`, label(4), 'concept')),
        edges: [],
      });
      for (const a of layout.nodes) {
        expect(wholeWordsOfLabel(a.label, a.shortLabel), `${a.label} → ${a.shortLabel}`).toBe(true);
        if (a.shortLabel === '') continue;
        const box = labelBox(a);
        if (box.x1 < 0 || box.y1 < 0 || box.x2 > layout.width || box.y2 > layout.height) overlaps++;
        for (const b of layout.nodes) if (b !== a && (intersects(box, markBox(b)) || (b.shortLabel !== '' && intersects(box, labelBox(b))))) overlaps++;
      }
    }
    expect(overlaps).toBe(0);
  });

  it('leaves a layout without collisions as it was', () => {
    const layout = layoutLocalGraph({ center: node('c'), inner: ['n', 'e', 's', 'w'].map((id) => node(id)), outer: [node('k', 'concept')], edges: [] });
    for (const n of layout.nodes) expect(n.shortLabel).toBe(n.label);
    const byId = new Map(layout.nodes.map((n) => [n.id, n]));
    expect(byId.get('n')).toMatchObject({ anchor: 'middle', labelY: byId.get('n')!.y - 17 });
    expect(byId.get('s')).toMatchObject({ anchor: 'middle', labelY: byId.get('s')!.y + 25 });
    expect(byId.get('c')).toMatchObject({ anchor: 'middle', labelY: byId.get('c')!.y + 30 });
  });
});

function intersects(a: { x1: number; x2: number; y1: number; y2: number }, b: typeof a): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

describe('labelWidth', () => {
  it('errs wide of what Chromium draws with DejaVu Sans, the widest face the page may get', () => {
    // Drawn 184 and 113.5 wide on the bundled DPO concept page (getComputedTextLength, Debian Chromium).
    expect(labelWidth('Aligning Language Models…', 13)).toBeGreaterThanOrEqual(185);
    expect(labelWidth('Continuous control', 12)).toBeGreaterThanOrEqual(114);
    expect(labelWidth('Direct Preference Optimization', 14, true)).toBeGreaterThan(labelWidth('Direct Preference Optimization', 14));
    // Ideographs take a full em; narrow letters less than wide ones.
    expect(labelWidth('深度学习', 10)).toBeGreaterThanOrEqual(40);
    expect(labelWidth('illi', 10)).toBeLessThan(labelWidth('mwmw', 10));
  });
});

describe('shorterRun', () => {
  it('drops the last whole word, and any punctuation before it, until one word is left', () => {
    expect(shorterRun('Aligning Language Models…')).toBe('Aligning Language…');
    expect(shorterRun('Aligning Language…')).toBe('Aligning…');
    expect(shorterRun('Aligning…')).toBeUndefined();
    expect(shorterRun('Continuous control')).toBe('Continuous…');
    expect(shorterRun('Delving into RL: A Study…')).toBe('Delving into RL: A…');
    expect(shorterRun('Delving into RL: A…')).toBe('Delving into RL…');
    expect(shorterRun('RLHF')).toBeUndefined();
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
