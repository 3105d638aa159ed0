/** The tooltip over the canvas naming the node under the pointer: its full label, then what it is (hover-tip.ts places it). */
import { tipPosition } from './hover-tip';
import { el } from './dom';
import type { Explorer, NodeSingular } from './explorer-state';

/** Name `node` in the tooltip over the canvas: its full label, then what it is (hover-tip.ts). */
export function showTip(e: Explorer, node: NodeSingular): void {
  const { tip, cy } = e;
  if (!tip || e.pictureMoving()) return;
  const kind = node.data('kind') as string;
  const cluster = e.clusters.get(node.data('cluster') as number);
  const degree = node.data('degree') as number;
  const links = e.state.view === 'papers' && kind === 'paper' ? `${degree} ${degree === 1 ? 'link' : 'links'}` : undefined;
  tip.replaceChildren(
    el('span', { class: 'explorer__tip-title', dir: 'auto' }, node.data('label') as string),
    el('span', { class: 'explorer__tip-meta' }, [kind === 'paper' ? 'Paper' : 'Concept', cluster && !cluster.bucket ? cluster.label : undefined, links].filter(Boolean).join(' · ')),
  );
  tip.hidden = false;
  e.tipShown = true;
  const at = node.renderedPosition();
  const place = tipPosition(at.x, at.y, node.renderedWidth() / 2, { width: tip.offsetWidth, height: tip.offsetHeight }, { width: cy.width(), height: cy.height() });
  tip.style.left = `${place.left}px`;
  tip.style.top = `${place.top}px`;
}

export function hideTip(e: Explorer): void {
  if (!e.tip || !e.tipShown) return;
  e.tip.hidden = true;
  e.tipShown = false;
}
