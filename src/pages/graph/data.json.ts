/** `<base>/graph/data.json`: the explorer's data, fetched by the graph page (src/client/graph/explorer.ts). */
import type { APIRoute } from 'astro';
import { atlasData } from '../../components/site/atlas-data';
import { explorerData } from '../../lib/export/explorer-data';
import { EMPTY_GRAPH } from '../../lib/export/graph-model';
import { plainMathText } from '../../lib/normalise/math-text';

export const GET: APIRoute = async () => {
  const data = await atlasData();
  const body = explorerData(
    data.graph ?? EMPTY_GRAPH,
    data.concepts,
    plainMathText,
    data.papers.map((p) => ({ id: p.id, concepts: p.data.concepts })),
  );
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
