/**
 * The graph as GEXF 1.2 (`.gexf`), Gephi's own format: node and edge attributes declared once, positions,
 * sizes and cluster colours in the `viz` namespace so Gephi opens it already laid out and coloured.
 */
import type { ExportGraph } from './graph-model';
import { nodeDiameter } from '../graph/node-size';
import { xmlEscape as x } from './xml';

export interface GexfOptions {
  description: string;
}

const NODE_ATTRIBUTES = [
  ['kind', 'string'],
  ['cluster', 'integer'],
  ['cluster_label', 'string'],
  ['degree', 'integer'],
  ['url', 'string'],
  ['year', 'integer'],
  ['papers', 'integer'],
] as const;

const EDGE_ATTRIBUTES = [
  ['kind', 'string'],
  ['shared', 'string'],
] as const;

export function toGexf(graph: ExportGraph, { description }: GexfOptions): string {
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">');
  out.push(`  <meta><creator>Paper Atlas</creator><description>${x(description)}</description></meta>`);
  out.push('  <graph mode="static" defaultedgetype="undirected">');
  out.push('    <attributes class="node">');
  for (const [id, type] of NODE_ATTRIBUTES) out.push(`      <attribute id="${id}" title="${id}" type="${type}"/>`);
  out.push('    </attributes>');
  out.push('    <attributes class="edge">');
  for (const [id, type] of EDGE_ATTRIBUTES) out.push(`      <attribute id="${id}" title="${id}" type="${type}"/>`);
  out.push('    </attributes>');
  out.push('    <nodes>');
  for (const n of graph.nodes) {
    const values: [string, string | number | undefined][] = [
      ['kind', n.kind],
      ['cluster', n.cluster],
      ['cluster_label', n.clusterLabel],
      ['degree', n.degree],
      ['url', n.url],
      ['year', n.year],
      ['papers', n.papers],
    ];
    const [r, g, b] = rgb(n.color);
    out.push(`      <node id="${x(n.id)}" label="${x(n.label)}">`);
    out.push(`        <attvalues>${attvalues(values)}</attvalues>`);
    out.push(`        <viz:size value="${nodeDiameter(n.kind, n.degree) / 2}"/>`);
    out.push(`        <viz:position x="${n.x}" y="${-n.y}" z="0"/>`);
    out.push(`        <viz:color r="${r}" g="${g}" b="${b}"/>`);
    out.push('      </node>');
  }
  out.push('    </nodes>');
  out.push('    <edges>');
  for (const e of graph.edges) {
    const values: [string, string | undefined][] = [
      ['kind', e.kind],
      ['shared', e.shared?.join('; ')],
    ];
    out.push(`      <edge id="${x(e.id)}" source="${x(e.source)}" target="${x(e.target)}" weight="${e.weight}"><attvalues>${attvalues(values)}</attvalues></edge>`);
  }
  out.push('    </edges>');
  out.push('  </graph>');
  out.push('</gexf>');
  return `${out.join('\n')}\n`;
}

function attvalues(values: [string, string | number | undefined][]): string {
  return values
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `<attvalue for="${k}" value="${x(String(v))}"/>`)
    .join('');
}

function rgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return m ? [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)] : [128, 128, 128];
}
