/**
 * A paper node of the graph explorer drawn inside the canvas with no other node near it, nor a cluster's name
 * over it (a click on a name is on the name, review 21 finding 4): a click or a hover there can only hit it.
 * Read from the page's `window.atlasGraph` hook; positions are the canvas's rendered pixels.
 */
import type { Page } from 'playwright-core';
import type { CyHook } from './graph-page';

/** `margin`: pixels kept from the canvas's edges; `gap`: pixels between its dot and any other. */
export async function clearPaperNode(page: Page, { margin, gap }: { margin: number; gap: number }): Promise<{ id: string; x: number; y: number }> {
  return page.evaluate(
    ({ margin, gap }) => {
      const { cy } = (window as unknown as CyHook).atlasGraph;
      const origin = document.querySelector('[data-graph]')!.getBoundingClientRect();
      const names = [...document.querySelectorAll('.explorer__cluster-name')].map((n) => n.getBoundingClientRect());
      const underName = (p: { x: number; y: number }) =>
        names.some((r) => p.x + origin.left >= r.left - 8 && p.x + origin.left <= r.right + 8 && p.y + origin.top >= r.top - 8 && p.y + origin.top <= r.bottom + 8);
      const nodes = cy.nodes().filter(() => true).map((n) => ({ id: n.id(), p: n.renderedPosition(), r: n.renderedWidth() / 2, kind: n.data('kind') }));
      const inside = nodes.filter((n) => n.kind === 'paper' && n.p.x > margin && n.p.y > margin && n.p.x < cy.width() - margin && n.p.y < cy.height() - margin && !underName(n.p));
      const clear = inside.find((n) => nodes.every((m) => m === n || Math.hypot(m.p.x - n.p.x, m.p.y - n.p.y) > m.r + n.r + gap));
      if (!clear) throw new Error('no paper node stands clear of the others');
      return { id: clear.id, x: clear.p.x, y: clear.p.y };
    },
    { margin, gap },
  );
}
