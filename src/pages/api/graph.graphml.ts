/** `<base>/api/graph.graphml`: the whole graph as GraphML (Gephi, yEd, NetworkX, igraph). */
import type { APIRoute } from 'astro';
import { toGraphml } from '../../lib/export/graphml';
import { siteGraph } from './_site-graph';

export const GET: APIRoute = async ({ site }) => {
  const graph = await siteGraph(site);
  return new Response(toGraphml(graph), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
