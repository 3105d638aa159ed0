/** Colour of a cluster on the pages; papers and concepts without a cluster (or without graph.json) get a neutral one. */
import { escapeHtml } from './html';

export const UNCLUSTERED_COLOR = '#8a8f98';

export function swatchColor(clusters: ReadonlyMap<number, { color: string }>, cluster: number | undefined): string {
  return (cluster !== undefined && clusters.get(cluster)?.color) || UNCLUSTERED_COLOR;
}

/**
 * A small dot in a cluster's colour, as HTML for `set:html`: SVG fill rather than an inline style, which a
 * strict CSP forbids. A string, not a component: paper pages carry a dozen of them and concept pages one per
 * paper card, and each component render costs more than the dot itself.
 */
export function swatchSvg(color: string, size = 12): string {
  const s = escapeHtml(String(size));
  return `<svg class="swatch" width="${s}" height="${s}" viewBox="0 0 12 12" aria-hidden="true" focusable="false"><circle cx="6" cy="6" r="5.5" fill="${escapeHtml(color)}"></circle></svg>`;
}
