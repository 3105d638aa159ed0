import { afterEach, describe, expect, it, vi } from 'vitest';
import { GLIDE_MS, moveCamera, reducedMotion, type Camera } from '../../../src/client/graph/camera';

function camera() {
  const calls: string[] = [];
  const cy: Camera = {
    stop: () => calls.push('stop'),
    animate: (to, { duration }) => calls.push(`animate ${to.zoom} ${duration}`),
    viewport: (to) => calls.push(`viewport ${to.zoom}`),
  };
  return { cy, calls };
}

const to = { zoom: 2, pan: { x: 10, y: 20 } };

describe('moveCamera', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('glides to the new view when motion is welcome', () => {
    const { cy, calls } = camera();
    moveCamera(cy, to, true, false);
    expect(calls).toEqual(['stop', `animate 2 ${GLIDE_MS}`]);
  });

  it('jumps there at once when the reader asks for reduced motion (review 19 L7)', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === '(prefers-reduced-motion: reduce)' }));
    expect(reducedMotion()).toBe(true);
    const { cy, calls } = camera();
    moveCamera(cy, to, true);
    expect(calls).toEqual(['stop', 'viewport 2']);
  });

  it('reads the system setting, and jumps when asked not to animate whatever it is', () => {
    vi.stubGlobal('matchMedia', () => ({ matches: false }));
    expect(reducedMotion()).toBe(false);
    const { cy, calls } = camera();
    moveCamera(cy, to, true);
    moveCamera(cy, to, false);
    expect(calls).toEqual(['stop', `animate 2 ${GLIDE_MS}`, 'stop', 'viewport 2']);
  });
});
