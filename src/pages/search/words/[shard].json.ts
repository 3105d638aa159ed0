/**
 * `<base>search/words/<key>.json`: the collection's words that start with one letter, in bands of how many
 * papers hold them (src/lib/search/word-list.ts), for the search's "Did you mean" on a query word no paper
 * holds (src/lib/search/spelling-fix.ts `closestWord`). Fetched one shard at a time, only for such a word.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { atlasData } from '../../../components/site/atlas-data';
import { buildWordShards } from '../../../lib/search/word-list';
import { paperWordText } from '../../../lib/search/word-list-source';

let shards: Promise<Map<string, string[]>> | undefined;

function wordShards(): Promise<Map<string, string[]>> {
  shards ??= atlasData().then(({ papers, conceptById }) =>
    buildWordShards(papers.map((p) => paperWordText(p.data, p.data.concepts.flatMap((id) => conceptById.get(id) ?? [])))),
  );
  return shards;
}

export const getStaticPaths = (async () => [...(await wordShards()).keys()].map((shard) => ({ params: { shard } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const bands = (await wordShards()).get(params.shard ?? '') ?? [];
  return new Response(JSON.stringify(bands), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
