import { describe, expect, it } from 'vitest';
import { KEY_ZOOM, keyAction, zoomAbout } from '../../../src/client/graph/keyboard';

const view = { zoom: 1, pan: { x: 0, y: 0 } };

describe('keyAction (keys on the focused graph canvas, review 21 finding 7)', () => {
  it('zooms in with + (or =) and out with − about the canvas’s middle, within the zoom’s limits', () => {
    const inView = keyAction('+', false, view, 800, 600, 0.1, 6);
    expect(inView && 'view' in inView && inView.view.zoom).toBeCloseTo(KEY_ZOOM);
    // The middle of the canvas stays where it was: model point (400, 300) is still drawn at (400, 300).
    if (inView && 'view' in inView) expect(400 * inView.view.zoom + inView.view.pan.x).toBeCloseTo(400);
    expect(keyAction('=', false, view, 800, 600, 0.1, 6)).toEqual(inView);
    const out = keyAction('-', false, view, 800, 600, 0.1, 6);
    expect(out && 'view' in out && out.view.zoom).toBeCloseTo(1 / KEY_ZOOM);
    expect(zoomAbout({ zoom: 5.9, pan: { x: 0, y: 0 } }, 2, 800, 600, 0.1, 6).zoom).toBe(6);
  });

  it('pans with the arrows, further with Shift, and clears the selection with Escape', () => {
    expect(keyAction('ArrowLeft', false, view, 800, 600, 0.1, 6)).toEqual({ view: { zoom: 1, pan: { x: 80, y: 0 } } });
    expect(keyAction('ArrowDown', true, view, 800, 600, 0.1, 6)).toEqual({ view: { zoom: 1, pan: { x: 0, y: -240 } } });
    expect(keyAction('Escape', false, view, 800, 600, 0.1, 6)).toEqual({ clear: true });
    expect(keyAction('a', false, view, 800, 600, 0.1, 6)).toBeUndefined();
  });
});
