/**
 * The baseline for the graph page: what a site without build-time positions would make readers wait for.
 * A bench-only page, served next to the built site, loads Cytoscape and cytoscape-fcose (bundled here from
 * node_modules with esbuild), fetches the very nodes and edges the explorer drew, lays them out live with
 * fCoSE, draws one frame and records `performance.now()` (time since navigation) as `window.__benchReadyAt`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

export interface BenchElements {
  nodes: string[];
  /** Pairs of node ids. */
  edges: Array<[string, string]>;
}

const ENTRY = `
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
cytoscape.use(fcose);
async function run() {
  const response = await fetch('elements.json');
  const data = await response.json();
  const elements = [];
  for (const id of data.nodes) elements.push({ group: 'nodes', data: { id } });
  data.edges.forEach(([source, target], i) => elements.push({ group: 'edges', data: { id: 'e' + i, source, target } }));
  const cy = cytoscape({
    container: document.getElementById('cy'),
    elements,
    layout: { name: 'preset' },
    style: [
      { selector: 'node', style: { width: 6, height: 6, 'background-color': '#4c78a8' } },
      { selector: 'edge', style: { width: 0.5, 'line-color': '#bbb', 'curve-style': 'haystack' } },
    ],
  });
  const layout = cy.layout({ name: 'fcose', animate: false, randomize: true, quality: 'default' });
  layout.one('layoutstop', () => {
    cy.fit();
    requestAnimationFrame(() => {
      window.__benchReadyAt = performance.now();
      document.body.dataset.ready = 'true';
    });
  });
  layout.run();
}
run().catch((error) => {
  window.__benchError = String(error && error.stack || error);
});
`;

const HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Benchmark: live fCoSE layout</title>
<style>html,body{margin:0;height:100%}#cy{width:100vw;height:100vh}</style></head>
<body><div id="cy"></div><script src="fcose-bench.js"></script></body>
</html>
`;

/** Writes `index.html`, `fcose-bench.js` and `elements.json` into `dir`. */
export async function writeFcosePage(dir: string, root: string, elements: BenchElements): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    outfile: join(dir, 'fcose-bench.js'),
    logLevel: 'error',
  });
  writeFileSync(join(dir, 'index.html'), HTML);
  writeFileSync(join(dir, 'elements.json'), JSON.stringify(elements));
}
