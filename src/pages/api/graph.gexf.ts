/** `<base>/api/graph.gexf`: the whole graph as GEXF, laid out and coloured (Gephi: File → Open). */
import type { APIRoute } from 'astro';
import { toGexf } from '../../lib/export/gexf';
import { siteGraph } from './_site-graph';
import { siteConfig } from '../../lib/site/site-config';

export const GET: APIRoute = async ({ site }) => {
  const graph = await siteGraph(site);
  const config = siteConfig();
  return new Response(toGexf(graph, { description: `${config.title}: ${config.description}` }), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
