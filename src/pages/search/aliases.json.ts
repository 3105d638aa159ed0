/**
 * `<base>search/aliases.json`: every concept's surface forms (label, abbreviation, aliases) from the
 * concept registry, so that the browser can expand "RAG" to "retrieval augmented generation" and back.
 * Fetched with the search bundle, on first search only.
 */
import type { APIRoute } from 'astro';
import { atlasData } from '../../components/site/atlas-data';
import { buildAliasMap } from '../../lib/search/aliases';

export const GET: APIRoute = async () => {
  const { concepts } = await atlasData();
  const map = buildAliasMap(concepts);
  return new Response(JSON.stringify(map), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
