/**
 * How long the linker takes on a synthetic corpus (Zipf-like words and concepts, 160 words per abstract):
 * wall and CPU time of `linkPapers` alone. A measurement, not a test: nothing fails when it is slow.
 *   npx tsx scripts/profile-link.ts [PAPERS=10000] [RUNS=3]
 */
import { linkPapers } from '../src/lib/graph/link';
import { zipfCorpus } from '../test/lib/graph/link-corpus';

const n = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 3);
if (!Number.isInteger(n) || n < 2 || !Number.isInteger(runs) || runs < 1) {
  process.stderr.write('usage: npx tsx scripts/profile-link.ts [PAPERS (integer ≥ 2)] [RUNS (integer ≥ 1)]\n');
  process.exit(2);
}
const { papers, index } = zipfCorpus(n);
for (let run = 1; run <= runs; run++) {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const related = linkPapers(papers, index, { max: 10 });
  const cpu = process.cpuUsage(cpuBefore);
  const links = Object.values(related).reduce((sum, list) => sum + list.length, 0);
  process.stdout.write(
    `run ${run}: ${n} papers, ${links} links in ${((performance.now() - started) / 1000).toFixed(2)} s wall, ` +
      `${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU\n`,
  );
}
