/**
 * `npm run eval`: the numbers behind the README's quality table, from the same code the site runs.
 * Each section is an async function that returns Markdown; a new measurement is one more entry in
 * `sections`.
 *   ATLAS_KEYPHRASE_DATA=/path/to/keyphrase npm run eval
 */
import { resolve } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { listingRecovery } from '../src/lib/eval/listing-recovery';
import { parseListing } from '../src/lib/ingest/listing';
import { extractKeyphrases } from '../src/lib/concepts/index';
import { keyphraseDataDir, readKeyphraseSet } from '../src/lib/eval/keyphrase-data';
import { scoreKeyphrases } from '../src/lib/eval/keyphrase';
import { relatedReport } from './eval-related';

export interface ReportSection {
  title: string;
  run: () => Promise<string>;
}

const pct = (x: number) => (x * 100).toFixed(1);

async function keyphraseSection(): Promise<string> {
  const dir = keyphraseDataDir();
  const sets = [
    { name: 'Inspec (test, 500)', file: 'inspec-test.jsonl' },
    { name: 'SemEval-2017 (493)', file: 'semeval2017-test.jsonl' },
  ];
  const missing = sets.filter((s) => !existsSync(resolve(dir, s.file)));
  if (missing.length) {
    return `Keyphrase data not found: ${missing.map((s) => resolve(dir, s.file)).join(', ')}.\n` +
      'Set ATLAS_KEYPHRASE_DATA to the folder holding the keyphrase sets (default ../shared/data/keyphrase).';
  }
  const rows: string[] = [];
  let throughput = { docs: 0, ms: 0, cpuMs: 0, name: '' };
  for (const [i, set] of sets.entries()) {
    const records = readKeyphraseSet(resolve(dir, set.file));
    const docs = records.map((r) => ({ id: r.id, title: r.title, abstract: r.abstract }));
    // The first documents pay for loading the tagger model and compiling the code: not throughput.
    if (i === 0) extractKeyphrases(docs.slice(0, 50), { top: 15 });
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const predicted = extractKeyphrases(docs, { top: 15 });
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    if (docs.length > throughput.docs) throughput = { docs: docs.length, ms, cpuMs: (cpu.user + cpu.system) / 1000, name: set.name };
    const examples = records.map((r, i) => ({ id: r.id, gold: r.keyphrases, predicted: predicted[i]!.keyphrases }));
    const s = [5, 10, 15].map((k) => scoreKeyphrases(examples, k));
    rows.push(
      `| ${set.name} | ${s.map((x) => pct(x.micro.f1)).join(' | ')} | ${s.map((x) => pct(x.macro.f1)).join(' | ')} |`,
    );
  }
  return [
    'Porter-stemmed exact match, absent gold kept, predictions de-duplicated after stemming (see src/lib/eval/keyphrase.ts).',
    '',
    '| set | F1@5 micro | F1@10 micro | F1@15 micro | F1@5 macro | F1@10 macro | F1@15 macro |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `Throughput: ${Math.round((throughput.docs / throughput.ms) * 1000)} abstracts/s (${throughput.name}: ${throughput.docs} abstracts in ${(throughput.ms / 1000).toFixed(2)} s, one thread, tagging included); ` +
      `${Math.round((throughput.docs / throughput.cpuMs) * 1000)} abstracts per CPU-second, which a busy machine does not distort.`,
  ].join('\n');
}

/** The listing reader's recovery from a lost line (src/lib/eval/listing-recovery.ts) on Inspec's titled abstracts and the bundled listing. */
async function listingSection(): Promise<string> {
  const dir = keyphraseDataDir();
  const sets = [
    { name: 'Inspec train + dev (the weights were chosen here)', files: ['inspec-train.jsonl', 'inspec-dev.jsonl'] },
    { name: 'Inspec test', files: ['inspec-test.jsonl'] },
  ];
  const rows: string[] = [];
  for (const set of sets) {
    if (set.files.some((f) => !existsSync(resolve(dir, f)))) continue;
    const papers = set.files.flatMap((f) => readKeyphraseSet(resolve(dir, f))).filter((r) => r.title.trim() !== '');
    const r = listingRecovery(papers);
    rows.push(`| ${set.name} | ${r.tried} | ${pct(r.recovered / r.tried)}% | ${r.wholeMisread} |`);
  }
  const bundled = parseListing('l.txt', readFileSync(resolve(import.meta.dirname, '../content/sources/trending-papers.txt'), 'utf8')).records;
  const b = listingRecovery(bundled, bundled.length);
  rows.push(`| bundled listing (119 papers, one listing) | ${b.tried} | ${pct(b.recovered / b.tried)}% | ${b.wholeMisread} |`);
  return [
    'Listings of 100 papers; each title line and each abstract line (but the first paper\'s) taken out in turn. Recovered: every other paper read as it was, one problem reported at the line.',
    '',
    '| papers | lines taken out | recovered | whole listings misread |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}

export const sections: ReportSection[] = [
  { title: 'Keyphrase extraction', run: keyphraseSection },
  { title: 'Related papers', run: () => relatedReport() },
  { title: 'Listing: a lost line', run: listingSection },
];

async function main(): Promise<void> {
  const started = performance.now();
  for (const section of sections) {
    const body = await section.run();
    process.stdout.write(`## ${section.title}\n\n${body}\n\n`);
  }
  process.stdout.write(`_Total time: ${((performance.now() - started) / 1000).toFixed(1)} s._\n`);
}

await main();
