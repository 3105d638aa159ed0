/**
 * Cytoscape's canvas renderer keeps every element in stacking order, with the ones that take pointer
 * events listed apart, and sorts them all again after any change that could reorder them or change which
 * take events: a z-index, display, visibility, opacity, or a label appearing where there was none. The
 * explorer's level of detail labels a few dozen nodes and shows or hides links on every zoom, so every zoom
 * cost a sort of every element (35 ms at 35,000), a new list, and a new pointer grid built from it.
 *
 * The order itself depends on z-index, z-compound-depth, z-index-compare and the order elements were
 * added. Where the stylesheet sets none of the three (the explorer's big graphs on the canvas renderer),
 * such a change can only change which elements take events: that list is checked again, and the sorted
 * list is kept, the same object, unless it changed. Elements added or removed are sorted as before.
 */

/** What this needs of an element. */
export interface StackedElement {
  interactive(): boolean;
}

/** Cytoscape's stacking list: every element, bottom first, and the ones that take events. */
export type StackingList<E> = E[] & { interactive: E[] };

/** What this needs of Cytoscape's renderer (internal: not in Cytoscape's types). */
export interface StackingRenderer<E> {
  cachedZSortedEles: StackingList<E> | null | undefined;
  getCachedZSortedEles(forceRecalc?: boolean): StackingList<E>;
  invalidateCachedZSortedEles(): void;
  updateCachedGrabbedEles(): void;
  notify(eventName: string, eles?: unknown): void;
}

function sameElements<E>(a: readonly E[], b: readonly E[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** For a stylesheet that never sets z-index, z-compound-depth or z-index-compare (see above). */
export function installStableStacking<E extends StackedElement>(renderer: StackingRenderer<E>): void {
  const notify = renderer.notify;
  const invalidate = renderer.invalidateCachedZSortedEles;
  const list = renderer.getCachedZSortedEles;
  let recheck = false;

  renderer.notify = function (eventName, eles) {
    if (eventName !== 'zorder') return notify.call(renderer, eventName, eles);
    recheck = true;
    // Everything else the notice does (redraw hints, the next frame) still happens.
    renderer.invalidateCachedZSortedEles = () => {};
    try {
      return notify.call(renderer, eventName, eles);
    } finally {
      renderer.invalidateCachedZSortedEles = invalidate;
    }
  };

  renderer.getCachedZSortedEles = function (forceRecalc) {
    const cached = renderer.cachedZSortedEles;
    if (recheck && !forceRecalc && cached) {
      const interactive = cached.filter((ele) => ele.interactive());
      if (!sameElements(interactive, cached.interactive)) {
        const eles = cached.slice() as StackingList<E>;
        eles.interactive = interactive;
        renderer.cachedZSortedEles = eles;
        renderer.updateCachedGrabbedEles();
      }
    }
    // A list made afresh (elements added or removed, or asked for) is current anyway.
    recheck = false;
    return list.call(renderer, forceRecalc);
  };
}
