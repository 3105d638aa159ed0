/** `<base>/api/papers.json`: the collection as open data (shape: papersApiSchema; fields: README). */
import type { APIRoute } from 'astro';
import { atlasData } from '../../components/site/atlas-data';
import { papersJson } from '../../lib/export/papers-json';
import { absolutePageUrls } from '../../lib/export/page-urls';

export const GET: APIRoute = async ({ site }) => {
  const data = await atlasData();
  const urls = absolutePageUrls(import.meta.env.BASE_URL, site);
  const body = papersJson({ papers: data.papers.map((p) => p.data), concepts: data.concepts, paperUrl: urls.paper });
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
