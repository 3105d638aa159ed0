/**
 * A deterministic pseudo-random corpus with Zipf-like word and concept frequencies, the shape that makes
 * inverted-index candidate generation hard (a few words in every paper, a long tail of rare ones). Used by
 * the linker's scale test (correctness) and by scripts/profile-link.ts (timing).
 */
import type { ConceptIndex, PaperConcept } from '../../../src/lib/model/concepts';
import type { PaperRecord } from '../../../src/lib/model/paper';

export function zipfCorpus(n: number): { papers: PaperRecord[]; index: ConceptIndex } {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const zipf = (size: number) => Math.min(size - 1, Math.floor(Math.exp(random() * Math.log(size + 1))) - 1);
  const vocabulary = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}x`);
  const papers: PaperRecord[] = [];
  const byPaper: Record<string, PaperConcept[]> = Object.create(null);
  for (let i = 0; i < n; i++) {
    const slug = `paper-${i}`;
    const words = Array.from({ length: 160 }, () => vocabulary[zipf(vocabulary.length)]!);
    papers.push({ slug, title: words.slice(0, 10).join(' '), abstract: words.join(' '), authors: [], links: [], sources: [], hash: slug });
    byPaper[slug] = Array.from({ length: 8 }, (_, rank) => ({ id: `c${zipf(30_000)}`, score: 1 / (rank + 1) }));
  }
  return { papers, index: { concepts: [], byPaper } };
}
