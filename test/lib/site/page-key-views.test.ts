import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as localGraph from '../../../src/lib/site/local-graph';
import { paperPageKeyView, paperPageView } from '../../../src/lib/site/paper-page';
import { conceptPageKeyView, conceptPageView } from '../../../src/lib/site/concept-page';
import { assertPlainData, pageCacheKey } from '../../../src/lib/cache/page-key';
import { atlas, concept, paper } from '../../support/paper-view-data';

// The real layout, with its calls counted: a page's cache key is made for every page of every build, its layout
// only for the pages rendered.
vi.mock('../../../src/lib/site/local-graph', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/lib/site/local-graph')>();
  return { ...real, layoutLocalGraph: vi.fn((...args: Parameters<typeof real.layoutLocalGraph>) => real.layoutLocalGraph(...args)) };
});
const layoutLocalGraph = vi.mocked(localGraph.layoutLocalGraph);
const { layoutLocalGraph: realLayout } = await vi.importActual<typeof import('../../../src/lib/site/local-graph')>('../../../src/lib/site/local-graph');

const key = (view: unknown) => pageCacheKey(view, 'site');

describe('the views a cache key hashes: the page view with its local graph as the layout’s input', () => {
  const a = paper('a', 'Graph attention networks', { related: [{ id: 'b', score: 0.3, shared: ['graph-neural-network'] }] });
  const b = paper('b', 'Message passing for molecules', { related: [{ id: 'a', score: 0.3, shared: ['graph-neural-network'] }] });
  const gnn = concept('graph-neural-network', 'Graph neural networks', ['a', 'b'], { cooccurs: [{ id: 'mp', count: 1 }] });
  const mp = concept('mp', 'Message passing', ['b']);
  const b2 = { ...b, concepts: ['graph-neural-network', 'mp'] };
  const data = atlas([a, b2], [gnn, mp]);

  beforeEach(() => {
    layoutLocalGraph.mockClear();
  });

  it('are made without laying out a graph', () => {
    assertPlainData(paperPageKeyView(data, a, '/'));
    assertPlainData(conceptPageKeyView(data, gnn, '/'));
    expect(layoutLocalGraph).not.toHaveBeenCalled();
  });

  it('hold the page view, bar the layout, and the input that lays it out', () => {
    for (const [keyView, view] of [
      [paperPageKeyView(data, a, '/'), paperPageView(data, a, '/')],
      [conceptPageKeyView(data, gnn, '/'), conceptPageView(data, gnn, '/')],
    ] as const) {
      const { graphLayout: input, ...rest } = keyView;
      const { graphLayout: layout, ...viewRest } = view;
      expect(rest).toEqual(viewRest);
      expect(input.center.id).toBe(view.id);
      expect(realLayout(input)).toEqual(layout);
    }
  });

  it('change with what the graph shows: a neighbour’s title or cluster', () => {
    const retitled = atlas([a, { ...b2, title: 'Message passing for crystals' }], [gnn, mp]);
    expect(key(paperPageKeyView(retitled, a, '/'))).not.toBe(key(paperPageKeyView(data, a, '/')));
    expect(key(conceptPageKeyView(retitled, gnn, '/'))).not.toBe(key(conceptPageKeyView(data, gnn, '/')));
    const moved = atlas([a, { ...b2, cluster: 1 }], [gnn, mp], [
      { id: 0, label: 'Graphs', color: '#4d5fd6' },
      { id: 1, label: 'Chemistry', color: '#00849c' },
    ]);
    expect(key(paperPageKeyView(moved, a, '/'))).not.toBe(key(paperPageKeyView(data, a, '/')));
    expect(key(paperPageKeyView(atlas([a, b2], [gnn, mp]), a, '/'))).toBe(key(paperPageKeyView(data, a, '/')));
  });
});
