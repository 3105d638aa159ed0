/**
 * Dev-set tuning of the ranking parameters: Inspec train/dev only (never a test split).
 *   npx tsx scripts/tune-concepts.ts [dev|train|dev-notitle|train-notitle|dev-pairs|train-pairs] ['{"lengthPow":0.5}' ...]
 *   npx tsx scripts/tune-concepts.ts SPLIT search ['{"start":"overrides"}']
 * Each JSON argument is a set of parameter overrides; prints F1@5/10/15 for each. The `-notitle` splits
 * drop the titles, a stand-in for title-less collections such as SemEval-2017 (never tuned on).
 */
import { resolve } from 'node:path';
import { background } from '../src/lib/concepts/background';
import { DEFAULT_PARAMS, prepare, rankPrepared, type PreparedDocument, type RankParams } from '../src/lib/concepts/rank';
import { selectKeyphrases } from '../src/lib/concepts/index';
import { keyphraseDataDir, readKeyphraseSet } from '../src/lib/eval/keyphrase-data';
import { scoreKeyphrases } from '../src/lib/eval/keyphrase';

const split = process.argv[2] ?? 'dev';
// `dev-notitle`: the same abstracts without their titles, a stand-in for collections that have none.
// `dev-pairs`: untitled abstracts joined two by two with their gold pooled, a stand-in for longer
// title-less paragraphs (SemEval-2017 averages 169 words against Inspec's 110).
const base = readKeyphraseSet(resolve(keyphraseDataDir(), `inspec-${split.replace(/-(notitle|pairs)$/, '')}.jsonl`));
const docs = split.endsWith('-pairs')
  ? base.flatMap((d, i) => (i % 2 === 1 ? [] : [base[i + 1] ? { id: d.id, title: '', abstract: `${d.abstract}${/[.!?]\s*$/.test(d.abstract) ? '' : '.'} ${base[i + 1]!.abstract}`, keyphrases: [...d.keyphrases, ...base[i + 1]!.keyphrases] } : { ...d, title: '' }]))
  : base.map((d) => (split.endsWith('-notitle') ? { ...d, title: '' } : d));
const search = process.argv[3] === 'search';
const variants = (search ? process.argv.slice(4) : process.argv.slice(3)).map((a) => JSON.parse(a) as Partial<RankParams>);
if (variants.length === 0) variants.push({});
const bg = background();
// Tagging dominates the time and depends only on the candidate options: cache it per option set.
const prepared = new Map<string, PreparedDocument[]>();
if (search) {
  let params: RankParams = { ...DEFAULT_PARAMS, ...variants[0] };
  const preps = docs.map((d) => prepare({ id: d.id, title: d.title, abstract: d.abstract }, params));
  const grid: Partial<Record<keyof RankParams, number[]>> = {
    wordTfPow: [0, 0.25, 0.5, 0.75, 1],
    wordIdfPow: [0, 0.25, 0.5, 1, 1.5],
    specificityPow: [0, 0.5, 1, 1.5, 2],
    lengthPow: [-0.5, -0.3, -0.15, 0, 0.15, 0.3],
    phraseTfPow: [0, 0.25, 0.5, 1],
    titleBonus: [0, 0.25, 0.5, 1, 2],
    positionWeight: [0, 0.25, 0.5, 1, 2],
    phraseIdfWeight: [0, 0.5, 1],
    singleWordFactor: [0.3, 0.5, 0.7, 1],
    longPhraseFactor: [0.5, 0.7, 0.85, 1],
    phraseCommonPow: [0, 0.1, 0.2, 0.3, 0.5],
  };
  let best = objective(preps, params);
  console.log('start', (best * 100).toFixed(2));
  for (let round = 0; round < 3; round++) {
    let improved = false;
    for (const [key, values] of Object.entries(grid) as [keyof RankParams, number[]][]) {
      for (const v of values) {
        const trial = { ...params, [key]: v } as RankParams;
        const f = objective(preps, trial);
        if (f > best + 1e-4) {
          best = f;
          params = trial;
          improved = true;
          console.log(`${key}=${v}`, (f * 100).toFixed(2));
        }
      }
    }
    if (!improved) break;
  }
  console.log(JSON.stringify(params));
  process.exit(0);
}
for (const v of variants) {
  const params = { ...DEFAULT_PARAMS, ...v };
  const t0 = performance.now();
  const signature = JSON.stringify([params.maxWords, params.splitAfterPlural, params.splitModifierAfterNoun, params.subphrases, params.dropOpeningParticiple, params.keepTermModifiers, params.splitAppositiveNames]);
  let preps = prepared.get(signature);
  if (!preps) prepared.set(signature, (preps = docs.map((d) => prepare({ id: d.id, title: d.title, abstract: d.abstract }, params))));
  const examples = docs.map((d, i) => {
    const a = rankPrepared(preps[i]!, bg, params);
    return { id: d.id, gold: d.keyphrases, predicted: selectKeyphrases(a, 15) };
  });
  const ms = performance.now() - t0;
  const cells = [5, 10, 15].map((k) => {
    const s = scoreKeyphrases(examples, k);
    return `@${k} ${(s.macro.f1 * 100).toFixed(1)}/${(s.micro.f1 * 100).toFixed(1)}`;
  });
  console.log(`${JSON.stringify(v).padEnd(50)} macro/micro ${cells.join('  ')}  (${ms.toFixed(0)} ms)`);
}

/** `search` mode: coordinate descent over the ranking parameters, on F1@10 macro. */
export function objective(preps: PreparedDocument[], params: RankParams): number {
  const examples = docs.map((d, i) => ({ id: d.id, gold: d.keyphrases, predicted: selectKeyphrases(rankPrepared(preps[i]!, bg, params), 10) }));
  return scoreKeyphrases(examples, 10).macro.f1;
}
