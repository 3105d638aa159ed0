/** Small papers and concept indexes for the link stage's tests (test/lib/graph/link*.test.ts). */
import type { ConceptIndex, PaperConcept } from '../../src/lib/model/concepts';
import type { PaperRecord } from '../../src/lib/model/paper';

export function paper(slug: string, title: string, abstract: string): PaperRecord {
  return { slug, title, abstract, authors: [], links: [], sources: [{ file: 'fixture.txt', line: 1 }], hash: slug };
}

/** A concept index from `slug → [concept ids, best first]`; scores fall with rank, df counted from the lists. */
export function conceptIndex(tags: Record<string, string[]>): ConceptIndex {
  const byPaper: Record<string, PaperConcept[]> = {};
  const papersOf = new Map<string, string[]>();
  for (const [slug, ids] of Object.entries(tags)) {
    byPaper[slug] = ids.map((id, rank) => ({ id, score: 1 / (rank + 1) }));
    for (const id of ids) papersOf.set(id, [...(papersOf.get(id) ?? []), slug]);
  }
  const concepts = [...papersOf]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, papers]) => ({ id, label: id.replace(/-/g, ' '), aliases: [], df: papers.length, papers }));
  return { concepts, byPaper };
}
