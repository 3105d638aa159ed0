/** `<base>/api/graph.cyjs`: the whole graph as Cytoscape JSON (Cytoscape desktop: File → Import → Network from File). */
import type { APIRoute } from 'astro';
import { toCytoscapeJson } from '../../lib/export/cytoscape-json';
import { siteGraph } from './_site-graph';
import { siteConfig } from '../../lib/site/site-config';

export const GET: APIRoute = async ({ site }) => {
  const graph = await siteGraph(site);
  return new Response(toCytoscapeJson(graph, { name: siteConfig().title }), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
