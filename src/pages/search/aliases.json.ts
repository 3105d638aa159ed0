/**
 * `<base>search/aliases.json`: every concept's surface forms (label, abbreviation, aliases) from the
 * concept registry, so that the browser can expand "RAG" to "retrieval augmented generation" and back.
 * Fetched with the search bundle, on first search only.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildAliasMap } from '../../lib/search/aliases';

export const GET: APIRoute = async () => {
  const concepts = await getCollection('concepts');
  const map = buildAliasMap(concepts.map((c) => c.data));
  return new Response(JSON.stringify(map), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
