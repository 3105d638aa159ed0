/**
 * Tag-level quality of the corpus concept step (`extractConcepts`), on Inspec train/dev only (never a
 * test split): the split is cut into corpora of a few abstracts (and taken whole), each is indexed as
 * one collection, and every paper's final tags (concept labels, best first) are scored against its gold
 * keyphrases as `npm run eval` scores keyphrases (Porter-stemmed exact match, src/lib/eval/keyphrase.ts).
 *   npx tsx scripts/tune-tags.ts [dev|train] [--sizes 10,50,all] [--dump FILE]
 * Besides F1 it prints what a site of each corpus size shows: concepts carried by two papers or more
 * (the registry), papers with no such concept, and the precision of shared and of unshared tags.
 * `--dump` writes every paper's tags per size as JSON, to read what a change moved.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractConcepts } from '../src/lib/concepts/index';
import type { DocumentAnalysis } from '../src/lib/cache/document-analysis';
import type { KeyedCache } from '../src/lib/cache/keyed-cache';
import { keyphraseDataDir, readKeyphraseSet, type KeyphraseRecord } from '../src/lib/eval/keyphrase-data';
import { scoreKeyphrases, stemPhrase, type KeyphraseExample } from '../src/lib/eval/keyphrase';

const args = process.argv.slice(2);
const split = args[0] && !args[0].startsWith('--') ? args[0] : 'dev';
if (!/^(dev|train)$/.test(split)) throw new Error('tune on Inspec dev or train only');
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const sizes = (option('--sizes') ?? '10,50,all').split(',');
const dump = option('--dump');
const PER_PAPER = 8;
const MIN_PAPERS = 2;

const records = readKeyphraseSet(resolve(keyphraseDataDir(), `inspec-${split}.jsonl`));
const memory = new Map<string, DocumentAnalysis>();
const cache: KeyedCache<DocumentAnalysis> = { get: (k) => memory.get(k), put: (k, v) => void memory.set(k, v) };

const dumped: Record<string, Record<string, { tag: string; df: number; gold: boolean }[]>> = {};
for (const size of sizes) {
  const n = size === 'all' ? records.length : Number(size);
  const examples: KeyphraseExample[] = [];
  let registry = 0;
  let unlinked = 0;
  const hits = { shared: 0, sharedAll: 0, single: 0, singleAll: 0 };
  const tags: Record<string, { tag: string; df: number; gold: boolean }[]> = {};
  for (let at = 0; at < records.length; at += n) {
    const group: KeyphraseRecord[] = records.slice(at, at + n);
    const index = extractConcepts(
      group.map((r) => ({ id: r.id, title: r.title, abstract: r.abstract })),
      { perPaper: PER_PAPER, cache },
    );
    const byId = new Map(index.concepts.map((c) => [c.id, c]));
    registry += index.concepts.filter((c) => c.df >= MIN_PAPERS).length;
    for (const r of group) {
      const gold = new Set(r.keyphrases.map(stemPhrase));
      const picked = (index.byPaper[r.id] ?? []).map((pc) => byId.get(pc.id)!);
      if (!picked.some((c) => c.df >= MIN_PAPERS)) unlinked++;
      examples.push({ id: r.id, gold: r.keyphrases, predicted: picked.map((c) => c.label) });
      tags[r.id] = picked.map((c) => {
        const hit = gold.has(stemPhrase(c.label));
        if (c.df >= MIN_PAPERS) {
          hits.sharedAll++;
          if (hit) hits.shared++;
        } else {
          hits.singleAll++;
          if (hit) hits.single++;
        }
        return { tag: c.label, df: c.df, gold: hit };
      });
    }
  }
  dumped[size] = tags;
  const s = scoreKeyphrases(examples, PER_PAPER);
  const pct = (x: number) => (x * 100).toFixed(2);
  const groups = Math.ceil(records.length / n);
  console.log(
    `${split} groups of ${size}: tag F1 macro/micro ${pct(s.macro.f1)}/${pct(s.micro.f1)} (P ${pct(s.micro.precision)} R ${pct(s.micro.recall)}); ` +
      `registry ${registry} (${(registry / groups).toFixed(1)} a corpus); papers with no shared tag ${unlinked}; ` +
      `shared tags ${hits.sharedAll} (P ${pct(hits.shared / Math.max(1, hits.sharedAll))}), unshared ${hits.singleAll} (P ${pct(hits.single / Math.max(1, hits.singleAll))})`,
  );
}
if (dump) writeFileSync(dump, JSON.stringify(dumped, null, 1));
