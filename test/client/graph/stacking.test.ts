import { describe, expect, it } from 'vitest';
import { installStableStacking, type StackingList, type StackingRenderer } from '../../../src/client/graph/stacking';

interface Ele {
  id: string;
  events: boolean;
  interactive(): boolean;
}

const ele = (id: string, events = true): Ele => {
  const e: Ele = { id, events, interactive: () => e.events };
  return e;
};

/** Cytoscape's renderer as far as stacking goes: sorts (here: by id) when the cached list is gone. */
function fakeRenderer(elements: Ele[]) {
  let sorts = 0;
  const proto = {
    getCachedZSortedEles(this: StackingRenderer<Ele>, force?: boolean) {
      if (force || !this.cachedZSortedEles) {
        sorts++;
        const eles = [...elements].sort((a, b) => (a.id < b.id ? -1 : 1)) as StackingList<Ele>;
        eles.interactive = eles.filter((e) => e.interactive());
        this.cachedZSortedEles = eles;
        this.updateCachedGrabbedEles();
      }
      return this.cachedZSortedEles;
    },
    invalidateCachedZSortedEles(this: StackingRenderer<Ele>) {
      this.cachedZSortedEles = null;
    },
    updateCachedGrabbedEles() {},
    // As Cytoscape's: these notices drop the sorted list.
    notify(this: StackingRenderer<Ele> & { redraws?: number }, eventName: string) {
      this.redraws = (this.redraws ?? 0) + 1;
      if (eventName === 'add' || eventName === 'remove' || eventName === 'zorder') this.invalidateCachedZSortedEles();
    },
  };
  const renderer = Object.assign(Object.create(proto), { cachedZSortedEles: null }) as StackingRenderer<Ele> & { redraws?: number };
  return { renderer, sorts: () => sorts };
}

describe('stable stacking', () => {
  it('keeps the sorted list through a z-order notice that changes nothing', () => {
    const elements = [ele('c'), ele('a'), ele('b', false)];
    const { renderer, sorts } = fakeRenderer(elements);
    installStableStacking(renderer);
    const first = renderer.getCachedZSortedEles();
    expect(first.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    renderer.notify('zorder');
    expect(renderer.getCachedZSortedEles()).toBe(first);
    expect(sorts()).toBe(1);
    // The notice still asks for a frame.
    expect(renderer.redraws).toBe(1);
  });

  it('lists again the elements that take events, in the same order, without sorting', () => {
    const elements = [ele('c'), ele('a'), ele('b', false)];
    const { renderer, sorts } = fakeRenderer(elements);
    installStableStacking(renderer);
    const first = renderer.getCachedZSortedEles();
    expect(first.interactive.map((e) => e.id)).toEqual(['a', 'c']);
    elements[2]!.events = true;
    elements[0]!.events = false;
    renderer.notify('zorder');
    const next = renderer.getCachedZSortedEles();
    expect(next).not.toBe(first);
    expect(next.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(next.interactive.map((e) => e.id)).toEqual(['a', 'b']);
    expect(sorts()).toBe(1);
  });

  it('sorts again when elements are added or removed, or when asked to', () => {
    const elements = [ele('b'), ele('a')];
    const { renderer, sorts } = fakeRenderer(elements);
    installStableStacking(renderer);
    renderer.getCachedZSortedEles();
    elements.push(ele('0'));
    renderer.notify('add');
    expect(renderer.getCachedZSortedEles().map((e) => e.id)).toEqual(['0', 'a', 'b']);
    expect(sorts()).toBe(2);
    renderer.getCachedZSortedEles(true);
    expect(sorts()).toBe(3);
  });
});
