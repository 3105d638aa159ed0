import { describe, expect, it } from 'vitest';
import { hideEmptyLayers } from '../../../src/client/graph/canvas-layers';

/** Cytoscape's three canvases in its order (select box 0, drag 1, scene 2) and a core's press events. */
function setUp() {
  const canvases = [0, 1, 2].map(() => ({ style: { display: '' } }));
  const handlers = new Map<string, () => void>();
  const presses = { on: (event: 'tapstart' | 'tapend', handler: () => void) => handlers.set(event, handler) };
  hideEmptyLayers({ SELECT_BOX: 0, DRAG: 1, data: { canvases } }, presses);
  return { canvases, press: () => handlers.get('tapstart')!(), release: () => handlers.get('tapend')!() };
}

describe('hideEmptyLayers', () => {
  it('hides the drag layer and, while nothing presses the graph, the top layer; the scene stays', () => {
    const { canvases } = setUp();
    expect(canvases.map((c) => c.style.display)).toEqual(['none', 'none', '']);
  });

  it('shows the top layer (the press mark) from a press to its release, and never the drag layer', () => {
    const { canvases, press, release } = setUp();
    press();
    expect(canvases.map((c) => c.style.display)).toEqual(['', 'none', '']);
    release();
    expect(canvases.map((c) => c.style.display)).toEqual(['none', 'none', '']);
    press();
    expect(canvases[0]!.style.display).toBe('');
  });

  it('leaves a renderer with fewer canvases as it is', () => {
    const canvases = [{ style: { display: '' } }];
    hideEmptyLayers({ SELECT_BOX: 1, DRAG: 2, data: { canvases } }, { on: () => undefined });
    expect(canvases[0]!.style.display).toBe('');
  });
});
