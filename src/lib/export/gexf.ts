/**
 * The graph as GEXF 1.2 (`.gexf`), Gephi's own format: node and edge attributes declared once, positions,
 * sizes and cluster colours in the `viz` namespace so Gephi opens it already laid out and coloured.
 */
import type { ExportGraph } from './graph-model';
import { collect, type Emit } from './text-pieces';
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
  ['path', 'string'],
  ['year', 'integer'],
  ['papers', 'integer'],
] as const;

const EDGE_ATTRIBUTES = [
  ['kind', 'string'],
  ['shared', 'string'],
] as const;

export function toGexf(graph: ExportGraph, options: GexfOptions): string {
  return collect((emit) => writeGexf(graph, options, emit));
}

/** The same text in pieces: one per line. */
export function writeGexf(graph: ExportGraph, { description }: GexfOptions, emit: Emit): void {
  const line = (text: string) => emit(`${text}\n`);
  line('<?xml version="1.0" encoding="UTF-8"?>');
  line('<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">');
  line(`  <meta><creator>Paper Atlas</creator><description>${x(description)}</description></meta>`);
  line('  <graph mode="static" defaultedgetype="undirected">');
  line('    <attributes class="node">');
  for (const [id, type] of NODE_ATTRIBUTES) line(`      <attribute id="${id}" title="${id}" type="${type}"/>`);
  line('    </attributes>');
  line('    <attributes class="edge">');
  for (const [id, type] of EDGE_ATTRIBUTES) line(`      <attribute id="${id}" title="${id}" type="${type}"/>`);
  line('    </attributes>');
  line('    <nodes>');
  for (const n of graph.nodes) {
    const values: [string, string | number | undefined][] = [
      ['kind', n.kind],
      ['cluster', n.cluster],
      ['cluster_label', n.clusterLabel],
      ['degree', n.degree],
      ['url', n.url],
      ['path', n.path],
      ['year', n.year],
      ['papers', n.papers],
    ];
    const [r, g, b] = rgb(n.color);
    line(`      <node id="${x(n.id)}" label="${x(n.label)}">`);
    line(`        <attvalues>${attvalues(values)}</attvalues>`);
    line(`        <viz:size value="${nodeDiameter(n.kind, n.degree) / 2}"/>`);
    line(`        <viz:position x="${n.x}" y="${-n.y}" z="0"/>`);
    line(`        <viz:color r="${r}" g="${g}" b="${b}"/>`);
    line('      </node>');
  }
  line('    </nodes>');
  line('    <edges>');
  for (const e of graph.edges) {
    const values: [string, string | undefined][] = [
      ['kind', e.kind],
      ['shared', e.shared?.join('; ')],
    ];
    line(`      <edge id="${x(e.id)}" source="${x(e.source)}" target="${x(e.target)}" weight="${e.weight}"><attvalues>${attvalues(values)}</attvalues></edge>`);
  }
  line('    </edges>');
  line('  </graph>');
  line('</gexf>');
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
