/**
 * The graph as GraphML (`.graphml`): the XML exchange format most graph tools read (Gephi, yEd, NetworkX,
 * igraph). Attributes are declared as typed keys; positions go in plain `x`/`y` keys.
 */
import type { ExportGraph } from './graph-model';
import { collect, type Emit } from './text-pieces';
import { xmlEscape as x } from './xml';

const NODE_KEYS = [
  ['label', 'string'],
  ['kind', 'string'],
  ['cluster', 'int'],
  ['cluster_label', 'string'],
  ['color', 'string'],
  ['degree', 'int'],
  ['url', 'string'],
  ['path', 'string'],
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
  return collect((emit) => writeGraphml(graph, emit));
}

/** The same text in pieces: one per line. */
export function writeGraphml(graph: ExportGraph, emit: Emit): void {
  const line = (text: string) => emit(`${text}\n`);
  line('<?xml version="1.0" encoding="UTF-8"?>');
  line('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">');
  for (const [name, type] of NODE_KEYS) line(`  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`);
  for (const [name, type] of EDGE_KEYS) line(`  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`);
  line('  <graph id="paper-atlas" edgedefault="undirected">');
  for (const n of graph.nodes) {
    const data: [string, string | number | undefined][] = [
      ['label', n.label],
      ['kind', n.kind],
      ['cluster', n.cluster],
      ['cluster_label', n.clusterLabel],
      ['color', n.color],
      ['degree', n.degree],
      ['url', n.url],
      ['path', n.path],
      ['year', n.year],
      ['papers', n.papers],
      ['x', n.x],
      ['y', n.y],
    ];
    line(`    <node id="${x(n.id)}">${dataElements('n', data)}</node>`);
  }
  for (const e of graph.edges) {
    const data: [string, string | number | undefined][] = [
      ['kind', e.kind],
      ['weight', e.weight],
      ['shared', e.shared?.join('; ')],
    ];
    line(`    <edge id="${x(e.id)}" source="${x(e.source)}" target="${x(e.target)}">${dataElements('e', data)}</edge>`);
  }
  line('  </graph>');
  line('</graphml>');
}

function dataElements(prefix: string, data: [string, string | number | undefined][]): string {
  return data
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `<data key="${prefix}_${k}">${x(String(v))}</data>`)
    .join('');
}
