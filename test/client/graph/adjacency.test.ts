import { describe, expect, it } from 'vitest';
import { adjacency } from '../../../src/client/graph/adjacency';

describe('adjacency', () => {
  // Two links: 0–1 (weight 0.5) and 2–1 (weight 0.25), as the graph data's flat triples.
  const triples = [0, 1, 500, 2, 1, 250];

  it('lists each link under its source in `from` and its target in `to`, with weight and link index', () => {
    const { from, to } = adjacency(3, 2, triples);
    expect(from).toEqual([[[1, 0.5, 0]], [], [[1, 0.25, 1]]]);
    expect(to).toEqual([[], [[0, 0.5, 0], [2, 0.25, 1]]]);
  });

  it('undirected (the papers view) lists each link at both ends in `from`', () => {
    const { from } = adjacency(3, 3, triples, true);
    expect(from).toEqual([[[1, 0.5, 0]], [[0, 0.5, 0], [2, 0.25, 1]], [[1, 0.25, 1]]]);
  });

  it('gives empty lists for no links', () => {
    expect(adjacency(2, 1, [])).toEqual({ from: [[], []], to: [[]] });
  });
});
