/**
 * `<base>search/aliases.json`: every concept's surface forms (label, abbreviation, aliases) from the
 * concept registry, so that the browser can expand "RAG" to "retrieval augmented generation" and back
 * (but not "SPaCE" to "space": the papers' own words tell which short forms spell an ordinary word), and
 * "Schoen" to the "Schön" the papers write.
 * Fetched with the search bundle, on first search only.
 */
import type { APIRoute } from 'astro';
import { atlasData } from '../../components/site/atlas-data';
import { buildAliasMap, ordinaryWordStems } from '../../lib/search/aliases';
import { umlautSpellings } from '../../lib/search/german-spellings';
import { nameForm } from '../../lib/search/name-forms';

export const GET: APIRoute = async () => {
  const { concepts, papers } = await atlasData();
  const map = buildAliasMap(concepts, ordinaryWordStems(papers.map((p) => `${p.data.title}\n${p.data.abstract}`)), nameForm);
  const spellings = umlautSpellings(papers.map((p) => `${p.data.title}\n${p.data.abstract}\n${p.data.authors.join('\n')}`));
  if (spellings.length > 0) map.spellings = spellings;
  return new Response(JSON.stringify(map), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
