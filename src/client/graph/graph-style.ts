/**
 * How Cytoscape draws the graph: its stylesheet, in the page's theme colours (read again when the colour
 * scheme changes), with text properties only where a label is drawn.
 */
import type cytoscape from 'cytoscape';
import { LABEL_GAP } from './labels';
import type { Explorer } from './explorer-state';
import { FONT_FAMILY, FONT_SIZE, LABEL_MIN_PX } from './label-text';

function themeColours(): Record<'edge' | 'label' | 'halo' | 'accent' | 'focus', string> {
  const css = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    edge: read('--graph-edge', '#9aa3ae'),
    label: read('--graph-label', '#2a3038'),
    halo: read('--graph-halo', '#fbfbf9'),
    accent: read('--accent', '#1a5da6'),
    focus: read('--focus', '#c2410c'),
  };
}

export function stylesheet(webgl: boolean, large: boolean): cytoscape.StylesheetJson {
  const t = themeColours();
  // Drawn progressively, highlights are drawn over the picture in their own order (foreground(), neighbourhood.ts);
  // a z-index there would only have Cytoscape sort every element again whenever a highlight moves.
  const above = (z: number) => (large && !webgl ? {} : { 'z-index': z });
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(color)',
        // A halo parts touching nodes; on a big graph seen whole, nodes are a few pixels and it would grey them out.
        'border-width': large ? 0 : 1,
        'border-color': t.halo,
      },
    },
    // Shape as well as colour tells concepts from papers.
    { selector: 'node[kind = "concept"]', style: { shape: 'diamond' } },
    // Text properties only where a label is drawn: every property costs style work for every node.
    {
      selector: 'node.lod-label, node.nb, node.is-selected, node.match',
      style: {
        label: 'data(short)',
        'font-size': FONT_SIZE,
        'font-family': FONT_FAMILY,
        color: t.label,
        'text-outline-color': t.halo,
        'text-outline-width': 2,
        'text-valign': 'bottom',
        'text-margin-y': LABEL_GAP,
        'min-zoomed-font-size': LABEL_MIN_PX,
      },
    },
    // Where the level of detail moved a label off other nodes (levelOfDetail); the rule after these puts a
    // lit, found or selected node's label back below it, where its own placement (placeDrawnLabels) has it.
    { selector: 'node.lod-brief', style: { label: 'data(brief)' } },
    { selector: 'node.lod-above', style: { 'text-valign': 'top', 'text-margin-y': -LABEL_GAP } },
    { selector: 'node.lod-right', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': LABEL_GAP } },
    { selector: 'node.lod-left', style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': -LABEL_GAP } },
    {
      selector: 'node.nb, node.is-selected, node.match',
      style: { label: 'data(short)', 'text-valign': 'bottom', 'text-halign': 'center', 'text-margin-y': LABEL_GAP, 'text-margin-x': 0 },
    },
    // Where their own placement moved a lit label off another node's dot (placeDrawnLabels).
    { selector: 'node.lit-above', style: { 'text-valign': 'top', 'text-margin-y': -LABEL_GAP } },
    { selector: 'node.lit-right', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': LABEL_GAP } },
    { selector: 'node.lit-left', style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': -LABEL_GAP } },
    // Past a corner of its node: the selection's label where a dot lies against every side (placeNeighbourhoodLabels).
    { selector: 'node.lit-below-right', style: { 'text-valign': 'bottom', 'text-halign': 'right', 'text-margin-y': LABEL_GAP, 'text-margin-x': LABEL_GAP } },
    { selector: 'node.lit-below-left', style: { 'text-valign': 'bottom', 'text-halign': 'left', 'text-margin-y': LABEL_GAP, 'text-margin-x': -LABEL_GAP } },
    { selector: 'node.lit-above-right', style: { 'text-valign': 'top', 'text-halign': 'right', 'text-margin-y': -LABEL_GAP, 'text-margin-x': LABEL_GAP } },
    { selector: 'node.lit-above-left', style: { 'text-valign': 'top', 'text-halign': 'left', 'text-margin-y': -LABEL_GAP, 'text-margin-x': -LABEL_GAP } },
    {
      selector: 'edge',
      style: {
        // A mapper is evaluated per edge; at scale links are too thin for widths to tell apart anyway.
        width: large ? 1 : 'mapData(weight, 0, 1, 0.6, 3)',
        'line-color': t.edge,
        opacity: large ? 0.3 : 0.6,
        'curve-style': webgl ? 'straight' : 'haystack',
        'haystack-radius': 0,
        // Links do nothing when pointed at or clicked (a click on one is a click on the background), and a
        // pointer test that skips them is twice as fast.
        events: 'no',
      },
    },
    { selector: '.faded', style: { opacity: 0.14, 'text-opacity': 0 } },
    { selector: 'edge.nb', style: { 'line-color': t.accent, opacity: 1, width: 'mapData(weight, 0, 1, 1.4, 4)', ...above(10) } },
    { selector: 'node.nb', style: { label: 'data(hood)', 'border-width': 2, 'border-color': t.label, 'min-zoomed-font-size': 0, ...above(10) } },
    { selector: 'node.nb-quiet', style: { 'text-opacity': 0 } },
    { selector: 'node.match', style: { 'border-width': 3, 'border-color': t.accent, 'min-zoomed-font-size': 0, ...above(15) } },
    // Found papers stay lit while a selection fades the rest (Find selects the best title match too); their
    // labels are placed after the selection's, before its neighbours' (placeDrawnLabels).
    { selector: 'node.match.faded', style: { opacity: 1 } },
    { selector: 'node.is-selected', style: { 'border-width': 4, 'border-color': t.focus, 'font-weight': 'bold', 'min-zoomed-font-size': 0, ...above(20) } },
    { selector: '.filtered, edge.minor.lod-hidden', style: { display: 'none' } },
  ];
}

export function watchTheme(e: Explorer): void {
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    e.cy.style(stylesheet(e.webgl, e.large));
    e.drawing?.invalidate();
  });
}
