import { describe, expect, it } from 'vitest';
import { linkPapers } from '../../../src/lib/graph/link';
import type { ConceptIndex, PaperConcept } from '../../../src/lib/model/concepts';
import type { PaperRecord } from '../../../src/lib/model/paper';

/** Deterministic pseudo-random corpus with Zipf-like word and concept frequencies. */
function syntheticCorpus(n: number): { papers: PaperRecord[]; index: ConceptIndex } {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const zipf = (size: number) => Math.min(size - 1, Math.floor(Math.exp(random() * Math.log(size + 1))) - 1);
  const vocabulary = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}x`);
  const papers: PaperRecord[] = [];
  const byPaper: Record<string, PaperConcept[]> = {};
  for (let i = 0; i < n; i++) {
    const slug = `paper-${i}`;
    const words = Array.from({ length: 160 }, () => vocabulary[zipf(vocabulary.length)]!);
    papers.push({ slug, title: words.slice(0, 10).join(' '), abstract: words.join(' '), authors: [], links: [], sources: [], hash: slug });
    byPaper[slug] = Array.from({ length: 8 }, (_, rank) => ({ id: `c${zipf(30_000)}`, score: 1 / (rank + 1) }));
  }
  return { papers, index: { concepts: [], byPaper } };
}

describe('linkPapers at scale', () => {
  it('links 10,000 papers without comparing all pairs', () => {
    const { papers, index } = syntheticCorpus(10_000);
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const related = linkPapers(papers, index, { max: 10 });
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const seconds = (performance.now() - started) / 1000;
    console.log(`linkPapers: 10,000 papers in ${seconds.toFixed(2)} s (${cpuSeconds.toFixed(2)} s of CPU)`);
    expect(Object.keys(related)).toHaveLength(10_000);
    expect(related['paper-0']).toHaveLength(10);
    // A few seconds on an idle machine. CPU time, not wall time, so that a machine busy with other work
    // does not fail the test; comparing all pairs would take minutes either way.
    expect(cpuSeconds).toBeLessThan(15);
  }, 60_000);
});
