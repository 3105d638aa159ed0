/**
 * `<base>/graph/links.json`: why each link the explorer draws exists (src/lib/export/explorer-links.ts),
 * fetched by the graph page once a paper is selected.
 */
import type { APIRoute } from 'astro';
import { atlasData } from '../../components/site/atlas-data';
import { explorerLinks } from '../../lib/export/explorer-links';
import { EMPTY_GRAPH } from '../../lib/export/graph-model';
import { plainMathText } from '../../lib/normalise/math-text';

export const GET: APIRoute = async () => {
  const data = await atlasData();
  const label = (id: string) => {
    const concept = data.conceptById.get(id);
    return concept ? plainMathText(concept.label) : undefined;
  };
  const body = explorerLinks(data.graph ?? EMPTY_GRAPH, data.papers.map((p) => p.data), label, (id) => data.conceptById.get(id)?.narrower);
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
