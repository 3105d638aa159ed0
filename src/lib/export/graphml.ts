/**
 * The graph as GraphML (`.graphml`): the XML exchange format most graph tools read (Gephi, yEd, NetworkX,
 * igraph). Attributes are declared as typed keys; positions go in plain `x`/`y` keys.
 */
import type { ExportGraph } from './graph-model';
import { xmlEscape as x } from './xml';

const NODE_KEYS = [
  ['label', 'string'],
  ['kind', 'string'],
  ['cluster', 'int'],
  ['cluster_label', 'string'],
  ['color', 'string'],
  ['degree', 'int'],
  ['url', 'string'],
  ['year', 'int'],
  ['papers', 'int'],
  ['x', 'double'],
  ['y', 'double'],
] as const;

const EDGE_KEYS = [
  ['kind', 'string'],
  ['weight', 'double'],
  ['shared', 'string'],
] as const;

export function toGraphml(graph: ExportGraph): string {
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">');
  for (const [name, type] of NODE_KEYS) out.push(`  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`);
  for (const [name, type] of EDGE_KEYS) out.push(`  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`);
  out.push('  <graph id="paper-atlas" edgedefault="undirected">');
  for (const n of graph.nodes) {
    const data: [string, string | number | undefined][] = [
      ['label', n.label],
      ['kind', n.kind],
      ['cluster', n.cluster],
      ['cluster_label', n.clusterLabel],
      ['color', n.color],
      ['degree', n.degree],
      ['url', n.url],
      ['year', n.year],
      ['papers', n.papers],
      ['x', n.x],
      ['y', n.y],
    ];
    out.push(`    <node id="${x(n.id)}">${dataElements('n', data)}</node>`);
  }
  for (const e of graph.edges) {
    const data: [string, string | number | undefined][] = [
      ['kind', e.kind],
      ['weight', e.weight],
      ['shared', e.shared?.join('; ')],
    ];
    out.push(`    <edge id="${x(e.id)}" source="${x(e.source)}" target="${x(e.target)}">${dataElements('e', data)}</edge>`);
  }
  out.push('  </graph>');
  out.push('</graphml>');
  return `${out.join('\n')}\n`;
}

function dataElements(prefix: string, data: [string, string | number | undefined][]): string {
  return data
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `<data key="${prefix}_${k}">${x(String(v))}</data>`)
    .join('');
}
