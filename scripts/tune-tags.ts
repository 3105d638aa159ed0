/**
 * Tag-level quality of the corpus concept step (`extractConcepts`), on Inspec train/dev only (never a
 * test split): the split is cut into corpora of a few abstracts (and taken whole), each is indexed as
 * one collection, and every paper's final tags (concept labels, best first) are scored against its gold
 * keyphrases as `npm run eval` scores keyphrases (Porter-stemmed exact match, src/lib/eval/keyphrase.ts).
 *   npx tsx scripts/tune-tags.ts [dev|train] [--sizes 10,50,all] [--dump FILE] [--topics [--verbose]]
 * Besides F1 it prints what a site of each corpus size shows: concepts carried by two papers or more
 * (the registry), papers with no such concept, and the precision of shared and of unshared tags.
 * It also counts how often a paper whose title names a registry concept (its label or another name,
 * stemmed, as whole words: "Wavelet packet bases" names "Wavelets") carries that concept: the concept
 * page, the graph's filter and the search filter list a paper only if it does. `--topics` measures the
 * same on topical collections: the papers whose titles share a word, as one corpus each.
 * `--dump` writes every paper's tags per size as JSON, to read what a change moved.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractConcepts } from '../src/lib/concepts/index';
import type { DocumentAnalysis } from '../src/lib/cache/document-analysis';
import type { ConceptIndex } from '../src/lib/model/concepts';
import { ENGLISH_STOP_WORDS } from '../src/lib/graph/english-stopwords';
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
const topics = args.includes('--topics');
const verbose = args.includes('--verbose');
const PER_PAPER = 8;
const MIN_PAPERS = 2;

const STOP_STEMS = new Set([...ENGLISH_STOP_WORDS].map(stemPhrase));

const records = readKeyphraseSet(resolve(keyphraseDataDir(), `inspec-${split}.jsonl`));
const memory = new Map<string, DocumentAnalysis>();
const cache: KeyedCache<DocumentAnalysis> = { get: (k) => memory.get(k), put: (k, v) => void memory.set(k, v) };

/** Times a paper's title names a registry concept (a label or other name, stemmed, as whole words), and times the paper carries it. */
interface TitleCoverage {
  named: number;
  carried: number;
}

function addTitleCoverage(into: TitleCoverage, group: KeyphraseRecord[], index: ConceptIndex): void {
  const forms = index.concepts
    .filter((c) => c.df >= MIN_PAPERS)
    .map((c) => ({ id: c.id, forms: [c.label, ...c.aliases].map(stemPhrase).filter(Boolean) }));
  for (const r of group) {
    const title = ` ${stemPhrase(r.title)} `;
    const carried = new Set((index.byPaper[r.id] ?? []).map((pc) => pc.id));
    for (const c of forms) {
      if (!c.forms.some((f) => title.includes(` ${f} `))) continue;
      into.named++;
      if (carried.has(c.id)) into.carried++;
    }
  }
}

const pct = (x: number) => (x * 100).toFixed(2);

const dumped: Record<string, Record<string, { tag: string; df: number; gold: boolean }[]>> = {};
for (const size of sizes) {
  const n = size === 'all' ? records.length : Number(size);
  const examples: KeyphraseExample[] = [];
  let registry = 0;
  let unlinked = 0;
  const hits = { shared: 0, sharedAll: 0, single: 0, singleAll: 0 };
  const titled = { named: 0, carried: 0 };
  const tags: Record<string, { tag: string; df: number; gold: boolean }[]> = {};
  for (let at = 0; at < records.length; at += n) {
    const group: KeyphraseRecord[] = records.slice(at, at + n);
    const index = extractConcepts(
      group.map((r) => ({ id: r.id, title: r.title, abstract: r.abstract })),
      { perPaper: PER_PAPER, cache },
    );
    const byId = new Map(index.concepts.map((c) => [c.id, c]));
    registry += index.concepts.filter((c) => c.df >= MIN_PAPERS).length;
    addTitleCoverage(titled, group, index);
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
  const groups = Math.ceil(records.length / n);
  console.log(
    `${split} groups of ${size}: tag F1 macro/micro ${pct(s.macro.f1)}/${pct(s.micro.f1)} (P ${pct(s.micro.precision)} R ${pct(s.micro.recall)}); ` +
      `registry ${registry} (${(registry / groups).toFixed(1)} a corpus); papers with no shared tag ${unlinked}; ` +
      `shared tags ${hits.sharedAll} (P ${pct(hits.shared / Math.max(1, hits.sharedAll))}), unshared ${hits.singleAll} (P ${pct(hits.single / Math.max(1, hits.singleAll))}); ` +
      `title names a registry concept ${titled.named} times, the paper carries it ${titled.carried} (${pct(titled.carried / Math.max(1, titled.named))}%)`,
  );
}
// Topical collections, as a reading list on one subject is: for each word in the titles of 6 to 40
// papers of the split, those papers as one collection.
if (topics) {
  const titleWords = records.map((r) => new Set(stemPhrase(r.title).split(' ').filter((w) => w.length > 2 && !/\d/.test(w) && !STOP_STEMS.has(w))));
  const papersOf = new Map<string, KeyphraseRecord[]>();
  records.forEach((r, k) => {
    for (const w of titleWords[k]!) papersOf.set(w, [...(papersOf.get(w) ?? []), r]);
  });
  const titled: TitleCoverage = { named: 0, carried: 0 };
  const own: TitleCoverage = { named: 0, carried: 0 };
  let groups = 0;
  for (const [word, group] of [...papersOf].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    if (group.length < 6 || group.length > 40) continue;
    groups++;
    const index = extractConcepts(
      group.map((r) => ({ id: r.id, title: r.title, abstract: r.abstract })),
      { perPaper: PER_PAPER, cache },
    );
    addTitleCoverage(titled, group, index);
    // The concept named by the topic word alone ("Wavelets" for "wavelet"), where the collection has one;
    // of two that Porter stems alike ("Schedules", "Scheduling"), the one more papers carry.
    const topic = index.concepts
      .filter((c) => c.df >= MIN_PAPERS && [c.label, ...c.aliases].some((f) => stemPhrase(f) === word))
      .sort((a, b) => b.df - a.df || (a.id < b.id ? -1 : 1))[0];
    if (topic) {
      const before = { ...own };
      addTitleCoverage(own, group, { ...index, concepts: [topic] });
      if (verbose) console.log(`  ${word}: ${group.length} papers, "${topic.label}" named in ${own.named - before.named} titles, carried by ${own.carried - before.carried}`);
    }
  }
  console.log(
    `${split} topical groups (${groups}, a title word of 6–40 papers): title names a registry concept ${titled.named} times, the paper carries it ${titled.carried} (${pct(titled.carried / Math.max(1, titled.named))}%); ` +
      `the topic word's own concept ${own.carried} of ${own.named} (${pct(own.carried / Math.max(1, own.named))}%)`,
  );
}
if (dump) writeFileSync(dump, JSON.stringify(dumped, null, 1));
