/**
 * Dev-set tuning of the ranking parameters: Inspec train/dev only (never a test split).
 *   npx tsx scripts/tune-concepts.ts [dev|train] ['{"lengthPow":0.5}' ...]
 * Each JSON argument is a set of parameter overrides; prints F1@5/10/15 for each.
 */
import { resolve } from 'node:path';
import { background } from '../src/lib/concepts/background';
import { analyse, DEFAULT_PARAMS, type RankParams } from '../src/lib/concepts/rank';
import { selectKeyphrases } from '../src/lib/concepts/index';
import { keyphraseDataDir, readKeyphraseSet } from '../src/lib/eval/keyphrase-data';
import { scoreKeyphrases } from '../src/lib/eval/keyphrase';

const split = process.argv[2] ?? 'dev';
const docs = readKeyphraseSet(resolve(keyphraseDataDir(), `inspec-${split}.jsonl`));
const variants = process.argv.slice(3).map((a) => JSON.parse(a) as Partial<RankParams>);
if (variants.length === 0) variants.push({});
const bg = background();
for (const v of variants) {
  const params = { ...DEFAULT_PARAMS, ...v };
  const t0 = performance.now();
  const examples = docs.map((d) => {
    const a = analyse({ id: d.id, title: d.title, abstract: d.abstract }, bg, params);
    return { id: d.id, gold: d.keyphrases, predicted: selectKeyphrases(a, 15) };
  });
  const ms = performance.now() - t0;
  const cells = [5, 10, 15].map((k) => {
    const s = scoreKeyphrases(examples, k);
    return `@${k} ${(s.macro.f1 * 100).toFixed(1)}/${(s.micro.f1 * 100).toFixed(1)}`;
  });
  console.log(`${JSON.stringify(v).padEnd(50)} macro/micro ${cells.join('  ')}  (${ms.toFixed(0)} ms)`);
}
